// Dữ liệu mẫu (demo) cho hệ thống cổng thông tin nhiều site: tỉnh Hưng Yên và
// một số xã, phường sau khi sắp xếp chính quyền địa phương hai cấp (01/7/2025).
// Toàn bộ tên người, địa chỉ, số điện thoại, email và nội dung tin bài đều là
// hư cấu, chỉ dùng để trình diễn giao diện; không phản ánh sự việc có thật.

export type DemoSiteArticle = {
  title: string;
  summary: string;
  paragraphs: string[];
  byline: string;
  categorySlug: string;
  /** "YYYY-MM-DD HH:mm", giờ Việt Nam. */
  publishedAt: string;
  featured?: boolean;
  /** Đã gửi lên cổng tỉnh và được duyệt đăng. */
  sendUp?: boolean;
};

export type DemoSite = {
  slug: string;
  kind: "tinh" | "xa" | "phuong";
  /** Tên đơn vị, không kèm cấp: "Hưng Yên", "Tân Hòa". */
  name: string;
  settings: {
    address: string;
    phone: string;
    email: string;
    hotline: string;
    responsiblePerson: string;
    footerText: string;
  };
  categories: { slug: string; name: string; description: string }[];
  articles: DemoSiteArticle[];
  poll: { question: string; options: string[] };
  editors: { name: string; email: string; role: "admin" | "editor" | "author" }[];
};

// ---------------------------------------------------------------------------
// Cổng tỉnh
// ---------------------------------------------------------------------------

