import { and, eq, inArray, sql } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DraftComments } from "@/components/site/drafts/draft-comments";
import { PlainParagraphs } from "@/components/site/questions/question-list";
import type { Database } from "@/db/client";
import {
  claimDraftTransitions,
  CLOSED,
  createDraft,
  draftsDue,
  eraseExpiredDraftContacts,
  findPublicDraft,
  getDraftForStaff,
  listCommentQueue,
  listDraftFeed,
  listDraftsForStaff,
  listPublicDrafts,
  moderateComment,
  NOT_OPEN_YET,
  orderDrafts,
  saveDraft,
  saveReport,
  submitComment,
  viewCommentContact,
} from "@/db/drafts";
import { askQuestion, erasePersonData, exportPersonData } from "@/db/questions";
import { auditLog, draftComments, drafts } from "@/db/schema";
import { ForbiddenError, type Actor, type Role } from "@/lib/auth/policy";
import { COMMENT_CONSENT_MESSAGE, commentSchema, draftFormSchema, draftState, type DraftFormInput } from "@/lib/drafts";
import { formatDate, formatTime } from "@/lib/format";
import { createStaffOfTwoSites, defaultSiteId, siteIdOf } from "../support/actors";
import { liveScriptFindings } from "../support/live-markup";
import { testDatabase } from "../support/test-db";
import { XSS_VECTORS } from "../support/xss-corpus";

let db: Database;
let driver: string;
let A: number;
let B: number;
const staff = {} as Record<"A" | "B", Record<Role, Actor>>;
const removers: (() => Promise<void>)[] = [];
const created: number[] = [];

beforeAll(async () => {
  const handle = await testDatabase();
  db = handle.db;
  driver = handle.driver;
  A = await defaultSiteId(db);
  B = await siteIdOf(db, "tan-hoa");
  const made = await createStaffOfTwoSites(db, "drafts", { A, B });
  Object.assign(staff, made.staff);
  removers.push(made.remove);
});

afterAll(async () => {
  if (created.length) await db.delete(drafts).where(inArray(drafts.id, created));
  for (const remove of removers) await remove();
});

const MINUTE = 60_000;
/** A moment as the editor's DateTimeField posts it (date and time, Việt Nam). */
const moment = (name: string, at: Date) => ({ [name]: formatDate(at), [`${name}Time`]: formatTime(at) });
/** Whole minutes: the form takes HH:mm. */
const minute = (offsetMinutes: number, from = Date.now()) => new Date(Math.floor(from / MINUTE) * MINUTE + offsetMinutes * MINUTE);

let serial = 0;
function form(opensAt: Date, closesAt: Date, overrides: DraftFormInput = {}): DraftFormInput {
  serial++;
  return {
    title: `Dự thảo quy định thử nghiệm số ${serial} (${driver})`,
    draftingUnit: "Phòng Kinh tế",
    field: "Đất đai",
    summary: "Dự thảo quy định về việc thử nghiệm lấy ý kiến nhân dân trên cổng thông tin.",
    waysToRespond: "Góp ý trên cổng hoặc gửi văn bản về Phòng Kinh tế.",
    contactPerson: "Bà Lê Thị Lan, 0900 000 499",
    ...moment("opensAt", opensAt),
    ...moment("closesAt", closesAt),
    moderated: "on",
    ...overrides,
  };
}

async function newDraft(opensAt: Date, closesAt: Date, overrides: DraftFormInput = {}, actor = staff.A.editor) {
  const made = await createDraft(db, actor, form(opensAt, closesAt, overrides));
  created.push(made.id);
  return made;
}

const comment = (overrides: Record<string, string> = {}) => ({ name: "Trần Văn Nam", clause: "Điều 2", body: "Đề nghị bổ sung quy định về thời hạn giải quyết hồ sơ.", ...overrides });

const commentCount = async (draftId: number) => (await db.select({ id: draftComments.id }).from(draftComments).where(eq(draftComments.draftId, draftId))).length;

