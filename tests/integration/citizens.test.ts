import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPublishedArticles } from "@/db/articles";
import type { Database } from "@/db/client";
import { listDaysOff, saveDaysOff, type DayOff } from "@/db/holidays";
import {
  askQuestion,
  assignQuestion,
  eraseExpiredContacts,
  erasePersonData,
  exportPersonData,
  findPublishedQuestion,
  findQuestionByCode,
  getQuestionForStaff,
  listPublishedQuestions,
  listQuestionQueue,
  markSpam,
  publishAnswer,
  questionDeadlines,
  rejectQuestion,
  saveAnswer,
  sendBackAnswer,
  viewContact,
} from "@/db/questions";
import { getRatingReport, ratePage, resolveRatedPage } from "@/db/ratings";
import { auditLog, pageRatings, questions } from "@/db/schema";
import { ForbiddenError, ROLES, type Actor, type Role } from "@/lib/auth/policy";
import { askQuestionSchema, CONSENT_MESSAGE, CONTACT_MESSAGE } from "@/lib/questions";
import { addWorkingDays, vietnamToday } from "@/lib/working-days";
import { createPlatformAdmin, createStaffOfTwoSites, defaultSiteId, siteIdOf } from "../support/actors";
import { testDatabase } from "../support/test-db";

let db: Database;
let driver: string;
let A: number;
let B: number;
const staff = {} as Record<"A" | "B", Record<Role, Actor>>;
let platform: Actor;
const removers: (() => Promise<void>)[] = [];
let savedDaysOff: DayOff[];

beforeAll(async () => {
  const handle = await testDatabase();
  db = handle.db;
  driver = handle.driver;
  A = await defaultSiteId(db);
  B = await siteIdOf(db, "tan-hoa");
  const made = await createStaffOfTwoSites(db, "citizens", { A, B });
  Object.assign(staff, made.staff);
  removers.push(made.remove);
  const admin = await createPlatformAdmin(db, "citizens", A);
  platform = admin.actor;
  removers.push(admin.remove);
  savedDaysOff = await listDaysOff(db);
});

afterAll(async () => {
  await saveDaysOff(db, platform, savedDaysOff);
  for (const remove of removers) await remove();
});

const ask = (overrides: Partial<Parameters<typeof askQuestion>[2]> = {}, site = A, now?: Date) =>
  askQuestion(
    db,
    site,
    {
      name: "Đỗ Thị Hạnh",
      email: `hanh-${driver}@example.vn`,
      phone: "0900000555",
      address: "Thôn Đông, xã Tân Hòa",
      field: "Đất đai",
      title: "Hỏi về thủ tục tách thửa đất ở",
      body: "Gia đình tôi muốn tách thửa đất ở cho con. Xin hỏi điều kiện và hồ sơ cần những gì?",
      ...overrides,
    },
    now,
  );

/** Every text column of every table, as one string per row: where personal data could hide. */
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

