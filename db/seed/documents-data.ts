/**
 * Demo documents (văn bản) for every demo site: invented but realistic, 32 per site of
 * seven kinds, with the text that goes into each one's generated PDF. Some expire, some
 * are not yet in force, and some replace older ones, so every tình trạng shows.
 * Names of people are invented; no real person's data.
 */
export type DemoDocument = {
  number: string;
  type: string;
  issuer: 0 | 1;
  fields: string[];
  signer: string;
  signerTitle: string;
  issuedOn: string;
  effectiveOn?: string;
  expiresOn?: string;
  summary: string;
  /** The body of the PDF: its words are searchable only through the attached file. */
  paragraphs: string[];
  /** Index (in this list) of an older document this one replaces. */
  replaces?: number;
};

type Unit = { level: "tỉnh" | "xã" | "phường" | "huyện"; name: string };

const SIGNERS = [
  { signer: "Trần Văn Hải", signerTitle: "Chủ tịch" },
  { signer: "Nguyễn Thị Lan", signerTitle: "Phó Chủ tịch" },
  { signer: "Lê Minh Quang", signerTitle: "Phó Chủ tịch" },
  { signer: "Phạm Đức Thắng", signerTitle: "Chủ tịch Hội đồng nhân dân" },
];

type Template = Omit<DemoDocument, "number" | "issuer" | "signer" | "signerTitle" | "issuedOn" | "paragraphs"> & {
  code: string;
  issuer?: 0 | 1;
  body: (u: Unit, year: number) => string[];
};

const where = (u: Unit) => `${u.level} ${u.name}`;