describe("opening and closing by time", () => {
  it("takes comments only between the opening (included) and the closing (excluded) moment", async () => {
    const opensAt = minute(60);
    const closesAt = minute(120);
    const draft = await newDraft(opensAt, closesAt);
    expect(draftState({ opensAt, closesAt }, new Date(opensAt.getTime() - 1))).toBe("chua_mo");
    expect(draftState({ opensAt, closesAt }, opensAt)).toBe("dang_lay_y_kien");
    expect(draftState({ opensAt, closesAt }, closesAt)).toBe("da_ket_thuc");

    await expect(submitComment(db, A, draft.slug, comment(), new Date(opensAt.getTime() - 1000))).rejects.toThrow(NOT_OPEN_YET);
    const sent = await submitComment(db, A, draft.slug, comment(), opensAt);
    expect(sent).toMatchObject({ shown: false, slug: draft.slug });
    await expect(submitComment(db, A, draft.slug, comment(), closesAt)).rejects.toThrow(CLOSED);
    expect(await commentCount(draft.id)).toBe(1);
    // Another site's host never reaches this draft.
    await expect(submitComment(db, B, draft.slug, comment(), opensAt)).rejects.toThrow("Không tìm thấy dự thảo.");
  });

  it("refuses a comment after closing even when the page (and the scheduler's marks) still say open", async () => {
    const draft = await newDraft(minute(-60), minute(60));
    const shown = await findPublicDraft(db, A, draft.slug);
    expect(draftState(shown!)).toBe("dang_lay_y_kien");
    // The editor closes it now; the reader still holds the page rendered as open.
    const now = new Date();
    const closed = form(minute(-60), minute(-1));
    await saveDraft(db, staff.A.editor, draft.id, { ...closed, title: shown!.title }, "", now);
    await expect(submitComment(db, A, draft.slug, comment(), now)).rejects.toThrow(CLOSED);
    // And a draft the scheduler has not processed yet is closed by its time alone.
    const late = await newDraft(minute(-120), minute(-60));
    await db.update(drafts).set({ closeHandledAt: null }).where(eq(drafts.id, late.id));
    await expect(submitComment(db, A, late.slug, comment())).rejects.toThrow(CLOSED);
    expect(await commentCount(draft.id)).toBe(0);
    expect(await commentCount(late.id)).toBe(0);
  });

  it("orders the list open first, then upcoming, then closed; the feed holds only opened drafts", async () => {
    const open = await newDraft(minute(-30), minute(600));
    const upcoming = await newDraft(minute(600), minute(1200));
    const closed = await newDraft(minute(-600), minute(-300));
    const groups = orderDrafts(await listPublicDrafts(db, A));
    expect(groups.map((g) => g.state)).toEqual(["dang_lay_y_kien", "chua_mo", "da_ket_thuc"]);
    expect(groups[0]!.items.map((d) => d.slug)).toContain(open.slug);
    expect(groups[1]!.items.map((d) => d.slug)).toContain(upcoming.slug);
    expect(groups[2]!.items.map((d) => d.slug)).toContain(closed.slug);
    const feed = (await listDraftFeed(db, A)).map((d) => d.slug);
    expect(feed).toContain(open.slug);
    expect(feed).not.toContain(upcoming.slug);
    expect((await listPublicDrafts(db, B)).map((d) => d.slug)).not.toContain(open.slug);
  });
});

