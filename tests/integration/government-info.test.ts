import { and, count, eq, inArray } from "drizzle-orm";
import { ZodError } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { budgetGrid, createDisclosure, deleteDisclosure, DisclosureRuleError, listDisclosures, listDisclosuresForAdmin, type DisclosureInput } from "@/db/disclosures";
import {
  createProcedure,
  deleteProcedure,
  getProcedureForAdmin,
  importProcedures,
  listProcedureFields,
  listProcedures,
  listProceduresForAdmin,
  nationalPortalUrl,
  PROCEDURE_CSV_COLUMNS,
  procedureSchema,
  updateProcedure,
  type ProcedureInput,
} from "@/db/procedures";
import {
  cancelScheduleEntry,
  createScheduleEntry,
  getScheduleEntryForAdmin,
  listScheduleEntries,
  listScheduleForAdmin,
  listScheduleLeaders,
  updateScheduleEntry,
  type ScheduleEntryInput,
} from "@/db/schedule";
import { auditLog, disclosures, procedures, scheduleEntries, scheduleEntryChanges, sites } from "@/db/schema";
import { ForbiddenError, type Actor, type Role } from "@/lib/auth/policy";
import { parseCsvImport } from "@/lib/csv-import";
import { vietnamDay } from "@/lib/format";
import { addDays, mondayOf } from "@/lib/schedule-week";
import { createActors, siteIdOf } from "../support/actors";
import { testDatabase } from "../support/test-db";

let db: Database;
const staff = {} as Record<"A" | "B", Record<Role, Actor>>;
const siteIds = {} as Record<"A" | "B", number>;
const removers: (() => Promise<void>)[] = [];
const anonymous = null as unknown as Actor;

const today = vietnamDay(new Date());
const entry = (over: Partial<ScheduleEntryInput> = {}): ScheduleEntryInput => ({
  day: `${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}`,
  startTime: "08:00",
  endTime: "09:30",
  leaders: "Nguyễn Thị Kiểm Thử, Chủ tịch UBND\nLê Văn Phụ",
  content: "Họp kiểm thử lịch công tác",
  place: "Phòng họp số 3",
  chair: "",
  participants: "Các phòng chuyên môn",
  preparingUnit: "Văn phòng",
  note: "",
  reason: "",
  ...over,
});
const procedure = (over: Partial<ProcedureInput> = {}): ProcedureInput => ({
  code: "9.900001",
  name: "Thủ tục kiểm thử cấp giấy xác nhận",
  field: "Lĩnh vực kiểm thử",
  level: "Một phần",
  processingTime: "05 ngày làm việc",
  fee: "Không",
  agency: "UBND kiểm thử",
  ...over,
});
const disclosure = (over: Partial<DisclosureInput> = {}): DisclosureInput => ({
  kind: "project",
  title: "Dự án kiểm thử",
  investor: "Ban kiểm thử",
  valueVnd: "1.250.000.000",
  startDate: "01/02/2026",
  endDate: "",
  status: "Đang thi công",
  link: "",
  publishedOn: "15/01/2026",
  year: "",
  stage: "",
  ...over,
});

beforeAll(async () => {
  db = (await testDatabase()).db;
  siteIds.A = await siteIdOf(db, "hung-ha");
  siteIds.B = await siteIdOf(db, "tan-hoa");
  for (const site of ["A", "B"] as const) {
    const made = await createActors(db, `gov-info-${site.toLowerCase()}`, siteIds[site]);
    staff[site] = made.actors;
    removers.push(made.remove);
  }
});

afterAll(async () => {
  const ids = [siteIds.A, siteIds.B];
  await db.delete(scheduleEntries).where(and(inArray(scheduleEntries.siteId, ids), inArray(scheduleEntries.content, ["Họp kiểm thử lịch công tác", "Họp kiểm thử đã sửa"])));
  await db.delete(procedures).where(and(inArray(procedures.siteId, ids), inArray(procedures.field, ["Lĩnh vực kiểm thử", "Lĩnh vực đã đổi"])));
  await db.delete(disclosures).where(and(inArray(disclosures.siteId, ids), inArray(disclosures.title, ["Dự án kiểm thử", "Dự toán kiểm thử"])));
  for (const remove of removers) await remove();
});

