import { z } from "zod";
import { vietnamDateTime } from "./form-fields";
import { formatDate, formatTime, vietnamDay } from "./format";
import { toPlainText } from "./sanitize";
import { SECTIONS } from "./sections";
import { addWorkingDays, type DaysOff } from "./working-days";

/**
 * The pages around the content (issue 14): the main menu, the two editable statements
 * (/kha-nang-tiep-can, /chinh-sach-bao-ve-du-lieu-ca-nhan) and the planned-suspension
 * notice (NĐ 224/2026 Điều 13). Pure: the data layer (db/site-pages.ts), the admin forms
 * and the reader pages share it.
 */

// ---------------------------------------------------------------- the main menu

/** What a menu item points at: a fixed section, a category, or the directory of components. */
export type MenuRef = `section:${string}` | `category:${number}` | "directory";
export type MenuItem = { ref: MenuRef; href: string; label: string; defaultLabel: string; visible: boolean };
export type StoredMenuItem = { ref: string; label: string; visible: boolean };

export const MAX_MENU_ITEMS = 60;

export const storedMenuSchema = z
  .array(
    z.object({
      ref: z.string().regex(/^(section:\/[a-z0-9/-]*|category:\d{1,9}|directory)$/, "Mục trình đơn không hợp lệ."),
      label: z
        .string({ error: "Tên mục không hợp lệ." })
        .default("")
        .transform(toPlainText)
        .pipe(z.string().max(60, "Tên mục trình đơn tối đa 60 ký tự.")),
      visible: z.boolean(),
    }),
  )
  .max(MAX_MENU_ITEMS, `Tối đa ${MAX_MENU_ITEMS} mục.`);

type MenuCategory = { id: number; slug: string; name: string; parentId: number | null };

/**
 * Every item the menu can show, in the default order: Giới thiệu, the categories, the
 * other sections lib/sections.ts puts in the menu, the components' directory (provinces),
 * Sơ đồ cổng; then the sections that are off by default (an editor may show them).
 */
export function defaultMenu(categories: MenuCategory[], directory: boolean): MenuItem[] {
  const section = (s: (typeof SECTIONS)[number]): MenuItem => ({ ref: `section:${s.path}`, href: s.path, label: s.label, defaultLabel: s.label, visible: s.inMenu });
  const inMenu = SECTIONS.filter((s) => s.inMenu);
  const [first, ...rest] = inMenu;
  const last = rest.filter((s) => s.path === "/so-do-cong");
  const middle = rest.filter((s) => s.path !== "/so-do-cong");
  const cats: MenuItem[] = categories
    .filter((c) => c.parentId === null)
    .map((c) => ({ ref: `category:${c.id}`, href: `/chuyen-muc/${c.slug}`, label: c.name, defaultLabel: c.name, visible: true }));
  const dir: MenuItem[] = directory ? [{ ref: "directory", href: "/trang-thanh-phan", label: "Xã, phường", defaultLabel: "Xã, phường", visible: true }] : [];
  return [
    ...(first ? [section(first)] : []),
    ...cats,
    ...middle.map(section),
    ...dir,
    ...last.map(section),
    ...SECTIONS.filter((s) => !s.inMenu).map(section),
  ];
}

/**
 * The site's menu: the stored order, labels and visibility applied to what exists now.
 * Items the site no longer has (a deleted category) drop out; new ones (a new category)
 * come in where the default order puts them, after the stored ones before which they
 * stand by default, so a new category shows without an editor touching the menu.
 */
export function resolveMenu(stored: StoredMenuItem[] | null | undefined, categories: MenuCategory[], directory: boolean): MenuItem[] {
  const defaults = defaultMenu(categories, directory);
  if (!stored?.length) return defaults;
  const byRef = new Map(defaults.map((d) => [d.ref as string, d]));
  const result: MenuItem[] = [];
  const seen = new Set<string>();
  for (const item of stored) {
    const base = byRef.get(item.ref);
    if (!base || seen.has(item.ref)) continue;
    seen.add(item.ref);
    result.push({ ...base, label: item.label || base.defaultLabel, visible: item.visible });
  }
  defaults.forEach((d, index) => {
    if (seen.has(d.ref)) return;
    // After the stored item that precedes it by default (or first).
    const before = defaults.slice(0, index).reverse().find((p) => seen.has(p.ref));
    const at = before ? result.findIndex((r) => r.ref === before.ref) + 1 : 0;
    result.splice(at, 0, d);
    seen.add(d.ref);
  });
  return result;
}

// ---------------------------------------------------------------- editable statements

export const STATEMENT_PAGES = {
  "kha-nang-tiep-can": { path: "/kha-nang-tiep-can", title: "Tuyên bố về khả năng tiếp cận" },
  "chinh-sach-bao-ve-du-lieu-ca-nhan": { path: "/chinh-sach-bao-ve-du-lieu-ca-nhan", title: "Chính sách bảo vệ dữ liệu cá nhân" },
} as const;
export type StatementKey = keyof typeof STATEMENT_PAGES;
export const STATEMENT_KEYS = Object.keys(STATEMENT_PAGES) as StatementKey[];