export const demoProvince: DemoSite = {
  slug: "hung-yen",
  kind: "tinh",
  name: "Hưng Yên",
  settings: {
    address: "Số 8 đường Nguyễn Văn Linh, phường Phố Hiến, tỉnh Hưng Yên",
    phone: "0221 3862 104",
    email: "ubnd@hungyen.example.vn",
    hotline: "0221 3862 188",
    responsiblePerson: "Ông Vũ Đình Khải, Chánh Văn phòng UBND tỉnh, Trưởng Ban biên tập",
    footerText:
      "Cổng thông tin điện tử tỉnh Hưng Yên. Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hưng Yên. Ghi rõ nguồn “Cổng thông tin điện tử tỉnh Hưng Yên” khi phát hành lại thông tin từ cổng này.",
  },
  categories: [
    {
      slug: "tin-tuc-su-kien",
      name: "Tin tức - Sự kiện",
      description:
        "Tin tức về hoạt động của Tỉnh ủy, HĐND, UBND tỉnh, các sở, ngành và những sự kiện nổi bật trên địa bàn tỉnh Hưng Yên.",
    },
    {
      slug: "chi-dao-dieu-hanh",
      name: "Chỉ đạo điều hành",
      description:
        "Văn bản, ý kiến chỉ đạo, điều hành của UBND tỉnh và Chủ tịch UBND tỉnh về phát triển kinh tế - xã hội, quốc phòng, an ninh.",
    },
    {
      slug: "thong-bao",
      name: "Thông báo",
      description:
        "Thông báo chính thức của UBND tỉnh và các cơ quan chuyên môn gửi tới tổ chức, doanh nghiệp và người dân.",
    },
  ],
  articles: [
    {
      title: "Hưng Yên sơ kết 15 tháng vận hành mô hình chính quyền địa phương hai cấp",
      categorySlug: "tin-tuc-su-kien",
      summary:
        "Ngày 25/9, UBND tỉnh tổ chức hội nghị sơ kết 15 tháng vận hành chính quyền địa phương hai cấp. Bộ máy ở 104 xã, phường cơ bản hoạt động thông suốt, phục vụ người dân và doanh nghiệp ngày càng tốt hơn.",
      paragraphs: [
        "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới 104 điểm cầu xã, phường. Đồng chí Lê Quang Thịnh, Chủ tịch UBND tỉnh chủ trì hội nghị. Theo báo cáo, từ ngày 01/7/2025 đến nay, UBND các xã, phường đã tiếp nhận hơn 1,2 triệu hồ sơ thủ tục hành chính, tỷ lệ giải quyết trước và đúng hạn đạt 97,6%.",
        "Sau hơn một năm, các trung tâm phục vụ hành chính công cấp xã đã ổn định về tổ chức, trang thiết bị và nhân lực. Nhiều địa phương bố trí công chức hướng dẫn người dân nộp hồ sơ trực tuyến ngay tại quầy, rút ngắn thời gian chờ đợi. Tỷ lệ hồ sơ nộp trực tuyến toàn trình trên địa bàn tỉnh đạt 78,4%, tăng hơn 20 điểm phần trăm so với cùng kỳ năm 2025.",
        "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số khó khăn như một bộ phận công chức cấp xã còn thiếu kinh nghiệm ở những lĩnh vực mới được phân cấp, hạ tầng công nghệ thông tin ở một số xã chưa đồng bộ. Việc sắp xếp, sử dụng trụ sở dôi dư sau hợp nhất ở một số nơi còn chậm.",
        "Phát biểu kết luận, Chủ tịch UBND tỉnh yêu cầu các sở, ngành tiếp tục hướng dẫn, hỗ trợ cấp xã thực hiện nhiệm vụ được phân cấp, phân quyền. UBND các xã, phường cần tăng cường kỷ luật, kỷ cương hành chính, lấy sự hài lòng của người dân làm thước đo hiệu quả công việc.",
      ],
      byline: "Minh Anh, Văn phòng UBND tỉnh.",
      publishedAt: "2026-09-25 15:40",
      featured: true,
    },
    {
      title: "Chủ tịch UBND tỉnh chỉ đạo chủ động ứng phó mưa lớn, bảo đảm an toàn đê điều",
      categorySlug: "chi-dao-dieu-hanh",
      summary:
        "Trước diễn biến của hoàn lưu bão số 5, Chủ tịch UBND tỉnh đã ban hành công điện yêu cầu các sở, ngành và UBND các xã, phường triển khai ngay các biện pháp phòng, chống mưa lớn, ngập úng.",
      paragraphs: [
        "Theo Đài Khí tượng thủy văn tỉnh, từ đêm 17/9 đến hết ngày 19/9, do ảnh hưởng của hoàn lưu bão số 5, trên địa bàn tỉnh có mưa to đến rất to với tổng lượng mưa phổ biến 150 - 250 mm, có nơi trên 300 mm. Mực nước trên sông Hồng, sông Luộc và sông Trà Lý có khả năng lên nhanh, nguy cơ ngập úng diện rộng ở vùng trũng.",
        "Chủ tịch UBND tỉnh yêu cầu UBND các xã, phường kiểm tra, rà soát các trọng điểm đê điều, cống dưới đê, bố trí lực lượng trực 24/24 giờ và sẵn sàng vật tư theo phương châm “bốn tại chỗ”. Các địa phương chủ động tiêu nước đệm, vận hành các trạm bơm để bảo vệ lúa mùa sắp thu hoạch và diện tích rau màu.",
        "Sở Nông nghiệp và Môi trường được giao theo dõi chặt chẽ diễn biến thời tiết, tham mưu kịp thời phương án điều tiết nước trên hệ thống thủy lợi. Sở Giáo dục và Đào tạo hướng dẫn các trường học chủ động cho học sinh nghỉ học khi mưa lớn gây mất an toàn.",
        "Các cơ quan báo chí, hệ thống truyền thanh cơ sở và cổng thông tin điện tử các xã, phường tăng cường thông tin về tình hình mưa lũ để người dân chủ động phòng tránh. Kết quả triển khai được báo cáo về Ban Chỉ huy Phòng thủ dân sự tỉnh trước 16 giờ hằng ngày.",
      ],
      byline: "Hoàng Hà, Văn phòng UBND tỉnh.",
      publishedAt: "2026-09-17 10:15",
      featured: true,
    },
    {
      title: "Triển khai Nghị định 224/2026/NĐ-CP, tỉnh chuẩn hóa cổng thông tin điện tử của 104 xã, phường",
      categorySlug: "chi-dao-dieu-hanh",
      summary:
        "UBND tỉnh vừa ban hành kế hoạch triển khai Nghị định 224/2026/NĐ-CP về cổng thông tin điện tử, yêu cầu 100% xã, phường vận hành cổng thông tin trên nền tảng dùng chung của tỉnh trước ngày 31/12/2026.",
      paragraphs: [
        "Theo kế hoạch, Cổng thông tin điện tử tỉnh đóng vai trò cổng chính, kết nối với các cổng thành phần của sở, ngành và UBND các xã, phường. Các cổng thành phần dùng chung nền tảng kỹ thuật, giao diện thống nhất nhưng do từng cơ quan trực tiếp quản lý, cập nhật nội dung.",
        "Mỗi xã, phường phải thành lập Ban biên tập, phân công cán bộ phụ trách và ban hành quy chế quản lý, vận hành cổng thông tin. Những tin bài có giá trị được các xã, phường gửi lên để Ban biên tập cổng tỉnh xem xét, đăng tải, giúp thông tin từ cơ sở đến được với nhiều người dân hơn.",
        "Sở Khoa học và Công nghệ chủ trì tập huấn nghiệp vụ biên tập, bảo đảm an toàn thông tin cho đội ngũ quản trị cổng cấp xã, dự kiến hoàn thành trong tháng 11/2026. Các địa phương rà soát, chuyển đổi dữ liệu từ trang thông tin cũ, bảo đảm không gián đoạn việc cung cấp thông tin cho người dân.",
      ],
      byline: "Thu Hà, Sở Khoa học và Công nghệ.",
      publishedAt: "2026-10-06 14:20",
    },
    {
      title: "Hưởng ứng Ngày Chuyển đổi số quốc gia, Hưng Yên ra mắt ứng dụng phản ánh hiện trường",
      categorySlug: "tin-tuc-su-kien",
      summary:
        "Sáng 10/10, tỉnh Hưng Yên tổ chức chương trình hưởng ứng Ngày Chuyển đổi số quốc gia năm 2026 và ra mắt tính năng phản ánh hiện trường trên ứng dụng công dân số của tỉnh.",
      paragraphs: [
        "Với tính năng mới, người dân có thể chụp ảnh, gửi phản ánh về các vấn đề như hư hỏng đường giao thông, rác thải, mất an toàn điện hoặc vi phạm trật tự đô thị. Phản ánh được tự động chuyển tới UBND xã, phường nơi xảy ra sự việc và phải được phản hồi trong thời hạn tối đa 5 ngày làm việc.",
        "Thời gian qua, công tác chuyển đổi số của tỉnh có nhiều chuyển biến tích cực. 100% xã, phường đã kết nối Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; trên 2,1 triệu người dân đã kích hoạt tài khoản định danh điện tử mức độ 2. Tỷ lệ thanh toán trực tuyến phí, lệ phí thủ tục hành chính đạt 65%.",
        "Phát biểu tại chương trình, Phó Chủ tịch UBND tỉnh Đỗ Thị Hồng Nhung đề nghị các địa phương tiếp tục phát huy vai trò của các tổ công nghệ số cộng đồng, hướng dẫn người dân, nhất là người cao tuổi, sử dụng các dịch vụ số. Mục tiêu đến cuối năm 2026, trên 80% hồ sơ thủ tục hành chính được nộp trực tuyến.",
      ],
      byline: "Quang Huy, Trung tâm Truyền thông tỉnh.",
      publishedAt: "2026-10-10 09:00",
    },
    {
      title: "Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh trong tháng 12 năm 2026",
      categorySlug: "thong-bao",
      summary:
        "Chủ tịch UBND tỉnh sẽ tiếp công dân định kỳ vào ngày 10/12/2026 tại Trụ sở Tiếp công dân tỉnh. Công dân có nhu cầu đăng ký trước qua Ban Tiếp công dân tỉnh hoặc trên Cổng dịch vụ công của tỉnh.",
      paragraphs: [
        "Thời gian tiếp công dân từ 7 giờ 30 phút đến 11 giờ 30 phút ngày 10/12/2026 (thứ Năm), tại Trụ sở Tiếp công dân tỉnh, số 5 đường Lê Lợi, phường Phố Hiến. Cùng dự tiếp công dân có lãnh đạo các sở, ngành liên quan và đại diện UBND các xã, phường có công dân đến phản ánh, kiến nghị.",
        "Công dân đăng ký trước tại Ban Tiếp công dân tỉnh, điện thoại 0221 3862 415, hoặc đăng ký trực tuyến trên Cổng dịch vụ công của tỉnh trước ngày 04/12/2026. Khi đến, công dân mang theo căn cước và các giấy tờ, tài liệu liên quan đến nội dung trình bày.",
        "Đối với các vụ việc thuộc thẩm quyền giải quyết của UBND cấp xã, đề nghị công dân liên hệ trực tiếp UBND xã, phường nơi cư trú để được giải quyết kịp thời theo quy định. Trường hợp nhiều người cùng một nội dung, đề nghị cử không quá 5 người đại diện.",
      ],
      byline: "Thanh Bình, Ban Tiếp công dân tỉnh.",
      publishedAt: "2026-11-20 16:05",
    },
    {
      title: "Hưng Yên đặt mục tiêu gieo trồng 38.000 ha cây vụ đông, ưu tiên cây trồng giá trị cao",
      categorySlug: "chi-dao-dieu-hanh",
      summary:
        "UBND tỉnh vừa ban hành kế hoạch sản xuất vụ đông năm 2026 với tổng diện tích phấn đấu 38.000 ha, tập trung vào các cây trồng có giá trị kinh tế cao và liên kết tiêu thụ ổn định.",
      paragraphs: [
        "Theo kế hoạch, cơ cấu cây vụ đông gồm khoai tây 6.500 ha, ngô 9.000 ha, rau màu các loại 17.000 ha, còn lại là bí, đậu tương và một số cây trồng khác. Khung thời vụ gieo trồng cây ưa ấm kết thúc trước ngày 15/10, cây ưa lạnh như khoai tây, bắp cải kết thúc trước ngày 30/11.",
        "UBND tỉnh yêu cầu các xã, phường sớm giao chỉ tiêu đến từng thôn, tổ dân phố, khuyến khích hình thành vùng sản xuất tập trung, ứng dụng cơ giới hóa và quy trình sản xuất an toàn. Các hợp tác xã được khuyến khích ký hợp đồng liên kết với doanh nghiệp để bảo đảm đầu ra cho nông dân.",
        "Ngân sách tỉnh hỗ trợ một phần kinh phí mua giống khoai tây, giống ngô chất lượng cao cho các vùng sản xuất tập trung từ 10 ha trở lên. Sở Nông nghiệp và Môi trường có trách nhiệm hướng dẫn kỹ thuật, theo dõi tiến độ và tổng hợp báo cáo định kỳ hằng tuần.",
      ],
      byline: "Văn Toàn, Sở Nông nghiệp và Môi trường.",
      publishedAt: "2026-09-29 08:40",
    },
  ],
  poll: {
    question: "Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính tại UBND xã, phường nơi bạn sinh sống?",
    options: ["Rất hài lòng", "Hài lòng", "Chưa hài lòng", "Ý kiến khác"],
  },
  editors: [
    { name: "Phạm Thị Lan Hương", email: "quantri@hungyen.example.vn", role: "admin" },
    { name: "Đặng Minh Tuấn", email: "bientap@hungyen.example.vn", role: "editor" },
  ],
};