describe("demo content on every demo site", () => {
  it("has two weeks of schedule with a changed and a cancelled entry, 20 procedures, a budget grid with a missing stage, projects and procurement", async () => {
    const all = await db.select({ id: sites.id, slug: sites.slug }).from(sites);
    const monday = mondayOf(today);
    for (const site of all.filter((s) => ["hung-ha", "hung-yen", "tan-hoa"].includes(s.slug))) {
      const week = await listScheduleEntries(db, site.id, { from: monday, to: addDays(monday, 13) });
      expect(new Set(week.map((e) => (e.day < addDays(monday, 7) ? "this" : "next")))).toEqual(new Set(["this", "next"]));
      expect(week.filter((e) => e.cancelled)).toHaveLength(1);
      expect(week.filter((e) => e.changes.some((c) => c.kind === "change"))).toHaveLength(1);
      expect(week.every((e) => e.leaders.length > 0)).toBe(true);
      const list = await listProcedures(db, site.id);
      expect(list.filter((p) => p.field !== "Lĩnh vực kiểm thử")).toHaveLength(20);
      expect(list.every((p) => /^\d\.\d{6}$/.test(p.code))).toBe(true);
      expect((await listProcedureFields(db, site.id)).length).toBeGreaterThanOrEqual(8);
      const grid = budgetGrid(await listDisclosures(db, site.id, { kind: "budget" }));
      expect(grid.years).toHaveLength(2);
      expect(grid.rows.flatMap((r) => r.cells).filter((c) => !c.report).length).toBeGreaterThanOrEqual(1);
      const rest = await listDisclosures(db, site.id);
      expect(rest.some((d) => d.kind === "project")).toBe(true);
      expect(rest.some((d) => d.kind === "procurement")).toBe(true);
    }
  });
});

describe("who may do what, on which site", () => {
  type Call = (actor: Actor, site: "A" | "B") => Promise<unknown>;
  const rows: [string, Call][] = [
    ["listScheduleForAdmin", (a) => listScheduleForAdmin(db, a, { from: today, to: today })],
    ["createScheduleEntry", (a) => createScheduleEntry(db, a, entry())],
    ["listProceduresForAdmin", (a) => listProceduresForAdmin(db, a)],
    ["createProcedure", (a) => createProcedure(db, a, procedure({ code: `9.9${String(a?.id ?? 0).padStart(5, "0")}` }))],
    ["importProcedures", (a) => importProcedures(db, a, [{ row: 2, input: procedureSchema.parse(procedure({ code: `9.8${String(a?.id ?? 0).padStart(5, "0")}` })) }])],
    ["listDisclosuresForAdmin", (a) => listDisclosuresForAdmin(db, a)],
    ["createDisclosure", (a) => createDisclosure(db, a, disclosure())],
  ];
  for (const [name, call] of rows) {
    it(`${name}: editors and admins of the site may, authors and anonymous may not`, async () => {
      for (const site of ["A", "B"] as const) {
        await expect(call(anonymous, site)).rejects.toBeInstanceOf(ForbiddenError);
        await expect(call(staff[site].author, site)).rejects.toBeInstanceOf(ForbiddenError);
        await expect(call(staff[site].editor, site)).resolves.toBeDefined();
        await expect(call(staff[site].admin, site)).resolves.toBeDefined();
      }
    });
  }

  it("rows of another site do not exist for a site's staff (read, edit, cancel, delete)", async () => {
    const entryB = await createScheduleEntry(db, staff.B.editor, entry());
    const procedureB = await createProcedure(db, staff.B.editor, procedure({ code: "9.700001" }));
    const disclosureB = await createDisclosure(db, staff.B.editor, disclosure());
    const before = await db.select({ n: count() }).from(auditLog);
    for (const role of ["admin", "editor"] as const) {
      const actor = staff.A[role];
      expect(await getScheduleEntryForAdmin(db, actor, entryB)).toBeNull();
      await expect(updateScheduleEntry(db, actor, entryB, entry({ content: "Họp kiểm thử đã sửa" }))).rejects.toThrow("Không tìm thấy lịch công tác.");
      await expect(cancelScheduleEntry(db, actor, entryB, { reason: "Thử hủy" })).rejects.toThrow("Không tìm thấy lịch công tác.");
      expect(await getProcedureForAdmin(db, actor, procedureB.id)).toBeNull();
      await expect(updateProcedure(db, actor, procedureB.id, procedure({ code: "9.700001" }))).rejects.toThrow("Không tìm thấy thủ tục hành chính.");
      await expect(deleteProcedure(db, actor, procedureB.id)).rejects.toThrow("Không tìm thấy thủ tục hành chính.");
      await expect(deleteDisclosure(db, actor, disclosureB)).rejects.toThrow("Không tìm thấy mục công khai.");
    }
    for (const call of [
      () => updateScheduleEntry(db, staff.B.author, entryB, entry()),
      () => cancelScheduleEntry(db, staff.B.author, entryB, { reason: "x" }),
      () => getScheduleEntryForAdmin(db, staff.B.author, entryB),
      () => updateProcedure(db, staff.B.author, procedureB.id, procedure()),
      () => deleteProcedure(db, staff.B.author, procedureB.id),
      () => getProcedureForAdmin(db, staff.B.author, procedureB.id),
      () => deleteDisclosure(db, staff.B.author, disclosureB),
    ]) {
      await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.select({ n: count() }).from(auditLog)).toEqual(before);
    expect((await getScheduleEntryForAdmin(db, staff.B.editor, entryB))!.content).toBe("Họp kiểm thử lịch công tác");
  });
});

