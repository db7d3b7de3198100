import { and, asc, eq } from "drizzle-orm";
import sharp from "sharp";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { uploadMedia } from "@/db/media";
import { auditLog, leaders, media, orgUnits, settings } from "@/db/schema";
import { clearSuspension, getStatement, getStoredMenu, getSuspension, getSuspensionForAdmin, saveMenu, saveStatement, saveSuspension } from "@/db/site-pages";
import {
  createLeader,
  createUnit,
  deleteLeader,
  deleteUnit,
  getPublicIntro,
  getStoredIntro,
  listLeadersForAdmin,
  listPublicLeaders,
  listPublicUnits,
  listUnitsForAdmin,
  moveLeader,
  moveUnit,
  saveIntro,
  unitLastUpdated,
  updateLeader,
  updateUnit,
} from "@/db/unit-info";
import { UserRuleError } from "@/db/users";
import { can, ForbiddenError, type Actor, type Permission, type Role } from "@/lib/auth/policy";
import { vietnamTime } from "@/lib/format";
import { createActors, siteIdOf } from "../support/actors";
import { snapshotDatabase } from "../support/db-snapshot";
import { testDatabase } from "../support/test-db";

// The unit's data functions (leaders, units, Giới thiệu texts) and the pages around them
// (menu, statements, suspension notice), each called by every role of site A on its own
// site, against site B's rows, and anonymously; the seed's demo content included.

let db: Database;
let A: number;
let B: number;
const staff = {} as Record<"A" | "B", Record<Role, Actor>>;
const removers: (() => Promise<void>)[] = [];
let platform: Actor;
let uploads: string;
const fx = {} as Record<"A" | "B", { leader: number; unit: number; photo: number }>;

const leader = (name: string) => ({ name, title: "Phó Chủ tịch UBND", term: "2021 – 2026", phone: "0221 3862 100", email: "pct@tanhoa.example.vn", current: "on" as unknown, photoMediaId: null as unknown, unitId: null as unknown });
const unit = (name: string) => ({ name, kind: "phong" as const, functions: "Tham mưu tổng hợp.", parentId: null as unknown });

beforeAll(async () => {
  db = (await testDatabase()).db;
  A = await siteIdOf(db, "tan-hoa");
  B = await siteIdOf(db, "dong-kinh");
  uploads = await mkdtemp(path.join(os.tmpdir(), "unit-uploads-"));
  process.env.UPLOADS_DIR = uploads;
  for (const [site, id] of [["A", A], ["B", B]] as const) {
    const made = await createActors(db, `unit-${site.toLowerCase()}`, id);
    staff[site] = made.actors;
    removers.push(made.remove);
    const image = await sharp({ create: { width: 40, height: 50, channels: 3, background: { r: 9, g: 8, b: 7 } } }).png().toBuffer();
    fx[site] = {
      leader: (await createLeader(db, made.actors.editor, leader(`Lãnh đạo thử ${site}`))).id,
      unit: (await createUnit(db, made.actors.editor, unit(`Đơn vị thử ${site}`))).id,
      photo: (await uploadMedia(db, made.actors.editor, image, `chan-dung-${site}.png`)).id,
    };
  }
  platform = { ...staff.A.admin, id: staff.A.admin.id, platformAdmin: true, role: null };
});

afterAll(async () => {
  for (const site of [A, B]) {
    await db.delete(leaders).where(and(eq(leaders.siteId, site), eq(leaders.email, "pct@tanhoa.example.vn")));
    await db.delete(settings).where(and(eq(settings.siteId, site), eq(settings.key, "suspension")));
    await db.delete(settings).where(and(eq(settings.siteId, site), eq(settings.key, "menu")));
  }
  for (const remove of removers) await remove();
  await rm(uploads, { recursive: true, force: true });
  delete process.env.UPLOADS_DIR;
});

type Op = {
  name: string;
  permission: Permission;
  /** A call on the actor's own site ("own") or naming the other site's rows ("other"). */
  call: (actor: Actor, ids: (typeof fx)["A"]) => Promise<unknown>;
  namesRows: boolean;
};

