import { and, eq, inArray } from "drizzle-orm";
import { ZodError } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, transitionArticle, type ArticleInput } from "@/db/article-editor";
import type { Database } from "@/db/client";
import { createCategory } from "@/db/categories";
import { articleSyndications, articles, auditLog, categories, sites, users } from "@/db/schema";
import { createSite, listSites, updateSite, type SiteInput } from "@/db/sites";
import { decideSyndication, listSentUp, listSyndicationQueue, sendUp } from "@/db/syndication";
import { UserRuleError } from "@/db/users";
import { ForbiddenError, type Actor, type Role } from "@/lib/auth/policy";
import { createActors, siteIdOf } from "../support/actors";
import { snapshotDatabase } from "../support/db-snapshot";
import { testDatabase } from "../support/test-db";

// db/sites.ts (the directory, creating and changing sites) and db/syndication.ts ("Tin từ
// xã, phường": a commune sends a published article up to its province, a provincial editor
// approves it, the province lists it) on the seeded demo: the province hung-yen, its
// communes tan-hoa, dong-kinh, minh-tan, and the archived district hung-ha.

type Staff = { actors: Record<Role, Actor>; siteId: number; remove: () => Promise<void> };

let db: Database;
let platform: Actor;
let province: number;
let tanHoa: number;
let dongKinh: number;
/** Staff of this file on the province, two communes, and a second province made here. */
let provincial: Staff;
let commune: Staff;
let neighbour: Staff;
let otherProvince: Staff;
const madeSites: number[] = [];

const input = (categoryId: number, title: string): ArticleInput => ({
  title,
  summary: "Tin gửi lên cổng tỉnh.",
  body: "<p>Nội dung.</p>",
  byline: "",
  categoryId,
  coverMediaId: null,
  coverCaption: "",
  featured: false,
});

async function categoryOf(siteId: number): Promise<number> {
  const [row] = await db.select({ id: categories.id }).from(categories).where(eq(categories.siteId, siteId)).limit(1);
  return row!.id;
}

/** A published article of the commune's editor. */
async function published(staff: Staff, title: string): Promise<number> {
  const { id } = await createArticle(db, staff.actors.editor, input(await categoryOf(staff.siteId), title));
  await transitionArticle(db, staff.actors.editor, id, "publish");
  return id;
}

async function syndication(articleId: number) {
  const [row] = await db.select().from(articleSyndications).where(eq(articleSyndications.articleId, articleId));
  return row;
}

const site = (over: Partial<SiteInput>): SiteInput => ({ name: "Thử", slug: "thu", kind: "xa", state: "live", parentId: null, hosts: [], ...over });

beforeAll(async () => {
  db = (await testDatabase()).db;
  province = await siteIdOf(db, "hung-yen");
  tanHoa = await siteIdOf(db, "tan-hoa");
  dongKinh = await siteIdOf(db, "dong-kinh");
  // Removed in afterAll: on a start without a platform admin, the first one is made (users-and-roles).
  const [row] = await db.insert(users).values({ email: "nen-tang-trang@example.vn", name: "Nền tảng", passwordHash: "-", platformAdmin: true, disabled: true }).returning({ id: users.id });
  platform = { id: row!.id, name: "Nền tảng", email: "nen-tang-trang@example.vn", platformAdmin: true, mustChangePassword: false, siteId: province, role: null };
  provincial = await createActors(db, "trang-tinh", province);
  commune = await createActors(db, "trang-xa", tanHoa);
  neighbour = await createActors(db, "trang-phuong", dongKinh);
  const made = await createSite(db, platform, site({ name: "Tỉnh Thử", slug: "tinh-thu", kind: "tinh" }));
  madeSites.push(made.id);
  otherProvince = await createActors(db, "trang-tinh-khac", made.id);
});

afterAll(async () => {
  const staff = [provincial, commune, neighbour, otherProvince].flatMap((s) => Object.values(s.actors).map((a) => a.id));
  await db.delete(articles).where(inArray(articles.authorId, staff));
  for (const s of [provincial, commune, neighbour, otherProvince]) await s.remove();
  await db.delete(users).where(eq(users.id, platform.id));
  // Children before their province (sites.parent_id restricts).
  for (const id of madeSites.reverse()) {
    await db.delete(articles).where(eq(articles.siteId, id));
    await db.delete(categories).where(eq(categories.siteId, id));
    await db.delete(sites).where(eq(sites.id, id));
  }
});