describe("the leaders' schedule", () => {
  it("logs what changed with the reason, bumps SEQUENCE, and keeps a cancelled entry visible with its reason", async () => {
    const editor = staff.A.editor;
    const id = await createScheduleEntry(db, editor, entry());
    const created = (await getScheduleEntryForAdmin(db, editor, id))!;
    expect(created.leaders).toEqual([
      { name: "Nguyễn Thị Kiểm Thử", position: "Chủ tịch UBND", slug: "nguyen-thi-kiem-thu" },
      { name: "Lê Văn Phụ", position: "", slug: "le-van-phu" },
    ]);
    expect(created.sequence).toBe(0);

    // Saving it unchanged changes nothing readers see.
    expect(await updateScheduleEntry(db, editor, id, entry())).toEqual({ changed: false });
    expect((await db.select({ n: count() }).from(scheduleEntryChanges).where(eq(scheduleEntryChanges.entryId, id)))[0]!.n).toBe(0);

    await updateScheduleEntry(db, editor, id, entry({ startTime: "14:00", endTime: "", place: "Hội trường", reason: "Trùng lịch họp của tỉnh" }));
    const changed = (await getScheduleEntryForAdmin(db, editor, id))!;
    expect(changed.sequence).toBe(1);
    expect(changed.changes).toHaveLength(1);
    expect(changed.changes[0]!.summary).toBe("Trùng lịch họp của tỉnh (giờ 08:00–09:30 → 14:00; địa điểm: Phòng họp số 3 → Hội trường)");

    await expect(cancelScheduleEntry(db, editor, id, { reason: "   " })).rejects.toBeInstanceOf(ZodError);
    await cancelScheduleEntry(db, editor, id, { reason: "Lãnh đạo đi công tác tỉnh" });
    const cancelled = (await listScheduleEntries(db, siteIds.A, { from: today, to: today })).find((e) => e.id === id)!;
    expect(cancelled).toMatchObject({ cancelled: true, cancelReason: "Lãnh đạo đi công tác tỉnh", sequence: 2 });
    await expect(updateScheduleEntry(db, editor, id, entry())).rejects.toThrow(/đã bị hủy/);
    await expect(cancelScheduleEntry(db, editor, id, { reason: "Lần nữa" })).rejects.toThrow(/đã được hủy/);

    const audit = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, "schedule_entry"), eq(auditLog.entityId, String(id))));
    expect(audit.map((a) => a.action).sort()).toEqual(["schedule.cancel", "schedule.create", "schedule.update"]);
  });

  it("filters by leader and lists the leaders", async () => {
    const monday = mondayOf(today);
    const leaders = await listScheduleLeaders(db, siteIds.A);
    expect(leaders.length).toBeGreaterThanOrEqual(3);
    const one = leaders[0]!;
    const list = await listScheduleEntries(db, siteIds.A, { from: monday, to: addDays(monday, 13), leader: one.slug });
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((e) => e.leaders.some((l) => l.slug === one.slug))).toBe(true);
  });

  it("refuses impossible dates and times with a Vietnamese message and writes nothing", async () => {
    const before = await db.select({ n: count() }).from(scheduleEntries);
    for (const [input, message] of [
      [entry({ day: "31/02/2026" }), "Ngày 31/02/2026 không có thật: tháng 2/2026 chỉ có 28 ngày."],
      [entry({ startTime: "25:00" }), /Giờ 25:00 không hợp lệ/],
      [entry({ startTime: "10:00", endTime: "09:00" }), "Giờ kết thúc phải sau giờ bắt đầu."],
      [entry({ leaders: "  \n " }), /ít nhất một lãnh đạo/],
      [entry({ content: "<script></script>" }), "Vui lòng nhập nội dung công việc."],
    ] as const) {
      const error = await createScheduleEntry(db, staff.A.editor, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ZodError);
      const messages = (error as ZodError).issues.map((i) => i.message);
      expect(messages.some((m) => (typeof message === "string" ? m === message : message.test(m))), messages.join(" | ")).toBe(true);
    }
    expect(await db.select({ n: count() }).from(scheduleEntries)).toEqual(before);
  });
});