const future = (days: number) => new Date(Date.now() + days * 86_400_000);

const OPS: Op[] = [
  { name: "listLeadersForAdmin", permission: "unit.manage", namesRows: false, call: (a) => listLeadersForAdmin(db, a) },
  { name: "createLeader", permission: "unit.manage", namesRows: true, call: (a, f) => createLeader(db, a, { ...leader("Người mới"), photoMediaId: f.photo }) },
  { name: "updateLeader", permission: "unit.manage", namesRows: true, call: (a, f) => updateLeader(db, a, f.leader, { ...leader("Đổi tên"), unitId: f.unit }) },
  { name: "moveLeader", permission: "unit.manage", namesRows: true, call: (a, f) => moveLeader(db, a, f.leader, "up") },
  { name: "deleteLeader", permission: "unit.manage", namesRows: true, call: (a, f) => deleteLeader(db, a, f.leader) },
  { name: "listUnitsForAdmin", permission: "unit.manage", namesRows: false, call: (a) => listUnitsForAdmin(db, a) },
  { name: "createUnit", permission: "unit.manage", namesRows: true, call: (a, f) => createUnit(db, a, { ...unit("Tổ mới"), parentId: f.unit }) },
  { name: "updateUnit", permission: "unit.manage", namesRows: true, call: (a, f) => updateUnit(db, a, f.unit, unit("Đơn vị đổi tên")) },
  { name: "moveUnit", permission: "unit.manage", namesRows: true, call: (a, f) => moveUnit(db, a, f.unit, "down") },
  { name: "deleteUnit", permission: "unit.manage", namesRows: true, call: (a, f) => deleteUnit(db, a, f.unit) },
  { name: "getStoredIntro", permission: "unit.manage", namesRows: false, call: (a) => getStoredIntro(db, a) },
  { name: "saveIntro", permission: "unit.manage", namesRows: true, call: (a, f) => saveIntro(db, a, { history: "<p>Lịch sử</p>", mapMediaId: f.photo }) },
  { name: "saveMenu", permission: "menu.manage", namesRows: false, call: (a) => saveMenu(db, a, [{ ref: "section:/gioi-thieu", label: "Giới thiệu chung", visible: true }]) },
  { name: "saveStatement", permission: "pages.edit", namesRows: false, call: (a) => saveStatement(db, a, { page: "kha-nang-tiep-can", html: "<p>Tuyên bố</p>" }) },
  { name: "saveSuspension", permission: "suspension.manage", namesRows: false, call: (a) => saveSuspension(db, a, { startsAt: future(20), endsAt: future(21), message: "Nâng cấp máy chủ của cổng." }) },
  { name: "getSuspensionForAdmin", permission: "suspension.manage", namesRows: false, call: (a) => getSuspensionForAdmin(db, a) },
  { name: "clearSuspension", permission: "suspension.manage", namesRows: false, call: (a) => clearSuspension(db, a) },
];

const siteRows = async (siteId: number) => ({
  leaders: await db.select().from(leaders).where(eq(leaders.siteId, siteId)).orderBy(asc(leaders.id)),
  units: await db.select().from(orgUnits).where(eq(orgUnits.siteId, siteId)).orderBy(asc(orgUnits.id)),
  settings: await db.select().from(settings).where(eq(settings.siteId, siteId)).orderBy(asc(settings.key)),
});

describe("the demo content", () => {
  it("the seed gives every demo site units, leaders with an archive, and the Giới thiệu texts", async () => {
    for (const slug of ["hung-ha", "hung-yen", "tan-hoa", "dong-kinh", "minh-tan"]) {
      const siteId = await siteIdOf(db, slug);
      const people = await listPublicLeaders(db, siteId);
      expect(people.filter((l) => l.current).length, slug).toBeGreaterThanOrEqual(3);
      expect(people.some((l) => !l.current), slug).toBe(true);
      const units = await listPublicUnits(db, siteId);
      expect(units.some((u) => u.parentId !== null), slug).toBe(true);
      const intro = await getPublicIntro(db, siteId);
      expect(intro.history, slug).toContain("<p>");
      expect(intro.overviewEn, slug).toContain("People's Committee");
      expect((await unitLastUpdated(db, siteId)).leaders, slug).not.toBeNull();
    }
  });
});