describe("the scheduler's transitions", () => {
  const mine = (claimed: { id: number }[], id: number) => claimed.filter((c) => c.id === id).length;

  it("handles each opening and closing moment once, even when two instances tick at once", async () => {
    const opensAt = minute(30);
    const closesAt = minute(90);
    const draft = await newDraft(opensAt, closesAt);
    const expired: number[] = [];
    const tick = (now: Date) => claimDraftTransitions(db, (claimed) => void expired.push(...claimed.map((c) => c.id)), now);

    expect(mine(await tick(minute(10)), draft.id)).toBe(0);
    const atOpen = await Promise.all([tick(opensAt), tick(opensAt), tick(new Date(opensAt.getTime() + 1000))]);
    expect(atOpen.reduce((n, claimed) => n + mine(claimed, draft.id), 0)).toBe(1);
    expect(mine(await tick(new Date(opensAt.getTime() + 5000)), draft.id)).toBe(0);
    const atClose = await Promise.all([tick(closesAt), tick(closesAt)]);
    expect(atClose.reduce((n, claimed) => n + mine(claimed, draft.id), 0)).toBe(1);
    expect(mine(await tick(minute(200)), draft.id)).toBe(0);
    expect(expired.filter((id) => id === draft.id)).toHaveLength(2);
  });

  it("leaves a moment unclaimed when the instance fails before its pages are expired", async () => {
    const draft = await newDraft(minute(20), minute(80));
    const at = minute(25);
    await expect(
      claimDraftTransitions(db, (claimed) => {
        if (claimed.some((c) => c.id === draft.id)) throw new Error("instance died");
      }, at),
    ).rejects.toThrow("instance died");
    expect(mine(await claimDraftTransitions(db, () => {}, at), draft.id)).toBe(1);
  });

  it("claims again a moment an edit moved into the future", async () => {
    const draft = await newDraft(minute(-60), minute(60));
    expect(mine(await claimDraftTransitions(db, () => {}), draft.id)).toBe(0);
    const now = new Date();
    const [row] = await db.select({ title: drafts.title }).from(drafts).where(eq(drafts.id, draft.id));
    await saveDraft(db, staff.A.editor, draft.id, form(minute(30, now.getTime()), minute(90, now.getTime()), { title: row!.title }), "", now);
    expect(mine(await claimDraftTransitions(db, () => {}, minute(31, now.getTime())), draft.id)).toBe(1);
  });
});

describe("moderation", () => {
  it("shows a moderated draft's comment only once approved; refused and spam stay hidden; each decision is logged", async () => {
    const draft = await newDraft(minute(-60), minute(600));
    const email = `kiem-duyet-${driver}@example.vn`;
    const first = await submitComment(db, A, draft.slug, comment({ body: "Xem thêm tại https://example.vn/tai-lieu trước khi quyết định.", email, consent: "on" }));
    const second = await submitComment(db, A, draft.slug, comment({ name: "Bot", body: "Mua hàng giá rẻ tại https://spam.example" , email: "bot@example.vn", consent: "on" }));
    const third = await submitComment(db, A, draft.slug, comment({ name: "Người dân", body: "Ý kiến không liên quan đến dự thảo này." }));
    expect((await findPublicDraft(db, A, draft.slug))!.comments).toEqual([]);
    const queue = await listCommentQueue(db, staff.A.editor, { draftId: draft.id });
    expect(queue.map((c) => c.id).sort()).toEqual([first.id, second.id, third.id].sort());
    expect(queue.find((c) => c.id === first.id)).toMatchObject({ hasContact: true, shownAtOnce: false });

    await moderateComment(db, staff.A.editor, first.id, "approve");
    await moderateComment(db, staff.A.editor, second.id, "spam");
    await moderateComment(db, staff.A.editor, third.id, "reject");
    const page = (await findPublicDraft(db, A, draft.slug))!;
    expect(page.comments.map((c) => ({ id: c.id, approved: c.approved }))).toEqual([{ id: first.id, approved: true }]);
    expect(page.commentCount).toBe(1);
    expect((await listPublicDrafts(db, A)).find((d) => d.slug === draft.slug)?.commentCount).toBe(1);
    expect((await listDraftsForStaff(db, staff.A.editor)).find((d) => d.id === draft.id)).toMatchObject({ shown: 1, pending: 0 });
    const [spam] = await db.select({ sealed: draftComments.contactSealed, hash: draftComments.emailHash, state: draftComments.state }).from(draftComments).where(eq(draftComments.id, second.id));
    expect(spam).toEqual({ sealed: "", hash: null, state: "rac" });

    const logged = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, "draft_comment"), inArray(auditLog.entityId, [first.id, second.id, third.id].map(String))));
    expect(logged.map((l) => l.action).sort()).toEqual(["draft_comment.approve", "draft_comment.reject", "draft_comment.spam"]);
    expect((await viewCommentContact(db, staff.A.editor, first.id))?.email).toBe(email);
    const [view] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(and(eq(auditLog.action, "draft_comment.view_contact"), eq(auditLog.entityId, String(first.id))));
    expect(Number(view!.n)).toBe(1);
  });

  it("links only in approved comments: a comment shown at once keeps its web address as text", async () => {
    const draft = await newDraft(minute(-60), minute(600), { moderated: "" });
    const sent = await submitComment(db, A, draft.slug, comment({ body: "Tham khảo https://example.vn/mau-van-ban nhé." }));
    expect(sent.shown).toBe(true);
    const before = renderToStaticMarkup(createElement(DraftComments, { comments: (await findPublicDraft(db, A, draft.slug))!.comments }));
    expect(before).toContain("https://example.vn/mau-van-ban");
    expect(before).not.toContain("<a ");
    await moderateComment(db, staff.A.editor, sent.id, "approve");
    const after = renderToStaticMarkup(createElement(DraftComments, { comments: (await findPublicDraft(db, A, draft.slug))!.comments }));
    expect(after).toContain('<a href="https://example.vn/mau-van-ban" rel="nofollow ugc noopener noreferrer"');
    // Refused, a shown-at-once comment disappears.
    await moderateComment(db, staff.A.editor, sent.id, "reject");
    expect((await findPublicDraft(db, A, draft.slug))!.comments).toEqual([]);
  });

  it("grants drafts and moderation to editors and admins of the site only", async () => {
    const draft = await newDraft(minute(-60), minute(600));
    const sent = await submitComment(db, A, draft.slug, comment());
    await expect(createDraft(db, staff.A.author, form(minute(10), minute(20)))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(moderateComment(db, staff.A.author, sent.id, "approve")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(moderateComment(db, staff.B.editor, sent.id, "approve")).rejects.toThrow("Không tìm thấy góp ý.");
    await expect(saveDraft(db, staff.B.admin, draft.id, form(minute(10), minute(20)))).rejects.toThrow("Không tìm thấy dự thảo.");
    expect(await getDraftForStaff(db, staff.B.editor, draft.id)).toBeNull();
    expect(await listCommentQueue(db, staff.B.editor, { state: "tat_ca" })).not.toContainEqual(expect.objectContaining({ id: sent.id }));
  });
});