describe("administrative procedures", () => {
  it("are found without accents, by code and by field, and link to the national portal by their code", async () => {
    const khaiSinh = await listProcedures(db, siteIds.A, { q: "dang ky khai sinh" });
    expect(khaiSinh.map((p) => p.name)).toEqual(["Đăng ký khai sinh"]);
    expect(khaiSinh[0]!.portalUrl).toBe("https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193");
    expect(nationalPortalUrl("2.000123")).toMatch(/ma_thu_tuc=2\.000123$/);
    expect((await listProcedures(db, siteIds.A, { q: "Kết HÔN" })).map((p) => p.code)).toEqual(["1.000894"]);
    expect((await listProcedures(db, siteIds.A, { q: "1.001193" })).map((p) => p.code)).toEqual(["1.001193"]);
    expect(await listProcedures(db, siteIds.A, { q: "100%_" })).toEqual([]);
    const hoTich = await listProcedures(db, siteIds.A, { field: "ho-tich" });
    expect(hoTich.length).toBe(5);
    expect(hoTich.every((p) => p.field === "Hộ tịch")).toBe(true);
    // Another site's procedures are its own.
    const mine = await createProcedure(db, staff.B.editor, procedure({ code: "9.600001", name: "Thủ tục riêng của xã kiểm thử" }));
    expect(await listProcedures(db, siteIds.A, { q: "rieng cua xa kiem thu" })).toEqual([]);
    expect((await listProcedures(db, siteIds.B, { q: "rieng cua xa kiem thu" })).map((p) => p.id)).toEqual([mine.id]);
  });

  it("keep codes unique per site and URLs stable across edits", async () => {
    const editor = staff.A.editor;
    const { id, slug } = await createProcedure(db, editor, procedure({ code: "9.500001", name: "Cấp giấy kiểm thử ổn định" }));
    await expect(createProcedure(db, editor, procedure({ code: "9.500001" }))).rejects.toThrow("Mã TTHC 9.500001 đã có trong danh sách.");
    const saved = await updateProcedure(db, editor, id, procedure({ code: "9.500001", name: "Cấp giấy kiểm thử đổi tên", field: "Lĩnh vực đã đổi" }));
    expect(saved.slug).toBe(slug);
    expect(saved.fieldSlugs).toEqual(["linh-vuc-kiem-thu", "linh-vuc-da-doi"]);
    await expect(createProcedure(db, editor, procedure({ code: "1-2345" }))).rejects.toBeInstanceOf(ZodError);
    await expect(createProcedure(db, editor, procedure({ code: "9.500002", level: "Mức 5" }))).rejects.toBeInstanceOf(ZodError);
    await deleteProcedure(db, editor, id);
    expect(await getProcedureForAdmin(db, editor, id)).toBeNull();
  });

  it("import from CSV all or nothing: one bad row imports nothing and names the row; a code twice is refused", async () => {
    const header = PROCEDURE_CSV_COLUMNS.map((c) => c.header).join(",");
    const bad = `${header}\n9.400001,Thủ tục nhập một,Lĩnh vực kiểm thử,Toàn trình,1 ngày,Không,UBND\n9.400002,Thủ tục nhập hai,Lĩnh vực kiểm thử,Mức 9,1 ngày,Không,UBND\n`;
    const parsed = parseCsvImport(bad, PROCEDURE_CSV_COLUMNS, procedureSchema);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toEqual([{ row: 3, messages: ["Mức độ phải là một trong: Toàn trình, Một phần, Trực tiếp."] }]);

    const twice = parseCsvImport(`${header}\n9.400003,Thủ tục A,Lĩnh vực kiểm thử,Toàn trình,,,\n9.400003,Thủ tục B,Lĩnh vực kiểm thử,Một phần,,,\n`, PROCEDURE_CSV_COLUMNS, procedureSchema);
    if (!twice.ok) throw new Error("expected to parse");
    const refused = await importProcedures(db, staff.A.editor, twice.rows.map((input, i) => ({ row: i + 2, input })));
    expect(refused).toMatchObject({ ok: false, errors: [{ row: 3, messages: ["Mã TTHC 9.400003 trùng với dòng 2."] }] });
    expect(await listProcedures(db, siteIds.A, { q: "9.400003" })).toEqual([]);

    const good = parseCsvImport(`${header}\n9.400004,Thủ tục nhập mới,Lĩnh vực kiểm thử,Toàn trình,,,\n1.001193,Đăng ký khai sinh,Hộ tịch,Toàn trình,Ngay trong ngày làm việc,Miễn lệ phí,UBND\n`, PROCEDURE_CSV_COLUMNS, procedureSchema);
    if (!good.ok) throw new Error("expected to parse");
    expect(await importProcedures(db, staff.A.editor, good.rows.map((input, i) => ({ row: i + 2, input })))).toMatchObject({ ok: true, created: 1, updated: 1, slugs: ["thu-tuc-nhap-moi", "dang-ky-khai-sinh"] });
    expect((await listProcedures(db, siteIds.A, { q: "nhap moi" })).map((p) => p.code)).toEqual(["9.400004"]);
  });
});