describe.each(OPS)("$name: role × site", (op) => {
  it("anonymous and roles without the permission are refused, changing nothing", async () => {
    const before = await snapshotDatabase(db);
    await expect(op.call(null as unknown as Actor, fx.A)).rejects.toBeInstanceOf(ForbiddenError);
    for (const role of ["admin", "editor", "author"] as const) {
      if (can(staff.A[role], op.permission)) continue;
      await expect(op.call(staff.A[role], fx.A)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  if (op.namesRows) {
    it("a role allowed on site A finds nothing of site B's rows, and site B is unchanged", async () => {
      const role = can(staff.A.editor, op.permission) ? "editor" : "admin";
      const before = await snapshotDatabase(db);
      await expect(op.call(staff.A[role], fx.B)).rejects.toBeInstanceOf(UserRuleError);
      expect(await snapshotDatabase(db)).toEqual(before);
    });
  }

  it("each allowed role (and a platform admin) works on its own site only", async () => {
    const otherBefore = await siteRows(B);
    for (const actor of [...(["admin", "editor", "author"] as const).filter((r) => can(staff.A[r], op.permission)).map((r) => staff.A[r]), platform]) {
      // Destructive calls run last in the list, once: recreate what they removed.
      if (op.name === "deleteLeader") fx.A.leader = (await createLeader(db, staff.A.editor, leader("Lãnh đạo thử A"))).id;
      if (op.name === "deleteUnit") fx.A.unit = (await createUnit(db, staff.A.editor, unit("Đơn vị thử A"))).id;
      if (op.name === "clearSuspension") await saveSuspension(db, staff.A.admin, { startsAt: future(20), endsAt: future(21), message: "Nâng cấp máy chủ của cổng." });
      await op.call(actor, fx.A);
    }
    expect(await siteRows(B)).toEqual(otherBefore);
  });
});

describe("leaders", () => {
  it("are ordered, moved up and down within their list, and former ones form the archive", async () => {
    const editor = staff.B.editor;
    const first = (await createLeader(db, editor, leader("Người thứ nhất"))).id;
    const second = (await createLeader(db, editor, leader("Người thứ hai"))).id;
    const names = async () => (await listPublicLeaders(db, B)).filter((l) => l.current).map((l) => l.name);
    const before = await names();
    expect(before.indexOf("Người thứ hai")).toBe(before.indexOf("Người thứ nhất") + 1);
    await moveLeader(db, editor, second, "up");
    const after = await names();
    expect(after.indexOf("Người thứ hai")).toBe(after.indexOf("Người thứ nhất") - 1);
    await updateLeader(db, editor, first, { ...leader("Người thứ nhất"), current: "" });
    const all = await listPublicLeaders(db, B);
    expect(all.find((l) => l.id === first)).toMatchObject({ current: false });
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, "leader.move"), eq(auditLog.entityId, String(second))));
    expect(entry).toMatchObject({ siteId: B, userId: editor.id, summary: "Người thứ hai lên" });
    await deleteLeader(db, editor, first);
    await deleteLeader(db, editor, second);
  });

  it("refuses bad input with Vietnamese messages and saves nothing", async () => {
    const before = await snapshotDatabase(db);
    await expect(createLeader(db, staff.A.editor, { ...leader(""), email: "không-phải-email" })).rejects.toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ message: "Vui lòng nhập họ và tên." }), expect.objectContaining({ message: expect.stringContaining("Email không hợp lệ") })]),
    });
    await expect(createLeader(db, staff.A.editor, { ...leader("Ai đó"), phone: "'; drop table leaders" })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["phone"] })] });
    await expect(createLeader(db, staff.A.editor, { ...leader("Ai đó"), photoMediaId: fx.B.photo })).rejects.toThrow("Không tìm thấy ảnh chân dung");
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it("keeps names as plain text (tags dropped, NFC)", async () => {
    const id = (await createLeader(db, staff.A.editor, { ...leader("Nguye\u0302\u0303n <b>Văn</b> An"), biography: "Dòng một\n<script>x</script>Dòng hai" })).id;
    const [row] = await db.select().from(leaders).where(eq(leaders.id, id));
    expect(row).toMatchObject({ name: "Nguyễn Văn An", biography: "Dòng một\nDòng hai" });
    await deleteLeader(db, staff.A.editor, id);
  });
});