const TEMPLATES: Template[] = [
  {
    code: "QĐ-UBND",
    type: "Quyết định",
    fields: ["Cải cách hành chính"],
    summary: "Ban hành Kế hoạch cải cách hành chính năm {year}",
    body: (u, y) => [
      `Căn cứ Luật Tổ chức chính quyền địa phương; căn cứ Nghị quyết của Chính phủ về chương trình tổng thể cải cách hành chính nhà nước, Ủy ban nhân dân ${where(u)} quyết định ban hành kế hoạch cải cách hành chính năm ${y}.`,
      "Điều 1. Mục tiêu: nâng tỷ lệ hồ sơ giải quyết đúng hạn lên trên 98%, số hóa toàn bộ kết quả giải quyết thủ tục hành chính còn hiệu lực, tiếp nhận hồ sơ trực tuyến toàn trình tại bộ phận một cửa.",
      "Điều 2. Giao công chức văn phòng - thống kê theo dõi, đôn đốc và tổng hợp kết quả thực hiện hằng quý; khen thưởng tập thể, cá nhân có sáng kiến rút ngắn thời gian giải quyết hồ sơ.",
    ],
  },
  {
    code: "KH-UBND",
    type: "Kế hoạch",
    fields: ["Nông nghiệp"],
    summary: "Kế hoạch sản xuất vụ Đông Xuân năm {year}",
    body: (u, y) => [
      `Vụ Đông Xuân năm ${y} trên địa bàn ${where(u)} gieo cấy lúa theo khung lịch thời vụ của tỉnh, ưu tiên giống lúa chất lượng cao, chịu rét, kháng rầy nâu.`,
      "Các hợp tác xã dịch vụ nông nghiệp chủ động nạo vét kênh mương nội đồng, đảm bảo đủ nước đổ ải; tổ chức cơ giới hóa khâu làm đất và cấy bằng máy trên cánh đồng lớn.",
      "Khuyến khích chuyển đổi diện tích trồng lúa kém hiệu quả sang trồng cây ăn quả, nuôi trồng thủy sản theo quy hoạch.",
    ],
  },
  {
    code: "TB-UBND",
    type: "Thông báo",
    fields: ["Đất đai"],
    summary: "Thông báo thu hồi đất thực hiện dự án mở rộng đường liên xã năm {year}",
    body: (u) => [
      `Ủy ban nhân dân ${where(u)} thông báo kế hoạch thu hồi đất để mở rộng tuyến đường liên xã, chiều dài khoảng 2,4 km, mặt cắt ngang 9 m.`,
      "Các hộ gia đình, cá nhân có đất trong phạm vi dự án phối hợp với tổ công tác kiểm đếm hiện trạng đất đai, tài sản gắn liền với đất; phương án bồi thường, hỗ trợ, tái định cư được niêm yết công khai tại trụ sở và nhà văn hóa thôn.",
    ],
  },
  {
    code: "CT-UBND",
    type: "Chỉ thị",
    fields: ["Văn hóa - Xã hội"],
    summary: "Tăng cường công tác phòng, chống cháy nổ dịp Tết Nguyên đán năm {year}",
    body: (u) => [
      `Chủ tịch Ủy ban nhân dân ${where(u)} yêu cầu các thôn, khu dân cư kiểm tra an toàn phòng cháy tại chợ, cơ sở kinh doanh xăng dầu, khí hóa lỏng và các điểm vui chơi dịp Tết.`,
      "Nghiêm cấm tàng trữ, sử dụng pháo nổ trái phép; lực lượng dân quân tự vệ trực sẵn sàng, phương tiện chữa cháy tại chỗ được bảo dưỡng, người dân được hướng dẫn thoát nạn.",
    ],
  },
  {
    code: "BC-UBND",
    type: "Báo cáo",
    fields: ["Tài chính"],
    summary: "Báo cáo tình hình thực hiện dự toán ngân sách 6 tháng đầu năm {year}",
    body: (u, y) => [
      `Tổng thu ngân sách nhà nước trên địa bàn ${where(u)} sáu tháng đầu năm ${y} đạt 58% dự toán giao; thu tiền sử dụng đất đạt thấp do tiến độ đấu giá quyền sử dụng đất chậm.`,
      "Chi ngân sách đảm bảo lương, phụ cấp và các chính sách an sinh xã hội; chi đầu tư phát triển tập trung cho đường giao thông nông thôn, trường mầm non và trạm y tế.",
    ],
  },
  {
    code: "NQ-HĐND",
    type: "Nghị quyết",
    issuer: 1,
    fields: ["Tài chính"],
    summary: "Nghị quyết về dự toán thu, chi ngân sách năm {year}",
    body: (u, y) => [
      `Hội đồng nhân dân ${where(u)} khóa nhiệm kỳ 2026 - 2031 quyết nghị dự toán thu ngân sách nhà nước trên địa bàn và dự toán chi ngân sách địa phương năm ${y}.`,
      "Giao Ủy ban nhân dân tổ chức thực hiện; Thường trực Hội đồng nhân dân, các ban và đại biểu Hội đồng nhân dân giám sát việc thực hiện nghị quyết.",
    ],
  },
  {
    code: "CV-UBND",
    type: "Công văn",
    fields: ["Y tế"],
    summary: "Triển khai tiêm chủng mở rộng và phòng bệnh sốt xuất huyết năm {year}",
    body: (u) => [
      `Ủy ban nhân dân ${where(u)} đề nghị trạm y tế phối hợp với các thôn rà soát trẻ em trong độ tuổi tiêm chủng, tổ chức tiêm vét cho trẻ chưa được tiêm đủ mũi.`,
      "Phát động chiến dịch diệt bọ gậy, loăng quăng; các hộ gia đình thau rửa dụng cụ chứa nước, thu gom vật liệu phế thải quanh nhà.",
    ],
  },
  {
    code: "KH-UBND",
    type: "Kế hoạch",
    fields: ["Giáo dục"],
    summary: "Kế hoạch phổ cập giáo dục, xóa mù chữ năm {year}",
    body: (u, y) => [
      `Năm ${y}, ${where(u)} duy trì chuẩn phổ cập giáo dục mầm non cho trẻ năm tuổi, phổ cập giáo dục tiểu học và trung học cơ sở mức độ 3.`,
      "Ban chỉ đạo điều tra, cập nhật dữ liệu phổ cập trên phần mềm quản lý; vận động học sinh bỏ học trở lại trường, mở lớp xóa mù chữ cho người lớn tuổi vào buổi tối.",
    ],
  },
  {
    code: "QĐ-UBND",
    type: "Quyết định",
    fields: ["Xây dựng"],
    summary: "Phê duyệt báo cáo kinh tế - kỹ thuật công trình nhà văn hóa thôn năm {year}",
    body: (u) => [
      `Phê duyệt báo cáo kinh tế - kỹ thuật xây dựng nhà văn hóa thôn tại ${where(u)}: nhà một tầng, diện tích sàn 180 m², sân bê tông, tường rào và hệ thống chiếu sáng.`,
      "Tổng mức đầu tư từ ngân sách địa phương và nhân dân đóng góp; thời gian thực hiện mười hai tháng kể từ ngày khởi công.",
    ],
  },
  {
    code: "TB-UBND",
    type: "Thông báo",
    fields: ["Cải cách hành chính"],
    summary: "Thông báo lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân năm {year}",
    body: (u) => [
      `Chủ tịch Ủy ban nhân dân ${where(u)} tiếp công dân định kỳ vào ngày 15 hằng tháng tại phòng tiếp công dân; trường hợp trùng ngày nghỉ thì chuyển sang ngày làm việc liền sau.`,
      "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh mang theo giấy tờ tùy thân và tài liệu liên quan.",
    ],
  },
  {
    code: "QĐ-UBND",
    type: "Quyết định",
    fields: ["Văn hóa - Xã hội"],
    summary: "Công nhận danh hiệu thôn, khu dân cư văn hóa năm {year}",
    body: (u) => [
      `Công nhận các thôn, khu dân cư trên địa bàn ${where(u)} đạt danh hiệu văn hóa: giữ gìn vệ sinh môi trường, thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội.`,
      "Các thôn được công nhận được tặng giấy khen và tiền thưởng theo quy định.",
    ],
  },
  {
    code: "KH-UBND",
    type: "Kế hoạch",
    fields: ["Đất đai", "Xây dựng"],
    summary: "Kế hoạch sử dụng đất năm {year}",
    body: (u, y) => [
      `Kế hoạch sử dụng đất năm ${y} của ${where(u)} xác định diện tích đất chuyển mục đích để xây dựng khu dân cư mới, mở rộng trường tiểu học và bãi đỗ xe chợ trung tâm.`,
      "Việc giao đất, cho thuê đất, chuyển mục đích sử dụng đất chỉ thực hiện khi phù hợp với kế hoạch được duyệt.",
    ],
  },
  {
    code: "BC-UBND",
    type: "Báo cáo",
    fields: ["Nông nghiệp"],
    summary: "Báo cáo kết quả xây dựng nông thôn mới nâng cao năm {year}",
    body: (u, y) => [
      `Đến hết năm ${y}, ${where(u)} đạt 17 trên 19 tiêu chí nông thôn mới nâng cao; thu nhập bình quân đầu người tăng 9% so với năm trước.`,
      "Hai tiêu chí chưa đạt là môi trường và chất lượng cuộc sống; đề nghị bố trí vốn xây dựng hệ thống xử lý nước thải tập trung.",
    ],
  },
  {
    code: "CV-UBND",
    type: "Công văn",
    fields: ["Cải cách hành chính"],
    summary: "Hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia",
    body: (u) => [
      `Ủy ban nhân dân ${where(u)} hướng dẫn người dân đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử mức độ 2 để nộp hồ sơ và thanh toán lệ phí trực tuyến.`,
      "Bộ phận một cửa bố trí máy tính, máy quét và công chức hỗ trợ tại chỗ cho người cao tuổi, người khuyết tật.",
    ],
  },
  {
    code: "NQ-HĐND",
    type: "Nghị quyết",
    issuer: 1,
    fields: ["Xây dựng"],
    summary: "Nghị quyết phê duyệt chủ trương đầu tư các công trình giao thông nông thôn năm {year}",
    body: (u) => [
      `Hội đồng nhân dân ${where(u)} phê duyệt chủ trương đầu tư cứng hóa đường trục thôn, đường ngõ xóm và rãnh thoát nước với tổng chiều dài khoảng 6 km.`,
      "Nguồn vốn: ngân sách cấp trên hỗ trợ, ngân sách địa phương và đóng góp tự nguyện của nhân dân.",
    ],
  },
  {
    code: "TB-UBND",
    type: "Thông báo",
    fields: ["Giáo dục"],
    summary: "Thông báo tuyển sinh vào lớp 1 và lớp 6 năm học {year} - {next}",
    body: (u, y) => [
      `Các trường tiểu học và trung học cơ sở trên địa bàn ${where(u)} tuyển sinh năm học ${y} - ${y + 1} theo hình thức xét tuyển, tiếp nhận hồ sơ trực tuyến và trực tiếp.`,
      "Cha mẹ học sinh khai báo thông tin trên hệ thống tuyển sinh đầu cấp, nộp bản sao giấy khai sinh và xác nhận cư trú.",
    ],
  },
];

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * 32 documents: each template once for 2025 and once for 2026. Some 2025 documents
 * have ended (hết hiệu lực), 2026 plans replace their 2025 ones (bị thay thế), and two
 * take effect only in 2027 (chưa có hiệu lực).
 */