describe("page ratings", () => {
  it("resolves a site's own article, a fixed section, and nothing else", async () => {
    const [article] = await listPublishedArticles(db, A, { limit: 1 });
    const page = await resolveRatedPage(db, A, `/bai-viet/${article!.slug}`);
    expect(page).toMatchObject({ title: article!.title, section: article!.categoryName });
    expect(await resolveRatedPage(db, B, `/bai-viet/${article!.slug}`)).toBeNull();
    expect(await resolveRatedPage(db, A, "/hoi-dap")).toMatchObject({ section: "Hỏi đáp" });
    expect(await resolveRatedPage(db, A, "/khong-co-trang-nay")).toBeNull();
  });

  it("counts one rating per visitor per page, even sent at once, and stores nothing identifying", async () => {
    const [article] = await listPublishedArticles(db, A, { limit: 1, offset: 2 });
    const page = (await resolveRatedPage(db, A, `/bai-viet/${article!.slug}`))!;
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => ratePage(db, { siteId: A, page, score: 2, comment: "", voterHash: `${driver}-one-visitor` })));
    expect(outcomes.filter((o) => o === "counted")).toHaveLength(1);
    expect(await ratePage(db, { siteId: A, page, score: 5, comment: "Rõ ràng", voterHash: `${driver}-another` })).toBe("counted");
    const rows = await db.select().from(pageRatings).where(and(eq(pageRatings.siteId, A), eq(pageRatings.path, page.path)));
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0]!).sort()).toEqual(["comment", "createdAt", "id", "path", "score", "section", "siteId", "title", "voterHash"]);
  });

  it("reports pages and sections lowest first, to editors and admins only, for their own site", async () => {
    const [good, bad] = await listPublishedArticles(db, A, { limit: 2, offset: 4 });
    const goodPage = (await resolveRatedPage(db, A, `/bai-viet/${good!.slug}`))!;
    const badPage = (await resolveRatedPage(db, A, `/bai-viet/${bad!.slug}`))!;
    for (let i = 0; i < 3; i++) {
      await ratePage(db, { siteId: A, page: goodPage, score: 5, comment: "", voterHash: `${driver}-good-${i}` });
      await ratePage(db, { siteId: A, page: badPage, score: 1, comment: i === 0 ? "Thiếu số điện thoại liên hệ" : "", voterHash: `${driver}-bad-${i}` });
    }
    const report = await getRatingReport(db, staff.A.editor);
    const paths = report.pages.map((p) => p.key);
    expect(paths.indexOf(badPage.path)).toBeLessThan(paths.indexOf(goodPage.path));
    expect(report.pages.find((p) => p.key === badPage.path)).toMatchObject({ average: 1, unhelpful: 3 });
    const averages = report.sections.map((s) => s.average);
    expect(averages).toEqual([...averages].sort((a, b) => a - b));
    expect(report.comments.some((c) => c.comment === "Thiếu số điện thoại liên hệ")).toBe(true);
    expect(report.weeks.length).toBeGreaterThan(0);
    for (const role of ROLES) {
      if (role === "author") await expect(getRatingReport(db, staff.A[role])).rejects.toBeInstanceOf(ForbiddenError);
      else await expect(getRatingReport(db, staff.A[role])).resolves.toBeTruthy();
    }
    const other = await getRatingReport(db, staff.B.admin);
    expect(other.pages.map((p) => p.key)).not.toContain(badPage.path);
  });
});