describe("the dashboard", () => {
  it("lists closed drafts awaiting their report, drafts closing within the week, and pending comments", async () => {
    const closing = await newDraft(minute(-60), minute(3 * 24 * 60));
    const ended = await newDraft(minute(-600), minute(-300));
    await submitComment(db, A, closing.slug, comment());
    const due = await draftsDue(db, staff.A.editor);
    expect(due.closingSoon.map((d) => d.id)).toContain(closing.id);
    expect(due.awaitingReport.map((d) => d.id)).toContain(ended.id);
    expect(due.pending).toBeGreaterThanOrEqual(1);
    await saveReport(db, staff.A.editor, ended.id, { report: "<p>Không nhận được góp ý nào.</p>", publish: true });
    expect((await draftsDue(db, staff.A.editor)).awaitingReport.map((d) => d.id)).not.toContain(ended.id);
    await expect(draftsDue(db, staff.A.author)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the report after closing", () => {
  it("is refused while open, then published on the same page with the comments kept", async () => {
    const opensAt = minute(-600);
    const draft = await newDraft(opensAt, minute(60));
    const sent = await submitComment(db, A, draft.slug, comment());
    await moderateComment(db, staff.A.editor, sent.id, "approve");
    const report = "<p>Tiếp thu ý kiến về Điều 2.</p><script>alert(1)</script><img src=x onerror=alert(1)>";
    await expect(saveReport(db, staff.A.editor, draft.id, { report, publish: true })).rejects.toThrow("Chỉ công bố báo cáo tiếp thu, giải trình sau khi kết thúc lấy ý kiến.");
    const after = minute(61);
    await expect(saveReport(db, staff.A.editor, draft.id, { report: "<p> </p>", publish: true }, "", after)).rejects.toThrow(/Vui lòng nhập nội dung báo cáo/);
    await saveReport(db, staff.A.editor, draft.id, { report, publish: true }, "", after);
    const page = (await findPublicDraft(db, A, draft.slug))!;
    expect(page.report).toBe("<p>Tiếp thu ý kiến về Điều 2.</p>");
    expect(page.reportPublishedAt).toBe(after.toISOString());
    expect(page.comments.map((c) => c.id)).toEqual([sent.id]);
    await saveReport(db, staff.A.editor, draft.id, { report, publish: false }, "", after);
    expect((await findPublicDraft(db, A, draft.slug))!.report).toBe("");
  });
});

describe("bad input", () => {
  it("refuses a contact without consent, 100 kB of text, a filled honeypot; nothing stored", async () => {
    const draft = await newDraft(minute(-60), minute(600));
    const issues = (input: Record<string, string>) => {
      const parsed = commentSchema.safeParse(input);
      return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    };
    expect(issues(comment({ email: "nam@example.vn" }))).toEqual({ consent: COMMENT_CONSENT_MESSAGE });
    expect(issues(comment({ phone: "0912 345 678" }))).toEqual({ consent: COMMENT_CONSENT_MESSAGE });
    expect(issues(comment())).toEqual({});
    expect(issues(comment({ body: "x".repeat(100_000) }))).toEqual({ body: "Nội dung góp ý tối đa 5.000 ký tự." });
    expect(issues(comment({ body: `<b>${"x".repeat(50_000)}</b>` }))).toEqual({ body: "Nội dung góp ý tối đa 5.000 ký tự." });
    expect(issues(comment({ name: "", body: "" , email: "khong-phai-email" }))).toMatchObject({ name: expect.any(String), body: expect.any(String), email: expect.any(String), consent: COMMENT_CONSENT_MESSAGE });
    expect(issues(comment({ website: "http://spam.example" }))).toHaveProperty("website");
    for (const input of [comment({ email: "nam@example.vn" }), comment({ body: "x".repeat(100_000) }), comment({ website: "x" })]) {
      await expect(submitComment(db, A, draft.slug, input)).rejects.toThrow();
    }
    expect(await commentCount(draft.id)).toBe(0);

    const draftIssues = (input: DraftFormInput) => {
      const parsed = draftFormSchema.safeParse(input);
      return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    };
    expect(draftIssues(form(minute(60), minute(30)))).toEqual({ closesAt: "Thời điểm kết thúc phải sau thời điểm bắt đầu lấy ý kiến." });
    expect(draftIssues({ ...form(minute(60), minute(90)), opensAt: "31/02/2026" })).toHaveProperty("opensAt", "Ngày 31/02/2026 không có thật: tháng 2/2026 chỉ có 28 ngày.");
    expect(draftIssues({ ...form(minute(60), minute(90)), summary: "y".repeat(100_000) })).toHaveProperty("summary");
    expect(draftIssues({ ...form(minute(60), minute(90)), field: "Không có" })).toHaveProperty("field", "Vui lòng chọn lĩnh vực.");
  });

  it("keeps script in every field of a draft and a comment as inert text", async () => {
    for (const [i, { payload }] of XSS_VECTORS.entries()) {
      const draft = await newDraft(minute(-60), minute(600), {
        // Text first: an unclosed tag at the end swallows what follows it.
        title: `Dự thảo số ${i} ${payload}`,
        draftingUnit: `Phòng ${payload}`,
        summary: `Tóm tắt nội dung dự thảo thử nghiệm ${payload}`,
        waysToRespond: `Góp ý trên cổng ${payload}`,
        contactPerson: payload,
        moderated: "",
      });
      await submitComment(db, A, draft.slug, { name: `Tên ${payload}`, clause: payload, body: `Nội dung góp ý thử nghiệm ${payload}`, email: "", phone: "" });
      const page = (await findPublicDraft(db, A, draft.slug))!;
      expect(page.comments).toHaveLength(1);
      const markup = renderToStaticMarkup(
        createElement("div", null, createElement(PlainParagraphs, { text: page.summary }), createElement(PlainParagraphs, { text: page.waysToRespond }), createElement(DraftComments, { comments: page.comments.map((c) => ({ ...c, approved: true })) })),
      );
      expect(liveScriptFindings(markup), payload).toEqual([]);
    }
  });
});

describe("personal data", () => {
  it("exports a commenter's comments with the questions, and erases them from every table", async () => {
    const email = `gop-y-${driver}@example.vn`;
    const phone = "0900000888";
    const draft = await newDraft(minute(-60), minute(600));
    const approved = await submitComment(db, A, draft.slug, comment({ name: "Vũ Thị Hoa", email, phone, consent: "on", body: `Tôi là Vũ Thị Hoa, liên hệ ${phone} hoặc 0900 000 888 hay ${email}.` }));
    const pending = await submitComment(db, A, draft.slug, comment({ name: "Vũ Thị Hoa", phone, consent: "on" }));
    await moderateComment(db, staff.A.editor, approved.id, "approve");
    await askQuestion(db, A, { name: "Vũ Thị Hoa", email, phone: "", address: "", field: "Đất đai", title: "Hỏi về thủ tục cấp phép xây dựng", body: "Xin hỏi thủ tục cấp phép xây dựng nhà ở riêng lẻ cần những gì?" });

    const exported = await exportPersonData(db, staff.A.admin, { email, phone });
    expect(exported.draftComments.map((c) => c.id).sort()).toEqual([approved.id, pending.id].sort());
    expect(exported.draftComments.find((c) => c.id === approved.id)?.contact).toMatchObject({ email, phone });
    expect(exported.questions).toHaveLength(1);
    expect((await exportPersonData(db, staff.B.admin, { email, phone })).draftComments).toHaveLength(0);

    const result = await erasePersonData(db, staff.A.admin, { email, phone });
    expect(result.comments).toEqual({ deleted: 1, anonymised: 1, slugs: [draft.slug] });
    const leaks = (await everyRowAsText()).filter((r) => r.includes(email) || r.includes(phone) || r.includes("0900 000 888") || r.includes("Vũ Thị Hoa"));
    expect(leaks).toEqual([]);
    const page = (await findPublicDraft(db, A, draft.slug))!;
    expect(page.comments).toEqual([expect.objectContaining({ id: approved.id, authorName: "Ẩn danh" })]);
    expect((await exportPersonData(db, staff.A.admin, { email, phone })).draftComments).toHaveLength(0);
  });

  it("erases commenters' contacts past the retention period after closing, keeping the comment", async () => {
    const draft = await newDraft(minute(-600), minute(-300));
    await db.update(drafts).set({ opensAt: minute(-600), closesAt: minute(-300) }).where(eq(drafts.id, draft.id));
    const [row] = await db
      .insert(draftComments)
      .values({ siteId: A, draftId: draft.id, authorName: "Người góp ý", body: "Góp ý đã duyệt từ lâu.", state: "da_duyet", contactSealed: "v1.x", emailHash: "h", consentAt: minute(-500) })
      .returning({ id: draftComments.id });
    const sealedOf = async () => (await db.select({ sealed: draftComments.contactSealed }).from(draftComments).where(eq(draftComments.id, row!.id)))[0]!.sealed;
    await eraseExpiredDraftContacts(db, minute(-200), 1);
    expect(await sealedOf()).toBe("v1.x");
    expect(await eraseExpiredDraftContacts(db, new Date(Date.now() + 2 * 86_400_000), 1)).toBeGreaterThan(0);
    const [after] = await db.select({ sealed: draftComments.contactSealed, hash: draftComments.emailHash, body: draftComments.body }).from(draftComments).where(eq(draftComments.id, row!.id));
    expect(after).toEqual({ sealed: "", hash: null, body: "Góp ý đã duyệt từ lâu." });
  });
});

async function everyRowAsText(): Promise<string[]> {
  const tables = (await db.execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`)) as unknown;
  const list = (Array.isArray(tables) ? tables : (tables as { rows: { name: string }[] }).rows) as { name: string }[];
  const out: string[] = [];
  for (const { name } of list) {
    const result = (await db.execute(sql`select t::text as row from ${sql.identifier(name)} t`)) as unknown;
    const rows = (Array.isArray(result) ? result : (result as { rows: { row: string }[] }).rows) as { row: string }[];
    out.push(...rows.map((r) => `${name}: ${r.row}`));
  }
  return out;
}