export function demoDocuments(unit: Unit): DemoDocument[] {
  const out: DemoDocument[] = [];
  for (const year of [2025, 2026]) {
    TEMPLATES.forEach((t, i) => {
      const month = 1 + ((i * 5 + (year === 2026 ? 2 : 0)) % 11);
      const dayOfMonth = 3 + ((i * 7) % 24);
      const issuedOn = `${year}-${pad(month)}-${pad(dayOfMonth)}`;
      const signer = t.issuer === 1 ? SIGNERS[3]! : SIGNERS[i % 3]!;
      const number = `${10 + i * 7 + (year - 2025) * 3}/${t.code}`;
      const doc: DemoDocument = {
        number,
        type: t.type,
        issuer: t.issuer ?? 0,
        fields: t.fields,
        ...signer,
        issuedOn,
        summary: t.summary.replace("{year}", String(year)).replace("{next}", String(year + 1)),
        paragraphs: t.body(unit, year),
      };
      // Yearly reports and notices end with the year; plans of 2026 replace those of 2025.
      if (year === 2025 && (t.type === "Chỉ thị" || t.type === "Thông báo")) doc.expiresOn = "2025-12-31";
      if (year === 2026 && t.type === "Kế hoạch") doc.replaces = i;
      if (year === 2026 && (i === 8 || i === 11)) doc.effectiveOn = "2027-01-01";
      out.push(doc);
    });
  }
  return out;
}

/** The two issuers of each demo site: its people's committee and its people's council. */
export function demoIssuers(unit: Unit): [string, string] {
  return [`Ủy ban nhân dân ${where(unit)}`, `Hội đồng nhân dân ${where(unit)}`];
}