describe("asking", () => {
  it("refuses bad input with Vietnamese messages", () => {
    const base = { name: "Vũ Văn Nam", email: "nam@example.vn", phone: "", address: "", field: "Đất đai", title: "Một câu hỏi đủ dài", body: "Nội dung câu hỏi đủ dài để gửi đi.", consent: "on" };
    expect(askQuestionSchema.safeParse(base).success).toBe(true);
    const issues = (input: Record<string, unknown>) => askQuestionSchema.safeParse(input).error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`) ?? [];
    expect(issues({ ...base, consent: undefined })).toEqual([`consent: ${CONSENT_MESSAGE}`]);
    expect(issues({ ...base, email: "" })).toEqual([`email: ${CONTACT_MESSAGE}`]);
    expect(issues({ ...base, body: "x".repeat(100_000) })[0]).toMatch(/^body: Nội dung câu hỏi tối đa 5\.000 ký tự\./);
    expect(issues({ ...base, phone: "12345" })[0]).toMatch(/^phone: Số điện thoại không hợp lệ/);
    expect(issues({ ...base, website: "http://spam.example" })).toEqual(["website: Không gửi được câu hỏi."]);
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const parsed = askQuestionSchema.parse({ ...base, name: `Vũ Nam${script}`, title: `Tiêu đề câu hỏi ${script}`, body: `Nội dung câu hỏi dài ${script}` });
    expect(JSON.stringify(parsed)).not.toMatch(/<script|onerror|<img/);
  });

  it("seals the contact, gives a tracking code, and counts the due date in working days", async () => {
    // Friday 4 December 2026; a day off on Monday 7 December moves the due date one more day.
    await saveDaysOff(db, platform, [...savedDaysOff, { day: "2026-12-07", name: "Ngày nghỉ thử" }]);
    const friday = new Date("2026-12-04T03:00:00Z");
    const asked = await ask({}, A, friday);
    expect(asked.trackingCode).toMatch(/^[A-HJ-NP-Z2-9]{12}$/);
    expect(asked.dueOn).toBe(addWorkingDays("2026-12-04", 15, new Set(["2026-12-07"])));
    expect(asked.dueOn).toBe("2026-12-28");
    const [row] = await db.select().from(questions).where(eq(questions.id, asked.id));
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(`hanh-${driver}@example.vn`);
    expect(stored).not.toContain("0900000555");
    expect(stored).not.toContain("Đỗ Thị Hạnh");
    expect(row!.askerInitials).toBe("Đ.T.H.");
    const tracked = await findQuestionByCode(db, A, asked.trackingCode);
    expect(tracked).toMatchObject({ state: "moi", stateLabel: "Mới", answer: "" });
    expect(await findQuestionByCode(db, B, asked.trackingCode)).toBeNull();
  });
});

describe("the workflow", () => {
  it("assign → answer → review → publish; the reader sees initials only", async () => {
    const { id, trackingCode } = await ask({ title: `Hỏi về giờ làm việc bộ phận một cửa ${driver}` });
    const { author, editor } = staff.A;
    await assignQuestion(db, author, id, { unitName: "Văn phòng HĐND và UBND" });
    expect((await getQuestionForStaff(db, author, id))!.state).toBe("da_phan_cong");
    await saveAnswer(db, author, id, { answer: "Bộ phận Một cửa làm việc từ thứ Hai đến thứ Sáu.", submit: true });
    expect((await getQuestionForStaff(db, author, id))!.state).toBe("cho_duyet");
    await expect(publishAnswer(db, author, id)).rejects.toBeInstanceOf(ForbiddenError);
    await sendBackAnswer(db, editor, id);
    expect((await getQuestionForStaff(db, author, id))!.state).toBe("dang_xu_ly");
    await saveAnswer(db, author, id, { answer: "Bộ phận Một cửa làm việc từ thứ Hai đến thứ Sáu, sáng từ 7 giờ 30.", submit: true });
    const published = await publishAnswer(db, editor, id);
    expect(published.contact?.email).toBe(`hanh-${driver}@example.vn`);
    const page = await findPublishedQuestion(db, A, published.slug);
    expect(page).toMatchObject({ askerInitials: "Đ.T.H.", unitName: "Văn phòng HĐND và UBND" });
    expect(JSON.stringify(page)).not.toMatch(/hanh-|0900000555|Đỗ Thị Hạnh/);
    expect((await findQuestionByCode(db, A, trackingCode))!.answer).toContain("7 giờ 30");
    const search = await listPublishedQuestions(db, A, { query: "gio lam viec mot cua", field: "Đất đai" });
    expect(search.items.map((q) => q.slug)).toContain(published.slug);
    expect((await listPublishedQuestions(db, A, { field: "Giáo dục", query: "gio lam viec mot cua" })).items).toHaveLength(0);
    expect(await findPublishedQuestion(db, B, published.slug)).toBeNull();
  });

  it("logs every view of a contact, and refuses other sites' questions", async () => {
    const { id } = await ask();
    const contact = await viewContact(db, staff.A.author, id, "10.1.1.1");
    expect(contact).toMatchObject({ name: "Đỗ Thị Hạnh", phone: "0900000555" });
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, "question.view_contact"), eq(auditLog.entityId, String(id))));
    expect(entry).toMatchObject({ userId: staff.A.author.id, siteId: A, ip: "10.1.1.1" });
    expect(entry!.summary).not.toMatch(/hanh|0900000555/);
    for (const role of ROLES) {
      await expect(viewContact(db, staff.B[role], id)).rejects.toThrow("Không tìm thấy câu hỏi.");
      await expect(assignQuestion(db, staff.B[role], id, { unitName: "Đơn vị khác" })).rejects.toThrow("Không tìm thấy câu hỏi.");
      expect(await getQuestionForStaff(db, staff.B[role], id)).toBeNull();
      expect((await listQuestionQueue(db, staff.B[role])).map((q) => q.id)).not.toContain(id);
    }
  });

  it("grants by role: staff handle, editors publish and refuse, admins handle personal data", async () => {
    const matrix: Record<Role, { handle: boolean; publish: boolean; personal: boolean }> = {
      admin: { handle: true, publish: true, personal: true },
      editor: { handle: true, publish: true, personal: false },
      author: { handle: true, publish: false, personal: false },
    };
    for (const role of ROLES) {
      const actor = staff.A[role];
      const { id } = await ask({ email: `matrix-${role}-${driver}@example.vn`, phone: "" });
      const expectAllowed = async (allowed: boolean, call: () => Promise<unknown>) => (allowed ? await expect(call()).resolves.not.toThrow() : await expect(call()).rejects.toBeInstanceOf(ForbiddenError));
      await expectAllowed(matrix[role].handle, () => listQuestionQueue(db, actor));
      await expectAllowed(matrix[role].publish, () => rejectQuestion(db, actor, id, { reason: "Không thuộc thẩm quyền giải quyết." }));
      await expectAllowed(matrix[role].personal, () => exportPersonData(db, actor, { email: `matrix-${role}-${driver}@example.vn` }));
      await expectAllowed(matrix[role].personal, () => erasePersonData(db, actor, { email: `matrix-${role}-${driver}@example.vn` }));
    }
    // A platform admin may do it all on any site.
    const { id } = await ask({}, B);
    await expect(markSpam(db, { ...platform, siteId: B }, id)).resolves.toBeUndefined();
    const [spam] = await db.select({ spam: questions.spam, sealed: questions.contactSealed }).from(questions).where(eq(questions.id, id));
    expect(spam).toEqual({ spam: true, sealed: "" });
  });

  it("shows late questions on the dashboard", async () => {
    const longAgo = new Date(Date.now() - 40 * 86_400_000);
    const { id, dueOn } = await ask({ title: `Câu hỏi đã quá hạn trả lời ${driver}` }, A, longAgo);
    expect(dueOn < vietnamToday()).toBe(true);
    const deadlines = await questionDeadlines(db, staff.A.author);
    expect(deadlines.late.map((q) => q.id)).toContain(id);
    expect((await listQuestionQueue(db, staff.A.editor)).find((q) => q.id === id)).toMatchObject({ late: true });
    expect((await questionDeadlines(db, staff.B.admin)).late.map((q) => q.id)).not.toContain(id);
  });
});

describe("personal data", () => {
  it("exports one person's questions, then erases them from every table", async () => {
    const email = `xoa-${driver}@example.vn`;
    const phone = "0900000777";
    const unanswered = await ask({ email, phone, name: "Bùi Văn Tâm", body: `Tôi là Bùi Văn Tâm, gọi ${phone} hoặc 0900 000 777 hay viết cho ${email} giúp tôi nhé.` });
    const answered = await ask({ email: "", phone, name: "Bùi Văn Tâm", title: `Câu hỏi sẽ được ẩn danh ${driver}` });
    await saveAnswer(db, staff.A.author, answered.id, { answer: "Trả lời cho câu hỏi sẽ được ẩn danh.", submit: true });
    const published = await publishAnswer(db, staff.A.editor, answered.id);
    await viewContact(db, staff.A.admin, unanswered.id);

    const exported = await exportPersonData(db, staff.A.admin, { email, phone: "0900 000 777" });
    expect(exported.questions.map((q) => q.id).sort()).toEqual([unanswered.id, answered.id].sort());
    expect(exported.questions[0]!.contact?.phone).toBe(phone);
    expect((await exportPersonData(db, staff.B.admin, { phone })).questions).toHaveLength(0);

    const result = await erasePersonData(db, staff.A.admin, { email, phone });
    expect(result).toEqual({ deleted: 1, anonymised: [published.slug], comments: { deleted: 0, anonymised: 0, slugs: [] } });
    const rows = await everyRowAsText();
    const leaks = rows.filter((r) => r.includes(email) || r.includes(phone) || r.includes("0900 000 777") || r.includes("Bùi Văn Tâm"));
    expect(leaks).toEqual([]);
    const page = await findPublishedQuestion(db, A, published.slug);
    expect(page).toMatchObject({ askerInitials: "Ẩn danh" });
    expect((await exportPersonData(db, staff.A.admin, { email, phone })).questions).toHaveLength(0);
  });

  it("erases contacts past the retention period, keeping the question", async () => {
    const { id } = await ask({ email: `het-han-${driver}@example.vn` });
    await rejectQuestion(db, staff.A.editor, id, { reason: "Câu hỏi trùng với câu hỏi đã trả lời." });
    const later = new Date(Date.now() + 400 * 86_400_000);
    expect(await eraseExpiredContacts(db, later, 365)).toBeGreaterThan(0);
    const [row] = await db.select({ sealed: questions.contactSealed, hash: questions.emailHash, title: questions.title }).from(questions).where(eq(questions.id, id));
    expect(row).toMatchObject({ sealed: "", hash: null, title: "Hỏi về thủ tục tách thửa đất ở" });
  });
});