export const statementSchema = z.object({
  page: z.enum(STATEMENT_KEYS as [StatementKey, ...StatementKey[]], { error: "Trang không hợp lệ." }),
  html: z.string({ error: "Nội dung không hợp lệ." }).max(100_000, "Nội dung quá dài (tối đa 100.000 ký tự)."),
});

type Contact = { agencyName: string; portalName: string; address: string; phone: string; email: string };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function contactHtml(c: Contact): string {
  const parts = [`<strong>${esc(c.agencyName)}</strong>`];
  if (c.address) parts.push(`Địa chỉ: ${esc(c.address)}`);
  if (c.phone) parts.push(`Điện thoại: ${esc(c.phone)}`);
  if (c.email) parts.push(`Thư điện tử: <a href="mailto:${esc(c.email)}">${esc(c.email)}</a>`);
  return `<p>${parts.join("<br>")}</p>`;
}

/** The texts a site starts with, worded for the site; editors may replace them. */
export function defaultStatement(key: StatementKey, c: Contact): string {
  if (key === "kha-nang-tiep-can") {
    return [
      `<p>${esc(c.agencyName)} cam kết để mọi người, trong đó có người khuyết tật, người cao tuổi và người dùng thiết bị cấu hình thấp, đều đọc và sử dụng được ${esc(c.portalName)} (Nghị định 224/2026/NĐ-CP, Điều 10).</p>`,
      "<h2>Mức độ đáp ứng</h2>",
      "<p>Cổng được xây dựng theo Hướng dẫn về khả năng tiếp cận nội dung web (WCAG) 2.1, mức AA:</p>",
      "<ul><li>mọi trang được dựng sẵn trên máy chủ, đọc được khi tắt JavaScript;</li><li>đọc được bằng trình đọc màn hình: tiêu đề, vùng điều hướng, nhãn của ô nhập và thông báo lỗi được đánh dấu đúng chuẩn;</li><li>dùng được hoàn toàn bằng bàn phím, có liên kết “Bỏ qua để đến nội dung chính”;</li><li>độ tương phản màu chữ đạt mức AA, chữ phóng to tới 200% không mất nội dung;</li><li>ảnh có mô tả thay thế; hiển thị tốt trên điện thoại.</li></ul>",
      "<p>Mỗi lần cập nhật phần mềm, các trang được kiểm tra tự động bằng công cụ axe và trình kiểm tra mã HTML của W3C.</p>",
      "<h2>Những phần có thể chưa đáp ứng</h2>",
      "<p>Một số tệp văn bản đính kèm (bản chụp PDF) và ảnh do các đơn vị gửi đến có thể chưa có bản văn bản tương ứng. Khi cần, xin liên hệ để được cung cấp ở dạng phù hợp.</p>",
      "<h2>Báo lỗi tiếp cận</h2>",
      "<p>Nếu gặp khó khăn khi sử dụng cổng, xin cho chúng tôi biết trang nào, khó khăn gì; chúng tôi trả lời trong 5 ngày làm việc.</p>",
      contactHtml(c),
    ].join("\n");
  }
  return [
    `<p>${esc(c.agencyName)} (bên kiểm soát và xử lý dữ liệu cá nhân) tôn trọng và bảo vệ dữ liệu cá nhân của người dùng ${esc(c.portalName)} theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 (có hiệu lực từ ngày 01/01/2026).</p>`,
    "<h2>Dữ liệu chúng tôi thu thập và mục đích</h2>",
    "<ul><li><strong>Đọc tin:</strong> cổng không yêu cầu đăng nhập, không dùng cookie quảng cáo hay công cụ theo dõi của bên thứ ba. Để đếm lượt xem và chống gian lận bình chọn, cổng chỉ lưu mã băm một chiều của địa chỉ IP, không lưu địa chỉ IP gốc.</li><li><strong>Gửi câu hỏi, góp ý dự thảo:</strong> họ tên, thư điện tử hoặc số điện thoại bạn nhập, chỉ để trả lời bạn; câu hỏi được công khai khi bạn đồng ý, không kèm thông tin liên hệ.</li><li><strong>Cán bộ biên tập:</strong> họ tên, thư điện tử, nhật ký thao tác, để bảo đảm an toàn thông tin.</li></ul>",
    "<h2>Sự đồng ý</h2>",
    "<p>Chúng tôi chỉ xử lý dữ liệu khi bạn đồng ý rõ ràng, bằng một thao tác chủ động (ô đồng ý không bao giờ được đánh dấu sẵn), trừ các trường hợp luật cho phép. Im lặng hoặc không phản hồi không được coi là đồng ý.</p>",
    "<h2>Thời hạn lưu trữ</h2>",
    "<p>Dữ liệu liên hệ kèm câu hỏi được lưu tối đa 24 tháng kể từ khi trả lời; mã băm phục vụ chống gian lận được xóa sau 30 ngày; nhật ký thao tác của cán bộ lưu theo quy định về lưu trữ.</p>",
    "<h2>Quyền của bạn</h2>",
    "<p>Bạn có quyền được biết, đồng ý hoặc rút lại sự đồng ý, xem, chỉnh sửa, yêu cầu xóa, hạn chế xử lý dữ liệu của mình, khiếu nại và yêu cầu bồi thường theo quy định. Việc rút lại sự đồng ý không ảnh hưởng đến việc xử lý đã thực hiện trước đó.</p>",
    "<h2>Chia sẻ và bảo vệ dữ liệu</h2>",
    "<p>Dữ liệu không được bán hay chuyển cho bên thứ ba, trừ khi cơ quan có thẩm quyền yêu cầu theo luật. Dữ liệu được lưu trên máy chủ đặt tại Việt Nam, truyền qua kết nối mã hóa, chỉ cán bộ được phân quyền mới truy cập.</p>",
    "<h2>Liên hệ</h2>",
    "<p>Mọi yêu cầu về dữ liệu cá nhân xin gửi tới:</p>",
    contactHtml(c),
  ].join("\n");
}