// ---------------------------------------------------------------------------
// Cổng xã, phường
// ---------------------------------------------------------------------------

const tanHoa: DemoSite = {
  slug: "tan-hoa",
  kind: "xa",
  name: "Tân Hòa",
  settings: {
    address: "Số 1 đường Trần Hưng Đạo, xã Tân Hòa, tỉnh Hưng Yên",
    phone: "0221 3871 204",
    email: "ubnd@tanhoa.example.vn",
    hotline: "0221 3871 115",
    responsiblePerson: "Ông Nguyễn Văn Hậu, Chủ tịch UBND xã",
    footerText:
      "Trang thông tin điện tử xã Tân Hòa. Cơ quan chủ quản: Ủy ban nhân dân xã Tân Hòa, tỉnh Hưng Yên. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.",
  },
  categories: [
    {
      slug: "tin-tuc-su-kien",
      name: "Tin tức - Sự kiện",
      description:
        "Hoạt động của Đảng ủy, HĐND, UBND xã, Ủy ban MTTQ và các đoàn thể; những sự kiện nổi bật ở các thôn trên địa bàn xã.",
    },
    {
      slug: "nong-nghiep-nong-thon",
      name: "Nông nghiệp - Nông thôn",
      description:
        "Tình hình sản xuất lúa, cây vụ đông, chăn nuôi, hoạt động của hợp tác xã và kết quả xây dựng nông thôn mới của xã Tân Hòa.",
    },
    {
      slug: "thong-bao",
      name: "Thông báo",
      description: "Thông báo của UBND xã và các cơ quan, đơn vị trên địa bàn gửi tới người dân.",
    },
  ],
  articles: [
    {
      title: "Xã Tân Hòa thu hoạch xong 1.350 ha lúa mùa, năng suất ước đạt 62 tạ/ha",
      categorySlug: "nong-nghiep-nong-thon",
      summary:
        "Đến ngày 13/10, xã Tân Hòa đã cơ bản thu hoạch xong 1.350 ha lúa mùa. Dù chịu ảnh hưởng của đợt mưa lớn giữa tháng 9, năng suất bình quân vẫn ước đạt 62 tạ/ha, tương đương vụ mùa năm trước.",
      paragraphs: [
        "Vụ mùa năm 2026, xã Tân Hòa gieo cấy 1.350 ha lúa, trong đó trên 70% diện tích là các giống lúa chất lượng cao như Đài thơm 8, Hương cốm 4 và nếp cái hoa vàng. Nhờ chủ động tiêu úng trong đợt mưa lớn từ ngày 17 đến 19/9, diện tích lúa bị ảnh hưởng chỉ khoảng 40 ha ở các chân ruộng trũng thôn Đông Hòa và thôn Tân Phong.",
        "Để thu hoạch nhanh gọn, Hợp tác xã dịch vụ nông nghiệp Tân Hòa phối hợp với các chủ máy bố trí 32 máy gặt đập liên hợp hoạt động theo vùng. Giá thuê máy được hợp tác xã thỏa thuận ổn định ở mức 250.000 - 280.000 đồng/sào, giúp bà con giảm chi phí so với thuê lẻ.",
        "Ngay sau thu hoạch, UBND xã chỉ đạo các thôn vận động người dân không đốt rơm rạ trên đồng ruộng, tận dụng rơm làm thức ăn cho trâu bò và trồng nấm. Xã cũng khẩn trương làm đất để gieo trồng 420 ha cây vụ đông, chủ yếu là ngô, khoai tây và rau màu các loại.",
      ],
      byline: "Nguyễn Thu Trang, Văn phòng HĐND và UBND xã.",
      publishedAt: "2026-10-14 08:30",
      featured: true,
      sendUp: true,
    },
    {
      title: "Xã Tân Hòa diễn tập phương án phòng chống thiên tai và tìm kiếm cứu nạn năm 2026",
      categorySlug: "tin-tuc-su-kien",
      summary:
        "Sáng 15/9, UBND xã Tân Hòa tổ chức diễn tập phương án phòng chống thiên tai và tìm kiếm cứu nạn với sự tham gia của hơn 200 cán bộ, chiến sĩ và người dân.",
      paragraphs: [
        "Cuộc diễn tập giả định bão mạnh đổ bộ kèm mưa lớn kéo dài khiến mực nước sông Luộc dâng cao, xuất hiện sự cố sạt lở mái đê tại khu vực thôn Hòa Bình. Ban Chỉ huy Phòng thủ dân sự xã đã huy động lực lượng xung kích, dân quân và người dân khẩn trương xử lý sự cố, sơ tán các hộ dân ở vùng nguy hiểm đến nơi an toàn.",
        "Các tình huống được triển khai bài bản, sát thực tế, từ khâu thông tin cảnh báo qua hệ thống truyền thanh, tập kết vật tư đến cứu hộ người bị nạn dưới nước. Lực lượng y tế xã tổ chức sơ cứu, vận chuyển người bị thương, trong khi các đoàn thể bảo đảm hậu cần tại điểm sơ tán.",
        "Phát biểu tổng kết, ông Nguyễn Văn Hậu, Chủ tịch UBND xã, đánh giá cuộc diễn tập đạt mục tiêu đề ra, nâng cao kỹ năng phối hợp giữa các lực lượng theo phương châm “bốn tại chỗ”. Ông đề nghị các thôn tiếp tục rà soát phương án, kiểm tra vật tư dự phòng để sẵn sàng ứng phó trong cao điểm mưa bão.",
      ],
      byline: "Trần Đức Mạnh, Ban Chỉ huy Quân sự xã.",
      publishedAt: "2026-09-15 10:40",
      sendUp: true,
    },
    {
      title: "Thông báo lịch tiêm bổ sung vắc xin sởi - rubella cho trẻ em trên địa bàn xã",
      categorySlug: "thong-bao",
      summary:
        "Trạm Y tế xã Tân Hòa tổ chức tiêm bổ sung vắc xin sởi - rubella miễn phí cho trẻ từ 1 đến 5 tuổi trong hai ngày 29 và 30/9/2026.",
      paragraphs: [
        "Đối tượng tiêm là trẻ em từ 1 đến 5 tuổi đang sinh sống trên địa bàn xã, chưa tiêm đủ mũi vắc xin sởi - rubella theo lịch tiêm chủng mở rộng. Buổi tiêm bắt đầu từ 7 giờ 30 phút đến 11 giờ và từ 13 giờ 30 phút đến 16 giờ 30 phút tại Trạm Y tế xã và điểm tiêm thôn Tân Phong.",
        "Cha mẹ, người chăm sóc trẻ mang theo sổ tiêm chủng hoặc thông tin tiêm chủng trên ứng dụng VNeID khi đưa trẻ đi tiêm. Trẻ đang sốt, mắc bệnh cấp tính sẽ được khám sàng lọc và hẹn tiêm vào thời điểm phù hợp.",
        "Sau khi tiêm, trẻ được theo dõi tại điểm tiêm ít nhất 30 phút và tiếp tục được gia đình theo dõi tại nhà trong 24 giờ. Mọi thông tin cần hỗ trợ, đề nghị liên hệ Trạm Y tế xã theo số điện thoại 0221 3871 326.",
      ],
      byline: "Lê Thị Hạnh, Trạm Y tế xã.",
      publishedAt: "2026-09-22 14:00",
    },
    {
      title: "Tổ công nghệ số cộng đồng xã Tân Hòa giúp người dân làm quen dịch vụ công trực tuyến",
      categorySlug: "tin-tuc-su-kien",
      summary:
        "Với 12 tổ công nghệ số cộng đồng ở các thôn, xã Tân Hòa đã hướng dẫn hơn 3.000 lượt người dân cài đặt ứng dụng, nộp hồ sơ và thanh toán trực tuyến trong 9 tháng năm 2026.",
      paragraphs: [
        "Mỗi tổ công nghệ số cộng đồng gồm trưởng thôn, đoàn viên thanh niên và cán bộ Công an xã, được tập huấn kỹ năng hướng dẫn người dân sử dụng các nền tảng số. Vào tối thứ Bảy hằng tuần, các tổ có mặt tại nhà văn hóa thôn để hỗ trợ bà con trực tiếp trên điện thoại của mình.",
        "Các nội dung được người dân quan tâm nhiều nhất là đăng ký khai sinh, đăng ký thường trú, cấp phiếu lý lịch tư pháp và thanh toán tiền điện, học phí không dùng tiền mặt. Nhiều người cao tuổi sau vài buổi hướng dẫn đã tự nộp hồ sơ mà không phải đến Trung tâm Phục vụ hành chính công xã.",
        "Theo UBND xã, tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến của xã đạt 74%, tăng gần gấp đôi so với thời điểm mới vận hành chính quyền hai cấp. Thời gian tới, xã tiếp tục duy trì hoạt động của các tổ, phấn đấu mỗi hộ gia đình có ít nhất một người thành thạo kỹ năng số cơ bản.",
      ],
      byline: "Phạm Minh Khoa, Văn phòng HĐND và UBND xã.",
      publishedAt: "2026-10-09 15:20",
    },
  ],
  poll: {
    question: "Bạn quan tâm nhất đến nội dung nào trên Trang thông tin điện tử xã Tân Hòa?",
    options: ["Thủ tục hành chính", "Sản xuất nông nghiệp", "Thông báo của UBND xã", "Văn hóa - Xã hội"],
  },
  editors: [
    { name: "Nguyễn Thu Trang", email: "quantri@tanhoa.example.vn", role: "admin" },
    { name: "Phạm Minh Khoa", email: "bientap@tanhoa.example.vn", role: "editor" },
    { name: "Trần Đức Mạnh", email: "tacgia@tanhoa.example.vn", role: "author" },
  ],
};

