// Dữ liệu mẫu (demo) cho Cổng thông tin điện tử huyện Hưng Hà.
// Nội dung là hư cấu, chỉ dùng để trình diễn giao diện.

export type DemoCategory = { slug: string; name: string; description: string };

export type DemoArticle = {
  title: string;
  categorySlug: string;
  summary: string;
  paragraphs: string[];
  byline: string;
  publishedAt: string;
  featured?: boolean;
  cover?: "fields" | "meeting" | "road" | "school" | "festival" | "health" | "river" | "market";
  coverCaption?: string;
};

export const demoCategories: DemoCategory[] = [
  {
    slug: "tin-tuc-su-kien",
    name: "Tin tức - Sự kiện",
    description:
      "Thông tin về các hoạt động chỉ đạo, điều hành của Huyện ủy, HĐND, UBND huyện và những sự kiện nổi bật trên địa bàn.",
  },
  {
    slug: "cai-cach-hanh-chinh",
    name: "Cải cách hành chính",
    description:
      "Kết quả cải cách thủ tục hành chính, hoạt động của Bộ phận Một cửa, dịch vụ công trực tuyến và chuyển đổi số của huyện.",
  },
  {
    slug: "kinh-te",
    name: "Kinh tế",
    description:
      "Tình hình sản xuất nông nghiệp, công nghiệp, làng nghề, thương mại, dịch vụ và các sản phẩm OCOP của huyện Hưng Hà.",
  },
  {
    slug: "van-hoa-xa-hoi",
    name: "Văn hóa - Xã hội",
    description:
      "Tin tức về giáo dục, y tế, văn hóa, thể thao, lễ hội truyền thống và công tác an sinh xã hội trên địa bàn huyện.",
  },
  {
    slug: "quoc-phong-an-ninh",
    name: "Quốc phòng - An ninh",
    description:
      "Hoạt động quân sự địa phương, tuyển quân, bảo đảm an ninh trật tự, an toàn giao thông và phòng cháy, chữa cháy.",
  },
  {
    slug: "nong-thon-moi",
    name: "Nông thôn mới",
    description:
      "Kết quả xây dựng nông thôn mới, nông thôn mới nâng cao, kiểu mẫu và những mô hình, cách làm hay ở các xã, thôn.",
  },
  {
    slug: "thong-bao",
    name: "Thông báo",
    description:
      "Các thông báo chính thức của UBND huyện và cơ quan chuyên môn gửi tới tổ chức, doanh nghiệp và người dân.",
  },
];