describe("the directory", () => {
  it("lists the seeded sites in directory order with their kind, state, hosts and parent", async () => {
    const listed = (await listSites(db)).filter((s) => ["hung-yen", "tan-hoa", "dong-kinh", "minh-tan", "hung-ha"].includes(s.slug));
    expect(listed.map((s) => s.slug)).toEqual(["hung-yen", "tan-hoa", "dong-kinh", "minh-tan", "hung-ha"]);
    const [hungYen, ...rest] = listed;
    expect(hungYen).toEqual({ id: province, slug: "hung-yen", kind: "tinh", name: "Hưng Yên", hosts: [], parentId: null, state: "live", parent: null });
    const parent = { id: province, slug: "hung-yen", kind: "tinh", name: "Hưng Yên", hosts: [] };
    expect(rest.map((s) => [s.slug, s.kind, s.state])).toEqual([
      ["tan-hoa", "xa", "live"],
      ["dong-kinh", "phuong", "live"],
      ["minh-tan", "xa", "live"],
      ["hung-ha", "huyen", "archived"],
    ]);
    for (const s of rest) expect(s).toMatchObject({ parentId: province, parent });
  });

  it("a platform admin creates sites with their hosts, in order and in lower case; the parent carries its hosts", async () => {
    const thaiBinh = await createSite(db, platform, site({ name: "Thái Bình Thử", slug: "thai-binh-thu", kind: "tinh", hosts: "ThaiBinh.Example.VN, www.thaibinh.example.vn" }));
    madeSites.push(thaiBinh.id);
    const xa = await createSite(db, platform, site({ name: "Vũ Thư Thử", slug: "vu-thu-thu", kind: "xa", parentId: thaiBinh.id, hosts: ["vuthu.thaibinh.example.vn"] }));
    madeSites.push(xa.id);
    const all = await listSites(db);
    expect(all.find((s) => s.id === thaiBinh.id)).toEqual({
      id: thaiBinh.id,
      slug: "thai-binh-thu",
      kind: "tinh",
      name: "Thái Bình Thử",
      hosts: ["thaibinh.example.vn", "www.thaibinh.example.vn"],
      parentId: null,
      state: "live",
      parent: null,
    });
    expect(all.find((s) => s.id === xa.id)).toMatchObject({
      hosts: ["vuthu.thaibinh.example.vn"],
      parentId: thaiBinh.id,
      parent: { id: thaiBinh.id, slug: "thai-binh-thu", kind: "tinh", name: "Thái Bình Thử", hosts: ["thaibinh.example.vn", "www.thaibinh.example.vn"] },
    });
    const [audit] = await db.select({ siteId: auditLog.siteId, userId: auditLog.userId }).from(auditLog).where(and(eq(auditLog.action, "site.create"), eq(auditLog.entityId, String(xa.id))));
    expect(audit).toEqual({ siteId: xa.id, userId: platform.id });
  });

  it("refuses a parent that is not a province, a missing parent, a bad host or slug, changing nothing", async () => {
    const before = await snapshotDatabase(db);
    await expect(createSite(db, platform, site({ slug: "xa-con", parentId: tanHoa }))).rejects.toThrow(new UserRuleError("Trang cấp trên phải là cổng của tỉnh hoặc thành phố."));
    await expect(createSite(db, platform, site({ slug: "xa-con", parentId: 999_999 }))).rejects.toThrow(new UserRuleError("Trang cấp trên không tồn tại."));
    await expect(updateSite(db, platform, province, site({ name: "Hưng Yên", slug: "hung-yen", kind: "tinh", parentId: province }))).rejects.toThrow(new UserRuleError("Trang không thể trực thuộc chính nó."));
    // A province has no parent, and one with components cannot become a commune.
    await expect(createSite(db, platform, site({ slug: "tinh-con", kind: "tinh", parentId: province }))).rejects.toThrow(new UserRuleError("Cổng của tỉnh, thành phố không trực thuộc trang nào."));
    await expect(updateSite(db, platform, province, site({ name: "Hưng Yên", slug: "hung-yen", kind: "xa", parentId: null }))).rejects.toThrow(new UserRuleError("Trang này có trang thành phần nên phải là cổng của tỉnh hoặc thành phố."));
    const badHost = await createSite(db, platform, site({ slug: "xa-con", hosts: "http://xa.example.vn" })).catch((e: unknown) => e);
    expect(badHost).toBeInstanceOf(ZodError);
    expect((badHost as ZodError).issues[0]!.message).toBe("Tên miền không hợp lệ, ví dụ tanhoa.hungyen.gov.vn.");
    await expect(createSite(db, platform, site({ slug: "Xã Con!" }))).rejects.toBeInstanceOf(ZodError);
    await expect(updateSite(db, platform, 999_999, site({ slug: "khong-co" }))).rejects.toThrow(new UserRuleError("Không tìm thấy trang."));
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it("is not the business of any site role", async () => {
    const before = await snapshotDatabase(db);
    for (const actor of [...Object.values(provincial.actors), ...Object.values(commune.actors)]) {
      await expect(createSite(db, actor, site({ slug: `khong-duoc-${actor.id}` }))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateSite(db, actor, actor.siteId, site({ name: "Đổi", slug: "doi" }))).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await snapshotDatabase(db)).toEqual(before);
  });
});

describe("sending an article up to the province", () => {
  it("takes a published article of the commune only, to its own province, pending", async () => {
    const category = await categoryOf(tanHoa);
    const { id: draft } = await createArticle(db, commune.actors.editor, input(category, "Bản nháp của xã"));
    const theirs = await published(neighbour, "Tin của phường Đông Kinh");
    const before = await snapshotDatabase(db);
    await expect(sendUp(db, commune.actors.editor, draft)).rejects.toThrow(new UserRuleError("Chỉ gửi lên cổng tỉnh được bài đã đăng."));
    // A neighbour's article, even a published one, is not theirs to send.
    await expect(sendUp(db, commune.actors.editor, theirs)).rejects.toThrow(new UserRuleError("Không tìm thấy bài viết."));
    expect(await snapshotDatabase(db)).toEqual(before);

    const id = await published(commune, "Xã Tân Hòa khánh thành nhà văn hóa thôn");
    expect(await sendUp(db, commune.actors.editor, id)).toEqual({ provinceId: province });
    expect(await syndication(id)).toMatchObject({ targetSiteId: province, status: "pending", requestedBy: commune.actors.editor.id, decidedBy: null, decidedAt: null });
    // Pending is not shown on the province.
    expect((await listSentUp(db, province, 100)).map((a) => a.id)).not.toContain(id);
    const queue = await listSyndicationQueue(db, provincial.actors.editor);
    expect(queue.find((q) => q.articleId === id)).toMatchObject({ title: "Xã Tân Hòa khánh thành nhà văn hóa thôn", siteId: tanHoa, siteName: "Tân Hòa", siteKind: "xa", status: "pending" });
    expect(queue[0]!.status).toBe("pending");
    expect((await listSyndicationQueue(db, otherProvince.actors.editor)).map((q) => q.articleId)).not.toContain(id);
  });

  it("is for the commune's editors and admins, not its authors; a site without a province sends nothing", async () => {
    const id = await published(commune, "Tin tác giả muốn gửi lên");
    const own = await published(provincial, "Tin của tỉnh");
    const before = await snapshotDatabase(db);
    await expect(sendUp(db, commune.actors.author, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sendUp(db, null as unknown as Actor, id)).rejects.toBeInstanceOf(ForbiddenError);
    // Another site's article is not found; the province's own has nowhere to go.
    await expect(sendUp(db, provincial.actors.editor, id)).rejects.toThrow(new UserRuleError("Không tìm thấy bài viết."));
    await expect(sendUp(db, provincial.actors.editor, own)).rejects.toThrow(new UserRuleError("Trang này không trực thuộc cổng tỉnh nào nên không gửi tin lên được."));
    expect(await snapshotDatabase(db)).toEqual(before);
    await sendUp(db, commune.actors.admin, id);
    expect((await syndication(id))!.status).toBe("pending");
  });
});

describe("deciding what was sent up", () => {
  let id: number;
  beforeAll(async () => {
    id = await published(commune, "Xã Tân Hòa ra quân làm đường giao thông nông thôn");
    await sendUp(db, commune.actors.editor, id);
  });

  it("is refused to another province's editors, the commune's own staff and the province's authors; nothing changes", async () => {
    const before = await snapshotDatabase(db);
    for (const actor of [otherProvince.actors.editor, otherProvince.actors.admin, commune.actors.editor, commune.actors.admin, neighbour.actors.editor]) {
      await expect(decideSyndication(db, actor, id, true)).rejects.toThrow(new UserRuleError("Không tìm thấy tin được gửi lên."));
    }
    await expect(decideSyndication(db, provincial.actors.author, id, true)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listSyndicationQueue(db, provincial.actors.author)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it("a provincial editor approves it: listed on the province, linking to the commune's article", async () => {
    await decideSyndication(db, provincial.actors.editor, id, true);
    expect(await syndication(id)).toMatchObject({ status: "approved", decidedBy: provincial.actors.editor.id, decidedAt: expect.any(Date) });
    const listed = (await listSentUp(db, province, 100)).find((a) => a.id === id);
    expect(listed).toMatchObject({ id, siteId: tanHoa, title: "Xã Tân Hòa ra quân làm đường giao thông nông thôn" });
    expect((await listSentUp(db, otherProvince.siteId, 100)).map((a) => a.id)).not.toContain(id);
    const [audit] = await db.select({ siteId: auditLog.siteId }).from(auditLog).where(and(eq(auditLog.action, "syndication.approve"), eq(auditLog.entityId, String(id))));
    expect(audit).toEqual({ siteId: province });
    // Sent once: an approved article is not sent again.
    await expect(sendUp(db, commune.actors.editor, id)).rejects.toThrow(new UserRuleError("Bài này đã được cổng tỉnh đăng lại."));
  });

  it("a rejected article is not listed, and may be sent again", async () => {
    const other = await published(commune, "Tin bị từ chối");
    await sendUp(db, commune.actors.editor, other);
    await decideSyndication(db, provincial.actors.admin, other, false);
    expect(await syndication(other)).toMatchObject({ status: "rejected", decidedBy: provincial.actors.admin.id });
    expect((await listSentUp(db, province, 100)).map((a) => a.id)).not.toContain(other);
    await sendUp(db, commune.actors.editor, other);
    expect(await syndication(other)).toMatchObject({ status: "pending", decidedBy: null, decidedAt: null });
  });
});

describe("the province's list of what was sent up", () => {
  it("shows only approved articles that are published, newest first, from live sites", async () => {
    const listed = await listSentUp(db, province, 100);
    expect(listed.length).toBeGreaterThan(0);
    const rows = await db
      .select({ id: articles.id, status: articles.status, publishedAt: articles.publishedAt, syndication: articleSyndications.status, target: articleSyndications.targetSiteId, state: sites.state })
      .from(articles)
      .innerJoin(articleSyndications, eq(articleSyndications.articleId, articles.id))
      .innerJoin(sites, eq(sites.id, articles.siteId))
      .where(inArray(articles.id, listed.map((a) => a.id)));
    for (const r of rows) expect(r).toMatchObject({ status: "published", syndication: "approved", target: province, state: "live" });
    expect(rows).toHaveLength(listed.length);
    const times = listed.map((a) => a.publishedAt);
    expect([...times].sort().reverse()).toEqual(times);
    // The seed's sent-up articles of the three communes are there.
    expect(new Set(listed.map((a) => a.siteId))).toEqual(new Set([tanHoa, dongKinh, await siteIdOf(db, "minh-tan")]));
    expect((await listSentUp(db, province, 2)).length).toBe(2);
  });

  it("drops an approved article once it is taken down, or its site hidden", async () => {
    const id = await published(commune, "Tin sẽ bị gỡ");
    await sendUp(db, commune.actors.editor, id);
    await decideSyndication(db, provincial.actors.editor, id, true);
    expect((await listSentUp(db, province, 100)).map((a) => a.id)).toContain(id);
    await transitionArticle(db, commune.actors.editor, id, "archive");
    expect((await listSentUp(db, province, 100)).map((a) => a.id)).not.toContain(id);

    // A commune of this file's own, hidden by the platform admin.
    const made = await createSite(db, platform, site({ name: "Xã Ẩn Thử", slug: "xa-an-thu", parentId: province }));
    madeSites.push(made.id);
    const staff = await createActors(db, "trang-an", made.id);
    try {
      await createCategory(db, staff.actors.editor, { name: "Tin tức", description: "", parentId: null, showOnHome: false });
      const hidden = await published(staff, "Tin của xã sẽ ẩn");
      await sendUp(db, staff.actors.editor, hidden);
      await decideSyndication(db, provincial.actors.editor, hidden, true);
      expect((await listSentUp(db, province, 100)).map((a) => a.id)).toContain(hidden);
      await updateSite(db, platform, made.id, site({ name: "Xã Ẩn Thử", slug: "xa-an-thu", parentId: province, state: "hidden" }));
      expect((await listSentUp(db, province, 100)).map((a) => a.id)).not.toContain(hidden);
    } finally {
      await db.delete(articles).where(eq(articles.siteId, made.id));
      await staff.remove();
    }
  });
});