const dongKinh: DemoSite = {
  slug: "dong-kinh",
  kind: "phuong",
  name: "Đông Kinh",
  settings: {
    address: "Số 25 đường Lý Bôn, phường Đông Kinh, tỉnh Hưng Yên",
    phone: "0221 3845 270",
    email: "ubnd@dongkinh.example.vn",
    hotline: "0221 3845 119",
    responsiblePerson: "Bà Hoàng Thị Mai Phương, Chủ tịch UBND phường",
    footerText:
      "Trang thông tin điện tử phường Đông Kinh. Cơ quan chủ quản: Ủy ban nhân dân phường Đông Kinh, tỉnh Hưng Yên. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.",
  },
  categories: [
    {
      slug: "tin-tuc-su-kien",
      name: "Tin tức - Sự kiện",
      description:
        "Hoạt động của Đảng ủy, HĐND, UBND phường, Ủy ban MTTQ, các đoàn thể và những sự kiện nổi bật ở các tổ dân phố.",
    },
    {
      slug: "cai-cach-hanh-chinh",
      name: "Cải cách hành chính",
      description:
        "Kết quả giải quyết thủ tục hành chính, hoạt động của Trung tâm Phục vụ hành chính công phường, dịch vụ công trực tuyến và chuyển đổi số.",
    },
    {
      slug: "thong-bao",
      name: "Thông báo",
      description: "Thông báo của UBND phường và các cơ quan, đơn vị trên địa bàn gửi tới người dân, hộ kinh doanh.",
    },
  ],
  articles: [
    {
      title: "Phường Đông Kinh giải quyết trước và đúng hạn 98,2% hồ sơ thủ tục hành chính quý III",
      categorySlug: "cai-cach-hanh-chinh",
      summary:
        "Trong quý III/2026, Trung tâm Phục vụ hành chính công phường Đông Kinh tiếp nhận 6.842 hồ sơ, trong đó 98,2% đã được giải quyết trước và đúng hạn. Số hồ sơ còn lại đang trong thời hạn xử lý.",
      paragraphs: [
        "Các lĩnh vực có nhiều hồ sơ nhất là chứng thực, hộ tịch, đất đai và đăng ký hộ kinh doanh. Tỷ lệ hồ sơ được tiếp nhận trực tuyến đạt 86,5%, cao hơn mức bình quân chung của tỉnh; toàn bộ kết quả giải quyết được số hóa và trả cho người dân qua tài khoản định danh điện tử.",
        "Để đạt kết quả trên, phường đã bố trí công chức hướng dẫn tại sảnh, niêm yết công khai quy trình giải quyết thủ tục và lắp đặt thiết bị đánh giá mức độ hài lòng tại từng quầy. Trong quý, 99,1% lượt đánh giá của người dân ở mức hài lòng và rất hài lòng.",
        "Phường cũng áp dụng mô hình “Thứ Bảy phục vụ nhân dân”, mở cửa tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần cho người lao động không có thời gian trong giờ hành chính. Sau ba tháng triển khai, mô hình đã tiếp nhận hơn 500 hồ sơ, được người dân đánh giá cao.",
        "Thời gian tới, UBND phường tiếp tục rà soát, cắt giảm thành phần hồ sơ không cần thiết, đẩy mạnh thanh toán trực tuyến phí, lệ phí và khai thác dữ liệu dân cư để người dân không phải nộp lại giấy tờ đã có. Phường phấn đấu đến cuối năm 2026, tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt trên 90%.",
      ],
      byline: "Vũ Thị Ngọc Ánh, Trung tâm Phục vụ hành chính công phường.",
      publishedAt: "2026-10-05 09:30",
      featured: true,
      sendUp: true,
    },
    {
      title: "Phường Đông Kinh mở lớp “Bình dân học vụ số” miễn phí cho người cao tuổi",
      categorySlug: "tin-tuc-su-kien",
      summary:
        "Hưởng ứng Tháng hành động vì người cao tuổi Việt Nam, Hội Người cao tuổi phối hợp với Đoàn Thanh niên phường Đông Kinh khai giảng lớp “Bình dân học vụ số” cho 60 hội viên.",
      paragraphs: [
        "Lớp học được tổ chức vào chiều thứ Ba và thứ Năm hằng tuần tại Nhà văn hóa tổ dân phố số 5, kéo dài trong 4 tuần. Học viên được hướng dẫn sử dụng điện thoại thông minh, ứng dụng VNeID, nhận biết và phòng tránh các hình thức lừa đảo trên không gian mạng.",
        "Mỗi học viên được một đoàn viên thanh niên kèm cặp riêng, thực hành trực tiếp trên thiết bị của mình. Bà Nguyễn Thị Tâm, 72 tuổi, ở tổ dân phố số 3 chia sẻ: “Trước đây tôi chỉ biết nghe gọi, giờ đã biết tự xem thông báo của phường và gọi video cho con cháu ở xa”.",
        "Theo kế hoạch, đến hết năm 2026, phường sẽ tổ chức thêm 4 lớp học tương tự, phấn đấu 100% tổ dân phố có người cao tuổi được hướng dẫn kỹ năng số cơ bản. Đây là một trong những nội dung của phong trào “Bình dân học vụ số” mà phường đang triển khai sâu rộng.",
      ],
      byline: "Đinh Quốc Bảo, Đoàn Thanh niên phường.",
      publishedAt: "2026-09-28 16:10",
    },
    {
      title: "Phường Đông Kinh ra quân chỉnh trang đô thị, lập lại trật tự vỉa hè",
      categorySlug: "tin-tuc-su-kien",
      summary:
        "Sáng 2/11, UBND phường Đông Kinh tổ chức ra quân đợt cao điểm chỉnh trang đô thị, bảo đảm trật tự lòng đường, vỉa hè trên 8 tuyến phố trung tâm đến hết tháng 12/2026.",
      paragraphs: [
        "Tham gia lễ ra quân có hơn 150 cán bộ, công chức, lực lượng công an, dân quân và đoàn viên thanh niên của phường. Ngay sau lễ ra quân, các tổ công tác đã đến từng hộ kinh doanh trên đường Lý Bôn, đường Trần Thái Tông để tuyên truyền, vận động tháo dỡ mái che, biển quảng cáo lấn chiếm vỉa hè.",
        "Theo kế hoạch, phường sẽ kẻ vạch phân định phần vỉa hè dành cho người đi bộ, bố trí các điểm trông giữ xe phù hợp và trồng bổ sung cây xanh ở những vị trí còn trống. Các trường hợp cố tình vi phạm sau khi đã được nhắc nhở sẽ bị xử lý theo quy định.",
        "Bà Hoàng Thị Mai Phương, Chủ tịch UBND phường, cho biết mục tiêu của đợt cao điểm không chỉ là lập lại trật tự mà còn hình thành thói quen văn minh đô thị trong mỗi người dân. Người dân có thể phản ánh các điểm vi phạm qua tính năng phản ánh hiện trường trên ứng dụng công dân số của tỉnh.",
      ],
      byline: "Lương Văn Thành, Văn phòng HĐND và UBND phường.",
      publishedAt: "2026-11-03 10:25",
      sendUp: true,
    },
    {
      title: "Thông báo khám sức khỏe miễn phí cho người cao tuổi trên địa bàn phường Đông Kinh năm 2026",
      categorySlug: "thong-bao",
      summary:
        "Nhân Ngày Quốc tế Người cao tuổi 1/10, UBND phường Đông Kinh phối hợp với Trạm Y tế phường tổ chức khám sức khỏe, tư vấn dinh dưỡng miễn phí cho người từ 60 tuổi trở lên.",
      paragraphs: [
        "Thời gian khám từ ngày 05/10 đến ngày 09/10/2026, buổi sáng từ 7 giờ 30 phút, buổi chiều từ 13 giờ 30 phút, tại Trạm Y tế phường và Nhà văn hóa tổ dân phố số 8. Lịch khám cụ thể của từng tổ dân phố được thông báo qua loa truyền thanh và nhóm thông tin của tổ.",
        "Nội dung khám gồm đo huyết áp, xét nghiệm đường máu, đo điện tim, khám mắt và tư vấn phòng các bệnh không lây nhiễm thường gặp ở người cao tuổi. Kết quả khám được cập nhật vào hồ sơ sức khỏe điện tử của mỗi người.",
        "Khi đi khám, người cao tuổi mang theo căn cước hoặc thẻ bảo hiểm y tế, nên nhịn ăn sáng để xét nghiệm đường máu được chính xác. Người cao tuổi yếu, không tự đi lại được sẽ được cán bộ y tế đến khám tại nhà theo đăng ký của tổ dân phố.",
      ],
      byline: "Bùi Thanh Hương, Trạm Y tế phường.",
      publishedAt: "2026-09-24 08:15",
    },
  ],
  poll: {
    question: "Theo bạn, phường Đông Kinh cần ưu tiên cải thiện lĩnh vực nào trong năm 2027?",
    options: ["Hạ tầng giao thông", "Vệ sinh môi trường", "Chất lượng dịch vụ công", "Cây xanh và không gian công cộng"],
  },
  editors: [
    { name: "Lương Văn Thành", email: "quantri@dongkinh.example.vn", role: "admin" },
    { name: "Vũ Thị Ngọc Ánh", email: "bientap@dongkinh.example.vn", role: "editor" },
  ],
};

