import { contactHashWith, sealWith } from "@/lib/contact-seal";
import { vietnamDay, vietnamTime } from "@/lib/format";
import { storeDraftFile, type StoredDraftFile } from "@/lib/draft-files";
import { sanitizeArticleHtml } from "@/lib/sanitize";
import { slugify } from "@/lib/slug";
import type { Transaction } from "../client";
import { draftComments, draftFiles, drafts } from "../schema";
import { renderDocumentPdf } from "./document-pdf";
import type { DocumentUnit } from "./documents";
import { contactsSecret } from "./questions-data";

/**
 * Lấy ý kiến dự thảo of one demo site: one open now, one opening next week, one closed
 * with its report and approved comments. Invented: the commenters' emails are on
 * example.vn, their numbers in the 0900 000 xxx range.
 */
const DAY = 86_400_000;

type DemoComment = { name: string; email?: string; phone?: string; clause?: string; body: string; state: "cho_duyet" | "da_duyet" | "tu_choi"; daysAfterOpen: number };
type DemoDraft = {
  title: (unit: DocumentUnit) => string;
  field: string;
  draftingUnit: (unit: DocumentUnit) => string;
  summary: string;
  /** Days from the seed's `now`: negative in the past. */
  opens: number;
  closes: number;
  moderated: boolean;
  comments: DemoComment[];
  report?: string;
  file?: { kind: string; paragraphs: string[] };
};

const place = (u: DocumentUnit) => `${u.level} ${u.name}`;