export const demoArticles: DemoArticle[] = [
  {
    title: "Hưng Hà thu hoạch trên 75% diện tích lúa chiêm xuân, năng suất bình quân ước đạt 70,5 tạ/ha",
    categorySlug: "kinh-te",
    summary:
      "Đến ngày 4/6, toàn huyện đã thu hoạch được 8.460 ha lúa chiêm xuân, đạt 75,5% diện tích gieo cấy. Năng suất bình quân ước đạt 70,5 tạ/ha, cao hơn vụ chiêm xuân năm trước 1,2 tạ/ha.",
    paragraphs: [
      "Vụ chiêm xuân năm 2025, toàn huyện Hưng Hà gieo cấy 11.205 ha lúa, trong đó diện tích lúa chất lượng cao chiếm trên 62%, tập trung vào các giống Đài thơm 8, Bắc thơm 7, Hương cốm 4 và một số giống lúa nếp. Nhờ thời tiết thuận lợi, bà con nông dân chủ động phòng trừ sâu bệnh theo đúng hướng dẫn nên lúa sinh trưởng, phát triển tốt, ít bị ảnh hưởng bởi bệnh đạo ôn và rầy nâu.",
      "Để thu hoạch nhanh gọn, tránh mưa lớn đầu mùa, các xã, thị trấn đã huy động 265 máy gặt đập liên hợp, đáp ứng trên 95% diện tích. Tại xã Tân Lễ, xã Minh Tân và xã Hồng An, nhiều hợp tác xã bố trí máy gặt hoạt động theo vùng, ưu tiên những cánh đồng chín trước, giảm chi phí và thời gian chờ đợi cho người dân.",
      "Theo Phòng Nông nghiệp và Môi trường huyện, song song với thu hoạch, các địa phương đang chỉ đạo làm đất, chuẩn bị mạ cho vụ mùa. Huyện khuyến cáo bà con không đốt rơm rạ trên đồng ruộng, tận dụng rơm làm thức ăn chăn nuôi, trồng nấm hoặc ủ phân hữu cơ bằng chế phẩm sinh học để bảo vệ môi trường.",
      "Đồng chí Đỗ Văn Khải, Phó Chủ tịch UBND huyện đề nghị các hợp tác xã nông nghiệp phối hợp chặt chẽ với Công ty TNHH MTV Khai thác công trình thủy lợi bảo đảm nước cho làm đất, gieo cấy vụ mùa. Mục tiêu là hoàn thành cấy lúa mùa trước ngày 5/7 để có quỹ đất sản xuất vụ đông.",
    ],
    byline: "Hoàng Long, Trung tâm VHTT&TT huyện.",
    publishedAt: "2025-06-05 07:45",
    cover: "fields",
    coverCaption: "Ảnh: Máy gặt đập liên hợp thu hoạch lúa chiêm xuân trên cánh đồng xã Minh Tân.",
  },
  {
    title: "Thông báo tuyển dụng viên chức giáo dục năm 2025: 42 chỉ tiêu cho các trường mầm non, tiểu học và trung học cơ sở",
    categorySlug: "thong-bao",
    summary:
      "UBND huyện Hưng Hà thông báo tuyển dụng 42 viên chức sự nghiệp giáo dục năm 2025. Thời gian nhận phiếu đăng ký dự tuyển từ ngày 16/6 đến hết ngày 15/7/2025 tại Phòng Nội vụ huyện.",
    paragraphs: [
      "Căn cứ kế hoạch tuyển dụng được phê duyệt, năm 2025 huyện tuyển 42 viên chức, gồm: 18 giáo viên mầm non, 15 giáo viên tiểu học (trong đó có 4 giáo viên tiếng Anh và 3 giáo viên tin học) và 9 giáo viên trung học cơ sở các môn Ngữ văn, Toán, Khoa học tự nhiên, Giáo dục thể chất. Chỉ tiêu cụ thể của từng trường được niêm yết công khai tại trụ sở Phòng Nội vụ, Phòng Giáo dục và Đào tạo huyện và đăng tải trên Cổng thông tin điện tử huyện.",
      "Người đăng ký dự tuyển phải có quốc tịch Việt Nam, đủ 18 tuổi trở lên, có đủ sức khỏe để thực hiện nhiệm vụ và đáp ứng tiêu chuẩn trình độ đào tạo theo quy định của Luật Giáo dục năm 2019. Mỗi người chỉ được đăng ký dự tuyển vào một vị trí việc làm tại một đơn vị; nếu đăng ký từ hai vị trí trở lên sẽ bị loại khỏi danh sách dự tuyển.",
      "Hình thức tuyển dụng là xét tuyển, gồm hai vòng: vòng 1 kiểm tra điều kiện, tiêu chuẩn qua phiếu đăng ký; vòng 2 kiểm tra kỹ năng thực hành bằng hình thức thực hành giảng dạy với thang điểm 100. Thời gian tổ chức vòng 2 dự kiến trong tháng 8/2025 và sẽ được thông báo cụ thể đến từng thí sinh.",
      "Phiếu đăng ký dự tuyển nộp trực tiếp hoặc qua dịch vụ bưu chính tại Phòng Nội vụ huyện Hưng Hà trong giờ hành chính. Mọi thông tin chi tiết, đề nghị liên hệ bộ phận tuyển dụng của Phòng Nội vụ huyện (tầng 2, trụ sở HĐND - UBND huyện) để được hướng dẫn.",
    ],
    byline: "Phòng Nội vụ huyện",
    publishedAt: "2025-06-13 16:20",
  },
  {
    title: "Hưng Hà mít tinh hưởng ứng Tháng hành động phòng, chống ma túy và Ngày Toàn dân phòng, chống ma túy 26/6",
    categorySlug: "quoc-phong-an-ninh",
    summary:
      "Sáng 24/6, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc huyện tổ chức mít tinh hưởng ứng Tháng hành động phòng, chống ma túy năm 2025 với gần 600 người tham dự.",
    paragraphs: [
      "Phát biểu tại lễ mít tinh, đồng chí Bùi Đình Long, Phó Chủ tịch UBND huyện, Phó Trưởng ban Thường trực Ban Chỉ đạo cho biết: từ đầu năm đến nay, Công an huyện đã phát hiện, bắt giữ 23 vụ, 31 đối tượng phạm tội về ma túy, thu giữ hơn 46 gam heroin và 120 gam ma túy tổng hợp các loại. Toàn huyện hiện có 142 người nghiện có hồ sơ quản lý, trong đó 57 người đang cai nghiện tại cơ sở cai nghiện bắt buộc và 38 người đang được quản lý sau cai tại cộng đồng.",
      "Tình trạng thanh thiếu niên sử dụng ma túy tổng hợp, khí cười, thuốc lá điện tử có chứa chất ma túy tại các quán karaoke, nhà trọ tiềm ẩn nhiều nguy cơ phức tạp. Vì vậy, Ban Chỉ đạo đề nghị các cấp ủy, chính quyền, đoàn thể tiếp tục đẩy mạnh tuyên truyền đến từng thôn, tổ dân phố, từng gia đình. Huyện phấn đấu đến hết năm 2025 có thêm 5 xã được công nhận không có tệ nạn ma túy.",
      "Dịp này, Công an huyện ra mắt mô hình “Trường học không ma túy” tại Trường THPT Hưng Hà A và phối hợp với Huyện đoàn tổ chức cho học sinh ký cam kết nói không với ma túy. Sau lễ mít tinh, đoàn xe diễu hành tuyên truyền đã đi qua các tuyến đường chính của thị trấn Hưng Hà, xã Phúc Khánh và xã Điệp Nông.",
    ],
    byline: "Thu Hằng",
    publishedAt: "2025-06-25 09:10",
  },
  {
    title: "6 tháng đầu năm 2025, Bộ phận Một cửa huyện tiếp nhận hơn 12.600 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99,3%",
    categorySlug: "cai-cach-hanh-chinh",
    summary:
      "Trong 6 tháng đầu năm 2025, Bộ phận Tiếp nhận và trả kết quả huyện Hưng Hà đã tiếp nhận 12.648 hồ sơ thủ tục hành chính, trong đó 71,4% được nộp trực tuyến. Không có hồ sơ nào bị người dân, doanh nghiệp phản ánh về thái độ phục vụ.",
    paragraphs: [
      "Theo báo cáo của Văn phòng HĐND và UBND huyện, trong số 12.648 hồ sơ tiếp nhận, lĩnh vực đất đai chiếm tỷ lệ cao nhất với 6.215 hồ sơ, tiếp đến là hộ tịch, chứng thực, đăng ký kinh doanh hộ cá thể và bảo trợ xã hội. Đã giải quyết xong 12.402 hồ sơ, trong đó 12.316 hồ sơ đúng và trước hạn; 86 hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai do phải xác minh nguồn gốc sử dụng đất qua nhiều thời kỳ.",
      "Đối với các hồ sơ chậm trả kết quả, các cơ quan chuyên môn đều có văn bản xin lỗi người dân và hẹn lại thời gian trả theo quy định. Bộ phận Một cửa huyện đã bố trí 14 quầy giao dịch, lắp đặt máy tính bảng để người dân đánh giá mức độ hài lòng ngay sau khi nhận kết quả. Kết quả đánh giá cho thấy 98,7% lượt ý kiến rất hài lòng và hài lòng.",
      "Đồng chí Vũ Minh Tuấn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện yêu cầu trong 6 tháng cuối năm, các phòng chuyên môn tiếp tục rà soát, rút ngắn thời gian giải quyết thủ tục; công chức một cửa tăng cường hướng dẫn người dân nộp hồ sơ trực tuyến, nhất là người cao tuổi. Người đứng đầu cơ quan, đơn vị phải chịu trách nhiệm nếu để xảy ra tình trạng hồ sơ trễ hạn không có lý do chính đáng hoặc có biểu hiện nhũng nhiễu, gây phiền hà.",
    ],
    byline: "Văn phòng HĐND và UBND huyện",
    publishedAt: "2025-07-10 14:35",
  },
  {
    title: "Hội thi Hòa giải viên ở cơ sở giỏi huyện Hưng Hà năm 2025 thu hút 16 đội thi đến từ các xã, thị trấn",
    categorySlug: "tin-tuc-su-kien",
    summary:
      "Ngày 17/7, Phòng Tư pháp huyện phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức Hội thi Hòa giải viên ở cơ sở giỏi năm 2025. Hội thi là dịp để các tổ hòa giải giao lưu, chia sẻ kinh nghiệm giải quyết mâu thuẫn, tranh chấp nhỏ ngay từ thôn, tổ dân phố.",
    paragraphs: [
      "Tham gia hội thi có 16 đội đến từ các xã, thị trấn, mỗi đội gồm 3 thành viên là tổ trưởng, tổ viên tổ hòa giải, công chức tư pháp - hộ tịch và đại diện Ban công tác Mặt trận thôn. Các đội tranh tài qua ba phần thi: chào hỏi, kiến thức pháp luật và xử lý tình huống hòa giải. Nội dung thi tập trung vào Luật Hòa giải ở cơ sở, Luật Đất đai năm 2024, Luật Hôn nhân và gia đình, Luật Phòng, chống bạo lực gia đình và các quy định về bảo vệ môi trường.",
      "Phần thi xử lý tình huống được các đội đầu tư công phu dưới hình thức tiểu phẩm, tái hiện những vụ việc thường gặp ở nông thôn như tranh chấp lối đi chung, ranh giới thửa đất, mâu thuẫn trong gia đình về chia thừa kế. Qua những lời thoại gần gũi, dí dỏm, các hòa giải viên thể hiện kỹ năng lắng nghe, phân tích lý lẽ, vận dụng hài hòa giữa pháp luật với phong tục, tập quán tốt đẹp của địa phương.",
      "Toàn huyện hiện có 286 tổ hòa giải với 1.974 hòa giải viên. Từ đầu năm 2025 đến nay, các tổ hòa giải đã tiếp nhận 213 vụ việc, hòa giải thành 187 vụ, đạt tỷ lệ 87,8%, góp phần giảm đáng kể số đơn thư gửi vượt cấp.",
      "Kết quả, Ban tổ chức trao giải Nhất cho đội xã Điệp Nông, giải Nhì cho đội xã Minh Tân và đội thị trấn Hưng Hà, giải Ba cho các đội xã Hồng An, Tân Lễ, Văn Cẩm cùng nhiều giải phụ. Đội đạt giải Nhất sẽ được bồi dưỡng thêm kiến thức, kỹ năng để tham dự hội thi cấp tỉnh dự kiến tổ chức vào tháng 9 tới.",
    ],
    byline: "Thanh Tâm",
    publishedAt: "2025-07-17 17:20",
  },
  {
    title: "Lãnh đạo huyện gặp mặt, tặng quà người có công nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ",
    categorySlug: "van-hoa-xa-hoi",
    summary:
      "Sáng 24/7, UBND huyện Hưng Hà tổ chức gặp mặt 120 đại biểu tiêu biểu là thân nhân liệt sĩ, thương binh, bệnh binh nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2025), đồng thời trao quà tri ân tới các gia đình chính sách.",
    paragraphs: [
      "Toàn huyện Hưng Hà hiện có hơn 8.900 người có công với cách mạng, trong đó có 2.743 liệt sĩ, 1.658 thương binh, 612 bệnh binh và 39 Bà mẹ Việt Nam anh hùng đã được Nhà nước phong tặng, truy tặng. Những năm qua, các chế độ, chính sách đối với người có công được triển khai đầy đủ, kịp thời; 100% gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú.",
      "Tại buổi gặp mặt, đồng chí Trần Đức Hạnh, Bí thư Huyện ủy bày tỏ lòng biết ơn sâu sắc đối với sự hy sinh, cống hiến của các anh hùng liệt sĩ, thương binh, bệnh binh và gia đình. Đồng chí đề nghị các cấp, các ngành tiếp tục đẩy mạnh phong trào “Đền ơn đáp nghĩa”, quan tâm giải quyết dứt điểm các hồ sơ tồn đọng, hỗ trợ sửa chữa nhà ở cho người có công còn khó khăn.",
      "Nhân dịp này, huyện đã trao tặng 6.215 suất quà của Chủ tịch nước, của tỉnh và của huyện với tổng trị giá trên 2,4 tỷ đồng. Các đoàn công tác của Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện cũng đến thăm, tặng quà Bà mẹ Việt Nam anh hùng Nguyễn Thị Mến (102 tuổi) ở xã Điệp Nông và dâng hương tại Nghĩa trang liệt sĩ huyện.",
    ],
    byline: "Minh Thu, Trung tâm VHTT&TT huyện.",
    publishedAt: "2025-07-25 10:30",
    cover: "meeting",
    coverCaption: "Ảnh: Đồng chí Bí thư Huyện ủy tặng quà các đại biểu người có công tại buổi gặp mặt.",
  },
  {
    title: "Xã Điệp Nông đón nhận bằng công nhận đạt chuẩn nông thôn mới nâng cao, về đích sớm hơn kế hoạch một năm",
    categorySlug: "nong-thon-moi",
    summary:
      "Tối 7/8, Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã Điệp Nông tổ chức lễ đón nhận Quyết định của UBND tỉnh công nhận xã đạt chuẩn nông thôn mới nâng cao năm 2025. Thu nhập bình quân đầu người của xã đạt 72,6 triệu đồng/năm.",
    paragraphs: [
      "Sau 3 năm triển khai xây dựng nông thôn mới nâng cao, xã Điệp Nông đã huy động trên 86 tỷ đồng, trong đó nhân dân đóng góp tiền và hiến đất, tài sản trị giá gần 19 tỷ đồng. Từ nguồn lực này, xã đã cứng hóa 14,2 km đường trục thôn, ngõ xóm; lắp đặt đèn chiếu sáng trên toàn bộ tuyến đường trục xã; nâng cấp nhà văn hóa của 7/7 thôn và xây mới sân thể thao trung tâm.",
      "Kinh tế của xã chuyển dịch theo hướng tăng tỷ trọng tiểu thủ công nghiệp và dịch vụ, với nghề may gia công, chế biến nông sản và kinh doanh vật liệu xây dựng thu hút hơn 1.300 lao động. Tỷ lệ hộ nghèo giảm còn 1,1%; 100% hộ dân sử dụng nước sạch theo quy chuẩn; tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,4%.",
      "Phát biểu tại buổi lễ, đồng chí Vũ Minh Tuấn, Chủ tịch UBND huyện ghi nhận sự nỗ lực của Đảng bộ và nhân dân xã Điệp Nông. Đồng chí đề nghị xã tiếp tục duy trì, nâng cao chất lượng các tiêu chí, đặc biệt là tiêu chí môi trường và an ninh trật tự, đồng thời lựa chọn thôn có điều kiện để xây dựng khu dân cư nông thôn mới kiểu mẫu trong năm 2026.",
      "Dịp này, UBND huyện tặng Giấy khen cho 5 tập thể và 12 cá nhân có thành tích xuất sắc trong phong trào thi đua “Hưng Hà chung sức xây dựng nông thôn mới”. Chương trình nghệ thuật chào mừng với nhiều tiết mục ca ngợi quê hương do các câu lạc bộ văn nghệ của xã biểu diễn đã thu hút đông đảo người dân tới xem.",
    ],
    byline: "Quang Vinh",
    publishedAt: "2025-08-08 08:15",
    cover: "festival",
    coverCaption: "Ảnh: Chương trình văn nghệ chào mừng lễ đón bằng công nhận xã Điệp Nông đạt chuẩn nông thôn mới nâng cao.",
  },
  {
    title: "Công an huyện Hưng Hà đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba nhân kỷ niệm 80 năm Ngày truyền thống Công an nhân dân",
    categorySlug: "tin-tuc-su-kien",
    summary:
      "Sáng 15/8, Công an huyện Hưng Hà tổ chức lễ kỷ niệm 80 năm Ngày truyền thống Công an nhân dân (19/8/1945 - 19/8/2025), 20 năm Ngày hội Toàn dân bảo vệ an ninh Tổ quốc và đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba của Chủ tịch nước.",
    paragraphs: [
      "Tới dự có đồng chí Trần Đức Hạnh, Bí thư Huyện ủy; đồng chí Vũ Minh Tuấn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện cùng lãnh đạo các cơ quan, ban, ngành, đoàn thể và đại diện lực lượng công an các xã, thị trấn. Tại buổi lễ, Thượng tá Ngô Văn Dũng, Trưởng Công an huyện ôn lại truyền thống vẻ vang của lực lượng Công an nhân dân và chặng đường xây dựng, trưởng thành của Công an huyện Hưng Hà.",
      "Trong 5 năm gần đây, Công an huyện đã điều tra, khám phá 96,4% số vụ án hình sự, triệt phá 42 ổ nhóm tội phạm, bắt giữ 318 đối tượng phạm tội về ma túy. Tai nạn giao thông trên địa bàn giảm liên tục cả 3 tiêu chí, không để xảy ra điểm nóng về an ninh, trật tự. Phong trào Toàn dân bảo vệ an ninh Tổ quốc được duy trì sâu rộng với 185 mô hình tự phòng, tự quản, tự bảo vệ hoạt động hiệu quả ở khu dân cư.",
      "Thừa ủy quyền của Chủ tịch nước, đại diện lãnh đạo UBND tỉnh đã trao Huân chương Bảo vệ Tổ quốc hạng Ba cho tập thể Công an huyện vì có thành tích xuất sắc trong công tác bảo đảm an ninh, trật tự giai đoạn 2020 - 2024. Phát biểu chúc mừng, đồng chí Bí thư Huyện ủy đề nghị Công an huyện tiếp tục tham mưu cho cấp ủy, chính quyền nắm chắc tình hình, chủ động phòng ngừa, đấu tranh với các loại tội phạm, nhất là tội phạm ma túy và lừa đảo chiếm đoạt tài sản trên không gian mạng.",
      "Dịp này, 15 tập thể và 28 cá nhân có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc được Chủ tịch UBND huyện tặng giấy khen. Đây là những nhân tố tích cực, góp phần xây dựng thế trận an ninh nhân dân vững chắc ngay từ cơ sở.",
    ],
    byline: "Quang Vinh, Trung tâm VHTT&TT huyện.",
    publishedAt: "2025-08-15 10:20",
  },
  {
    title: "Thông báo lịch tạm ngừng cung cấp điện để bảo dưỡng lưới điện tại một số xã từ ngày 23 đến 27/8/2025",
    categorySlug: "thong-bao",
    summary:
      "Điện lực Hưng Hà thông báo tạm ngừng cung cấp điện để bảo dưỡng, sửa chữa đường dây và trạm biến áp tại một số khu vực thuộc các xã Phúc Khánh, Tân Lễ, Văn Cẩm và thị trấn Hưng Hà trong các ngày từ 23 đến 27/8/2025.",
    paragraphs: [
      "Ngày 23/8/2025 (thứ Bảy), từ 7h00 đến 11h30: ngừng cung cấp điện khu vực thôn Phúc Lộc, thôn Khánh Mỹ thuộc xã Phúc Khánh để thay thế cột điện và xà sứ đường dây 22 kV. Ngày 24/8/2025 (Chủ nhật), từ 6h30 đến 16h00: ngừng cung cấp điện toàn bộ thôn Tân Dân, thôn Lễ Nghĩa thuộc xã Tân Lễ để lắp đặt máy biến áp mới, nâng công suất trạm Tân Lễ 3.",
      "Ngày 26/8/2025 (thứ Ba), từ 13h30 đến 17h00: ngừng cung cấp điện khu vực thôn Văn Cẩm 1, thôn Văn Cẩm 2 thuộc xã Văn Cẩm để phát quang hành lang tuyến và bảo dưỡng thiết bị. Ngày 27/8/2025 (thứ Tư), từ 7h30 đến 10h30: ngừng cung cấp điện một phần tổ dân phố Nam Hà và tổ dân phố Đông Đô, thị trấn Hưng Hà để đấu nối đường dây hạ thế.",
      "Trong thời gian ngừng cấp điện, đề nghị các hộ dân, cơ quan, doanh nghiệp chủ động bố trí kế hoạch sản xuất, sinh hoạt; tuyệt đối không tự ý trèo lên cột điện, tiếp cận trạm biến áp vì lưới điện có thể được đóng trở lại bất cứ lúc nào. Trường hợp công việc hoàn thành sớm, Điện lực sẽ cấp điện trở lại trước thời gian dự kiến. Mọi thắc mắc xin liên hệ Trung tâm Chăm sóc khách hàng ngành điện hoặc Điện lực Hưng Hà để được giải đáp.",
    ],
    byline: "Điện lực Hưng Hà",
    publishedAt: "2025-08-20 11:05",
  },
  {
    title: "Huyện Hưng Hà long trọng tổ chức lễ kỷ niệm 80 năm Cách mạng Tháng Tám thành công và Quốc khánh 2/9",
    categorySlug: "tin-tuc-su-kien",
    summary:
      "Sáng 29/8, tại Trung tâm Văn hóa huyện, Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện Hưng Hà tổ chức trọng thể lễ kỷ niệm 80 năm Cách mạng Tháng Tám thành công (19/8/1945 - 19/8/2025) và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam.",
    paragraphs: [
      "Đọc diễn văn kỷ niệm, đồng chí Nguyễn Thị Thu Hà, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện ôn lại những mốc son lịch sử của cuộc Tổng khởi nghĩa giành chính quyền tháng Tám năm 1945. Trên quê hương Hưng Hà, trong những ngày tháng Tám lịch sử, hàng nghìn quần chúng cách mạng đã nổi dậy giành chính quyền ở huyện lỵ và các làng xã, góp phần cùng cả nước làm nên thắng lợi vĩ đại của cách mạng.",
      "Phát huy truyền thống vẻ vang đó, 80 năm qua, Đảng bộ và nhân dân huyện đã vượt qua muôn vàn khó khăn, đóng góp sức người, sức của cho các cuộc kháng chiến và xây dựng quê hương ngày càng giàu đẹp. Năm 2024, tổng giá trị sản xuất của huyện đạt trên 26.800 tỷ đồng, thu nhập bình quân đầu người đạt 68,5 triệu đồng. Đến nay, 100% xã đạt chuẩn nông thôn mới, 15 xã đạt chuẩn nông thôn mới nâng cao.",
      "Buổi lễ được tổ chức trang trọng với chương trình nghệ thuật chủ đề “Hưng Hà - Vững bước dưới cờ Đảng”. Trước đó, huyện đã tổ chức nhiều hoạt động như treo cờ Tổ quốc, trang trí cổ động trực quan trên các tuyến đường, thi đấu các môn thể thao truyền thống và thăm, tặng quà các lão thành cách mạng, cán bộ tiền khởi nghĩa.",
    ],
    byline: "Minh Thu - Hoàng Long, Trung tâm VHTT&TT huyện.",
    publishedAt: "2025-08-29 19:30",
    cover: "festival",
    coverCaption: "Ảnh: Tiết mục nghệ thuật chào mừng tại lễ kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9.",
  },
  {
    title: "Hơn 41.000 trẻ em, học sinh huyện Hưng Hà hân hoan bước vào năm học mới 2025 - 2026",
    categorySlug: "van-hoa-xa-hoi",
    summary:
      "Sáng 5/9, các trường mầm non, tiểu học, trung học cơ sở trên địa bàn huyện đồng loạt tổ chức lễ khai giảng năm học 2025 - 2026. Năm học này, toàn huyện có 41.280 trẻ em, học sinh được biên chế trong 1.312 nhóm, lớp.",
    paragraphs: [
      "Năm học 2025 - 2026, ngành giáo dục huyện Hưng Hà có 92 trường mầm non, tiểu học và trung học cơ sở với 2.986 cán bộ, giáo viên, nhân viên. Các nhà trường đã hoàn thành công tác tuyển sinh đầu cấp, tu sửa phòng học, bổ sung trang thiết bị dạy học và sách giáo khoa cho học sinh khó khăn. Đến nay, 88/92 trường đạt chuẩn quốc gia, trong đó 31 trường đạt chuẩn mức độ 2.",
      "Dự lễ khai giảng tại Trường Tiểu học Phúc Khánh, đồng chí Lê Thị Hồng Nhung, Phó Chủ tịch UBND huyện đã đánh trống khai trường và trao 20 suất học bổng cho học sinh có hoàn cảnh khó khăn vươn lên học tốt. Đồng chí đề nghị nhà trường tiếp tục đổi mới phương pháp dạy học, tăng cường giáo dục kỹ năng sống, ứng dụng công nghệ thông tin và bảo đảm tuyệt đối an toàn cho học sinh.",
      "Cùng ngày, các đồng chí lãnh đạo Huyện ủy, HĐND, UBND huyện chia thành nhiều đoàn dự lễ khai giảng tại các trường trên địa bàn. Năm học trước, giáo dục Hưng Hà đạt 76 giải học sinh giỏi cấp tỉnh và xếp thứ hai toàn tỉnh về điểm thi tuyển sinh vào lớp 10 trung học phổ thông.",
    ],
    byline: "Ngọc Mai",
    publishedAt: "2025-09-05 10:40",
    cover: "school",
    coverCaption: "Ảnh: Học sinh Trường Tiểu học Phúc Khánh trong lễ khai giảng năm học 2025 - 2026.",
  },
  {
    title: "Huyện Hưng Hà khẩn trương triển khai các biện pháp ứng phó bão, bảo vệ đê điều và diện tích lúa mùa",
    categorySlug: "tin-tuc-su-kien",
    summary:
      "Chiều 27/9, Ban Chỉ huy Phòng thủ dân sự huyện họp khẩn triển khai các biện pháp ứng phó với cơn bão đang tiến vào vịnh Bắc Bộ. Các xã được yêu cầu hoàn thành kiểm tra trọng điểm đê, tiêu úng bảo vệ lúa mùa trước 17h ngày 28/9.",
    paragraphs: [
      "Theo dự báo, bão có khả năng gây gió mạnh cấp 8 - 9, giật cấp 11 và mưa to đến rất to trên địa bàn huyện từ đêm 28 đến ngày 30/9, lượng mưa phổ biến 150 - 250 mm, có nơi trên 300 mm. Hiện toàn huyện còn khoảng 9.600 ha lúa mùa đang ở giai đoạn chắc xanh đến chín, nguy cơ đổ ngã và ngập úng cục bộ là rất lớn.",
      "Đồng chí Vũ Minh Tuấn, Chủ tịch UBND huyện, Trưởng Ban Chỉ huy yêu cầu các xã ven sông Hồng và sông Luộc kiểm tra toàn bộ tuyến đê, cống qua đê, nhất là 4 trọng điểm xung yếu đã được phê duyệt phương án; bố trí đủ lực lượng xung kích và vật tư theo phương châm “bốn tại chỗ”. Các hợp tác xã vận động người dân khẩn trương thu hoạch diện tích lúa đã chín trên 85% theo phương châm “xanh nhà hơn già đồng”.",
      "Công ty TNHH MTV Khai thác công trình thủy lợi được giao vận hành 18 trạm bơm tiêu, hạ mực nước đệm trên các kênh trục xuống mức thấp nhất. Lực lượng quân sự, công an huyện sẵn sàng phương tiện để sơ tán các hộ dân sống ở khu vực ngoài bãi sông, nhà yếu không bảo đảm an toàn đến nơi trú ẩn khi có lệnh.",
      "Các cơ quan, đơn vị tổ chức trực ban nghiêm túc 24/24 giờ, báo cáo kịp thời diễn biến về Ban Chỉ huy Phòng thủ dân sự huyện. Trung tâm VHTT&TT huyện tăng thời lượng phát thanh về diễn biến của bão và hướng dẫn kỹ năng phòng tránh để người dân chủ động ứng phó.",
    ],
    byline: "Đức Anh",
    publishedAt: "2025-09-27 20:15",
    cover: "river",
    coverCaption: "Ảnh: Lực lượng xung kích kiểm tra tuyến đê sông Luộc đoạn qua xã Tân Lễ.",
  },
  {
    title: "Hưng Hà đẩy mạnh thanh toán trực tuyến phí, lệ phí khi giải quyết thủ tục hành chính trên Cổng Dịch vụ công quốc gia",
    categorySlug: "cai-cach-hanh-chinh",
    summary:
      "UBND huyện Hưng Hà vừa ban hành kế hoạch đẩy mạnh thanh toán trực tuyến phí, lệ phí thủ tục hành chính, phấn đấu đến cuối năm 2025 tỷ lệ hồ sơ có thanh toán trực tuyến đạt từ 60% trở lên, giúp người dân tiết kiệm thời gian, chi phí đi lại.",
    paragraphs: [
      "Theo thống kê, 9 tháng năm 2025, tỷ lệ hồ sơ thủ tục hành chính có phát sinh phí, lệ phí được thanh toán trực tuyến ở cấp huyện mới đạt 38,6%, cấp xã đạt 31,2%. Nguyên nhân chủ yếu là một bộ phận người dân, nhất là người cao tuổi, chưa quen sử dụng ứng dụng ngân hàng số và còn tâm lý muốn nộp tiền mặt trực tiếp.",
      "Để cải thiện chỉ số này, kế hoạch yêu cầu Bộ phận Một cửa cấp huyện và cấp xã niêm yết mã QR thanh toán tại từng quầy giao dịch; công chức có trách nhiệm hướng dẫn “cầm tay chỉ việc” cho người dân thao tác trên Cổng Dịch vụ công quốc gia và ứng dụng VNeID. Đoàn Thanh niên các xã, thị trấn thành lập tổ tình nguyện hỗ trợ người dân tại Bộ phận Một cửa vào sáng thứ Hai và thứ Năm hằng tuần.",
      "Tại xã Hồng An, đơn vị đạt tỷ lệ thanh toán trực tuyến cao nhất huyện với 67,8%, UBND xã đã phối hợp với các ngân hàng thương mại mở tài khoản miễn phí cho người dân và phát thông tin hướng dẫn trên hệ thống loa truyền thanh. Kinh nghiệm này được huyện đề nghị các địa phương học tập, nhân rộng trong quý IV/2025.",
    ],
    byline: "Văn phòng HĐND và UBND huyện",
    publishedAt: "2025-10-07 09:40",
  },
  {
    title: "Vụ đông 2025 - 2026: Hưng Hà phấn đấu gieo trồng 2.350 ha, ưu tiên cây trồng có giá trị kinh tế cao",
    categorySlug: "kinh-te",
    summary:
      "Ngay sau khi thu hoạch lúa mùa, nông dân các xã trong huyện đã khẩn trương làm đất, xuống giống cây vụ đông. Huyện phấn đấu gieo trồng 2.350 ha, trong đó diện tích cây trồng hàng hóa có giá trị kinh tế cao chiếm trên 70%.",
    paragraphs: [
      "Vụ mùa năm 2025, mặc dù chịu ảnh hưởng của mưa bão cuối tháng 9 nhưng nhờ chủ động tiêu úng và thu hoạch kịp thời, năng suất lúa toàn huyện vẫn đạt bình quân 61,8 tạ/ha. Đến ngày 15/10, toàn huyện đã thu hoạch được 10.870 ha, đạt 97% diện tích; các xã đang tập trung giải phóng đồng ruộng để gieo trồng cây vụ đông.",
      "Theo kế hoạch, vụ đông năm nay toàn huyện trồng 780 ha ngô, trong đó có 320 ha ngô sinh khối làm thức ăn chăn nuôi; 420 ha khoai tây; 560 ha rau màu các loại như bí xanh, su hào, bắp cải, cà chua và 590 ha dưa, ớt, khoai lang. Các xã Minh Tân, Hồng An, Văn Cẩm đã ký hợp đồng liên kết với doanh nghiệp thu mua 150 ha khoai tây phục vụ chế biến.",
      "Để khuyến khích sản xuất, UBND huyện hỗ trợ 50% giá giống khoai tây, ngô sinh khối cho các vùng sản xuất tập trung có quy mô từ 5 ha trở lên. Phòng Nông nghiệp và Môi trường huyện cử cán bộ bám sát cơ sở, hướng dẫn người dân áp dụng kỹ thuật làm đất tối thiểu, trồng khoai tây trên đất ướt, sử dụng phân bón hữu cơ để giảm chi phí và bảo đảm thời vụ.",
      "Tham gia sản xuất vụ đông nhiều năm, ông Nguyễn Văn Thịnh ở thôn Tân Hòa, xã Minh Tân cho biết: năm nay gia đình trồng 1,2 ha bí xanh và ớt. Nếu thời tiết thuận lợi, sau 3 tháng gia đình có thể thu lãi trên 150 triệu đồng, cao gấp nhiều lần so với cấy lúa.",
    ],
    byline: "Phòng Nông nghiệp và Môi trường huyện",
    publishedAt: "2025-10-16 16:50",
    cover: "fields",
    coverCaption: "Ảnh: Nông dân xã Minh Tân làm đất, trồng khoai tây vụ đông.",
  },
  {
    title: "Hưng Hà có 37 thôn, tổ dân phố được công nhận đạt chuẩn khu dân cư nông thôn mới kiểu mẫu",
    categorySlug: "nong-thon-moi",
    summary:
      "Sau gần 4 năm triển khai, toàn huyện Hưng Hà đã có 37 thôn, tổ dân phố được công nhận đạt chuẩn khu dân cư nông thôn mới kiểu mẫu. Các khu dân cư kiểu mẫu đang trở thành điểm sáng về cảnh quan, môi trường và đời sống văn hóa ở cơ sở.",
    paragraphs: [
      "Khu dân cư nông thôn mới kiểu mẫu phải đáp ứng 5 nhóm tiêu chí về sản xuất - thu nhập - hộ nghèo; giáo dục - y tế - văn hóa; cảnh quan - môi trường; an ninh trật tự - hành chính công và sự hài lòng của người dân. Từ năm 2022 đến nay, các thôn đã huy động trên 64 tỷ đồng để chỉnh trang đường ngõ xóm, trồng hơn 52 km đường hoa, hàng cây xanh và xây dựng các điểm tập kết rác thải.",
      "Thôn Đồng Lạc, xã Hồng An là một trong những khu dân cư tiêu biểu. Ông Phạm Văn Quý, Trưởng thôn cho biết: nhiều hộ đã tự nguyện phá dỡ tường bao, hiến tổng cộng gần 1.400 m² đất để mở rộng các ngõ xóm lên 4 - 5 m. Hiện 100% hộ dân trong thôn thực hiện phân loại rác tại nguồn, mỗi gia đình đều có hố ủ rác hữu cơ làm phân bón cho vườn nhà.",
      "Nhân dịp Ngày hội Đại đoàn kết toàn dân tộc năm nay, UBND huyện tặng Giấy khen cho 12 khu dân cư kiểu mẫu có cách làm sáng tạo. Huyện đặt mục tiêu đến hết năm 2026 có ít nhất 50 khu dân cư đạt chuẩn kiểu mẫu, làm nền tảng để xây dựng xã nông thôn mới kiểu mẫu.",
    ],
    byline: "Văn phòng Điều phối nông thôn mới huyện",
    publishedAt: "2025-11-12 14:10",
  },
  {
    title: "Ủy ban MTTQ Việt Nam huyện Hưng Hà kỷ niệm 95 năm Ngày thành lập Mặt trận, biểu dương 30 tập thể, cá nhân tiêu biểu",
    categorySlug: "tin-tuc-su-kien",
    summary:
      "Sáng 14/11, Ủy ban MTTQ Việt Nam huyện Hưng Hà tổ chức lễ kỷ niệm 95 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam - Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2025), biểu dương các điển hình tiêu biểu trong công tác Mặt trận.",
    paragraphs: [
      "Phát biểu tại buổi lễ, Chủ tịch Ủy ban MTTQ Việt Nam huyện ôn lại chặng đường 95 năm xây dựng và phát triển của Mặt trận Tổ quốc Việt Nam. Ở Hưng Hà, Mặt trận các cấp luôn là cầu nối vững chắc giữa Đảng, chính quyền với nhân dân, phát huy sức mạnh khối đại đoàn kết toàn dân tộc qua các thời kỳ cách mạng.",
      "Những năm gần đây, Mặt trận các cấp đã vận động nhân dân hiến hơn 86.000 m² đất, đóng góp trên 210 tỷ đồng xây dựng nông thôn mới. Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” được triển khai sâu rộng, 96,5% hộ gia đình đạt danh hiệu gia đình văn hóa. Quỹ “Vì người nghèo” các cấp đã hỗ trợ xây mới, sửa chữa 326 nhà Đại đoàn kết, góp phần giảm tỷ lệ hộ nghèo toàn huyện.",
      "Đồng chí Nguyễn Thị Thu Hà, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện ghi nhận, biểu dương những kết quả mà Mặt trận các cấp đạt được. Đồng chí đề nghị Mặt trận tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về khu dân cư; nâng cao chất lượng giám sát, phản biện xã hội và kịp thời phản ánh tâm tư, nguyện vọng chính đáng của nhân dân.",
      "Dịp này, Ủy ban MTTQ Việt Nam huyện tặng giấy khen cho 12 tập thể và 18 cá nhân tiêu biểu, trong đó có nhiều trưởng ban công tác Mặt trận thôn, tổ dân phố gắn bó với công tác Mặt trận hàng chục năm. Từ nay đến ngày 18/11, 100% khu dân cư trên địa bàn huyện tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025.",
    ],
    byline: "Thu Hằng",
    publishedAt: "2025-11-14 11:35",
  },
  {
    title: "Các tổ đại biểu HĐND huyện tiếp xúc cử tri trước kỳ họp cuối năm 2025, tiếp nhận 58 ý kiến, kiến nghị",
    categorySlug: "tin-tuc-su-kien",
    summary:
      "Từ ngày 24 đến 27/11, các tổ đại biểu HĐND huyện Hưng Hà đã tiếp xúc cử tri tại 31 xã, thị trấn trước kỳ họp thường lệ cuối năm 2025. Cử tri nêu 58 ý kiến, kiến nghị, tập trung vào hạ tầng giao thông, thủy lợi nội đồng, vệ sinh môi trường và chính sách an sinh xã hội.",
    paragraphs: [
      "Tại các điểm tiếp xúc, đại biểu HĐND huyện đã báo cáo với cử tri dự kiến nội dung, chương trình kỳ họp, kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025 và phương hướng, nhiệm vụ năm 2026. Năm 2025, tổng giá trị sản xuất của huyện ước đạt 29.450 tỷ đồng, tăng 9,1% so với năm trước; thu nhập bình quân đầu người ước đạt 73,5 triệu đồng.",
      "Cử tri xã Văn Cẩm, xã Tân Lễ đề nghị sớm triển khai dự án nâng cấp, mở rộng đường ĐH.62 do mặt đường hẹp, xuống cấp, nhiều đoạn thường xuyên ùn tắc vào mùa thu hoạch. Cử tri xã Minh Tân, xã Hồng An kiến nghị nạo vét hệ thống kênh tưới tiêu nội đồng, bổ sung điểm tập kết rác thải và có giải pháp xử lý tình trạng đổ trộm phế thải xây dựng ven đường.",
      "Nhiều ý kiến quan tâm đến việc chi trả kịp thời chế độ cho người có công, người cao tuổi và đề nghị tăng cường kiểm tra chất lượng vật tư nông nghiệp bán trên địa bàn. Một số cử tri phản ánh tình trạng lừa đảo qua điện thoại, mạng xã hội nhằm vào người dân nông thôn, đề nghị cơ quan chức năng tăng cường tuyên truyền, cảnh báo.",
      "Lãnh đạo UBND huyện và các phòng chuyên môn đã trực tiếp giải đáp nhiều ý kiến thuộc thẩm quyền ngay tại hội nghị. Các kiến nghị còn lại được Thường trực HĐND huyện tổng hợp, chuyển đến cơ quan có thẩm quyền xem xét, trả lời tại kỳ họp và công khai để cử tri được biết.",
    ],
    byline: "Hải Đăng",
    publishedAt: "2025-11-27 16:30",
    cover: "meeting",
    coverCaption: "Ảnh: Cử tri xã Văn Cẩm phát biểu ý kiến tại buổi tiếp xúc với tổ đại biểu HĐND huyện.",
  },
  {
    title: "Khai mạc kỳ họp thường lệ cuối năm 2025 HĐND huyện, xem xét nhiều nghị quyết quan trọng về phát triển kinh tế - xã hội",
    categorySlug: "tin-tuc-su-kien",
    summary:
      "Sáng 10/12, HĐND huyện Hưng Hà khai mạc kỳ họp thường lệ cuối năm 2025. Trong 2 ngày làm việc, kỳ họp xem xét, thông qua các nghị quyết về nhiệm vụ phát triển kinh tế - xã hội, dự toán ngân sách và kế hoạch đầu tư công năm 2026.",
    paragraphs: [
      "Phát biểu khai mạc, đồng chí Nguyễn Thị Thu Hà, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện nhấn mạnh: năm 2025, mặc dù chịu ảnh hưởng của thiên tai và biến động giá cả thị trường, kinh tế của huyện vẫn duy trì tăng trưởng khá. Tổng giá trị sản xuất ước đạt 29.450 tỷ đồng, tăng 9,1% so với năm 2024; thu ngân sách trên địa bàn đạt 712 tỷ đồng, vượt 18,5% dự toán.",
      "Báo cáo của UBND huyện cho thấy 17/17 chỉ tiêu chủ yếu đạt và vượt kế hoạch. Lĩnh vực văn hóa - xã hội có nhiều chuyển biến, tỷ lệ hộ nghèo giảm còn 1,36%, quốc phòng, an ninh được giữ vững. Tuy nhiên, tiến độ giải phóng mặt bằng một số dự án còn chậm, việc thu hút đầu tư vào các cụm công nghiệp chưa đạt kỳ vọng.",
      "Năm 2026, huyện đặt mục tiêu tổng giá trị sản xuất tăng từ 9,5% trở lên, thu nhập bình quân đầu người đạt 78 triệu đồng, có thêm 4 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn nông thôn mới kiểu mẫu. Tại kỳ họp, các đại biểu cũng dành thời gian chất vấn những vấn đề cử tri quan tâm như quản lý đất đai, xử lý ô nhiễm môi trường làng nghề và chất lượng nước sạch nông thôn.",
    ],
    byline: "Thu Hằng, Trung tâm VHTT&TT huyện.",
    publishedAt: "2025-12-10 11:50",
    cover: "meeting",
    coverCaption: "Ảnh: Quang cảnh phiên khai mạc kỳ họp thường lệ cuối năm 2025 của HĐND huyện.",
  },
  {
    title: "Thông báo thu hồi đất thực hiện dự án nâng cấp, mở rộng đường ĐH.62 đoạn qua xã Tân Lễ và xã Văn Cẩm",
    categorySlug: "thong-bao",
    summary:
      "UBND huyện Hưng Hà thông báo kế hoạch thu hồi đất để thực hiện dự án nâng cấp, mở rộng tuyến đường ĐH.62 đoạn từ ngã ba Tân Lễ đến cầu Văn Cẩm, với tổng diện tích dự kiến thu hồi khoảng 6,8 ha, liên quan đến 214 hộ gia đình, cá nhân.",
    paragraphs: [
      "Dự án có tổng chiều dài 4,75 km, được đầu tư nâng cấp theo tiêu chuẩn đường cấp IV đồng bằng, mặt đường rộng 9 m, nền đường rộng 12 m. Diện tích dự kiến thu hồi gồm 5,2 ha đất trồng lúa, 0,9 ha đất ở và đất vườn liền kề, phần còn lại là đất giao thông, thủy lợi do UBND các xã quản lý.",
      "Thời gian điều tra, khảo sát, đo đạc, kiểm đếm dự kiến từ ngày 22/12/2025 đến ngày 31/01/2026. Hội đồng bồi thường, hỗ trợ và tái định cư huyện phối hợp với UBND xã Tân Lễ, xã Văn Cẩm tổ chức họp dân, phổ biến chủ trương, chính sách bồi thường theo Luật Đất đai năm 2024 và quy định của tỉnh.",
      "Đề nghị các hộ gia đình, cá nhân có đất trong phạm vi thu hồi phối hợp với tổ công tác trong quá trình điều tra, kiểm đếm; không xây dựng mới, cơi nới công trình, trồng thêm cây lâu năm trên diện tích đất dự kiến thu hồi kể từ ngày thông báo có hiệu lực. Người sử dụng đất có thắc mắc có thể liên hệ UBND xã nơi có đất hoặc Ban Quản lý dự án đầu tư xây dựng huyện để được giải đáp.",
    ],
    byline: "UBND huyện Hưng Hà",
    publishedAt: "2025-12-18 15:25",
  },
  {
    title: "Hội đồng Nghĩa vụ quân sự huyện tổ chức khám sức khỏe cho 618 công dân trong độ tuổi gọi nhập ngũ năm 2026",
    categorySlug: "quoc-phong-an-ninh",
    summary:
      "Từ ngày 15 đến 23/12, Hội đồng Nghĩa vụ quân sự huyện Hưng Hà đã tổ chức khám tuyển sức khỏe cho 618 công dân của 31 xã, thị trấn, chuẩn bị cho công tác tuyển chọn và gọi công dân nhập ngũ năm 2026.",
    paragraphs: [
      "Công tác khám tuyển được tổ chức tại Trung tâm Y tế huyện theo đúng quy trình, gồm khám thể lực, nội khoa, ngoại khoa, mắt, tai mũi họng, răng hàm mặt, xét nghiệm máu, nước tiểu và xét nghiệm tìm chất ma túy. Qua khám, có 412 công dân đạt sức khỏe loại 1, 2, 3, chiếm 66,7%; nhiều thanh niên có trình độ cao đẳng, đại học tự nguyện viết đơn xin nhập ngũ.",
      "Thượng tá Hoàng Văn Sơn, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện cho biết: năm 2026, huyện được giao chỉ tiêu 245 công dân nhập ngũ, trong đó có 20 công dân thực hiện nghĩa vụ tham gia Công an nhân dân. Ngay sau khám tuyển, Hội đồng Nghĩa vụ quân sự huyện chỉ đạo các xã tiến hành bình cử công khai, dân chủ tại thôn, tổ dân phố, bảo đảm công bằng, đúng luật.",
      "Trong quá trình khám tuyển, Hội đồng khám sức khỏe làm việc nghiêm túc, khách quan, không có trường hợp khiếu nại. Đoàn kiểm tra của Bộ Chỉ huy Quân sự tỉnh đánh giá cao sự chuẩn bị chu đáo của huyện và đề nghị tiếp tục quản lý chặt chẽ nguồn công dân sau khám, làm tốt công tác tuyên truyền để thanh niên yên tâm lên đường thực hiện nghĩa vụ.",
    ],
    byline: "Ban CHQS huyện",
    publishedAt: "2025-12-24 10:45",
  },
  {
    title: "Hưng Hà chủ động lấy nước đổ ải, chuẩn bị gieo cấy hơn 11.100 ha lúa vụ chiêm xuân năm 2026",
    categorySlug: "kinh-te",
    summary:
      "Theo lịch lấy nước của tỉnh, đợt 1 phục vụ đổ ải vụ chiêm xuân năm 2026 bắt đầu từ ngày 10/01. Huyện Hưng Hà yêu cầu các địa phương nạo vét kênh mương, vận hành trạm bơm hợp lý để bảo đảm đủ nước cho 100% diện tích gieo cấy.",
    paragraphs: [
      "Vụ chiêm xuân năm 2026, huyện Hưng Hà phấn đấu gieo cấy 11.130 ha lúa, trong đó diện tích lúa chất lượng cao chiếm từ 65% trở lên, diện tích gieo thẳng và cấy máy đạt khoảng 58%. Lịch gieo mạ được khuyến cáo từ ngày 25/01 đến 05/02; cấy tập trung từ sau Tết Nguyên đán đến ngày 05/3.",
      "Trong tháng 12/2025, các xã đã huy động hơn 4.800 ngày công nạo vét 126 km kênh mương nội đồng, khối lượng đất đào đắp trên 41.000 m³. Công ty TNHH MTV Khai thác công trình thủy lợi kiểm tra, bảo dưỡng toàn bộ 27 trạm bơm tưới, sẵn sàng vận hành khi mực nước sông Hồng, sông Luộc đạt yêu cầu.",
      "Đồng chí Đỗ Văn Khải, Phó Chủ tịch UBND huyện lưu ý, trong các đợt xả nước tăng cường từ hồ chứa thủy điện, mực nước các sông chỉ duy trì trong thời gian ngắn. Vì vậy, các hợp tác xã phải bố trí người trực tại cống, trạm bơm 24/24 giờ, tranh thủ tối đa thời gian lấy nước; những vùng cao, cuối kênh cần chủ động bơm chuyền, không để diện tích nào thiếu nước đổ ải.",
      "Cùng với công tác thủy lợi, huyện chỉ đạo các hợp tác xã dự phòng 15% lượng giống và có phương án che phủ nilon chống rét cho mạ. Bà con tuyệt đối không gieo cấy khi nhiệt độ trung bình ngày xuống dưới 15 độ C.",
    ],
    byline: "Hoàng Long, Trung tâm VHTT&TT huyện.",
    publishedAt: "2026-01-06 08:20",
    cover: "river",
    coverCaption: "Ảnh: Trạm bơm Văn Cẩm vận hành lấy nước phục vụ đổ ải vụ chiêm xuân.",
  },
  {
    title: "Tổng kết cải cách hành chính năm 2025: 99,2% hồ sơ thủ tục hành chính cấp huyện được giải quyết đúng và trước hạn",
    categorySlug: "cai-cach-hanh-chinh",
    summary:
      "Chiều 14/1, UBND huyện Hưng Hà tổ chức hội nghị tổng kết công tác cải cách hành chính, chuyển đổi số năm 2025 và triển khai nhiệm vụ năm 2026. Năm qua, toàn huyện tiếp nhận trên 58.000 hồ sơ thủ tục hành chính, trong đó 78,5% được nộp trực tuyến.",
    paragraphs: [
      "Năm 2025, UBND huyện đã ban hành 26 văn bản chỉ đạo, điều hành về cải cách hành chính; kiểm tra công tác cải cách hành chính tại 10 cơ quan, đơn vị và 12 xã, thị trấn. Toàn huyện tiếp nhận 58.412 hồ sơ, trong đó cấp huyện 24.930 hồ sơ, cấp xã 33.482 hồ sơ; tỷ lệ giải quyết đúng và trước hạn ở cấp huyện đạt 99,2%, cấp xã đạt 99,6%.",
      "Công tác số hóa hồ sơ, kết quả giải quyết thủ tục hành chính có chuyển biến rõ nét: 100% hồ sơ tiếp nhận mới được số hóa theo quy định, tỷ lệ tái sử dụng dữ liệu số hóa đạt 46%. Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính đạt 97,9%. Tuy vậy, hạ tầng công nghệ thông tin ở một số xã đã xuống cấp, đường truyền chưa ổn định, một bộ phận cán bộ chưa thực sự chủ động ứng dụng công nghệ.",
      "Kết luận hội nghị, đồng chí Vũ Minh Tuấn, Chủ tịch UBND huyện yêu cầu năm 2026 tập trung cải cách thủ tục hành chính thực chất, lấy người dân, doanh nghiệp làm trung tâm; phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%, tỷ lệ thanh toán trực tuyến đạt trên 70%. Dịp này, UBND huyện khen thưởng 6 tập thể, 15 cá nhân có thành tích xuất sắc trong công tác cải cách hành chính năm 2025.",
    ],
    byline: "Phòng Nội vụ huyện",
    publishedAt: "2026-01-15 13:40",
    cover: "meeting",
    coverCaption: "Ảnh: Đồng chí Chủ tịch UBND huyện phát biểu kết luận hội nghị tổng kết công tác cải cách hành chính năm 2025.",
  },
  {
    title: "Thông báo lịch nghỉ Tết Nguyên đán Bính Ngọ năm 2026 và phân công trực lãnh đạo UBND huyện trong dịp Tết",
    categorySlug: "thong-bao",
    summary:
      "Cán bộ, công chức, viên chức và người lao động trong các cơ quan hành chính, đơn vị sự nghiệp của huyện Hưng Hà được nghỉ Tết Nguyên đán Bính Ngọ năm 2026 từ thứ Bảy, ngày 14/02/2026 đến hết Chủ nhật, ngày 22/02/2026.",
    paragraphs: [
      "Thực hiện thông báo của cấp trên, UBND huyện Hưng Hà thông báo lịch nghỉ Tết Nguyên đán Bính Ngọ năm 2026 gồm 9 ngày liên tục, từ ngày 14/02/2026 (tức ngày 27 tháng Chạp năm Ất Tỵ) đến hết ngày 22/02/2026 (tức mùng 6 tháng Giêng năm Bính Ngọ). Các cơ quan, đơn vị trở lại làm việc bình thường từ thứ Hai, ngày 23/02/2026.",
      "Trong thời gian nghỉ Tết, thủ trưởng các cơ quan, đơn vị bố trí cán bộ trực 24/24 giờ, bảo đảm xử lý kịp thời các công việc đột xuất và gửi lịch trực về Văn phòng HĐND và UBND huyện trước ngày 10/02/2026. Các đơn vị y tế, điện lực, cấp nước, vệ sinh môi trường, công an, quân sự phải bảo đảm hoạt động liên tục, phục vụ nhu cầu của nhân dân.",
      "Lịch trực lãnh đạo UBND huyện như sau: ngày 14 và 15/02/2026, đồng chí Bùi Đình Long, Phó Chủ tịch UBND huyện; ngày 16 và 17/02/2026, đồng chí Vũ Minh Tuấn, Chủ tịch UBND huyện; ngày 18 và 19/02/2026, đồng chí Đỗ Văn Khải, Phó Chủ tịch UBND huyện; từ ngày 20 đến 22/02/2026, đồng chí Lê Thị Hồng Nhung, Phó Chủ tịch UBND huyện. Số điện thoại trực ban được niêm yết tại trụ sở và đăng tải trên Cổng thông tin điện tử huyện.",
      "UBND huyện đề nghị cán bộ, công chức, viên chức chấp hành nghiêm quy định không đi chúc Tết cấp trên, không sử dụng tiền, tài sản công, phương tiện công vào việc riêng. Khi trở lại cơ quan sau Tết, tuyệt đối không sử dụng rượu, bia trước và trong giờ làm việc.",
    ],
    byline: "Văn phòng HĐND và UBND huyện",
    publishedAt: "2026-01-22 16:05",
  },
  {
    title: "Hưng Hà trao gần 11.500 suất quà Tết tới người có công, hộ nghèo và người có hoàn cảnh khó khăn",
    categorySlug: "van-hoa-xa-hoi",
    summary:
      "Từ đầu tháng 2, các đoàn công tác của huyện Hưng Hà đã đi thăm, tặng quà Tết Nguyên đán Bính Ngọ năm 2026 cho người có công và các đối tượng chính sách. Tổng kinh phí chăm lo Tết năm nay ước trên 6,3 tỷ đồng.",
    paragraphs: [
      "Theo Phòng Nội vụ huyện, Tết năm nay toàn huyện trao 8.940 suất quà của Chủ tịch nước và của tỉnh cho người có công với cách mạng; 1.285 suất quà của huyện cho hộ nghèo, hộ cận nghèo, người khuyết tật nặng; cùng hơn 1.200 suất quà do Ủy ban MTTQ Việt Nam huyện vận động doanh nghiệp, nhà hảo tâm ủng hộ. Mỗi suất quà trị giá từ 400.000 đồng đến 1 triệu đồng.",
      "Tại xã Văn Cẩm, đồng chí Trần Đức Hạnh, Bí thư Huyện ủy đã đến thăm, chúc Tết gia đình thương binh hạng 1/4 Lê Văn Chiến và hộ bà Vũ Thị Lụa, người đang một mình nuôi hai cháu nhỏ mồ côi. Đồng chí đề nghị cấp ủy, chính quyền địa phương quan tâm, hỗ trợ các gia đình ổn định cuộc sống, bảo đảm không để hộ nào không có Tết.",
      "Bên cạnh đó, Huyện đoàn tổ chức chương trình “Xuân yêu thương” tặng 300 suất quà cho học sinh nghèo; Hội Chữ thập đỏ huyện trao 200 suất quà cho người già cô đơn. Nhiều doanh nghiệp trên địa bàn như Công ty May Hưng Hà, Công ty cổ phần Dệt Phúc Khánh cũng chủ động thưởng Tết, bố trí xe đưa đón công nhân có hoàn cảnh khó khăn về quê đón Tết.",
    ],
    byline: "Minh Thu, Trung tâm VHTT&TT huyện.",
    publishedAt: "2026-02-09 09:30",
  },
  {
    title: "Huyện Hưng Hà phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” xuân Bính Ngọ năm 2026",
    categorySlug: "tin-tuc-su-kien",
    summary:
      "Sáng 24/2 (tức mùng 8 tháng Giêng), tại xã Hồng An, Huyện ủy, UBND huyện Hưng Hà tổ chức lễ phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” xuân Bính Ngọ. Ngay sau lễ phát động, các đại biểu và nhân dân đã trồng 1.200 cây xanh.",
    paragraphs: [
      "Phát biểu phát động, đồng chí Trần Đức Hạnh, Bí thư Huyện ủy nhấn mạnh: thực hiện lời dạy của Chủ tịch Hồ Chí Minh “Mùa xuân là Tết trồng cây, làm cho đất nước càng ngày càng xuân”, những năm qua phong trào trồng cây được các cấp, các ngành và nhân dân trong huyện hưởng ứng sâu rộng. Năm 2025, toàn huyện trồng mới hơn 86.000 cây xanh các loại, góp phần cải thiện môi trường, tạo cảnh quan xanh - sạch - đẹp ở các khu dân cư.",
      "Năm 2026, huyện phấn đấu trồng mới 90.000 cây xanh phân tán, tập trung trên các tuyến đường giao thông, trong khuôn viên trụ sở cơ quan, trường học, nhà văn hóa thôn, nghĩa trang liệt sĩ và dọc hành lang các công trình thủy lợi. Các loại cây được lựa chọn phù hợp với điều kiện thổ nhưỡng, có tán rộng, ít sâu bệnh như sấu, bằng lăng, lát hoa, phượng vĩ.",
      "Đồng chí Bí thư Huyện ủy đề nghị các xã, thị trấn gắn phong trào trồng cây với xây dựng nông thôn mới nâng cao, kiểu mẫu; phân công cụ thể tổ chức, cá nhân chăm sóc, bảo vệ cây sau khi trồng, bảo đảm tỷ lệ cây sống đạt trên 90%. Cùng ngày, các xã, thị trấn trong huyện đồng loạt ra quân trồng cây, tạo không khí lao động sản xuất sôi nổi ngay từ những ngày đầu xuân.",
    ],
    byline: "Đức Anh - Ngọc Mai",
    publishedAt: "2026-02-24 11:20",
  },
  {
    title: "Khai hội truyền thống đền Thượng xã Hồng An năm 2026, thu hút hàng nghìn du khách thập phương",
    categorySlug: "van-hoa-xa-hoi",
    summary:
      "Sáng 26/2 (tức mùng 10 tháng Giêng), UBND xã Hồng An tổ chức khai mạc lễ hội truyền thống đền Thượng năm 2026. Lễ hội diễn ra trong 3 ngày với phần lễ trang nghiêm và nhiều trò chơi dân gian đặc sắc, thu hút đông đảo nhân dân, du khách.",
    paragraphs: [
      "Đền Thượng thờ vị tướng có công giúp vua đánh giặc, chiêu dân lập ấp vùng ven sông, được xếp hạng di tích lịch sử - văn hóa cấp tỉnh năm 2009. Theo lệ làng, lễ hội được tổ chức từ ngày mùng 10 đến 12 tháng Giêng hằng năm, là dịp để nhân dân tưởng nhớ công đức của vị thành hoàng và cầu mong mưa thuận gió hòa, mùa màng bội thu.",
      "Phần lễ gồm nghi thức rước kiệu từ đình làng về đền với sự tham gia của gần 300 người trong trang phục truyền thống, lễ tế thần của các bô lão trong làng và dâng hương tưởng niệm. Phần hội diễn ra sôi nổi với các môn vật truyền thống, kéo co, cờ người, thi thổi cơm, bơi chải trên ao đền và hát chèo do câu lạc bộ chèo của xã biểu diễn.",
      "Để lễ hội diễn ra an toàn, tiết kiệm, Ban Tổ chức đã bố trí lực lượng công an, dân quân giữ gìn an ninh trật tự, phân luồng giao thông; sắp xếp khu vực kinh doanh dịch vụ, trông giữ xe có niêm yết giá công khai. Ban Quản lý di tích nghiêm cấm việc đốt vàng mã tràn lan, đặt tiền lẻ không đúng nơi quy định và các hoạt động mê tín dị đoan trong khu vực di tích.",
    ],
    byline: "Thu Hằng",
    publishedAt: "2026-02-27 20:40",
    cover: "festival",
    coverCaption: "Ảnh: Đoàn rước kiệu trong ngày khai hội truyền thống đền Thượng, xã Hồng An.",
  },
  {
    title: "245 thanh niên huyện Hưng Hà hăng hái lên đường nhập ngũ, thực hiện nghĩa vụ bảo vệ Tổ quốc năm 2026",
    categorySlug: "quoc-phong-an-ninh",
    summary:
      "Sáng 4/3, tại 31 xã, thị trấn, huyện Hưng Hà tổ chức lễ giao nhận quân năm 2026 trang trọng, nhanh gọn, an toàn. 245 thanh niên ưu tú đã lên đường nhập ngũ, trong đó 225 công dân vào Quân đội và 20 công dân tham gia Công an nhân dân.",
    paragraphs: [
      "Trong số thanh niên lên đường nhập ngũ năm nay có 36 công dân có trình độ cao đẳng, đại học, 4 đảng viên và 17 công dân tự nguyện viết đơn tình nguyện nhập ngũ. Chất lượng tuyển quân được nâng lên rõ rệt; 100% công dân được bình cử công khai, dân chủ và huyện giao quân đủ 100% chỉ tiêu trên giao.",
      "Dự lễ giao nhận quân tại thị trấn Hưng Hà, đồng chí Vũ Minh Tuấn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, Chủ tịch Hội đồng Nghĩa vụ quân sự huyện căn dặn các tân binh luôn giữ vững phẩm chất “Bộ đội Cụ Hồ”, ra sức học tập, rèn luyện, chấp hành nghiêm kỷ luật của đơn vị. Đồng chí cũng đề nghị các đơn vị nhận quân quan tâm, tạo điều kiện để tân binh sớm ổn định tư tưởng, yên tâm công tác.",
      "Trước ngày lễ giao nhận quân, UBND huyện và các xã, thị trấn đã tổ chức gặp mặt, tặng quà mỗi tân binh 3,5 triệu đồng; các đoàn thể, doanh nghiệp cũng trao tặng thêm nhiều phần quà động viên. Huyện cam kết tạo điều kiện học nghề, giới thiệu việc làm cho quân nhân khi hoàn thành nghĩa vụ trở về địa phương.",
    ],
    byline: "Ban CHQS huyện",
    publishedAt: "2026-03-04 11:15",
  },
  {
    title: "Lễ hội Xuân hồng năm 2026: hơn 700 cán bộ, đoàn viên và nhân dân huyện Hưng Hà đăng ký hiến máu tình nguyện",
    categorySlug: "tin-tuc-su-kien",
    summary:
      "Sáng 11/3, tại Trung tâm Văn hóa huyện, Ban Chỉ đạo vận động hiến máu tình nguyện huyện Hưng Hà phối hợp với Bệnh viện Đa khoa tỉnh tổ chức Lễ hội Xuân hồng năm 2026. Chương trình đã tiếp nhận 612 đơn vị máu, vượt 22% kế hoạch đề ra.",
    paragraphs: [
      "Ngay từ 6h30, đông đảo cán bộ, công chức, đoàn viên thanh niên, lực lượng vũ trang và nhân dân các xã, thị trấn đã có mặt để đăng ký, khám sàng lọc. Trong tổng số 716 người đăng ký, có 612 người đủ điều kiện hiến máu; nhiều người đã tham gia hiến máu từ 10 lần trở lên.",
      "Anh Nguyễn Văn Thành, cán bộ Đoàn xã Hồng An chia sẻ: đây là lần thứ 14 anh tham gia hiến máu tình nguyện. Mỗi lần hiến máu, anh đều thấy vui vì biết những giọt máu của mình có thể góp phần cứu sống người bệnh đang cần.",
      "Năm 2025, toàn huyện đã tổ chức 6 đợt hiến máu tình nguyện, tiếp nhận 2.486 đơn vị máu, đạt 108% kế hoạch tỉnh giao. Phong trào ngày càng lan tỏa với sự tham gia của nhiều đối tượng, từ cán bộ, giáo viên, công nhân các doanh nghiệp đến người lao động tự do.",
      "Phát biểu tại lễ hội, đồng chí Lê Thị Hồng Nhung, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo vận động hiến máu tình nguyện huyện biểu dương tinh thần tương thân, tương ái của các tầng lớp nhân dân. Năm 2026, huyện phấn đấu tiếp nhận 2.600 đơn vị máu; các cơ quan, đơn vị, địa phương được đề nghị duy trì đội hiến máu dự bị, xây dựng lịch hiến máu hợp lý để bảo đảm nguồn máu dự trữ cho công tác cấp cứu, điều trị.",
    ],
    byline: "Ngọc Mai",
    publishedAt: "2026-03-11 14:20",
    cover: "health",
    coverCaption: "Ảnh: Đoàn viên thanh niên tham gia hiến máu tại Lễ hội Xuân hồng huyện Hưng Hà năm 2026.",
  },
  {
    title: "Năm 2026, Hưng Hà phấn đấu có thêm 4 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn nông thôn mới kiểu mẫu",
    categorySlug: "nong-thon-moi",
    summary:
      "Ngày 17/3, Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện Hưng Hà tổ chức hội nghị triển khai nhiệm vụ xây dựng nông thôn mới năm 2026, xác định mục tiêu cụ thể và lộ trình thực hiện cho từng xã.",
    paragraphs: [
      "Hết năm 2025, toàn huyện có 17/29 xã đạt chuẩn nông thôn mới nâng cao, 37 khu dân cư đạt chuẩn kiểu mẫu; thu nhập bình quân đầu người khu vực nông thôn đạt 71,2 triệu đồng/năm. Năm 2026, huyện đăng ký với tỉnh đưa thêm 4 xã gồm Minh Tân, Văn Cẩm, Tân Lễ, Thái Phương đạt chuẩn nông thôn mới nâng cao; xã Phúc Khánh và xã Hồng An đạt chuẩn nông thôn mới kiểu mẫu.",
      "Theo Văn phòng Điều phối nông thôn mới huyện, tổng nhu cầu vốn để thực hiện các mục tiêu trên ước khoảng 215 tỷ đồng, chủ yếu đầu tư cho giao thông, trường học, hệ thống thoát nước và xử lý rác thải. Các xã đã rà soát, xác định rõ những tiêu chí còn thiếu, trong đó khó khăn nhất là tiêu chí thu nhập, tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ và tiêu chí môi trường.",
      "Kết luận hội nghị, đồng chí Vũ Minh Tuấn, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo yêu cầu các xã không chạy theo thành tích, không để phát sinh nợ đọng xây dựng cơ bản. Việc huy động nguồn lực phải trên tinh thần tự nguyện, phù hợp khả năng đóng góp của nhân dân; mỗi xã lựa chọn ít nhất một sản phẩm chủ lực gắn với chương trình OCOP để nâng cao thu nhập cho người dân.",
    ],
    byline: "Văn phòng Điều phối nông thôn mới huyện",
    publishedAt: "2026-03-18 14:50",
  },
  {
    title: "Phát huy vai trò 312 tổ công nghệ số cộng đồng trong hướng dẫn người dân sử dụng dịch vụ công trực tuyến",
    categorySlug: "cai-cach-hanh-chinh",
    summary:
      "Toàn huyện Hưng Hà hiện có 312 tổ công nghệ số cộng đồng với hơn 1.500 thành viên hoạt động tại các thôn, tổ dân phố. Lực lượng này đang trở thành cầu nối đưa dịch vụ công trực tuyến, thanh toán không dùng tiền mặt đến gần hơn với người dân.",
    paragraphs: [
      "Thành viên tổ công nghệ số cộng đồng là trưởng thôn, công an viên, đoàn viên thanh niên, giáo viên và những người có hiểu biết về công nghệ thông tin tại địa phương. Trong quý I/2026, các tổ đã hướng dẫn hơn 6.200 lượt người dân kích hoạt tài khoản định danh điện tử mức độ 2, nộp hồ sơ trực tuyến và cài đặt ứng dụng thanh toán điện tử.",
      "Tại thôn An Lạc, xã Minh Tân, tổ công nghệ số cộng đồng duy trì lịch hỗ trợ người dân vào tối thứ Ba và thứ Sáu hằng tuần tại nhà văn hóa thôn. Anh Nguyễn Đức Mạnh, Tổ trưởng cho biết: nhiều người cao tuổi ban đầu còn ngại, nhưng khi được hướng dẫn đăng ký khai sinh, xin cấp bản sao trích lục ngay tại nhà mà không phải lên xã, bà con rất phấn khởi và còn giới thiệu thêm người thân đến nhờ hỗ trợ.",
      "Để nâng cao hiệu quả hoạt động, Phòng Văn hóa, Khoa học và Thông tin huyện đã tổ chức 4 lớp tập huấn kỹ năng số cơ bản cho các tổ trưởng, phối hợp với doanh nghiệp viễn thông hỗ trợ gói cước dữ liệu ưu đãi cho thành viên. Năm 2026, huyện phấn đấu 100% hộ gia đình có thành viên biết sử dụng dịch vụ công trực tuyến và trên 80% người trưởng thành có tài khoản thanh toán điện tử.",
    ],
    byline: "Phòng Văn hóa, Khoa học và Thông tin huyện",
    publishedAt: "2026-03-26 08:40",
  },
  {
    title: "Thông báo kế hoạch tiêm vắc xin sởi - rubella bổ sung cho trẻ từ 1 đến 5 tuổi tại các trạm y tế xã, thị trấn",
    categorySlug: "thong-bao",
    summary:
      "Trung tâm Y tế huyện Hưng Hà thông báo tổ chức tiêm bổ sung vắc xin sởi - rubella miễn phí cho trẻ từ 1 đến 5 tuổi chưa tiêm đủ mũi theo lịch, thời gian từ ngày 8 đến 18/4/2026 tại 31 trạm y tế xã, thị trấn.",
    paragraphs: [
      "Qua rà soát, toàn huyện có khoảng 1.140 trẻ trong độ tuổi từ 1 đến 5 tuổi chưa được tiêm hoặc tiêm chưa đủ 2 mũi vắc xin có thành phần sởi. Để chủ động phòng bệnh trong bối cảnh số ca mắc sởi ở một số địa phương có xu hướng gia tăng, ngành y tế huyện triển khai chiến dịch tiêm bổ sung, phấn đấu đạt tỷ lệ trên 95% số trẻ thuộc diện tiêm.",
      "Lịch tiêm cụ thể được các trạm y tế thông báo trên hệ thống loa truyền thanh và gửi tin nhắn đến từng gia đình. Khi đưa trẻ đi tiêm, cha mẹ mang theo sổ tiêm chủng, thông báo cho cán bộ y tế tình trạng sức khỏe và tiền sử dị ứng của trẻ. Sau tiêm, trẻ được theo dõi tại điểm tiêm 30 phút và tiếp tục được gia đình theo dõi tại nhà trong 24 giờ.",
      "Trẻ đang sốt, mắc bệnh cấp tính hoặc có tiền sử phản ứng nặng với lần tiêm trước sẽ được hoãn tiêm và hẹn lại lịch. Mọi thông tin chi tiết, đề nghị người dân liên hệ trạm y tế xã, thị trấn nơi cư trú hoặc Khoa Kiểm soát bệnh tật, Trung tâm Y tế huyện trong giờ hành chính.",
    ],
    byline: "Trung tâm Y tế huyện",
    publishedAt: "2026-04-03 15:30",
    cover: "health",
    coverCaption: "Ảnh: Cán bộ Trạm Y tế thị trấn Hưng Hà khám sàng lọc cho trẻ trước khi tiêm vắc xin.",
  },
  {
    title: "Thêm 9 sản phẩm của huyện Hưng Hà đạt chuẩn OCOP, nâng tổng số sản phẩm OCOP toàn huyện lên 47",
    categorySlug: "kinh-te",
    summary:
      "UBND huyện Hưng Hà vừa trao giấy chứng nhận cho 9 sản phẩm đạt chuẩn OCOP 3 sao và 4 sao năm 2026. Các sản phẩm mới đều có bao bì, nhãn mác rõ ràng, truy xuất được nguồn gốc và đang dần có chỗ đứng trên thị trường.",
    paragraphs: [
      "9 sản phẩm mới được công nhận gồm: bánh đa vừng Văn Cẩm, mật ong hoa nhãn Tân Lễ, nấm sò sấy khô Minh Tân, giò chả Phúc Khánh, gạo nếp cái hoa vàng Điệp Nông, tương nếp Hồng An, chiếu cói dệt tay Thái Phương, cùng rượu nếp cái và dưa chuột muối của hợp tác xã nông nghiệp thị trấn Hưng Hà. Trong đó, mật ong hoa nhãn Tân Lễ và giò chả Phúc Khánh đạt 4 sao.",
      "Đến nay, toàn huyện có 47 sản phẩm OCOP, gồm 11 sản phẩm 4 sao và 36 sản phẩm 3 sao; chủ thể sản phẩm chủ yếu là hợp tác xã, hộ kinh doanh. Nhiều sản phẩm sau khi đạt chuẩn đã tăng doanh thu từ 20 đến 35%, được bày bán tại các siêu thị, cửa hàng đặc sản trong và ngoài tỉnh và trên các sàn thương mại điện tử.",
      "Chị Đặng Thị Hương, chủ cơ sở sản xuất bánh đa vừng Văn Cẩm chia sẻ: từ khi có chứng nhận OCOP, mỗi tháng cơ sở bán được khoảng 3 tấn bánh, gấp đôi trước đây; việc livestream bán hàng trên mạng xã hội giúp sản phẩm đến được với khách hàng ở xa. Trong năm 2026, huyện tiếp tục hỗ trợ các chủ thể thiết kế bao bì, xây dựng tem truy xuất nguồn gốc và tham gia các hội chợ xúc tiến thương mại.",
    ],
    byline: "Thanh Tâm",
    publishedAt: "2026-04-14 09:05",
    cover: "market",
    coverCaption: "Ảnh: Gian hàng giới thiệu sản phẩm OCOP của huyện Hưng Hà tại hội chợ nông sản.",
  },
  {
    title: "Tăng cường kiểm tra an toàn phòng cháy, chữa cháy tại cơ sở sản xuất, nhà ở kết hợp kinh doanh trên địa bàn huyện",
    categorySlug: "quoc-phong-an-ninh",
    summary:
      "Từ ngày 1/4 đến nay, Công an huyện Hưng Hà đã kiểm tra an toàn phòng cháy, chữa cháy tại 186 cơ sở, phát hiện và yêu cầu khắc phục 214 tồn tại, thiếu sót; xử phạt vi phạm hành chính 14 trường hợp với tổng số tiền 96 triệu đồng.",
    paragraphs: [
      "Các cơ sở được kiểm tra tập trung vào nhóm có nguy cơ cháy, nổ cao như xưởng may, dệt, chế biến gỗ, kho chứa hàng hóa, cửa hàng xăng dầu, quán karaoke và nhà ở kết hợp sản xuất, kinh doanh. Qua kiểm tra, nhiều cơ sở chưa trang bị đủ bình chữa cháy, hệ thống điện lắp đặt tạm bợ, không bảo đảm lối thoát nạn; một số nhà ở lắp khung sắt, lồng thép kín mà không có lối thoát hiểm thứ hai.",
      "Thượng tá Ngô Văn Dũng, Trưởng Công an huyện cho biết: quý I/2026, trên địa bàn xảy ra 3 vụ cháy, không có thiệt hại về người nhưng thiệt hại tài sản ước khoảng 1,2 tỷ đồng, nguyên nhân chủ yếu do sự cố hệ thống điện. Công an huyện đã chỉ đạo công an các xã tiếp tục nhân rộng mô hình “Tổ liên gia an toàn phòng cháy, chữa cháy” và “Điểm chữa cháy công cộng”; đến nay toàn huyện có 428 tổ liên gia và 96 điểm chữa cháy công cộng.",
      "Cùng với kiểm tra, lực lượng chức năng đã tổ chức 22 buổi tuyên truyền, hướng dẫn kỹ năng thoát nạn và sử dụng bình chữa cháy cho hơn 3.400 công nhân, học sinh và người dân. Khi phát hiện cháy, nổ, người dân cần nhanh chóng gọi số 114 và thông báo cho chính quyền, công an nơi gần nhất.",
    ],
    byline: "Công an huyện",
    publishedAt: "2026-04-22 16:40",
  },
  {
    title: "Khởi công dự án nâng cấp, mở rộng đường ĐH.62 đoạn Tân Lễ - Văn Cẩm với tổng mức đầu tư 148 tỷ đồng",
    categorySlug: "tin-tuc-su-kien",
    summary:
      "Sáng 27/4, UBND huyện Hưng Hà tổ chức lễ khởi công dự án nâng cấp, mở rộng đường ĐH.62 đoạn từ ngã ba Tân Lễ đến cầu Văn Cẩm. Công trình được kỳ vọng giảm ùn tắc, tạo động lực phát triển cho các xã phía Nam của huyện.",
    paragraphs: [
      "Dự án có chiều dài 4,75 km, được đầu tư từ nguồn ngân sách tỉnh và ngân sách huyện, thời gian thực hiện từ năm 2026 đến năm 2027. Tuyến đường được nâng cấp theo tiêu chuẩn đường cấp IV đồng bằng, mặt đường bê tông nhựa rộng 9 m, có hệ thống thoát nước dọc, vỉa hè tại các đoạn qua khu dân cư, hệ thống chiếu sáng và an toàn giao thông đồng bộ.",
      "Đến nay, công tác giải phóng mặt bằng đã cơ bản hoàn thành, 209/214 hộ dân đã nhận tiền bồi thường, bàn giao mặt bằng với tổng diện tích trên 6,6 ha. Nhiều hộ gia đình ở thôn Tân Dân, xã Tân Lễ đã chủ động tháo dỡ công trình, di chuyển tài sản trước thời hạn để bàn giao cho đơn vị thi công.",
      "Phát biểu tại lễ khởi công, đồng chí Vũ Minh Tuấn, Chủ tịch UBND huyện yêu cầu nhà thầu tập trung nhân lực, máy móc, thi công bảo đảm chất lượng, đúng tiến độ, an toàn lao động và vệ sinh môi trường; có phương án phân luồng giao thông hợp lý để không ảnh hưởng đến sinh hoạt của người dân. UBND các xã Tân Lễ, Văn Cẩm tiếp tục vận động 5 hộ còn lại sớm bàn giao mặt bằng.",
    ],
    byline: "Quang Vinh, Trung tâm VHTT&TT huyện.",
    publishedAt: "2026-04-28 09:20",
    cover: "road",
    coverCaption: "Ảnh: Các đại biểu thực hiện nghi thức khởi công dự án nâng cấp, mở rộng đường ĐH.62.",
  },
  {
    title: "Sôi nổi Giải bóng chuyền nam và bóng chuyền hơi huyện Hưng Hà năm 2026 chào mừng ngày sinh Chủ tịch Hồ Chí Minh",
    categorySlug: "van-hoa-xa-hoi",
    summary:
      "Từ ngày 3 đến 6/5, tại Nhà thi đấu đa năng huyện, Trung tâm VHTT&TT huyện tổ chức giải bóng chuyền năm 2026 với sự tham gia của 38 đội bóng, gần 500 vận động viên đến từ các xã, thị trấn và cơ quan, đơn vị.",
    paragraphs: [
      "Giải được tổ chức ở hai nội dung: bóng chuyền nam dành cho các đội tuyển xã, thị trấn và bóng chuyền hơi dành cho nữ trung niên từ 40 tuổi trở lên. Các trận đấu diễn ra hấp dẫn, kịch tính, thể hiện tinh thần thi đấu trung thực, cao thượng và thu hút đông đảo cổ động viên đến theo dõi, cổ vũ mỗi buổi tối.",
      "Kết thúc giải, ở nội dung bóng chuyền nam, đội xã Phúc Khánh giành chức vô địch sau trận chung kết 5 hiệp đầy cảm xúc với đội thị trấn Hưng Hà; giải ba thuộc về các đội Minh Tân và Điệp Nông. Ở nội dung bóng chuyền hơi, đội xã Tân Lễ giành giải nhất, đội xã Hồng An giải nhì, đội xã Văn Cẩm giải ba.",
      "Theo Ban Tổ chức, phong trào bóng chuyền, bóng chuyền hơi đang phát triển mạnh ở cơ sở với hơn 160 câu lạc bộ hoạt động thường xuyên. Thông qua giải, huyện lựa chọn những vận động viên xuất sắc tham gia giải bóng chuyền nông dân toàn tỉnh dự kiến tổ chức vào tháng 6/2026.",
    ],
    byline: "Hải Đăng",
    publishedAt: "2026-05-06 18:10",
  },
  {
    title: "Ban Chỉ huy Phòng thủ dân sự huyện kiểm tra trọng điểm đê điều, triển khai nhiệm vụ phòng, chống thiên tai năm 2026",
    categorySlug: "tin-tuc-su-kien",
    summary:
      "Ngày 19/5, Ban Chỉ huy Phòng thủ dân sự huyện Hưng Hà tổ chức kiểm tra các trọng điểm xung yếu trên tuyến đê sông Hồng, sông Luộc và triển khai phương án phòng, chống thiên tai năm 2026 theo phương châm “bốn tại chỗ”.",
    paragraphs: [
      "Huyện Hưng Hà có gần 40 km đê cấp II và cấp III, 62 cống qua đê cùng hệ thống bờ bao, kênh tiêu nội đồng. Qua kiểm tra thực địa tại trọng điểm kè Tân Lễ, cống Hồng An và đoạn đê xã Điệp Nông, đoàn công tác ghi nhận các công trình sửa chữa sau mưa bão năm 2025 đã cơ bản hoàn thành; tuy nhiên vẫn còn một số vị trí thẩm lậu, mái đê bị sạt nhỏ cần tiếp tục xử lý.",
      "Theo phương án năm 2026, huyện duy trì lực lượng xung kích hộ đê hơn 6.500 người, chuẩn bị sẵn 4.200 m³ đất, đá, 18.000 bao tải, 1.600 cọc tre cùng nhiều phương tiện, trang thiết bị cứu hộ. Các xã tổ chức diễn tập hộ đê, cứu hộ cứu nạn trước ngày 15/6 và rà soát danh sách hộ dân sống ngoài bãi sông để có phương án di dời khi cần thiết.",
      "Đồng chí Đỗ Văn Khải, Phó Chủ tịch UBND huyện, Phó Trưởng Ban Chỉ huy yêu cầu xử lý nghiêm các trường hợp vi phạm hành lang bảo vệ đê điều, khai thác cát trái phép, đổ phế thải lên mái đê. Các cơ quan, đơn vị thực hiện nghiêm chế độ trực ban trong mùa mưa bão, tuyệt đối không chủ quan, lơ là.",
    ],
    byline: "Đức Anh",
    publishedAt: "2026-05-20 14:05",
    cover: "river",
    coverCaption: "Ảnh: Đoàn công tác kiểm tra trọng điểm kè Tân Lễ trên tuyến đê sông Luộc.",
  },
  {
    title: "Chăn nuôi huyện Hưng Hà phát triển theo hướng trang trại, an toàn sinh học, chủ động phòng chống dịch bệnh",
    categorySlug: "kinh-te",
    summary:
      "Tổng đàn lợn của huyện Hưng Hà hiện đạt khoảng 96.000 con, đàn gia cầm trên 1,8 triệu con. Chăn nuôi đang chuyển mạnh từ quy mô nông hộ nhỏ lẻ sang trang trại tập trung, áp dụng quy trình an toàn sinh học.",
    paragraphs: [
      "Toàn huyện hiện có 89 trang trại chăn nuôi quy mô vừa và lớn, tập trung ở các xã Minh Tân, Điệp Nông, Văn Cẩm. Nhiều trang trại đầu tư chuồng kín, hệ thống làm mát, máng ăn tự động và xử lý chất thải bằng đệm lót sinh học, hầm biogas. Giá trị sản xuất ngành chăn nuôi chiếm khoảng 38% giá trị sản xuất nông nghiệp của huyện.",
      "Anh Trần Văn Hiếu, chủ trang trại lợn ở xã Minh Tân cho biết, trang trại của gia đình duy trì quy mô 1.200 lợn thịt mỗi lứa, liên kết với doanh nghiệp cung cấp con giống, thức ăn và bao tiêu sản phẩm. Nhờ áp dụng nghiêm quy trình sát trùng, hạn chế người ra vào và tiêm phòng đầy đủ, nhiều năm nay trang trại không để xảy ra dịch bệnh.",
      "Trước nguy cơ bệnh dịch tả lợn châu Phi, cúm gia cầm có thể tái phát, huyện đã tổ chức đợt tiêm phòng vụ xuân với gần 72.000 liều vắc xin các loại, phun khử trùng tiêu độc môi trường chăn nuôi tại 31 xã, thị trấn. Phòng Nông nghiệp và Môi trường huyện khuyến cáo người chăn nuôi không mua bán, vận chuyển gia súc, gia cầm không rõ nguồn gốc; khi phát hiện vật nuôi ốm, chết bất thường phải báo ngay cho chính quyền và cán bộ thú y cơ sở.",
    ],
    byline: "Thanh Tâm",
    publishedAt: "2026-05-28 11:25",
  },
  {
    title: "Xã Hồng An nhân rộng mô hình phân loại rác thải sinh hoạt tại nguồn, hướng tới xã nông thôn mới kiểu mẫu",
    categorySlug: "nong-thon-moi",
    summary:
      "Sau một năm triển khai, 100% hộ dân ở 8 thôn của xã Hồng An đã thực hiện phân loại rác thải sinh hoạt tại nguồn. Lượng rác phải thu gom, vận chuyển đi xử lý giảm gần 40%, cảnh quan môi trường nông thôn ngày càng sạch đẹp.",
    paragraphs: [
      "Theo hướng dẫn của xã, rác thải sinh hoạt được các hộ gia đình phân thành ba loại: rác hữu cơ dễ phân hủy được ủ làm phân bón tại vườn; rác có khả năng tái chế như giấy, nhựa, kim loại được thu gom bán phế liệu; rác còn lại được tổ vệ sinh môi trường thu gom vào các ngày thứ Hai, thứ Tư, thứ Sáu hằng tuần. Mỗi thôn được hỗ trợ một bộ thùng chứa rác phân loại đặt tại nhà văn hóa và khu vực công cộng.",
      "Bà Nguyễn Thị Hoa, Chi hội trưởng Chi hội Phụ nữ thôn Đồng Lạc cho biết: chi hội đã vận động hội viên thực hiện mô hình “Biến rác thành tiền”, thu gom phế liệu tái chế để gây quỹ giúp đỡ hội viên khó khăn. Sau một năm, chi hội tiết kiệm được hơn 18 triệu đồng, hỗ trợ 3 hội viên vay vốn phát triển chăn nuôi.",
      "Từ kết quả của xã Hồng An, UBND huyện đã chỉ đạo các xã đăng ký xây dựng nông thôn mới kiểu mẫu học tập, triển khai mô hình trong năm 2026. Huyện cũng đang nghiên cứu cơ chế hỗ trợ chế phẩm sinh học, thùng ủ rác hữu cơ cho các hộ gia đình để nhân rộng trên toàn huyện.",
    ],
    byline: "Ngọc Mai",
    publishedAt: "2026-06-09 15:05",
  },
  {
    title: "Bộ phận Một cửa huyện đưa vào vận hành hệ thống lấy số tự động, kiosk tra cứu và đánh giá sự hài lòng bằng mã QR",
    categorySlug: "cai-cach-hanh-chinh",
    summary:
      "Từ ngày 15/6, người dân đến giao dịch tại Bộ phận Tiếp nhận và trả kết quả huyện Hưng Hà có thể lấy số thứ tự tự động, tra cứu tình trạng hồ sơ qua kiosk và đánh giá mức độ hài lòng bằng cách quét mã QR.",
    paragraphs: [
      "Hệ thống được đầu tư với tổng kinh phí gần 780 triệu đồng, gồm máy lấy số tự động tích hợp đầu đọc thẻ căn cước gắn chip, màn hình hiển thị số thứ tự tại các quầy, 2 kiosk tra cứu thông tin và bảng niêm yết thủ tục hành chính điện tử. Khi đến giao dịch, người dân chỉ cần đặt thẻ căn cước lên đầu đọc, hệ thống sẽ tự động nhận diện thông tin và cấp số theo từng lĩnh vực.",
      "Ông Phạm Văn Toàn ở xã Văn Cẩm, đến làm thủ tục chuyển nhượng quyền sử dụng đất, chia sẻ: trước đây phải chờ đợi, hỏi han nhiều, nay lấy số xong là biết mình đứng thứ mấy, chỉ việc ngồi chờ đến lượt. Kết quả giải quyết hồ sơ cũng có thể tra cứu ngay trên điện thoại, rất thuận tiện.",
      "Theo Văn phòng HĐND và UBND huyện, thời gian chờ đợi trung bình của người dân tại Bộ phận Một cửa đã giảm từ khoảng 25 phút xuống dưới 10 phút. Dữ liệu đánh giá được cập nhật trực tiếp lên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, là căn cứ để đánh giá, xếp loại công chức làm việc tại Bộ phận Một cửa hằng tháng.",
    ],
    byline: "Minh Thu, Trung tâm VHTT&TT huyện.",
    publishedAt: "2026-06-17 09:50",
  },
  {
    title: "Tuổi trẻ Hưng Hà ra quân Chiến dịch Thanh niên tình nguyện hè năm 2026 với 42 công trình, phần việc thanh niên",
    categorySlug: "tin-tuc-su-kien",
    summary:
      "Sáng 28/6, Huyện đoàn Hưng Hà tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2026 gắn với Ngày Chủ nhật xanh. Hơn 800 đoàn viên, thanh niên và học sinh đã tham gia dọn vệ sinh môi trường, trồng cây xanh trên các tuyến đường trục xã.",
    paragraphs: [
      "Chiến dịch năm nay được triển khai trên ba mặt trận: thanh niên tình nguyện xây dựng nông thôn mới, hoạt động tình nguyện vì an sinh xã hội và tình nguyện hỗ trợ chuyển đổi số. Các cơ sở Đoàn đăng ký thực hiện 42 công trình, phần việc thanh niên với tổng giá trị ước tính trên 1,6 tỷ đồng, chủ yếu là tuyến đường hoa, đường điện chiếu sáng, sân chơi cho thiếu nhi và vườn cây thanh niên.",
      "Ngay sau lễ ra quân, các đội hình tình nguyện đã thu gom rác thải, phát quang bụi rậm trên 18 km đường giao thông, trồng hơn 1.500 cây xanh và cây hoa tại các xã Tân Lễ, Minh Tân, Phúc Khánh. Tại thị trấn Hưng Hà, đoàn viên thanh niên hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử và thanh toán không dùng tiền mặt.",
      "Trong thời gian chiến dịch, Huyện đoàn phối hợp với Trung tâm Y tế huyện tổ chức khám bệnh, cấp thuốc miễn phí cho gia đình chính sách; phối hợp với các nhà trường mở lớp dạy bơi, trang bị kỹ năng phòng, chống đuối nước cho thiếu nhi. Chiến dịch kéo dài đến hết tháng 8 và được tổng kết vào dịp kỷ niệm Quốc khánh 2/9.",
      "Phát biểu tại lễ ra quân, đại diện lãnh đạo Huyện ủy ghi nhận vai trò xung kích của tuổi trẻ huyện nhà trong những năm qua. Đồng chí đề nghị các cấp bộ Đoàn lựa chọn công trình thiết thực, gắn với nhu cầu của người dân và bảo đảm an toàn tuyệt đối cho đoàn viên trong suốt thời gian tham gia chiến dịch.",
    ],
    byline: "Huyện đoàn Hưng Hà",
    publishedAt: "2026-06-28 11:05",
  },
  {
    title: "Hội nghị Ban Chấp hành Đảng bộ huyện sơ kết 6 tháng đầu năm 2026: giá trị sản xuất ước tăng 9,3%",
    categorySlug: "tin-tuc-su-kien",
    summary:
      "Ngày 7/7, Ban Chấp hành Đảng bộ huyện Hưng Hà tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. Nhiều chỉ tiêu kinh tế - xã hội đạt khá so với kế hoạch, thu ngân sách đạt 61,4% dự toán.",
    paragraphs: [
      "6 tháng đầu năm 2026, tổng giá trị sản xuất của huyện ước đạt 15.120 tỷ đồng, tăng 9,3% so với cùng kỳ. Sản xuất nông nghiệp được mùa, năng suất lúa vụ chiêm xuân ước đạt 71,4 tạ/ha, cao nhất từ trước đến nay; sản xuất công nghiệp - tiểu thủ công nghiệp tăng 11,2%, trong đó các ngành may mặc, dệt, cơ khí tăng mạnh. Thu ngân sách nhà nước trên địa bàn ước đạt 458 tỷ đồng.",
      "Công tác xây dựng Đảng, xây dựng hệ thống chính trị được chú trọng; Đảng bộ huyện đã kết nạp 164 đảng viên mới, đạt 58,6% kế hoạch năm. Lĩnh vực văn hóa - xã hội có nhiều chuyển biến tích cực; quốc phòng, an ninh được giữ vững, tai nạn giao thông giảm cả 3 tiêu chí.",
      "Kết luận hội nghị, đồng chí Trần Đức Hạnh, Bí thư Huyện ủy yêu cầu 6 tháng cuối năm tập trung đẩy nhanh tiến độ giải phóng mặt bằng Cụm công nghiệp Minh Tân và các dự án giao thông trọng điểm; chỉ đạo sản xuất vụ mùa, chủ động phòng, chống thiên tai; tăng cường thu ngân sách, đẩy nhanh giải ngân vốn đầu tư công. Các cấp ủy cần giải quyết kịp thời những vấn đề bức xúc phát sinh ngay từ cơ sở, không để hình thành điểm nóng.",
    ],
    byline: "Ban Tuyên giáo và Dân vận Huyện ủy",
    publishedAt: "2026-07-08 15:15",
    cover: "meeting",
    coverCaption: "Ảnh: Đồng chí Bí thư Huyện ủy phát biểu kết luận hội nghị Ban Chấp hành Đảng bộ huyện.",
  },
  {
    title: "Xúc động lễ thắp nến tri ân các anh hùng liệt sĩ tại Nghĩa trang liệt sĩ huyện nhân kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ",
    categorySlug: "van-hoa-xa-hoi",
    summary:
      "Tối 26/7, Huyện đoàn Hưng Hà phối hợp với Ban Chỉ huy Quân sự huyện tổ chức lễ thắp nến tri ân nhân kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2026). Hơn 1.000 đoàn viên, thanh niên, học sinh và nhân dân đã tham dự.",
    paragraphs: [
      "Trong không khí trang nghiêm, các đại biểu đã dành một phút mặc niệm tưởng nhớ các anh hùng liệt sĩ, dâng hương và đặt vòng hoa trước Đài tưởng niệm. Hàng nghìn ngọn nến được thắp sáng trên từng phần mộ tại Nghĩa trang liệt sĩ huyện, nơi an nghỉ của 1.126 liệt sĩ, trong đó còn 214 phần mộ chưa xác định được thông tin.",
      "Trước đó, trong tháng 7, tuổi trẻ Hưng Hà đã ra quân dọn dẹp, vệ sinh các nghĩa trang liệt sĩ trên địa bàn; thăm, tặng quà và làm việc nhà giúp đỡ hơn 200 gia đình chính sách. Huyện cũng hoàn thành tu bổ, nâng cấp Nghĩa trang liệt sĩ xã Tân Lễ với tổng kinh phí 3,2 tỷ đồng từ nguồn ngân sách và xã hội hóa.",
      "Phát biểu tại buổi lễ, đại diện Huyện đoàn bày tỏ lòng biết ơn sâu sắc của thế hệ trẻ hôm nay đối với sự hy sinh của các thế hệ cha anh. Mỗi đoàn viên, thanh niên nguyện ra sức học tập, lao động, rèn luyện, xứng đáng với truyền thống quê hương và những hy sinh to lớn ấy.",
    ],
    byline: "Hải Đăng",
    publishedAt: "2026-07-26 20:30",
  },
  {
    title: "Giao thông nông thôn đổi thay: 7 tháng năm 2026, Hưng Hà cứng hóa, mở rộng thêm 42 km đường trục xã, trục thôn",
    categorySlug: "nong-thon-moi",
    summary:
      "Với phương châm “Nhà nước và nhân dân cùng làm”, trong 7 tháng năm 2026, các xã trong huyện Hưng Hà đã cứng hóa, mở rộng 42 km đường giao thông nông thôn với tổng kinh phí trên 96 tỷ đồng.",
    paragraphs: [
      "Theo cơ chế hỗ trợ của tỉnh và huyện, đường trục xã được hỗ trợ xi măng và kinh phí làm mặt đường; đường trục thôn, ngõ xóm do các thôn huy động nhân dân đóng góp, xã hỗ trợ một phần. Các tuyến đường mới được mở rộng mặt đường từ 3,5 m lên 5 - 6,5 m, có rãnh thoát nước, biển báo và trồng cây xanh hai bên.",
      "Xã Văn Cẩm là địa phương dẫn đầu với 7,8 km đường được nâng cấp. Để có mặt bằng mở rộng đường, hơn 230 hộ dân trong xã đã tự nguyện hiến trên 4.100 m² đất, tháo dỡ tường bao, cổng ngõ mà không đòi hỏi bồi thường. Ông Lại Văn Hùng ở thôn Văn Cẩm 2 chia sẻ: đường rộng thì xe chở lúa, xe cứu thương vào tận ngõ, con cháu đi học an toàn hơn, mất mấy mét đất nhưng cả làng được hưởng lợi.",
      "Đến nay, hệ thống giao thông nông thôn của huyện cơ bản đáp ứng yêu cầu đi lại, vận chuyển hàng hóa; 100% đường trục xã, trục thôn được cứng hóa. Thời gian tới, huyện tiếp tục ưu tiên đầu tư các tuyến đường kết nối vùng sản xuất, cụm công nghiệp và lắp đặt hệ thống chiếu sáng, gương cầu lồi tại các điểm giao cắt nguy hiểm.",
    ],
    byline: "Quang Vinh",
    publishedAt: "2026-08-12 09:25",
    cover: "road",
    coverCaption: "Ảnh: Tuyến đường trục xã Văn Cẩm sau khi được mở rộng, trồng cây xanh hai bên.",
  },
  {
    title: "Công an huyện ra quân cao điểm bảo đảm trật tự an toàn giao thông dịp lễ Quốc khánh và khai giảng năm học mới",
    categorySlug: "quoc-phong-an-ninh",
    summary:
      "Từ ngày 25/8 đến 15/9, Công an huyện Hưng Hà triển khai đợt cao điểm tuần tra, kiểm soát, xử lý vi phạm trật tự an toàn giao thông, tập trung vào các hành vi vi phạm nồng độ cồn, tốc độ và học sinh điều khiển xe mô tô khi chưa đủ tuổi.",
    paragraphs: [
      "7 tháng đầu năm 2026, trên địa bàn huyện xảy ra 11 vụ tai nạn giao thông, làm chết 7 người, bị thương 6 người; so với cùng kỳ năm 2025 giảm 3 vụ, giảm 2 người chết và giảm 4 người bị thương. Lực lượng chức năng đã phát hiện, lập biên bản xử lý 3.860 trường hợp vi phạm, nộp ngân sách nhà nước trên 4,1 tỷ đồng và tạm giữ 412 phương tiện các loại.",
      "Trong đợt cao điểm này, Đội Cảnh sát giao thông - trật tự Công an huyện bố trí các tổ công tác làm nhiệm vụ tại những tuyến trọng điểm như quốc lộ, tỉnh lộ qua địa bàn, khu vực cổng trường học và các tuyến đường liên xã vào khung giờ tối, đêm. Công an các xã phối hợp với nhà trường tổ chức cho phụ huynh ký cam kết không giao xe mô tô, xe máy điện cho con em khi chưa đủ điều kiện điều khiển.",
      "Công an huyện khuyến cáo người dân “đã uống rượu, bia thì không lái xe”, đội mũ bảo hiểm đạt chuẩn khi tham gia giao thông và chấp hành đúng tốc độ, nhất là khi đi qua khu dân cư, trường học, chợ. Các hành vi vi phạm được phát hiện qua hệ thống camera giám sát cũng sẽ được gửi thông báo xử phạt đến chủ phương tiện.",
    ],
    byline: "Công an huyện",
    publishedAt: "2026-08-25 14:45",
    cover: "road",
    coverCaption: "Ảnh: Tổ công tác Công an huyện kiểm tra nồng độ cồn người điều khiển phương tiện trên tỉnh lộ.",
  },
  {
    title: "Khánh thành cầu Minh Hồng nối xã Minh Tân với xã Hồng An, công trình chào mừng 81 năm Quốc khánh 2/9",
    categorySlug: "tin-tuc-su-kien",
    summary:
      "Sáng 30/8, UBND huyện Hưng Hà tổ chức lễ khánh thành, đưa vào sử dụng cầu Minh Hồng bắc qua kênh tiêu trục liên xã, nối xã Minh Tân với xã Hồng An. Công trình có tổng mức đầu tư 36,8 tỷ đồng, hoàn thành sớm hơn kế hoạch gần 2 tháng.",
    paragraphs: [
      "Cầu Minh Hồng được xây dựng thay thế cây cầu cũ có từ năm 1982 đã xuống cấp nghiêm trọng, chỉ cho phép xe có tải trọng dưới 3 tấn lưu thông. Cầu mới dài 66 m, rộng 9 m, kết cấu bê tông cốt thép dự ứng lực; đường dẫn hai đầu cầu dài 640 m được thảm bê tông nhựa, lắp đặt đồng bộ hệ thống chiếu sáng và biển báo.",
      "Công trình được khởi công tháng 10/2025 bằng nguồn vốn ngân sách tỉnh và huyện, trong đó nhân dân hai xã tự nguyện hiến 2.150 m² đất, tháo dỡ tường rào, công trình phụ để giải phóng mặt bằng. Nhờ sự đồng thuận của người dân và nỗ lực của nhà thầu, dự án về đích trước kế hoạch, bảo đảm chất lượng và mỹ quan.",
      "Phát biểu tại buổi lễ, đồng chí Vũ Minh Tuấn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện khẳng định cầu Minh Hồng không chỉ rút ngắn quãng đường đi lại cho hơn 20.000 người dân hai xã mà còn kết nối vùng sản xuất lúa chất lượng cao với Cụm công nghiệp Minh Tân. Đồng chí yêu cầu UBND hai xã xây dựng phương án quản lý, bảo trì công trình và tuyên truyền người dân chấp hành nghiêm quy định về tải trọng khi lưu thông qua cầu.",
      "Ông Trần Văn Kiên, 72 tuổi, ở thôn Đông Hồng, xã Hồng An xúc động chia sẻ: trước đây mỗi mùa thu hoạch, xe chở lúa phải đi vòng hơn 7 km. Nay có cầu mới, bà con đi lại thuận tiện, nông sản làm ra cũng dễ tiêu thụ hơn nhiều.",
    ],
    byline: "Hoàng Long, Trung tâm VHTT&TT huyện.",
    publishedAt: "2026-08-31 09:10",
    cover: "road",
    coverCaption: "Ảnh: Cầu Minh Hồng nối xã Minh Tân với xã Hồng An trong ngày khánh thành.",
  },
  {
    title: "Trường THCS Minh Tân được công nhận đạt chuẩn quốc gia mức độ 2 sau 5 năm nỗ lực đầu tư cơ sở vật chất",
    categorySlug: "van-hoa-xa-hoi",
    summary:
      "Ngày 9/9, UBND xã Minh Tân và Trường THCS Minh Tân tổ chức lễ đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2. Đây là trường thứ 35 trên địa bàn huyện Hưng Hà đạt chuẩn quốc gia ở mức độ này.",
    paragraphs: [
      "Trường THCS Minh Tân hiện có 18 lớp với 702 học sinh và 41 cán bộ, giáo viên, nhân viên, 100% giáo viên đạt chuẩn về trình độ đào tạo. Từ năm 2021 đến nay, với sự quan tâm của huyện, xã và sự đóng góp của phụ huynh, nhà trường được đầu tư xây mới dãy nhà lớp học 3 tầng, nhà đa năng, thư viện điện tử và 5 phòng học bộ môn với tổng kinh phí trên 21 tỷ đồng.",
      "Chất lượng giáo dục của nhà trường liên tục nằm trong nhóm dẫn đầu huyện. Năm học 2025 - 2026, trường có 14 học sinh giỏi cấp tỉnh, tỷ lệ học sinh đỗ vào các trường trung học phổ thông công lập đạt 86,3%; nhiều năm liền nhà trường đạt danh hiệu Tập thể lao động xuất sắc.",
      "Phát biểu tại buổi lễ, đồng chí Lê Thị Hồng Nhung, Phó Chủ tịch UBND huyện đề nghị nhà trường tiếp tục giữ vững và nâng cao chất lượng các tiêu chuẩn, đẩy mạnh chuyển đổi số trong dạy học và quản lý. Nhà trường cần chú trọng giáo dục đạo đức, kỹ năng sống, ngoại ngữ cho học sinh, xứng đáng là địa chỉ tin cậy của phụ huynh và nhân dân trong xã.",
    ],
    byline: "Phòng Giáo dục và Đào tạo huyện",
    publishedAt: "2026-09-10 07:55",
    cover: "school",
    coverCaption: "Ảnh: Học sinh Trường THCS Minh Tân trong giờ học tại phòng học bộ môn mới.",
  },
  {
    title: "Trao 350 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn vươn lên học tốt năm học 2026 - 2027",
    categorySlug: "tin-tuc-su-kien",
    summary:
      "Chiều 15/9, Hội Khuyến học huyện Hưng Hà phối hợp với Phòng Giáo dục và Đào tạo huyện tổ chức lễ trao 350 suất học bổng “Tiếp bước đến trường” năm học 2026 - 2027, tổng trị giá 525 triệu đồng, cho học sinh có hoàn cảnh khó khăn.",
    paragraphs: [
      "Mỗi suất học bổng trị giá 1,5 triệu đồng, được trao cho học sinh tiểu học và trung học cơ sở thuộc hộ nghèo, hộ cận nghèo, học sinh mồ côi hoặc có cha mẹ mắc bệnh hiểm nghèo nhưng đạt kết quả học tập khá, giỏi. Kinh phí được vận động từ các doanh nghiệp trên địa bàn, con em quê hương thành đạt ở xa và cán bộ, giáo viên trong ngành giáo dục.",
      "Em Phạm Thị Ngọc Ánh, học sinh lớp 8 Trường THCS Tân Lễ, mồ côi cha từ nhỏ, sống cùng mẹ và em trai, là một trong những học sinh nhận học bổng năm nay. Năm học vừa qua, Ngọc Ánh đạt danh hiệu học sinh xuất sắc và giải Ba học sinh giỏi môn Toán cấp huyện; em mong muốn sau này trở thành giáo viên để dạy học ở quê nhà.",
      "Phát biểu tại buổi lễ, đồng chí Lê Thị Hồng Nhung, Phó Chủ tịch UBND huyện ghi nhận sự chung tay của các nhà hảo tâm đối với sự nghiệp khuyến học, khuyến tài. Đồng chí mong các em học sinh tiếp tục nỗ lực vượt khó, rèn luyện đạo đức, học tập tốt để không phụ lòng gia đình, thầy cô và cộng đồng.",
      "Trong 5 năm qua, Quỹ Khuyến học huyện đã trao hơn 1.600 suất học bổng với tổng trị giá trên 2,3 tỷ đồng. Đến nay, 100% thôn, tổ dân phố trên địa bàn huyện có chi hội khuyến học và trên 82% số hộ đạt danh hiệu “Gia đình học tập”.",
    ],
    byline: "Minh Thu, Trung tâm VHTT&TT huyện.",
    publishedAt: "2026-09-16 10:50",
    cover: "school",
    coverCaption: "Ảnh: Lãnh đạo huyện trao học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn.",
  },
  {
    title: "Thông báo lấy ý kiến cộng đồng dân cư về đồ án quy hoạch chi tiết khu dân cư mới thôn Phúc Lộc, xã Phúc Khánh",
    categorySlug: "thong-bao",
    summary:
      "UBND huyện Hưng Hà thông báo lấy ý kiến tổ chức, cá nhân và cộng đồng dân cư về đồ án quy hoạch chi tiết xây dựng tỷ lệ 1/500 khu dân cư mới thôn Phúc Lộc, xã Phúc Khánh, thời gian từ ngày 22/9 đến hết ngày 21/10/2026.",
    paragraphs: [
      "Khu vực lập quy hoạch có diện tích khoảng 8,2 ha, phía Bắc giáp đường ĐH.58, phía Nam giáp khu dân cư hiện trạng thôn Phúc Lộc, phía Đông và phía Tây giáp đất sản xuất nông nghiệp. Quy hoạch dự kiến bố trí 236 lô đất ở liền kề và biệt thự, cùng các công trình hạ tầng xã hội như nhà văn hóa, sân thể thao, khu cây xanh và bãi đỗ xe.",
      "Hồ sơ đồ án được trưng bày công khai tại trụ sở UBND xã Phúc Khánh, nhà văn hóa thôn Phúc Lộc và đăng tải trên Cổng thông tin điện tử huyện. Tổ chức, cá nhân quan tâm có thể góp ý bằng văn bản, ghi vào phiếu lấy ý kiến đặt tại nơi trưng bày hoặc gửi qua thư điện tử của Phòng Kinh tế, Hạ tầng và Đô thị huyện.",
      "Ngày 8/10/2026, UBND xã Phúc Khánh phối hợp với đơn vị tư vấn tổ chức hội nghị lấy ý kiến trực tiếp của đại diện các hộ dân có đất trong và giáp ranh khu vực quy hoạch. Các ý kiến góp ý sẽ được tổng hợp, tiếp thu, giải trình đầy đủ trước khi trình cấp có thẩm quyền phê duyệt.",
    ],
    byline: "Phòng Kinh tế, Hạ tầng và Đô thị huyện",
    publishedAt: "2026-09-21 16:10",
  },
  {
    title: "Cánh đồng liên kết 120 ha lúa chất lượng cao ở xã Văn Cẩm cho lợi nhuận cao hơn 25% so với sản xuất truyền thống",
    categorySlug: "kinh-te",
    summary:
      "Vụ mùa năm 2026, Hợp tác xã dịch vụ nông nghiệp Văn Cẩm liên kết với doanh nghiệp xây dựng cánh đồng lớn 120 ha lúa chất lượng cao, áp dụng đồng bộ cơ giới hóa và được bao tiêu toàn bộ sản phẩm với giá cao hơn thị trường.",
    paragraphs: [
      "Tham gia mô hình có 386 hộ dân với giống lúa Đài thơm 8 và Hương cốm 4. Doanh nghiệp cung ứng giống xác nhận, phân bón và thu mua lúa tươi ngay tại ruộng với giá cao hơn thị trường 300 đồng/kg. Toàn bộ diện tích được làm mạ khay, cấy máy, sử dụng thiết bị bay không người lái để phun thuốc bảo vệ thực vật theo hướng dẫn của cán bộ kỹ thuật.",
      "Ông Trần Văn Phúc, Giám đốc Hợp tác xã cho biết, năng suất lúa trong cánh đồng liên kết ước đạt 64,5 tạ/ha, cao hơn ruộng đại trà khoảng 3 tạ/ha. Nhờ giảm lượng giống, phân bón và công lao động, chi phí sản xuất giảm khoảng 1,6 triệu đồng/ha, lợi nhuận bình quân tăng trên 25% so với cách làm truyền thống.",
      "Phó Chủ tịch UBND huyện Đỗ Văn Khải đánh giá, mô hình là hướng đi phù hợp để nâng cao giá trị sản xuất lúa, khắc phục tình trạng manh mún, nhỏ lẻ. Năm 2027, huyện sẽ nhân rộng cánh đồng liên kết tại các xã Minh Tân, Tân Lễ, Điệp Nông, phấn đấu nâng tổng diện tích sản xuất lúa theo chuỗi lên 600 ha mỗi vụ.",
    ],
    byline: "Hoàng Long, Trung tâm VHTT&TT huyện.",
    publishedAt: "2026-10-05 08:50",
    cover: "fields",
    coverCaption: "Ảnh: Thu hoạch lúa Đài thơm 8 trên cánh đồng liên kết xã Văn Cẩm.",
  },
  {
    title: "UBND huyện Hưng Hà họp phiên thường kỳ quý III, đề ra giải pháp hoàn thành các chỉ tiêu kế hoạch năm 2026",
    categorySlug: "tin-tuc-su-kien",
    summary:
      "Ngày 14/10, UBND huyện Hưng Hà họp phiên thường kỳ quý III năm 2026. 9 tháng qua, tổng giá trị sản xuất ước đạt 22.980 tỷ đồng, tăng 9,1% so với cùng kỳ; thu ngân sách nhà nước trên địa bàn ước đạt 642 tỷ đồng, bằng 86,1% dự toán.",
    paragraphs: [
      "Theo báo cáo, sản xuất nông nghiệp 9 tháng tiếp tục ổn định; vụ mùa toàn huyện gieo cấy 10.860 ha lúa, năng suất ước đạt 62,5 tạ/ha. Sản xuất công nghiệp - tiểu thủ công nghiệp duy trì mức tăng trưởng khá, giá trị ước đạt 14.270 tỷ đồng, tăng 11,5%; các làng nghề cói, dệt, chế biến nông sản có nhiều đơn hàng xuất khẩu.",
      "Giải ngân vốn đầu tư công đạt 71,8% kế hoạch, cao hơn cùng kỳ năm trước. Dự án nâng cấp, mở rộng đường ĐH.62 đoạn Tân Lễ - Văn Cẩm đã hoàn thành khoảng 45% khối lượng; công tác bồi thường, giải phóng mặt bằng Cụm công nghiệp Minh Tân đạt trên 80% diện tích. Lĩnh vực văn hóa - xã hội có nhiều kết quả tích cực, Trường THCS Minh Tân được công nhận đạt chuẩn quốc gia mức độ 2.",
      "Bên cạnh kết quả đạt được, các đại biểu cũng thẳng thắn chỉ ra một số hạn chế như tiến độ giải phóng mặt bằng một số dự án còn chậm, tình trạng vi phạm hành lang an toàn giao thông, đổ trộm phế thải vẫn xảy ra ở một số địa phương. Nguồn thu tiền sử dụng đất chưa đạt tiến độ do thị trường bất động sản trầm lắng.",
      "Kết luận phiên họp, đồng chí Vũ Minh Tuấn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện yêu cầu trong quý IV, các phòng, ban, đơn vị và UBND các xã, thị trấn tập trung chỉ đạo sản xuất vụ đông, tăng cường các biện pháp chống thất thu ngân sách. Các chủ đầu tư phải đẩy nhanh giải ngân vốn đầu tư công, phấn đấu đạt trên 95% kế hoạch trước ngày 31/12, đồng thời chuẩn bị chu đáo các nội dung trình kỳ họp cuối năm của HĐND huyện.",
    ],
    byline: "Văn phòng HĐND và UBND huyện",
    publishedAt: "2026-10-14 15:40",
  },
  {
    title: "Diễn tập khu vực phòng thủ huyện Hưng Hà năm 2026 thành công tốt đẹp, được Ban Chỉ đạo của tỉnh đánh giá loại Giỏi",
    categorySlug: "quoc-phong-an-ninh",
    summary:
      "Sau 5 ngày thực hành nghiêm túc, cuộc diễn tập khu vực phòng thủ huyện Hưng Hà năm 2026 đã kết thúc thành công, hoàn thành toàn bộ nội dung, ý định đề ra và được Ban Chỉ đạo diễn tập của tỉnh đánh giá đạt loại Giỏi.",
    paragraphs: [
      "Cuộc diễn tập được tiến hành từ ngày 28/10 đến 1/11 với 3 giai đoạn: chuyển địa phương từ thời bình sang thời chiến, thực hành tác chiến phòng thủ và xử trí các tình huống khắc phục hậu quả thiên tai, sự cố. Gần 1.500 cán bộ, chiến sĩ lực lượng vũ trang, dân quân tự vệ và nhân dân đã tham gia, cùng nhiều phương tiện, trang bị được huy động.",
      "Trong quá trình diễn tập, Ban Chỉ đạo khu vực phòng thủ huyện đã xử trí linh hoạt 16 tình huống phức tạp như tụ tập đông người gây rối, bạo loạn, sự cố vỡ đê và tình huống chiến đấu bảo vệ mục tiêu trọng điểm. Nội dung thực binh bắn đạn thật của lực lượng dân quân tự vệ tại thao trường huyện đạt kết quả cao, bảo đảm tuyệt đối an toàn.",
      "Phát biểu tổng kết, đồng chí Trần Đức Hạnh, Bí thư Huyện ủy, Trưởng Ban Chỉ đạo diễn tập khẳng định: cuộc diễn tập đã nâng cao năng lực lãnh đạo, chỉ đạo, điều hành của cấp ủy, chính quyền và khả năng hiệp đồng giữa các lực lượng. Qua đó, tiếp tục củng cố thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân vững chắc trên địa bàn huyện.",
    ],
    byline: "Ban CHQS huyện",
    publishedAt: "2026-11-03 08:05",
    featured: true,
  },
  {
    title: "Phúc Khánh trở thành xã đầu tiên của huyện Hưng Hà được công nhận đạt chuẩn nông thôn mới kiểu mẫu",
    categorySlug: "nong-thon-moi",
    summary:
      "Tối 9/11, xã Phúc Khánh long trọng tổ chức lễ đón nhận Quyết định công nhận xã đạt chuẩn nông thôn mới kiểu mẫu năm 2026. Thu nhập bình quân đầu người của xã năm nay ước đạt 85,3 triệu đồng, cao nhất huyện.",
    paragraphs: [
      "Phúc Khánh lựa chọn lĩnh vực nổi trội là phát triển tiểu thủ công nghiệp và cảnh quan môi trường để xây dựng nông thôn mới kiểu mẫu. Toàn xã hiện có hơn 240 cơ sở sản xuất, kinh doanh, trong đó nghề dệt khăn, may gia công và chế biến giò chả thu hút trên 3.000 lao động; tỷ lệ lao động có việc làm thường xuyên đạt 97,6%.",
      "Trong 2 năm 2025 - 2026, xã đã huy động trên 132 tỷ đồng để xây dựng nông thôn mới kiểu mẫu, trong đó nhân dân đóng góp trên 38 tỷ đồng. 100% tuyến đường thôn, ngõ xóm được cứng hóa và có đèn chiếu sáng; 9/9 thôn đạt chuẩn khu dân cư kiểu mẫu; hệ thống camera an ninh được lắp đặt tại tất cả các điểm giao cắt, khu vực công cộng.",
      "Phát biểu tại buổi lễ, đồng chí Trần Đức Hạnh, Bí thư Huyện ủy chúc mừng thành quả mà Đảng bộ, chính quyền và nhân dân xã Phúc Khánh đạt được. Đồng chí đề nghị xã tiếp tục phát huy vai trò “lá cờ đầu” trong phong trào xây dựng nông thôn mới của huyện, quan tâm xử lý môi trường tại các cơ sở sản xuất và nâng cao đời sống tinh thần của nhân dân.",
      "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho xã Phúc Khánh vì có thành tích xuất sắc trong phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”. Buổi lễ khép lại bằng màn bắn pháo hoa tầm thấp và chương trình nghệ thuật do các câu lạc bộ văn nghệ của xã dàn dựng.",
    ],
    byline: "Minh Thu - Quang Vinh, Trung tâm VHTT&TT huyện.",
    publishedAt: "2026-11-10 09:15",
    featured: true,
    cover: "festival",
    coverCaption: "Ảnh: Nhân dân xã Phúc Khánh vui mừng trong lễ đón nhận Quyết định công nhận xã đạt chuẩn nông thôn mới kiểu mẫu.",
  },
  {
    title: "Làng nghề cói Thái Phương tất bật vào mùa hàng xuất khẩu cuối năm, doanh thu năm 2026 ước đạt 210 tỷ đồng",
    categorySlug: "kinh-te",
    summary:
      "Những tháng cuối năm, các cơ sở sản xuất tại làng nghề cói xã Thái Phương hoạt động hết công suất để kịp giao hàng cho đối tác nước ngoài. Năm 2026, doanh thu của làng nghề ước đạt 210 tỷ đồng, tăng 14% so với năm trước.",
    paragraphs: [
      "Làng nghề cói Thái Phương hiện có 23 doanh nghiệp, hợp tác xã và hơn 600 hộ gia đình tham gia sản xuất, thu hút khoảng 1.800 lao động thường xuyên cùng hàng nghìn lao động thời vụ trong và ngoài xã. Từ những sợi cói mộc mạc, người thợ làm ra hơn 300 mẫu sản phẩm như giỏ, túi xách, thảm, hộp đựng đồ trang trí, được xuất khẩu sang Nhật Bản, Hàn Quốc, các nước châu Âu và Hoa Kỳ.",
      "Bà Đinh Thị Thu, Giám đốc một hợp tác xã thủ công mỹ nghệ của xã cho biết: từ tháng 9 đến nay, đơn vị nhận đơn hàng gần 150.000 sản phẩm phục vụ mùa Giáng sinh và năm mới, mỗi ngày có khoảng 250 lao động làm việc tại xưởng và tại nhà. Thu nhập bình quân của người lao động từ 6 đến 8 triệu đồng/tháng; người cao tuổi và phụ nữ có thể tranh thủ làm thêm lúc nông nhàn.",
      "Để làng nghề phát triển bền vững, UBND huyện đang hỗ trợ xã quy hoạch vùng trồng cói nguyên liệu, xây dựng điểm trưng bày, giới thiệu sản phẩm gắn với du lịch trải nghiệm. Huyện cũng khuyến khích các cơ sở đầu tư máy móc ở khâu xử lý nguyên liệu, áp dụng mẫu mã mới, bảo đảm yêu cầu về môi trường và truy xuất nguồn gốc theo đòi hỏi của thị trường xuất khẩu.",
    ],
    byline: "Thanh Tâm",
    publishedAt: "2026-11-12 14:30",
    featured: true,
    cover: "market",
    coverCaption: "Ảnh: Thợ thủ công làng nghề Thái Phương hoàn thiện sản phẩm cói xuất khẩu.",
  },
  {
    title: "Chủ tịch UBND huyện đối thoại với nhân dân về bồi thường, giải phóng mặt bằng Cụm công nghiệp Minh Tân",
    categorySlug: "tin-tuc-su-kien",
    summary:
      "Chiều 18/11, đồng chí Vũ Minh Tuấn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Hưng Hà đã đối thoại trực tiếp với hơn 150 hộ dân có đất bị thu hồi để xây dựng Cụm công nghiệp Minh Tân, lắng nghe và giải đáp nhiều kiến nghị chính đáng.",
    paragraphs: [
      "Cụm công nghiệp Minh Tân có quy mô 52,6 ha, được quy hoạch thu hút các ngành may mặc, cơ khí chính xác, chế biến nông sản, dự kiến tạo việc làm cho khoảng 4.500 lao động. Đến nay, đã có 412/468 hộ nhận tiền bồi thường, bàn giao mặt bằng với diện tích 44,8 ha, đạt 85,2%; phần diện tích còn lại chủ yếu vướng mắc về đơn giá bồi thường cây cối, vật nuôi và xác định nguồn gốc đất.",
      "Tại buổi đối thoại, người dân đã nêu 14 ý kiến, tập trung vào mức hỗ trợ chuyển đổi nghề nghiệp, bố trí đất dịch vụ, thời gian chi trả tiền bồi thường và phương án cải tạo hệ thống kênh tưới tiêu cho diện tích canh tác còn lại. Ông Nguyễn Văn Sáng ở thôn An Lạc đề nghị các doanh nghiệp vào cụm công nghiệp ưu tiên tuyển dụng con em các hộ có đất bị thu hồi.",
      "Trả lời các kiến nghị, Chủ tịch UBND huyện khẳng định việc bồi thường, hỗ trợ được thực hiện công khai, minh bạch, đúng quy định của pháp luật, bảo đảm người dân có cuộc sống bằng hoặc tốt hơn trước. Đối với những ý kiến vượt thẩm quyền, huyện sẽ tổng hợp, báo cáo tỉnh xem xét; Ban Quản lý dự án và UBND xã Minh Tân được giao rà soát lại hồ sơ của 9 hộ có nguồn gốc đất phức tạp, trả lời bằng văn bản trước ngày 15/12.",
      "Đồng chí Chủ tịch UBND huyện cũng đề nghị các hộ còn lại đồng thuận, sớm bàn giao mặt bằng để dự án được triển khai đúng tiến độ. Huyện cam kết phối hợp với các doanh nghiệp thứ cấp tổ chức đào tạo nghề miễn phí và ưu tiên tuyển dụng lao động địa phương.",
    ],
    byline: "Thu Hằng - Đức Anh",
    publishedAt: "2026-11-19 08:25",
    featured: true,
    cover: "meeting",
    coverCaption: "Ảnh: Quang cảnh buổi đối thoại giữa Chủ tịch UBND huyện với nhân dân xã Minh Tân.",
  },
  {
    title: "Hưng Hà hoàn thành làm sạch dữ liệu đất đai, kết nối với Cơ sở dữ liệu quốc gia về dân cư phục vụ người dân",
    categorySlug: "cai-cach-hanh-chinh",
    summary:
      "Sau hơn 6 tháng triển khai, huyện Hưng Hà đã hoàn thành xác thực, làm sạch dữ liệu của hơn 186.000 thửa đất và kết nối với Cơ sở dữ liệu quốc gia về dân cư, tạo nền tảng cắt giảm giấy tờ khi người dân làm thủ tục đất đai.",
    paragraphs: [
      "Thực hiện chỉ đạo của tỉnh về làm giàu, làm sạch dữ liệu đất đai, từ tháng 5/2026, huyện đã thành lập tổ công tác tại 31 xã, thị trấn, huy động cán bộ địa chính, công an xã và tổ công nghệ số cộng đồng đến từng hộ gia đình thu thập thông tin. Các trường hợp thông tin chủ sử dụng đất chưa khớp với dữ liệu dân cư đều được đối chiếu, chỉnh lý ngay tại cơ sở.",
      "Đến nay, 186.420 thửa đất với thông tin của hơn 71.000 chủ sử dụng đã được xác thực, đạt tỷ lệ 99,1%. Nhờ đó, khi thực hiện thủ tục đăng ký biến động, chuyển nhượng, thừa kế, người dân không phải nộp bản sao giấy tờ tùy thân, giấy xác nhận cư trú; thời gian giải quyết nhiều thủ tục đất đai được rút ngắn từ 2 đến 5 ngày làm việc.",
      "Đồng chí Bùi Đình Long, Phó Chủ tịch UBND huyện cho biết, thời gian tới huyện sẽ tiếp tục cập nhật biến động thường xuyên, bảo đảm dữ liệu “đúng, đủ, sạch, sống”. Các phòng chuyên môn được yêu cầu khai thác triệt để dữ liệu đã số hóa, không yêu cầu người dân cung cấp lại những thông tin đã có trong cơ sở dữ liệu.",
    ],
    byline: "Phòng Nông nghiệp và Môi trường huyện",
    publishedAt: "2026-11-21 07:40",
    featured: true,
  },
  {
    title: "Thông báo lịch tiếp công dân định kỳ của Bí thư Huyện ủy và Chủ tịch UBND huyện trong tháng 12 năm 2026",
    categorySlug: "thong-bao",
    summary:
      "Văn phòng HĐND và UBND huyện Hưng Hà thông báo lịch tiếp công dân định kỳ tháng 12/2026 của Bí thư Huyện ủy và Chủ tịch UBND huyện tại Trụ sở Tiếp công dân huyện, khu Trung tâm hành chính huyện, thị trấn Hưng Hà.",
    paragraphs: [
      "Đồng chí Trần Đức Hạnh, Bí thư Huyện ủy tiếp công dân vào sáng thứ Năm, ngày 10/12/2026, từ 7h30 đến 11h00. Đồng chí Vũ Minh Tuấn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện tiếp công dân vào sáng thứ Ba, ngày 15/12/2026 và sáng thứ Tư, ngày 23/12/2026, từ 7h30 đến 11h00.",
      "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh cần mang theo thẻ căn cước hoặc giấy tờ tùy thân có ảnh; trường hợp được ủy quyền phải có giấy ủy quyền hợp pháp. Đối với nội dung có nhiều người cùng khiếu nại, kiến nghị, đề nghị cử đại diện không quá 5 người để trình bày.",
      "Ngoài lịch tiếp định kỳ nêu trên, Ban Tiếp công dân huyện tiếp công dân thường xuyên vào các ngày làm việc trong tuần. Công dân có thể đăng ký trước nội dung cần trình bày qua đường dây nóng niêm yết tại Trụ sở Tiếp công dân hoặc qua Cổng thông tin điện tử huyện để được bố trí tiếp thuận lợi.",
    ],
    byline: "Văn phòng HĐND và UBND huyện",
    publishedAt: "2026-11-24 16:45",
  },
  {
    title: "Khám sàng lọc, tư vấn miễn phí bệnh không lây nhiễm cho hơn 1.500 người cao tuổi tại 5 xã trên địa bàn huyện",
    categorySlug: "van-hoa-xa-hoi",
    summary:
      "Từ ngày 18 đến 24/11, Trung tâm Y tế huyện Hưng Hà phối hợp với Hội Người cao tuổi huyện tổ chức khám sàng lọc, tư vấn và cấp thuốc miễn phí cho 1.526 người cao tuổi tại các xã Điệp Nông, Hồng An, Phúc Khánh, Minh Tân và Tân Lễ.",
    paragraphs: [
      "Người cao tuổi được đo huyết áp, xét nghiệm đường máu, đo điện tim, siêu âm ổ bụng và khám các chuyên khoa mắt, răng hàm mặt, cơ xương khớp. Kết quả cho thấy 38,2% người được khám có tăng huyết áp, 12,6% có rối loạn đường huyết hoặc mắc đái tháo đường; nhiều trường hợp lần đầu tiên được phát hiện bệnh và chưa từng điều trị.",
      "BSCKII Phạm Văn Hòa, Giám đốc Trung tâm Y tế huyện cho biết: các trường hợp mắc bệnh được lập hồ sơ sức khỏe điện tử, đưa vào danh sách quản lý, điều trị ngoại trú tại trạm y tế xã với thuốc do bảo hiểm y tế chi trả. Những người có dấu hiệu bệnh nặng được tư vấn chuyển lên tuyến trên để chẩn đoán và điều trị kịp thời.",
      "Toàn huyện hiện có trên 42.000 người từ 60 tuổi trở lên, chiếm khoảng 17% dân số. Ngành y tế huyện đặt mục tiêu 95% người cao tuổi được khám sức khỏe định kỳ ít nhất một lần mỗi năm, đồng thời nhân rộng mô hình câu lạc bộ liên thế hệ tự giúp nhau, hướng dẫn người cao tuổi tự theo dõi huyết áp, chế độ dinh dưỡng và luyện tập thể dục hằng ngày.",
    ],
    byline: "Ngọc Mai, Trung tâm VHTT&TT huyện.",
    publishedAt: "2026-11-25 09:35",
    featured: true,
    cover: "health",
    coverCaption: "Ảnh: Bác sĩ Trung tâm Y tế huyện khám sức khỏe cho người cao tuổi xã Điệp Nông.",
  },
];
