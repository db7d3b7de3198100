/**
 * The sections every site has besides its categories, at paths fixed so that other
 * agencies' links stay stable (NĐ 224/2026/NĐ-CP Điều 9; Luật Tiếp cận thông tin Điều 19).
 * One list feeds the main menu's defaults, the HTML site map (/so-do-cong), the
 * "Tiếp cận thông tin" page and the compliance checklist, so they never disagree.
 */
export type Section = {
  path: string;
  label: string;
  /** What a reader finds there, for /so-do-cong and /tiep-can-thong-tin. */
  description: string;
  /** Shown in the main menu unless the site's editors change the menu. */
  inMenu: boolean;
};

export const SECTIONS = [
  { path: "/gioi-thieu", label: "Giới thiệu", description: "Tổ chức bộ máy, địa giới hành chính, điều kiện tự nhiên, lịch sử, văn hóa, di tích và danh thắng.", inMenu: true },
  { path: "/gioi-thieu/lanh-dao", label: "Lãnh đạo", description: "Lãnh đạo đương nhiệm: chức vụ, tiểu sử tóm tắt, nhiệm vụ đảm nhiệm, liên hệ công vụ.", inMenu: false },
  { path: "/gioi-thieu/co-cau-to-chuc", label: "Cơ cấu tổ chức", description: "Các phòng, ban, đơn vị trực thuộc: chức năng, nhiệm vụ, người đứng đầu, liên hệ.", inMenu: false },
  { path: "/danh-ba", label: "Danh bạ", description: "Điện thoại và thư điện tử công vụ của lãnh đạo và các đơn vị.", inMenu: false },
  { path: "/van-ban", label: "Văn bản", description: "Văn bản quy phạm pháp luật, văn bản chỉ đạo điều hành, kế hoạch: tra cứu theo loại, cơ quan, lĩnh vực, năm, tình trạng.", inMenu: true },
  { path: "/lich-cong-tac", label: "Lịch công tác", description: "Lịch công tác tuần của lãnh đạo; đăng ký theo dõi bằng iCalendar.", inMenu: true },
  { path: "/thu-tuc-hanh-chinh", label: "Thủ tục hành chính", description: "Thủ tục hành chính theo lĩnh vực, liên kết tới Cổng Dịch vụ công quốc gia.", inMenu: true },
  { path: "/cong-khai-ngan-sach", label: "Công khai ngân sách", description: "Dự toán, tình hình thực hiện, quyết toán ngân sách; dự án đầu tư và mua sắm công.", inMenu: false },
  { path: "/hoi-dap", label: "Hỏi đáp", description: "Gửi câu hỏi tới chính quyền và xem các câu trả lời đã công khai.", inMenu: false },
  { path: "/du-thao", label: "Lấy ý kiến dự thảo", description: "Dự thảo văn bản đang lấy ý kiến nhân dân và kết quả tiếp thu, giải trình.", inMenu: false },
  { path: "/tiep-can-thong-tin", label: "Tiếp cận thông tin", description: "Thông tin cơ quan công khai, ở đâu, và cách yêu cầu cung cấp thông tin.", inMenu: false },
  { path: "/kha-nang-tiep-can", label: "Tuyên bố về khả năng tiếp cận", description: "Mức độ đáp ứng tiêu chuẩn tiếp cận và cách báo lỗi tiếp cận.", inMenu: false },
  { path: "/chinh-sach-bao-ve-du-lieu-ca-nhan", label: "Chính sách bảo vệ dữ liệu cá nhân", description: "Dữ liệu cá nhân cổng thu thập, mục đích, thời hạn lưu và quyền của chủ thể dữ liệu.", inMenu: false },
  { path: "/so-do-cong", label: "Sơ đồ cổng", description: "Toàn bộ các mục của cổng thông tin.", inMenu: true },
  { path: "/en", label: "English", description: "The unit, its structure and functions, and leaders' contacts in English.", inMenu: false },
] as const satisfies readonly Section[];

export type SectionPath = (typeof SECTIONS)[number]["path"];

export function sectionOf(path: SectionPath): Section {
  return SECTIONS.find((s) => s.path === path)!;
}