describe("units", () => {
  it("form a tree; a unit cannot go under itself or its descendants; only a unit without sub-units is deleted", async () => {
    const editor = staff.B.editor;
    const parent = (await createUnit(db, editor, unit("Văn phòng thử"))).id;
    const child = (await createUnit(db, editor, { ...unit("Tổ thử"), parentId: parent })).id;
    await expect(updateUnit(db, editor, parent, { ...unit("Văn phòng thử"), parentId: child })).rejects.toThrow("cấp dưới của chính nó");
    await expect(updateUnit(db, editor, parent, { ...unit("Văn phòng thử"), parentId: parent })).rejects.toThrow("cấp dưới của chính nó");
    await expect(deleteUnit(db, editor, parent)).rejects.toThrow("còn đơn vị cấp dưới");
    const units = await listPublicUnits(db, B);
    expect(units.find((u) => u.id === child)).toMatchObject({ parentId: parent });
    await deleteUnit(db, editor, child);
    await deleteUnit(db, editor, parent);
  });

});

describe("the Giới thiệu texts", () => {
  it("are sanitized, refer only to the site's own library, and show per site", async () => {
    const saved = await saveIntro(db, staff.A.editor, { history: '<p onclick="x()">Lịch sử<script>alert(1)</script></p>', landmarkMediaIds: `${fx.A.photo}`, mapMediaId: String(fx.A.photo) });
    expect(saved.history).toBe("<p>Lịch sử</p>");
    const intro = await getPublicIntro(db, A);
    expect(intro.mapImage?.id).toBe(fx.A.photo);
    expect(intro.landmarkPhotos.map((p) => p.id)).toEqual([fx.A.photo]);
    expect((await getPublicIntro(db, B)).history).not.toBe("<p>Lịch sử</p>");
    await expect(saveIntro(db, staff.A.editor, { landmarkMediaIds: [fx.B.photo] })).rejects.toThrow("Không tìm thấy ảnh di tích");
    await expect(saveIntro(db, staff.A.editor, { landmarkMediaIds: "1,abc" })).rejects.toMatchObject({ issues: [expect.objectContaining({ message: "Danh sách ảnh không hợp lệ." })] });
  });
});