const DEMO_DRAFTS: DemoDraft[] = [
  {
    title: (u) => `Dự thảo Kế hoạch chỉnh trang đô thị, cải tạo vỉa hè các tuyến đường trung tâm ${place(u)} giai đoạn 2027–2030`,
    field: "Xây dựng, quy hoạch",
    draftingUnit: (u) => `Phòng Kinh tế, Hạ tầng và Đô thị ${place(u)}`,
    summary:
      "Dự thảo đề xuất cải tạo vỉa hè, bổ sung cây xanh và chiếu sáng trên các tuyến đường trung tâm; bố trí điểm đỗ xe và lối đi cho người khuyết tật; quy định thời gian thi công theo từng đoạn để hạn chế ảnh hưởng đến hộ kinh doanh.\n\nKinh phí dự kiến từ ngân sách địa phương và nguồn xã hội hóa. Cơ quan soạn thảo mong nhận ý kiến của người dân, hộ kinh doanh và các tổ chức trên địa bàn.",
    opens: -5,
    closes: 25,
    moderated: true,
    file: {
      kind: "Dự thảo Kế hoạch",
      paragraphs: [
        "Điều 1. Phạm vi: các tuyến đường trung tâm, tổng chiều dài khoảng 6,5 km.",
        "Điều 2. Nội dung: lát lại vỉa hè bằng đá tự nhiên, trồng bổ sung cây bóng mát, thay đèn chiếu sáng tiết kiệm năng lượng, làm lối lên xuống cho xe lăn tại các nút giao.",
        "Điều 3. Tiến độ: thi công cuốn chiếu từng đoạn không quá 300 m, mỗi đoạn không quá 45 ngày.",
      ],
    },
    comments: [
      {
        name: "Phạm Thị Thu",
        email: "thu.pham@example.vn",
        clause: "Điều 3",
        body: "Đề nghị không thi công vào tháng Chạp vì là thời gian buôn bán chính của các hộ kinh doanh trên tuyến.",
        state: "da_duyet",
        daysAfterOpen: 1,
      },
      { name: "Một người dân phường Trung tâm", clause: "Điều 2", body: "Nên giữ lại hàng cây sấu cũ, chỉ trồng bổ sung ở những đoạn còn trống.", state: "da_duyet", daysAfterOpen: 2 },
      { name: "Hoàng Minh Đức", phone: "0900000402", body: "Xin cho biết hộ kinh doanh có được hỗ trợ khi phải tạm dừng buôn bán trong thời gian thi công không?", state: "cho_duyet", daysAfterOpen: 4 },
    ],
  },
  {
    title: (u) => `Dự thảo Quy chế quản lý, sử dụng nhà văn hóa thôn, tổ dân phố trên địa bàn ${place(u)}`,
    field: "Khác",
    draftingUnit: (u) => `Phòng Văn hóa - Xã hội ${place(u)}`,
    summary:
      "Quy chế quy định việc quản lý, sử dụng nhà văn hóa thôn, tổ dân phố: trách nhiệm của ban quản lý, thời gian mở cửa, các hoạt động được tổ chức, việc thu, chi kinh phí điện nước và bảo trì.",
    opens: 7,
    closes: 37,
    moderated: true,
    comments: [],
  },
  {
    title: (u) => `Dự thảo Quyết định quy định mức hỗ trợ phát triển sản xuất nông nghiệp ${place(u)} năm 2027`,
    field: "Kinh doanh, thuế",
    draftingUnit: (u) => `Phòng Kinh tế ${place(u)}`,
    summary:
      "Dự thảo quy định đối tượng, điều kiện và mức hỗ trợ giống, vật tư cho hộ sản xuất lúa chất lượng cao, rau an toàn và nuôi trồng thủy sản; hồ sơ, trình tự đề nghị hỗ trợ.",
    opens: -50,
    closes: -20,
    moderated: false,
    file: {
      kind: "Dự thảo Quyết định",
      paragraphs: [
        "Điều 1. Đối tượng: hộ gia đình, tổ hợp tác, hợp tác xã sản xuất nông nghiệp trên địa bàn.",
        "Điều 2. Mức hỗ trợ: 50% chi phí giống lúa chất lượng cao; 30% chi phí vật tư cho mô hình rau an toàn, tối đa 20 triệu đồng mỗi hộ.",
        "Điều 3. Hồ sơ: đơn đề nghị theo mẫu, xác nhận diện tích sản xuất của thôn, tổ dân phố.",
      ],
    },
    comments: [
      {
        name: "Nguyễn Văn Hùng",
        email: "hung.nguyen@example.vn",
        phone: "0900000401",
        clause: "Điều 2",
        body: "Đề nghị nâng mức hỗ trợ giống lúa lên 70% cho hộ nghèo, hộ cận nghèo vì giá giống chất lượng cao năm nay tăng mạnh.",
        state: "da_duyet",
        daysAfterOpen: 3,
      },
      { name: "HTX Dịch vụ nông nghiệp Đông Hòa", clause: "Điều 3", body: "Nên cho phép nộp hồ sơ trực tuyến qua Cổng Dịch vụ công, không bắt buộc nộp bản giấy.", state: "da_duyet", daysAfterOpen: 10 },
      { name: "Bút danh Lúa Vàng", clause: "Điều 1", body: "Cần làm rõ trang trại cá nhân có thuộc đối tượng hỗ trợ hay không.", state: "da_duyet", daysAfterOpen: 21 },
    ],
    report:
      "<p>Trong thời gian lấy ý kiến (30 ngày), cơ quan soạn thảo nhận được 3 ý kiến góp ý trên cổng thông tin và 2 văn bản góp ý của các hợp tác xã. Kết quả tiếp thu, giải trình như sau:</p>" +
      "<h3>1. Mức hỗ trợ giống lúa (Điều 2)</h3><p><strong>Tiếp thu một phần.</strong> Dự thảo được sửa: hộ nghèo, hộ cận nghèo được hỗ trợ 70% chi phí giống; các hộ khác giữ mức 50% do giới hạn dự toán ngân sách năm 2027.</p>" +
      "<h3>2. Nộp hồ sơ trực tuyến (Điều 3)</h3><p><strong>Tiếp thu.</strong> Bổ sung khoản 3: hồ sơ được nộp trực tuyến qua Cổng Dịch vụ công quốc gia hoặc trực tiếp tại Bộ phận Một cửa.</p>" +
      "<h3>3. Trang trại cá nhân (Điều 1)</h3><p><strong>Giải trình.</strong> Chủ trang trại là hộ gia đình hoặc cá nhân đã thuộc đối tượng tại Điều 1; dự thảo bổ sung cụm từ “kể cả chủ trang trại” để rõ nghĩa.</p>",
  },
];