describe("disclosures", () => {
  it("keep one report per budget cell and refuse hostile values", async () => {
    const editor = staff.A.editor;
    const grid = budgetGrid(await listDisclosures(db, siteIds.A, { kind: "budget" }));
    const missing = grid.rows.flatMap((r) => r.cells.map((c) => ({ year: r.year, ...c }))).find((c) => !c.report)!;
    const taken = grid.rows.flatMap((r) => r.cells.map((c) => ({ year: r.year, ...c }))).find((c) => c.report)!;
    await expect(createDisclosure(db, editor, disclosure({ kind: "budget", title: "Dự toán kiểm thử", year: String(taken.year), stage: taken.stage.key }))).rejects.toBeInstanceOf(DisclosureRuleError);
    const id = await createDisclosure(db, editor, disclosure({ kind: "budget", title: "Dự toán kiểm thử", year: String(missing.year), stage: missing.stage.key }));
    const after = budgetGrid(await listDisclosures(db, siteIds.A, { kind: "budget" }));
    expect(after.rows.find((r) => r.year === missing.year)!.cells.find((c) => c.stage.key === missing.stage.key)!.report!.id).toBe(id);
    await deleteDisclosure(db, editor, id);

    for (const input of [disclosure({ valueVnd: "'; drop table disclosures; --" }), disclosure({ publishedOn: "31/02/2026" }), disclosure({ link: "javascript:alert(1)" }), disclosure({ kind: "budget", year: "", stage: "" })]) {
      await expect(createDisclosure(db, editor, input)).rejects.toBeInstanceOf(ZodError);
    }
    const project = await createDisclosure(db, editor, disclosure());
    const saved = (await listDisclosures(db, siteIds.A, { kind: "project" })).find((d) => d.id === project)!;
    expect(saved).toMatchObject({ valueVnd: 1_250_000_000, startDate: "2026-02-01", endDate: null, publishedOn: "2026-01-15", year: null, stage: null });
  });
});