const minhTan: DemoSite = {
  slug: "minh-tan",
  kind: "xa",
  name: "Minh Tân",
  settings: {
    address: "Số 12 đường Lê Quý Đôn, xã Minh Tân, tỉnh Hưng Yên",
    phone: "0221 3856 302",
    email: "ubnd@minhtan.example.vn",
    hotline: "0221 3856 113",
    responsiblePerson: "Ông Đào Xuân Trường, Chủ tịch UBND xã",
    footerText:
      "Trang thông tin điện tử xã Minh Tân. Cơ quan chủ quản: Ủy ban nhân dân xã Minh Tân, tỉnh Hưng Yên. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.",
  },
  categories: [
    {
      slug: "tin-tuc-su-kien",
      name: "Tin tức - Sự kiện",
      description:
        "Hoạt động của Đảng ủy, HĐND, UBND xã, các đoàn thể và những tin tức về giáo dục, y tế, văn hóa, an sinh xã hội trên địa bàn xã.",
    },
    {
      slug: "nong-thon-moi",
      name: "Nông thôn mới",
      description:
        "Kết quả xây dựng nông thôn mới nâng cao, thôn kiểu mẫu, sản phẩm OCOP và các mô hình sản xuất hiệu quả của xã Minh Tân.",
    },
  ],
  articles: [
    {
      title: "Xã Minh Tân đặt mục tiêu đạt chuẩn nông thôn mới nâng cao trước năm 2028",
      categorySlug: "nong-thon-moi",
      summary:
        "UBND xã Minh Tân vừa ban hành kế hoạch xây dựng nông thôn mới nâng cao giai đoạn 2026 - 2030, phấn đấu về đích trong năm 2027 và có ít nhất 3 thôn đạt chuẩn thôn kiểu mẫu.",
      paragraphs: [
        "Sau khi hợp nhất từ ba xã cũ, xã Minh Tân có 18 thôn với gần 32.000 nhân khẩu, hạ tầng giữa các khu vực còn chưa đồng đều. Qua rà soát theo bộ tiêu chí mới, xã đã đạt 14/19 tiêu chí; các tiêu chí còn lại gồm giao thông, thu nhập, môi trường, y tế và chuyển đổi số.",
        "Để hoàn thành mục tiêu, xã ưu tiên nguồn lực cứng hóa 12 km đường trục thôn, nâng cấp hệ thống thu gom rác thải và xây dựng Trạm Y tế xã đạt chuẩn. Cùng với đó, xã hỗ trợ phát triển các sản phẩm OCOP, mở rộng diện tích cây vụ đông và chăn nuôi an toàn sinh học để nâng cao thu nhập cho người dân.",
        "Ông Đào Xuân Trường, Chủ tịch UBND xã, cho biết xã sẽ thực hiện công khai, minh bạch các công trình có sự đóng góp của nhân dân, không huy động quá sức dân. Mỗi thôn đăng ký ít nhất một phần việc cụ thể như làm đường hoa, lắp điện chiếu sáng hoặc xây dựng mô hình phân loại rác tại nguồn.",
      ],
      byline: "Ngô Thị Lan Anh, Văn phòng HĐND và UBND xã.",
      publishedAt: "2026-09-10 09:45",
      featured: true,
      sendUp: true,
    },
    {
      title: "Xã Minh Tân trao 60 suất học bổng “Tiếp bước đến trường” cho học sinh vượt khó",
      categorySlug: "tin-tuc-su-kien",
      summary:
        "Chiều 4/9, trước thềm năm học mới 2026 - 2027, Hội Khuyến học xã Minh Tân trao 60 suất học bổng cho học sinh có hoàn cảnh khó khăn, vươn lên học tốt.",
      paragraphs: [
        "Mỗi suất học bổng trị giá 1 triệu đồng kèm bộ sách giáo khoa và đồ dùng học tập, tổng trị giá gần 80 triệu đồng. Nguồn kinh phí do các doanh nghiệp, hội đồng hương và con em xa quê của xã đóng góp vào Quỹ Khuyến học.",
        "Nhiều em nhận học bổng là học sinh mồ côi, con hộ nghèo hoặc có bố mẹ bị bệnh hiểm nghèo nhưng vẫn đạt danh hiệu học sinh giỏi. Em Nguyễn Văn Phúc, học sinh lớp 9 Trường THCS Minh Tân, chia sẻ sẽ cố gắng học tập để không phụ lòng quan tâm của thầy cô và các nhà hảo tâm.",
        "Dịp này, UBND xã cũng kiểm tra công tác chuẩn bị khai giảng tại 6 trường mầm non, tiểu học và trung học cơ sở trên địa bàn. Các trường đã sẵn sàng cơ sở vật chất, sắp xếp đủ giáo viên để đón gần 5.400 học sinh bước vào năm học mới.",
      ],
      byline: "Hà Văn Nam, Hội Khuyến học xã.",
      publishedAt: "2026-09-04 15:30",
    },
    {
      title: "Hợp tác xã Minh Tân liên kết trồng 45 ha khoai tây vụ đông, bao tiêu sản phẩm",
      categorySlug: "nong-thon-moi",
      summary:
        "Vụ đông năm 2026, Hợp tác xã dịch vụ nông nghiệp Minh Tân ký hợp đồng với doanh nghiệp chế biến thực phẩm để trồng 45 ha khoai tây theo quy trình VietGAP, được bao tiêu toàn bộ sản lượng.",
      paragraphs: [
        "Theo hợp đồng, doanh nghiệp cung ứng giống khoai tây Atlantic, hướng dẫn kỹ thuật và thu mua củ với giá sàn 9.000 đồng/kg; khi giá thị trường cao hơn, giá thu mua được điều chỉnh tương ứng. Có 146 hộ dân ở các thôn Đồng Lạc, Minh Đức và Tân Thành tham gia liên kết.",
        "Hợp tác xã đã tổ chức làm đất bằng máy, lên luống đồng loạt và lắp đặt hệ thống tưới nhỏ giọt thử nghiệm trên diện tích 5 ha. Cán bộ kỹ thuật của doanh nghiệp thường xuyên có mặt trên đồng để hướng dẫn bà con bón phân, phòng trừ sâu bệnh.",
        "Nếu đạt năng suất dự kiến 20 tấn/ha, mỗi ha khoai tây có thể cho lãi 70 - 80 triệu đồng, cao gấp 2 lần so với trồng ngô. UBND xã đánh giá đây là mô hình liên kết hiệu quả, góp phần nâng cao thu nhập cho người dân theo tiêu chí nông thôn mới nâng cao.",
      ],
      byline: "Đỗ Hải Yến, Văn phòng HĐND và UBND xã.",
      publishedAt: "2026-10-20 08:50",
      sendUp: true,
    },
    {
      title: "Phụ nữ xã Minh Tân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
      categorySlug: "tin-tuc-su-kien",
      summary:
        "Sáng 19/10, Hội Liên hiệp Phụ nữ xã Minh Tân tổ chức kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026) và tôn vinh các mô hình phụ nữ làm kinh tế giỏi.",
      paragraphs: [
        "Năm qua, Hội Liên hiệp Phụ nữ xã đã vận động hội viên tích cực tham gia các phong trào thi đua, nhất là xây dựng nông thôn mới nâng cao và gia đình “5 không, 3 sạch”. Hội phối hợp giải ngân trên 12 tỷ đồng vốn vay ưu đãi, giúp 230 hội viên phát triển chăn nuôi, trồng trọt và kinh doanh dịch vụ.",
        "Nhiều mô hình hiệu quả được duy trì như “Tổ phụ nữ tự quản đường hoa”, “Phân loại rác thải tại nguồn” và “Tiết kiệm vì phụ nữ nghèo”. Đặc biệt, mô hình bán hàng trực tuyến sản phẩm OCOP của chi hội thôn Minh Đức đã giúp chị em tiêu thụ hàng chục tấn gạo nếp, mật ong mỗi năm.",
        "Tại buổi lễ, Hội trao giấy khen cho 15 tập thể, cá nhân có thành tích xuất sắc và trao 10 suất quà cho phụ nữ có hoàn cảnh đặc biệt khó khăn. Chương trình văn nghệ chào mừng do các chi hội dàn dựng đã mang lại không khí vui tươi, phấn khởi cho hội viên.",
      ],
      byline: "Đỗ Hải Yến, Văn phòng HĐND và UBND xã.",
      publishedAt: "2026-10-19 11:00",
    },
  ],
  poll: {
    question: "Bạn đã từng nộp hồ sơ thủ tục hành chính trực tuyến tại xã Minh Tân chưa?",
    options: ["Đã nộp nhiều lần", "Mới nộp một lần", "Chưa nộp bao giờ"],
  },
  editors: [
    { name: "Ngô Thị Lan Anh", email: "quantri@minhtan.example.vn", role: "admin" },
    { name: "Đỗ Hải Yến", email: "bientap@minhtan.example.vn", role: "editor" },
  ],
};

export const demoCommunes: DemoSite[] = [tanHoa, dongKinh, minhTan];