export type DraftSeedFiles = Map<number, StoredDraftFile>;

/** The demo drafts' PDFs (rendered with the images: tests skip both), by the draft's index. */
export async function renderDemoDraftFiles(unit: DocumentUnit, agency: string): Promise<DraftSeedFiles> {
  const files: DraftSeedFiles = new Map();
  for (const [i, draft] of DEMO_DRAFTS.entries()) {
    if (!draft.file) continue;
    const title = draft.title(unit);
    const pdf = await renderDocumentPdf({ agency, number: "     /DT", place: unit.name, date: "ngày   tháng   năm 2026", kind: draft.file.kind, summary: title.replace(/^Dự thảo /, ""), paragraphs: draft.file.paragraphs, signerTitle: "CƠ QUAN SOẠN THẢO", signer: draft.draftingUnit(unit) });
    files.set(i, await storeDraftFile(pdf, `${slugify(title, 60)}.pdf`));
  }
  return files;
}

export async function seedDrafts(tx: Transaction, siteId: number, unit: DocumentUnit, now: Date, files?: DraftSeedFiles): Promise<void> {
  const secret = await contactsSecret(tx);
  for (const [i, demo] of DEMO_DRAFTS.entries()) {
    // At office hours, Việt Nam time: 07:30 on the opening day, 17:00 on the closing day.
    const opensAt = vietnamTime(`${vietnamDay(new Date(now.getTime() + demo.opens * DAY))} 07:30`);
    const closesAt = vietnamTime(`${vietnamDay(new Date(now.getTime() + demo.closes * DAY))} 17:00`);
    const closed = closesAt <= now;
    // Put out two days before it opens (an upcoming one: today).
    const written = new Date(Math.min(now.getTime(), opensAt.getTime() - 2 * DAY));
    const title = demo.title(unit);
    const [draft] = await tx
      .insert(drafts)
      .values({
        siteId,
        slug: slugify(title, 90),
        title,
        draftingUnit: demo.draftingUnit(unit),
        field: demo.field,
        summary: demo.summary,
        waysToRespond: `Góp ý trực tiếp tại mục “Gửi góp ý trên cổng” của trang này; gửi văn bản về ${demo.draftingUnit(unit)}; hoặc gửi thư điện tử tới gopy@example.vn, ghi rõ tên dự thảo.`,
        contactPerson: `Chuyên viên ${demo.draftingUnit(unit)}, điện thoại 0900 000 400`,
        opensAt,
        closesAt,
        moderated: demo.moderated,
        report: demo.report ? sanitizeArticleHtml(demo.report) : "",
        reportPublishedAt: demo.report ? new Date(closesAt.getTime() + 5 * DAY) : null,
        openHandledAt: opensAt <= now ? now : null,
        closeHandledAt: closed ? now : null,
        createdAt: written,
        updatedAt: demo.report ? new Date(closesAt.getTime() + 5 * DAY) : written,
      })
      .returning({ id: drafts.id });
    const file = files?.get(i);
    if (file) await tx.insert(draftFiles).values({ ...file, siteId, draftId: draft!.id, kind: "draft" });
    if (demo.comments.length) {
      await tx.insert(draftComments).values(
        demo.comments.map((c) => {
          const at = new Date(opensAt.getTime() + c.daysAfterOpen * DAY);
          const contact = c.email || c.phone;
          return {
            siteId,
            draftId: draft!.id,
            authorName: c.name,
            clause: c.clause ?? "",
            body: c.body,
            state: c.state,
            contactSealed: contact ? sealWith(secret, { name: c.name, email: c.email ?? "", phone: c.phone ?? "", address: "" }) : "",
            emailHash: contactHashWith(secret, "email", c.email ?? ""),
            phoneHash: contactHashWith(secret, "phone", c.phone ?? ""),
            consentAt: contact ? at : null,
            moderatedAt: c.state === "cho_duyet" ? null : new Date(at.getTime() + DAY),
            createdAt: at,
          };
        }),
      );
    }
  }
}