describe("menu, statements and the suspension notice", () => {
  it("the menu keeps only known refs and labels as plain text; reset goes back to the default", async () => {
    await expect(saveMenu(db, staff.A.editor, [{ ref: "javascript:alert(1)", label: "x", visible: true }])).rejects.toMatchObject({ issues: [expect.objectContaining({ message: "Mục trình đơn không hợp lệ." })] });
    await saveMenu(db, staff.A.editor, [{ ref: "section:/so-do-cong", label: "<i>Sơ đồ</i>", visible: false }]);
    expect(await getStoredMenu(db, A)).toEqual([{ ref: "section:/so-do-cong", label: "Sơ đồ", visible: false }]);
    await saveMenu(db, staff.A.editor, null);
    expect(await getStoredMenu(db, A)).toBeNull();
  });

  it("a statement is sanitized; an empty one goes back to the default text", async () => {
    await saveStatement(db, staff.A.editor, { page: "chinh-sach-bao-ve-du-lieu-ca-nhan", html: "<h2>Chính sách</h2><img src=x onerror=alert(1)>" });
    const stored = await getStatement(db, A, "chinh-sach-bao-ve-du-lieu-ca-nhan");
    expect(stored.html).toBe("<h2>Chính sách</h2>");
    expect(stored.updatedAt).not.toBeNull();
    expect((await getStatement(db, B, "chinh-sach-bao-ve-du-lieu-ca-nhan")).html).toBeNull();
    await saveStatement(db, staff.A.editor, { page: "chinh-sach-bao-ve-du-lieu-ca-nhan", html: "<p> </p>" });
    expect((await getStatement(db, A, "chinh-sach-bao-ve-du-lieu-ca-nhan")).html).toBeNull();
    await expect(saveStatement(db, staff.A.editor, { page: "gioi-thieu", html: "<p>x</p>" })).rejects.toMatchObject({ issues: [expect.objectContaining({ message: "Trang không hợp lệ." })] });
  });

  it("warns when the suspension starts less than 7 working days after it is saved, counting the platform's days off", async () => {
    // Monday 07/12/2026, 09:00: 7 working days later is Wednesday 16/12.
    const now = vietnamTime("2026-12-07 09:00");
    const { warning } = await saveSuspension(db, staff.A.admin, { startsAt: vietnamTime("2026-12-15 22:00"), endsAt: vietnamTime("2026-12-16 02:00"), message: "Nâng cấp hạ tầng máy chủ." }, "", now);
    expect(warning).toContain("chưa đủ 7 ngày làm việc");
    expect(warning).toContain("16/12/2026");
    expect((await saveSuspension(db, staff.A.admin, { startsAt: vietnamTime("2026-12-16 22:00"), endsAt: vietnamTime("2026-12-17 02:00"), message: "Nâng cấp hạ tầng máy chủ." }, "", now)).warning).toBeNull();
    expect(await getSuspension(db, A)).toMatchObject({ message: "Nâng cấp hạ tầng máy chủ.", savedAt: now.toISOString() });
    expect(await getSuspension(db, B)).toBeNull();
  });

  it("refuses a window that ends before it starts or is already over", async () => {
    const before = await snapshotDatabase(db);
    await expect(saveSuspension(db, staff.A.admin, { startsAt: future(9), endsAt: future(8), message: "Nâng cấp hạ tầng máy chủ." })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["endsAt"], message: "Thời điểm kết thúc phải sau thời điểm bắt đầu." })],
    });
    await expect(saveSuspension(db, staff.A.admin, { startsAt: future(-3), endsAt: future(-2), message: "Nâng cấp hạ tầng máy chủ." })).rejects.toThrow("đã qua");
    await expect(saveSuspension(db, staff.A.admin, { startsAt: future(9), endsAt: future(10), message: "ngắn" })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["message"] })] });
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it("media used by a leader can still be deleted: the leader loses the photo, not the record", async () => {
    const image = await sharp({ create: { width: 20, height: 25, channels: 3, background: { r: 1, g: 1, b: 1 } } }).png().toBuffer();
    const photo = (await uploadMedia(db, staff.A.editor, image, "tam.png")).id;
    const id = (await createLeader(db, staff.A.editor, { ...leader("Người có ảnh"), photoMediaId: photo })).id;
    await db.delete(media).where(eq(media.id, photo));
    const [row] = await db.select({ photo: leaders.photoMediaId }).from(leaders).where(eq(leaders.id, id));
    expect(row).toEqual({ photo: null });
    await deleteLeader(db, staff.A.editor, id);
  });
});

describe("the audit log", () => {
  it("names every action of the unit's pages in Vietnamese", async () => {
    const { auditLabel } = await import("@/lib/audit-labels");
    const actions = (await db.selectDistinct({ action: auditLog.action }).from(auditLog)).map((r) => r.action).filter((a) => /^(unit|leader|menu|page|suspension)\./.test(a));
    expect(actions.length).toBeGreaterThanOrEqual(12);
    expect(actions.filter((a) => auditLabel(a) === a)).toEqual([]);
  });
});
