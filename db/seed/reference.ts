// The article of ../shared/reference-page.txt, the page this project started from: kept
// verbatim (typos included), because it is what the portal must reproduce exactly.
export const referenceArticle = {
  title: "Đoàn kiểm tra công vụ huyện kiểm tra cải cách hành chính tại 4 xã Phượng Dực, Hồng Minh, Hoàng Long, Tri Trung",
  categoryName: "Cải cách hành chính",
  publishedAt: "2018-02-24 10:41",
  viewCount: 833,
  // The portal shows the first paragraph as the sapo (summary), then the rest as the body.
  summary: "Sáng ngày 22.2.2018, Đoàn Kiểm công vụ huyện do đồng chí Lê Thanh Hải, Huyện ủy viên, Trưởng phòng nội vụ huyện làm trưởng đoàn đã kiểm tra công tác cải cách hành chính, hoạt động bộ phận 1 cửa tại 2 xã Phượng Dực, Hồng Minh.",
  paragraphs: [
    "Qua kiểm tra, cả 2 xã đã bố trí cán bộ trực đảm bảo thời gian, hiệu quả công việc, khu vực 1 cửa được bố trí gọn gàng, đảm bảo vệ sinh môi trường, các bảng biểu, lệ phí được niêm yết công khai. Việc thực hiện dịch vụ công trực tuyến mức độ 3 đạt tỷ lệ 95%. Đặc biệt xã Phượng Dực đã triển khai sớm việc ban hành quyết định kiện toàn Bộ phận tiếp nhận và trả kết quả thủ tục hành chính theo cơ chế 1 cửa, 1 cửa liên thông, phân công nhiệm vụ cụ thể cho từng thành viên thực hiện nhiệm vụ. Các hồ sơ được thực hiện đầy đủ. Tổ chức ký cam kết việc thực hiện chủ đề năm 2018. Xã Phượng Dực dự kiến trong thời gian tới sẽ triển khai làm điểm khu dân cư điện tử, phục vụ nhân dân thực hiện dịch vụ công trực tuyến ở thôn Phượng Vũ.",
    "Kết luận buổi kiểm tra, đồng chí Lê Thanh Hải, Trưởng phòng Nội vụ huyện đã đánh giá giá cao những kết quả đạt được của 2 xã trong triển khai thực hiện nhiệm vụ. Đồng thời cũng chỉ ra những mặt còn tồn tại, hạn chế và đề nghị 2 xã cần tập trung chỉ đạo trong thời gian tới. Qua đó góp phần nâng cao chất lượng, hiệu quả công tác cải cách hành chính và tạo điều kiện tốt nhất cho tổ chức, công dân và doanh nghiệp khi đến làm việc.",
    "Buổi chiều cùng ngày đoàn kiểm tra công vụ huyện tiếp tục kiểm tra công tác cải cách hành chính, hoạt động bộ phận 1 cửa tại 2 xã Hoàng Long, Tri Trung. Ngay từ những ngày đầu xuân mới, các cán bộ trực tại bộ phận 1 cửa đã thực hiện nghiêm túc quy định làm việc, tạo điều kiện thuận lợi nhất cho giao dịch của nhân dân. Qua kiểm tra, Đảng ủy, Uỷ ban nhân dân 2 xã đã ban hành các văn bản, tăng cường công tác lãnh đạo, chỉ đạo thực hiện công tác cải cách hành chính; bộ phận 1 cửa được bố trí gọn gàng, sach đẹp, niêm yết đầy đủ công khai các bộ thủ tục hành chính, mức thu lệ phí, bộ quy trình nội bộ giải quyết thủ tục hành chính; Hồ sơ giải quyết thủ tục hành chính được thực hiện đúng quy trình. Tuy nhiên cũng còn 1 số tồn tại thiếu sót, đã được đoàn kiểm tra công vụ Huyện đề nghị hoàn thiện trong thời gian tới.",
  ],
  byline: "Hoàng Hương, Trung tâm VHTT&TT huyện.",
};

export const referencePoll = {
  question: "Nội dung thông tin cung cấp trên cổng thông tin điện tử ?",
  options: ["Rất hữu ích", "Hữu ích", "Bình thường", "Không hữu ích"],
};