// ---------------------------------------------------------------- planned suspension (NĐ 224/2026 Điều 13)

export const SUSPENSION_NOTICE_WORKING_DAYS = 7;

export type Suspension = { startsAt: string; endsAt: string; message: string; savedAt: string };

export const storedSuspensionSchema = z.object({ startsAt: z.string(), endsAt: z.string(), message: z.string(), savedAt: z.string() });

/** The notice as the data layer takes it: the window and the reason. */
export const suspensionSchema = z
  .object({
    startsAt: z.date({ error: "Vui lòng nhập thời điểm bắt đầu tạm ngừng." }),
    endsAt: z.date({ error: "Vui lòng nhập thời điểm kết thúc." }),
    message: z
      .string({ error: "Nội dung thông báo không hợp lệ." })
      .default("")
      .transform(toPlainText)
      .pipe(z.string().min(10, "Vui lòng nêu lý do tạm ngừng (ít nhất 10 ký tự).").max(500, "Nội dung thông báo tối đa 500 ký tự.")),
  })
  .superRefine((v, ctx) => {
    if (v.endsAt <= v.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "Thời điểm kết thúc phải sau thời điểm bắt đầu." });
  });
export type SuspensionInput = z.input<typeof suspensionSchema>;

/** The admin form: the window as two DateTimeFields (joined first: lib/form-fields.ts joinDateTimeInputs), and the reason. */
export const suspensionFormSchema = z
  .object({
    startsAt: vietnamDateTime({ required: true, requiredMessage: "Vui lòng nhập thời điểm bắt đầu tạm ngừng." }),
    endsAt: vietnamDateTime({ required: true, requiredMessage: "Vui lòng nhập thời điểm kết thúc." }),
    message: z.string({ error: "Nội dung thông báo không hợp lệ." }).default(""),
  })
  .transform((value, ctx) => {
    // Both dates present (each field has said what is wrong otherwise): the shared rules.
    if (!value.startsAt || !value.endsAt) return z.NEVER;
    const checked = suspensionSchema.safeParse(value);
    if (checked.success) return checked.data;
    for (const issue of checked.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return z.NEVER;
  });

/** The earliest start with 7 working days of notice from today (today counted when it is one). */
export function earliestNoticedStart(now: Date, daysOff: DaysOff): string {
  return addWorkingDays(vietnamDay(now), SUSPENSION_NOTICE_WORKING_DAYS, daysOff);
}

/** The warning the form shows when the start leaves less than 7 working days of notice; null when enough. */
export function shortNoticeWarning(startsAt: Date, now: Date, daysOff: DaysOff): string | null {
  const earliest = earliestNoticedStart(now, daysOff);
  if (vietnamDay(startsAt) >= earliest) return null;
  const [y, m, d] = earliest.split("-");
  return `Cảnh báo: thời điểm tạm ngừng cách hôm nay chưa đủ ${SUSPENSION_NOTICE_WORKING_DAYS} ngày làm việc, thời hạn thông báo trước theo Nghị định 224/2026/NĐ-CP, Điều 13. Nếu không phải trường hợp khẩn cấp, nên tạm ngừng từ ngày ${d}/${m}/${y} trở đi.`;
}

/** Whether the notice still shows at `now`: from when it is saved until the window ends. */
export function suspensionVisible(s: Suspension | null, now: Date): s is Suspension {
  return Boolean(s && new Date(s.endsAt).getTime() > now.getTime());
}

/** "từ 08:00 ngày 10/12/2026 đến 17:00 ngày 10/12/2026" */
export function suspensionWindow(s: Pick<Suspension, "startsAt" | "endsAt">): string {
  return `từ ${formatTime(s.startsAt)} ngày ${formatDate(s.startsAt)} đến ${formatTime(s.endsAt)} ngày ${formatDate(s.endsAt)}`;
}
