import { readdir, readFile, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { and, eq, inArray, like, sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAlbum } from "@/db/albums";
import { createArticle, listRevisions, saveArticle, transitionArticle } from "@/db/article-editor";
import { createCategory } from "@/db/categories";
import { createListEntry, readDocumentLists } from "@/db/document-lists";
import { createDocument, listDocumentRevisions } from "@/db/documents";
import type { Database } from "@/db/client";
import { updateMediaText, uploadMedia } from "@/db/media";
import { castVote, createPoll } from "@/db/polls";
import { createDisclosure, type DisclosureInput } from "@/db/disclosures";
import { createDraft, submitComment } from "@/db/drafts";
import { createProcedure } from "@/db/procedures";
import { askQuestion, saveAnswer } from "@/db/questions";
import { createScheduleEntry } from "@/db/schedule";
import { albums, articleSyndications, articles, categories, disclosures, drafts, leaders, media, orgUnits, pollOptions, polls, procedures, questions, scheduleEntries, settings, sites, users } from "@/db/schema";
import { getStoredSiteSettings, saveSiteSettings } from "@/db/settings";
import { appointMember } from "@/db/sites";
import { createLeader, createUnit } from "@/db/unit-info";
import { CROSS_SITE_MESSAGE, type ActionState } from "@/auth/action";
import { PASSWORD_CHANGE_FIRST_MESSAGE, SESSION_EXPIRED_MESSAGE } from "@/auth/guard";
import { signOut } from "@/auth/auth";
import { ADMIN_SITE_COOKIE } from "@/auth/guard";
import { can, ForbiddenError, ROLES, type Actor, type Permission, type Role } from "@/lib/auth/policy";
import type { StoredSiteSettings } from "@/lib/site-settings";
import { createActors, createPlatformAdmin, createStaffOfTwoSites, defaultSiteId, siteIdOf } from "../support/actors";
import { form, outcome, request, signInAs } from "../support/request-context";
import { snapshotDatabase } from "../support/db-snapshot";
import { testDatabase } from "../support/test-db";

// Every exported server action of the admin, called as Next would call it, by anonymous,
// each role of site A (the default site, the demo district) on its own site and against
// site B (a commune), a platform admin on both, and people who must change their
// password first. Only Next's request context is replaced: the session Auth.js would
// decode, the request headers and cookies, cache calls and redirects. The guard
// (memberships from the database, the site from the host and the switcher's cookie), the
// permission checks, zod parsing and the data layer are the real ones, on the test database.

vi.mock("@/auth/auth", async () => (await import("../support/request-context")).authModule());
vi.mock("@/db/index", async () => (await import("../support/request-context")).dbModule());
vi.mock("next/headers", async () => (await import("../support/request-context")).headersModule());
vi.mock("next/cache", async () => (await import("../support/request-context")).cacheModule());
vi.mock("next/navigation", async () => (await import("../support/request-context")).navigationModule());

const initial: ActionState = {};
const FORBIDDEN = new ForbiddenError().message;
const REFUSALS = [SESSION_EXPIRED_MESSAGE, FORBIDDEN, PASSWORD_CHANGE_FIRST_MESSAGE, CROSS_SITE_MESSAGE];
/** What the data layer answers for a row of another site: it does not exist there. */
const NOT_FOUND = /Không tìm thấy|không tồn tại/;

type Site = "A" | "B";
type Who = Role | "anonymous" | "platform";

type Fixtures = {
  siteId: number;
  category: number;
  spareCategory: number;
  article: number;
  revision: number;
  poll: number;
  /** A poll with a vote: it cannot be deleted, so a delete reaches the data layer's rule. */
  votedPoll: number;
  album: number;
  photo: number;
  user: number;
  /** A published article of the site, to send up. */
  sendable: number;
  /** A pending request sent up to the site, to decide on. */
  sentHere: number;
  /** A leader and a unit of the site (issue 14). */
  leader: number;
  orgUnit: number;
  /** A schedule entry, a procedure and a disclosure of the site. */
  scheduleEntry: number;
  procedure: number;
  disclosure: number;
  /** Hỏi đáp: a new question, one whose answer waits for review, one to refuse. */
  question: number;
  reviewQuestion: number;
  spareQuestion: number;
  /** An author's draft document, another document to relate it to, its first revision, a spare loại văn bản. */
  document: number;
  documentTarget: number;
  documentRevision: number;
  documentType: number;
  documentIssuer: number;
  spareDocumentType: number;
  /** Lấy ý kiến dự thảo: an open draft, one closed (for its report), a comment on the open one. */
  draft: number;
  closedDraft: number;
  draftComment: number;
  /** The site's own row, as updateSiteAction would post it unchanged. */
  site: { name: string; slug: string; kind: string; state: string; parentId: string; hosts: string };
};

/** The admin of site A (the default site, by its bare host) and of site B (its own host). */
const HOST_A = { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000", "x-forwarded-for": "10.9.8.7" };
const HOST_B = { origin: "http://tan-hoa.localhost:3000", host: "tan-hoa.localhost:3000", "x-forwarded-for": "10.9.8.7" };

let db: Database;
let A: number;
let B: number;
let province: number;
const staff = {} as Record<Site, Record<Role, Actor>>;
let platform: Actor;
const fx = {} as Record<Site, Fixtures>;
const removers: (() => Promise<void>)[] = [];
let uploads: string;
const originalSettings = {} as Record<Site, StoredSiteSettings>;

/** Signs `who` in; `site` is the host the admin is opened on (B also with the switcher's cookie set to B). */
function as(who: Who, site: Site = "A", options: { mustChangePassword?: boolean } = {}) {
  signInAs(who === "anonymous" ? null : who === "platform" ? platform : staff.A[who], { ...options, headers: site === "A" ? HOST_A : HOST_B });
  request.cookies = site === "A" ? {} : { [ADMIN_SITE_COOKIE]: String(B) };
}

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** A digest of every row that belongs to one site (its content, members, settings, audit entries, what was sent up to it). */
async function snapshotSite(siteId: number): Promise<Record<string, string>> {
  const tables = await rows<{ name: string }>(
    sql`select table_name as name from information_schema.columns where table_schema = 'public' and column_name = 'site_id' order by table_name`,
  );
  const queries: [string, ReturnType<typeof sql>][] = [
    ...tables.map(({ name }) => [name, sql`select * from ${sql.identifier(name)} where site_id = ${siteId}`] as [string, ReturnType<typeof sql>]),
    ["sites", sql`select * from sites where id = ${siteId}`],
    ["poll_options", sql`select o.* from poll_options o join polls p on p.id = o.poll_id where p.site_id = ${siteId}`],
    ["poll_votes", sql`select v.* from poll_votes v join polls p on p.id = v.poll_id where p.site_id = ${siteId}`],
    ["album_items", sql`select i.* from album_items i join albums a on a.id = i.album_id where a.site_id = ${siteId}`],
    ["article_revisions", sql`select r.* from article_revisions r join articles a on a.id = r.article_id where a.site_id = ${siteId}`],
    ["article_syndications", sql`select * from article_syndications where target_site_id = ${siteId}`],
  ];
  const snapshot: Record<string, string> = {};
  for (const [name, query] of queries) {
    const [row] = await rows<{ n: number; digest: string }>(sql`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from (${query}) t`);
    snapshot[name] = `${row!.n}:${row!.digest}`;
  }
  return snapshot;
}

type Module = Record<string, (...args: never[]) => Promise<unknown>>;
type Row = {
  module: string;
  action: string;
  /** The permission the action needs; "account" for the person's own account (no site). */
  permission: Permission | "account";
  /** Whether the call names rows of the site (so it can be aimed at another site's rows). */
  namesRows: boolean;
  /**
   * What a role allowed on its own site is answered when it names site B's rows from site A;
   * "not found" unless the row says otherwise.
   */
  otherSiteRows?: RegExp;
  call: (mod: Module, f: Fixtures) => Promise<unknown>;
};

/** Calls `mod[action]` as a `useActionState` form action would. */
const viaForm = (fields: (f: Fixtures) => Record<string, string | number | string[]>) => (action: string) => (mod: Module, f: Fixtures) =>
  (mod[action] as (s: ActionState, f: FormData) => Promise<unknown>)(initial, form(fields(f)));

const ARTICLES = "app/admin/(panel)/bai-viet/actions.ts";
const CATEGORIES = "app/admin/(panel)/chuyen-muc/actions.ts";
const POLLS = "app/admin/(panel)/binh-chon/actions.ts";
const ALBUMS = "app/admin/(panel)/album/actions.ts";
const MEDIA = "app/admin/(panel)/thu-vien/actions.ts";
const USERS = "app/admin/(panel)/nguoi-dung/actions.ts";
const SETTINGS = "app/admin/(panel)/cai-dat/actions.ts";
const SITES = "app/admin/(panel)/trang/actions.ts";
const SENT_UP = "app/admin/(panel)/tin-gui-len/actions.ts";
const ACCOUNT = "app/admin/(panel)/tai-khoan/actions.ts";
const QUESTIONS = "app/admin/(panel)/hoi-dap/actions.ts";
const DAYS_OFF = "app/admin/(panel)/ngay-nghi/actions.ts";
const PANEL = "app/admin/(panel)/actions.ts";
const UNIT = "app/admin/(panel)/gioi-thieu/actions.ts";
const STATEMENTS = "app/admin/(panel)/trang-thong-tin/actions.ts";
const MENU = "app/admin/(panel)/trinh-don/actions.ts";
const SUSPENSION = "app/admin/(panel)/tam-ngung/actions.ts";
const SCHEDULE = "app/admin/(panel)/lich-cong-tac/actions.ts";
const PROCEDURES = "app/admin/(panel)/thu-tuc-hanh-chinh/actions.ts";
const DISCLOSURES = "app/admin/(panel)/cong-khai/actions.ts";
const SIGN_IN = "app/admin/(auth)/dang-nhap/actions.ts";
const DOCUMENTS = "app/admin/(panel)/van-ban/actions.ts";
const DRAFTS = "app/admin/(panel)/du-thao/actions.ts";

const article = (f: Fixtures) => ({ title: "Bài kiểm tra quyền", summary: "", body: "<p>Nội dung</p>", byline: "", categoryId: f.category, coverCaption: "" });
const category = () => ({ name: "Chuyên mục kiểm tra quyền", description: "", parentId: "", slug: "" });
const leaderFields = () => ({ name: "Lãnh đạo kiểm tra quyền", title: "Phó Chủ tịch", term: "", photoMediaId: "", unitId: "", current: "on" });
const unitFields = () => ({ name: "Đơn vị kiểm tra quyền", kind: "phong", parentId: "", functions: "" });
/** dd/mm/yyyy of a day `days` from now, as the DateTimeField posts it. */
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString("en-GB", { timeZone: "Asia/Ho_Chi_Minh" });
let newSites = 0;
const scheduleEntry = () => ({ day: "03/12/2026", startTime: "08:00", endTime: "", leaders: "Người Kiểm Quyền, Chủ tịch", content: "Lịch kiểm tra quyền", place: "", chair: "", participants: "", preparingUnit: "", note: "", reason: "" });
const procedureFields = (code: string) => ({ code, name: "Thủ tục kiểm tra quyền", field: "Lĩnh vực kiểm tra quyền", level: "Toàn trình", processingTime: "", fee: "", agency: "" });
const disclosureFields = () => ({ kind: "project", title: "Dự án kiểm tra quyền", year: "", stage: "", investor: "", valueVnd: "1.000.000", startDate: "", endDate: "", status: "", link: "", publishedOn: "01/12/2026" });
function csvUpload(): FormData {
  const data = new FormData();
  data.append("file", new File(["Mã TTHC,Tên thủ tục,Lĩnh vực,Mức độ\n9.200001,Thủ tục nhập kiểm tra quyền,Lĩnh vực kiểm tra quyền,Một phần\n"], "tthc.csv", { type: "text/csv" }));
  return data;
}
const documentForm = (f: Fixtures) => ({ number: "15/QĐ-UBND", typeId: f.documentType, issuerId: f.documentIssuer, issuedOn: "15/01/2026", summary: "Văn bản kiểm tra quyền" });
/** A draft as its form posts it: opening tomorrow, closing in a month (Việt Nam dates). */
const draftForm = () => ({
  title: "Dự thảo kiểm tra quyền",
  draftingUnit: "Phòng Kinh tế",
  field: "Khác",
  summary: "Tóm tắt nội dung dự thảo kiểm tra quyền.",
  waysToRespond: "Góp ý trên cổng thông tin.",
  contactPerson: "",
  opensAt: dayFromNow(1),
  opensAtTime: "08:00",
  closesAt: dayFromNow(30),
  closesAtTime: "17:00",
  moderated: "on",
});
const documentCsv = () => {
  const data = new FormData();
  const csv = "Số/ký hiệu *,Loại văn bản *,Cơ quan ban hành *,Ngày ban hành *,Trích yếu *\n77/QĐ-UBND,Quyết định,Ủy ban nhân dân phân quyền,01/02/2026,Văn bản nhập kiểm tra quyền\n";
  data.append("file", new File([csv], "van-ban.csv", { type: "text/csv" }));
  return data;
};

// Within a module, rows that destroy a fixture come after the rows that need it.
const ROWS: Row[] = [
  { module: ARTICLES, action: "createArticleAction", permission: "article.write", namesRows: true, call: viaForm(article)("createArticleAction") },
  { module: ARTICLES, action: "saveArticleAction", permission: "article.write", namesRows: true, call: viaForm((f) => ({ ...article(f), id: f.article, intent: "save" }))("saveArticleAction") },
  { module: ARTICLES, action: "transitionAction", permission: "article.write", namesRows: true, call: viaForm((f) => ({ id: f.article, transition: "submit" }))("transitionAction") },
  { module: ARTICLES, action: "approveRevisionAction", permission: "article.publish", namesRows: true, call: viaForm((f) => ({ id: f.article, revisionId: f.revision }))("approveRevisionAction") },
  { module: ARTICLES, action: "restoreRevisionAction", permission: "article.write", namesRows: true, call: viaForm((f) => ({ id: f.article, revisionId: f.revision }))("restoreRevisionAction") },
  // A draft cannot be archived: an allowed caller gets "skipped", which is not a refusal.
  { module: ARTICLES, action: "bulkArticlesAction", permission: "article.publish", namesRows: true, call: viaForm((f) => ({ "ids.0": String(f.article), operation: "archive" }))("bulkArticlesAction") },
  { module: CATEGORIES, action: "createCategoryAction", permission: "category.manage", namesRows: true, call: viaForm((f) => ({ ...category(), parentId: f.category }))("createCategoryAction") },
  { module: CATEGORIES, action: "updateCategoryAction", permission: "category.manage", namesRows: true, call: viaForm((f) => ({ ...category(), id: f.spareCategory, name: "Đổi tên chuyên mục" }))("updateCategoryAction") },
  { module: CATEGORIES, action: "moveCategoryAction", permission: "category.manage", namesRows: true, call: viaForm((f) => ({ id: f.spareCategory, direction: "up" }))("moveCategoryAction") },
  { module: CATEGORIES, action: "deleteCategoryAction", permission: "category.manage", namesRows: true, call: viaForm((f) => ({ id: f.spareCategory }))("deleteCategoryAction") },
  { module: DOCUMENTS, action: "createDocumentAction", permission: "document.write", namesRows: true, call: viaForm((f) => documentForm(f))("createDocumentAction") },
  { module: DOCUMENTS, action: "saveDocumentAction", permission: "document.write", namesRows: true, call: viaForm((f) => ({ ...documentForm(f), number: "16/QĐ-UBND", id: f.document }))("saveDocumentAction") },
  { module: DOCUMENTS, action: "restoreDocumentRevisionAction", permission: "document.write", namesRows: true, call: viaForm((f) => ({ id: f.document, revisionId: f.documentRevision }))("restoreDocumentRevisionAction") },
  { module: DOCUMENTS, action: "documentTransitionAction", permission: "document.write", namesRows: true, call: viaForm((f) => ({ id: f.document, transition: "submit" }))("documentTransitionAction") },
  { module: DOCUMENTS, action: "addRelationAction", permission: "document.publish", namesRows: true, call: viaForm((f) => ({ id: f.document, targetId: f.documentTarget, kind: "amends" }))("addRelationAction") },
  { module: DOCUMENTS, action: "removeRelationAction", permission: "document.publish", namesRows: true, call: viaForm((f) => ({ id: f.document, fromId: f.document, toId: f.documentTarget, kind: "guides" }))("removeRelationAction") },
  { module: DOCUMENTS, action: "createListEntryAction", permission: "document.lists", namesRows: false, call: viaForm(() => ({ kind: "fields", name: "Lĩnh vực kiểm tra quyền" }))("createListEntryAction") },
  { module: DOCUMENTS, action: "renameListEntryAction", permission: "document.lists", namesRows: true, call: viaForm((f) => ({ kind: "types", id: f.spareDocumentType, name: "Loại đổi tên" }))("renameListEntryAction") },
  { module: DOCUMENTS, action: "deleteListEntryAction", permission: "document.lists", namesRows: true, call: viaForm((f) => ({ kind: "types", id: f.spareDocumentType }))("deleteListEntryAction") },
  { module: DOCUMENTS, action: "importDocumentsAction", permission: "document.publish", namesRows: false, call: (mod) => (mod.importDocumentsAction as (s: ActionState, f: FormData) => Promise<unknown>)(initial, documentCsv()) },
  { module: POLLS, action: "createPollAction", permission: "poll.manage", namesRows: false, call: viaForm(() => ({ question: "Câu hỏi kiểm tra quyền?", "options.0": "Có", "options.1": "Không" }))("createPollAction") },
  {
    module: POLLS,
    action: "updatePollAction",
    permission: "poll.manage",
    namesRows: true,
    call: (mod, f) => (mod.updatePollAction as (id: number, s: ActionState, f: FormData) => Promise<unknown>)(f.poll, initial, form({ question: "Câu hỏi đã sửa?", "options.0": "Có", "options.1": "Không" })),
  },
  { module: POLLS, action: "duplicatePollAction", permission: "poll.manage", namesRows: true, call: viaForm((f) => ({ id: f.poll }))("duplicatePollAction") },
  { module: POLLS, action: "closePollAction", permission: "poll.manage", namesRows: true, call: viaForm((f) => ({ id: f.poll }))("closePollAction") },
  { module: POLLS, action: "deletePollAction", permission: "poll.manage", namesRows: true, call: viaForm((f) => ({ id: f.votedPoll }))("deletePollAction") },
  { module: ALBUMS, action: "createAlbumAction", permission: "album.manage", namesRows: false, call: viaForm(() => ({ title: "Album kiểm tra quyền", description: "" }))("createAlbumAction") },
  { module: ALBUMS, action: "updateAlbumAction", permission: "album.manage", namesRows: true, call: viaForm((f) => ({ id: f.album, title: "Album đổi tên", description: "" }))("updateAlbumAction") },
  { module: ALBUMS, action: "addPhotosAction", permission: "album.manage", namesRows: true, call: viaForm((f) => ({ id: f.album, media: [String(f.photo)] }))("addPhotosAction") },
  { module: ALBUMS, action: "saveItemsAction", permission: "album.manage", namesRows: true, call: viaForm((f) => ({ id: f.album, order: "" }))("saveItemsAction") },
  { module: ALBUMS, action: "removePhotoAction", permission: "album.manage", namesRows: true, call: viaForm((f) => ({ id: f.album, item: 999_999 }))("removePhotoAction") },
  { module: ALBUMS, action: "publishAction", permission: "album.manage", namesRows: true, call: viaForm((f) => ({ id: f.album, published: "true" }))("publishAction") },
  { module: ALBUMS, action: "deleteAlbumAction", permission: "album.manage", namesRows: true, call: viaForm((f) => ({ id: f.album }))("deleteAlbumAction") },
  { module: MEDIA, action: "updateMediaTextAction", permission: "media.upload", namesRows: true, call: viaForm((f) => ({ id: f.photo, alt: "Mô tả mới", caption: "" }))("updateMediaTextAction") },
  { module: MEDIA, action: "deleteMediaAction", permission: "media.manage", namesRows: true, call: viaForm((f) => ({ id: f.photo }))("deleteMediaAction") },
  { module: USERS, action: "createUserAction", permission: "users.manage", namesRows: false, call: viaForm(() => ({ email: "quyen-moi@example.vn", name: "Người mới", role: "author", password: "" }))("createUserAction") },
  { module: USERS, action: "updateUserAction", permission: "users.manage", namesRows: true, call: viaForm((f) => ({ id: f.user, name: "Đổi tên", role: "editor" }))("updateUserAction") },
  { module: USERS, action: "toggleUserAction", permission: "users.manage", namesRows: true, call: viaForm((f) => ({ id: f.user, disabled: "true" }))("toggleUserAction") },
  { module: USERS, action: "resetPasswordAction", permission: "users.manage", namesRows: true, call: viaForm((f) => ({ id: f.user }))("resetPasswordAction") },
  { module: USERS, action: "removeMemberAction", permission: "users.manage", namesRows: true, call: viaForm((f) => ({ id: f.user }))("removeMemberAction") },
  { module: SETTINGS, action: "saveSettingsAction", permission: "settings.edit", namesRows: false, call: viaForm(() => ({ portalName: "Cổng thử quyền", agencyName: "UBND thử quyền" }))("saveSettingsAction") },
  {
    module: SITES,
    action: "createSiteAction",
    permission: "site.create",
    namesRows: false,
    call: viaForm(() => ({ name: "Trang thử quyền", slug: `quyen-${++newSites}`, kind: "xa", state: "live", parentId: province, hosts: "", adminEmail: "", adminName: "" }))("createSiteAction"),
  },
  { module: SITES, action: "updateSiteAction", permission: "site.create", namesRows: true, call: viaForm((f) => ({ id: f.siteId, ...f.site }))("updateSiteAction") },
  {
    module: SENT_UP,
    action: "sendUpAction",
    permission: "article.syndicate",
    namesRows: true,
    call: viaForm((f) => ({ id: f.sendable }))("sendUpAction"),
  },
  { module: SENT_UP, action: "decideAction", permission: "syndication.review", namesRows: true, call: viaForm((f) => ({ id: f.sentHere, decision: "approve" }))("decideAction") },
  { module: UNIT, action: "saveIntroAction", permission: "unit.manage", namesRows: false, call: viaForm(() => ({ history: "<p>Lịch sử kiểm tra quyền</p>", mapMediaId: "", landmarkMediaIds: "" }))("saveIntroAction") },
  { module: UNIT, action: "createLeaderAction", permission: "unit.manage", namesRows: false, call: viaForm(leaderFields)("createLeaderAction") },
  { module: UNIT, action: "updateLeaderAction", permission: "unit.manage", namesRows: true, call: viaForm((f) => ({ ...leaderFields(), id: f.leader }))("updateLeaderAction") },
  { module: UNIT, action: "moveLeaderAction", permission: "unit.manage", namesRows: true, call: viaForm((f) => ({ id: f.leader, direction: "up" }))("moveLeaderAction") },
  { module: UNIT, action: "createUnitAction", permission: "unit.manage", namesRows: false, call: viaForm(unitFields)("createUnitAction") },
  { module: UNIT, action: "updateUnitAction", permission: "unit.manage", namesRows: true, call: viaForm((f) => ({ ...unitFields(), id: f.orgUnit }))("updateUnitAction") },
  { module: UNIT, action: "moveUnitAction", permission: "unit.manage", namesRows: true, call: viaForm((f) => ({ id: f.orgUnit, direction: "down" }))("moveUnitAction") },
  { module: UNIT, action: "deleteLeaderAction", permission: "unit.manage", namesRows: true, call: viaForm((f) => ({ id: f.leader }))("deleteLeaderAction") },
  { module: UNIT, action: "deleteUnitAction", permission: "unit.manage", namesRows: true, call: viaForm((f) => ({ id: f.orgUnit }))("deleteUnitAction") },
  { module: STATEMENTS, action: "saveStatementAction", permission: "pages.edit", namesRows: false, call: viaForm(() => ({ page: "kha-nang-tiep-can", html: "<p>Tuyên bố kiểm tra quyền</p>" }))("saveStatementAction") },
  { module: MENU, action: "saveMenuAction", permission: "menu.manage", namesRows: false, call: viaForm(() => ({ "items.0.ref": "section:/gioi-thieu", "items.0.label": "Giới thiệu chung", "items.0.visible": "on" }))("saveMenuAction") },
  { module: MENU, action: "resetMenuAction", permission: "menu.manage", namesRows: false, call: viaForm(() => ({}))("resetMenuAction") },
  {
    module: SUSPENSION,
    action: "saveSuspensionAction",
    permission: "suspension.manage",
    namesRows: false,
    call: viaForm(() => ({ startsAt: dayFromNow(30), startsAtTime: "22:00", endsAt: dayFromNow(31), endsAtTime: "02:00", message: "Nâng cấp máy chủ kiểm tra quyền." }))("saveSuspensionAction"),
  },
  { module: SUSPENSION, action: "clearSuspensionAction", permission: "suspension.manage", namesRows: false, call: viaForm(() => ({}))("clearSuspensionAction") },
  { module: SCHEDULE, action: "createScheduleEntryAction", permission: "schedule.manage", namesRows: false, call: viaForm(scheduleEntry)("createScheduleEntryAction") },
  { module: SCHEDULE, action: "updateScheduleEntryAction", permission: "schedule.manage", namesRows: true, call: viaForm((f) => ({ ...scheduleEntry(), id: f.scheduleEntry, startTime: "09:00", reason: "Đổi giờ" }))("updateScheduleEntryAction") },
  { module: SCHEDULE, action: "cancelScheduleEntryAction", permission: "schedule.manage", namesRows: true, call: viaForm((f) => ({ id: f.scheduleEntry, cancelReason: "Kiểm tra quyền" }))("cancelScheduleEntryAction") },
  { module: PROCEDURES, action: "createProcedureAction", permission: "procedure.manage", namesRows: false, call: viaForm(() => procedureFields("9.100001"))("createProcedureAction") },
  { module: PROCEDURES, action: "updateProcedureAction", permission: "procedure.manage", namesRows: true, call: viaForm((f) => ({ ...procedureFields(f.siteId === A ? "9.000001" : "9.000002"), id: f.procedure, name: "Thủ tục đã sửa quyền" }))("updateProcedureAction") },
  { module: PROCEDURES, action: "importProceduresAction", permission: "procedure.manage", namesRows: false, call: (mod) => (mod.importProceduresAction as (s: ActionState, f: FormData) => Promise<unknown>)(initial, csvUpload()) },
  { module: PROCEDURES, action: "deleteProcedureAction", permission: "procedure.manage", namesRows: true, call: viaForm((f) => ({ id: f.procedure }))("deleteProcedureAction") },
  { module: DISCLOSURES, action: "createDisclosureAction", permission: "disclosure.manage", namesRows: false, call: viaForm(disclosureFields)("createDisclosureAction") },
  { module: DISCLOSURES, action: "deleteDisclosureAction", permission: "disclosure.manage", namesRows: true, call: viaForm((f) => ({ id: f.disclosure }))("deleteDisclosureAction") },
  { module: QUESTIONS, action: "viewContactAction", permission: "question.handle", namesRows: true, call: viaForm((f) => ({ id: f.question }))("viewContactAction") },
  { module: QUESTIONS, action: "assignAction", permission: "question.handle", namesRows: true, call: viaForm((f) => ({ id: f.question, unitName: "Phòng Kinh tế" }))("assignAction") },
  {
    module: QUESTIONS,
    action: "saveAnswerAction",
    permission: "question.handle",
    namesRows: true,
    call: viaForm((f) => ({ id: f.question, answer: "Bản nháp trả lời kiểm tra quyền.", attachments: "", intent: "save" }))("saveAnswerAction"),
  },
  { module: QUESTIONS, action: "publishAnswerAction", permission: "question.publish", namesRows: true, call: viaForm((f) => ({ id: f.reviewQuestion }))("publishAnswerAction") },
  { module: QUESTIONS, action: "sendBackAction", permission: "question.publish", namesRows: true, call: viaForm((f) => ({ id: f.reviewQuestion }))("sendBackAction") },
  { module: QUESTIONS, action: "rejectAction", permission: "question.publish", namesRows: true, call: viaForm((f) => ({ id: f.spareQuestion, reason: "Không thuộc thẩm quyền." }))("rejectAction") },
  { module: QUESTIONS, action: "markSpamAction", permission: "question.publish", namesRows: true, call: viaForm((f) => ({ id: f.spareQuestion }))("markSpamAction") },
  { module: QUESTIONS, action: "exportPersonAction", permission: "personal_data.manage", namesRows: false, call: viaForm(() => ({ email: "nguoi-hoi-quyen@example.vn", phone: "" }))("exportPersonAction") },
  { module: QUESTIONS, action: "erasePersonAction", permission: "personal_data.manage", namesRows: false, call: viaForm(() => ({ email: "nguoi-hoi-quyen@example.vn", phone: "" }))("erasePersonAction") },
  { module: DRAFTS, action: "createDraftAction", permission: "draft.manage", namesRows: false, call: viaForm(draftForm)("createDraftAction") },
  { module: DRAFTS, action: "saveDraftAction", permission: "draft.manage", namesRows: true, call: viaForm((f) => ({ ...draftForm(), id: f.draft }))("saveDraftAction") },
  { module: DRAFTS, action: "saveReportAction", permission: "draft.manage", namesRows: true, call: viaForm((f) => ({ id: f.closedDraft, report: "<p>Báo cáo kiểm tra quyền</p>", intent: "publish" }))("saveReportAction") },
  { module: DRAFTS, action: "viewCommentContactAction", permission: "draft.moderate", namesRows: true, call: viaForm((f) => ({ commentId: f.draftComment }))("viewCommentContactAction") },
  { module: DRAFTS, action: "moderateCommentAction", permission: "draft.moderate", namesRows: true, call: viaForm((f) => ({ commentId: f.draftComment, decision: "approve" }))("moderateCommentAction") },
  { module: DAYS_OFF, action: "saveDaysOffAction", permission: "platform.days_off", namesRows: false, call: viaForm(() => ({ days: "" }))("saveDaysOffAction") },
  { module: ACCOUNT, action: "changePasswordAction", permission: "account", namesRows: false, call: viaForm(() => ({ current: "sai-mat-khau", next: "Matkhau-moi-2026", confirm: "Matkhau-moi-2026" }))("changePasswordAction") },
  { module: ACCOUNT, action: "updateNameAction", permission: "account", namesRows: false, call: viaForm(() => ({ name: "Tên mới của tôi" }))("updateNameAction") },
  { module: ACCOUNT, action: "signOutEverywhereAction", permission: "account", namesRows: false, call: (mod) => (mod.signOutEverywhereAction as () => Promise<unknown>)() },
];

/** Actions anyone may call by design: signing in, and signing out (which only ends the caller's own session). */
const PUBLIC_ACTIONS = [`${SIGN_IN}#signInAction`, `${PANEL}#signOutAction`];
/** Tested on its own below: it sets the switcher's cookie and writes nothing. */
const SWITCHER = `${PANEL}#switchSiteAction`;

/** What the policy grants a role on its own site (account actions: everyone signed in). */
function grants(role: Role, permission: Row["permission"]): boolean {
  if (permission === "account") return true;
  return can({ id: 0, name: "", email: "", platformAdmin: false, mustChangePassword: false, siteId: A, role }, permission);
}

async function serverActionModules(): Promise<string[]> {
  const found: string[] = [];
  for (const root of ["app/admin", "auth", "lib"]) {
    for (const entry of await readdir(root, { recursive: true })) {
      const file = path.join(root, entry);
      if (/\.tsx?$/.test(file) && /^\s*["']use server["']/.test(await readFile(file, "utf8"))) found.push(file);
    }
  }
  return found.sort();
}

const load = (module: string) => import(/* @vite-ignore */ path.resolve(module)) as Promise<Module>;

async function fixtures(site: Site, siteId: number): Promise<Omit<Fixtures, "sentHere">> {
  const { admin, editor, author } = staff[site];
  const input = { title: "Bài kiểm tra quyền", summary: "", body: "<p>Nội dung</p>", byline: "", coverMediaId: null, coverCaption: "", featured: false };
  const categoryId = (await createCategory(db, admin, { name: "Chuyên mục phân quyền", description: "", parentId: null, showOnHome: false })).id;
  const spareCategory = (await createCategory(db, admin, { name: "Chuyên mục để xóa", description: "", parentId: null, showOnHome: false })).id;
  const articleId = (await createArticle(db, author, { ...input, categoryId })).id;
  await saveArticle(db, author, articleId, { ...input, categoryId, summary: "Bản thứ hai" });
  const revision = (await listRevisions(db, author, articleId))!.revisions.at(-1)!.id;
  const sendable = (await createArticle(db, editor, { ...input, title: "Bài để gửi lên", categoryId })).id;
  await transitionArticle(db, editor, sendable, "publish");
  const poll = await createPoll(db, admin, { question: "Bình chọn phân quyền?", options: ["Có", "Không"], opensAt: null, closesAt: null, showOnHome: false });
  const votedPoll = await createPoll(db, admin, { question: "Bình chọn đã có phiếu?", options: ["Có", "Không"], opensAt: null, closesAt: null, showOnHome: false });
  const [votedOption] = await db.select({ id: pollOptions.id }).from(pollOptions).where(eq(pollOptions.pollId, votedPoll)).limit(1);
  await castVote(db, { siteId, pollId: votedPoll, optionId: votedOption!.id, voterHash: `quyen-${site}`, ipHash: "quyen", ipLimitPerHour: 100 });
  const album = (await createAlbum(db, admin, { title: "Album phân quyền", description: "" })).id;
  const image = await sharp({ create: { width: 32, height: 24, channels: 3, background: { r: 1, g: 2, b: 3 } } }).png().toBuffer();
  const photo = (await uploadMedia(db, admin, image, "quyen.png")).id;
  await updateMediaText(db, admin, photo, { alt: "Ảnh", caption: "" });
  const user = (await appointMember(db, admin, { email: `quyen-muc-tieu-${site.toLowerCase()}@example.vn`, name: "Người bị sửa", role: "author", password: "Matkhau-dai-2026" })).id;
  const asked = (title: string) =>
    askQuestion(db, siteId, { name: "Người Hỏi Quyền", email: `nguoi-hoi-${site.toLowerCase()}@example.vn`, phone: "", address: "", field: "Khác", title, body: "Nội dung câu hỏi kiểm tra quyền." });
  const question = (await asked("Câu hỏi kiểm tra quyền")).id;
  const reviewQuestion = (await asked("Câu hỏi chờ duyệt kiểm tra quyền")).id;
  await saveAnswer(db, author, reviewQuestion, { answer: "Trả lời chờ duyệt kiểm tra quyền.", submit: true });
  const spareQuestion = (await asked("Câu hỏi để từ chối kiểm tra quyền")).id;
  const lists = await readDocumentLists(db, siteId);
  const documentType = lists.types[0]!.id;
  const documentIssuer = (await createListEntry(db, admin, "issuers", "Ủy ban nhân dân phân quyền")).id;
  const docInput = { number: "1/QĐ-PQ", typeId: documentType, issuerId: documentIssuer, fieldIds: [], signer: "", signerTitle: "", issuedOn: "2026-01-05", effectiveOn: null, expiresOn: null, summary: "Văn bản nháp kiểm tra quyền", sourceUrl: "" };
  const documentId = (await createDocument(db, author, docInput)).id;
  const documentRevision = (await listDocumentRevisions(db, author, documentId))!.revisions.at(-1)!.id;
  const documentTarget = (await createDocument(db, editor, { ...docInput, number: "2/QĐ-PQ" })).id;
  const spareDocumentType = (await createListEntry(db, admin, "types", "Loại để xóa")).id;
  const [row] = await db.select().from(sites).where(eq(sites.id, siteId));
  const orgUnit = (await createUnit(db, editor, { name: "Đơn vị phân quyền", kind: "phong", parentId: null })).id;
  const leader = (await createLeader(db, editor, { name: "Lãnh đạo phân quyền", title: "Chủ tịch", current: true, photoMediaId: null, unitId: orgUnit })).id;
  const scheduleEntryId = await createScheduleEntry(db, editor, scheduleEntry());
  const procedureId = (await createProcedure(db, editor, procedureFields(site === "A" ? "9.000001" : "9.000002"))).id;
  const disclosureId = await createDisclosure(db, editor, disclosureFields() as DisclosureInput);
  const moment = (days: number, time: string) => ({ date: dayFromNow(days), time });
  const draftFields = (opens: { date: string; time: string }, closes: { date: string; time: string }) => ({ ...draftForm(), opensAt: opens.date, opensAtTime: opens.time, closesAt: closes.date, closesAtTime: closes.time });
  const draft = await createDraft(db, editor, draftFields(moment(-1, "08:00"), moment(30, "17:00")));
  const closedDraft = (await createDraft(db, editor, { ...draftFields(moment(-30, "08:00"), moment(-1, "17:00")), title: "Dự thảo đã kết thúc kiểm tra quyền" })).id;
  const draftComment = (await submitComment(db, siteId, draft.slug, { name: "Người Góp Ý Quyền", email: `nguoi-gop-y-${site.toLowerCase()}@example.vn`, consent: "on", body: "Góp ý kiểm tra quyền cho dự thảo." })).id;
  return {
    draft: draft.id,
    closedDraft,
    draftComment,
    leader,
    orgUnit,
    scheduleEntry: scheduleEntryId,
    procedure: procedureId,
    disclosure: disclosureId,
    question,
    reviewQuestion,
    spareQuestion,
    document: documentId,
    documentTarget,
    documentRevision,
    documentType,
    documentIssuer,
    spareDocumentType,
    siteId,
    category: categoryId,
    spareCategory,
    article: articleId,
    revision,
    poll,
    votedPoll,
    album,
    photo,
    user,
    sendable,
    site: { name: row!.name, slug: row!.slug, kind: row!.kind, state: row!.state, parentId: row!.parentId ? String(row!.parentId) : "", hosts: "" },
  };
}

/** A published article of `from`, sent up to `to` and waiting there (inserted as sendUp would for a province). */
async function sentUpTo(from: Site, to: number): Promise<number> {
  const { id } = await createArticle(db, staff[from].editor, { title: "Tin gửi đến trang kia", summary: "", body: "<p>x</p>", byline: "", categoryId: fx[from].category, coverMediaId: null, coverCaption: "", featured: false });
  await transitionArticle(db, staff[from].editor, id, "publish");
  await db.insert(articleSyndications).values({ articleId: id, targetSiteId: to, requestedBy: staff[from].editor.id, status: "pending" });
  return id;
}

beforeAll(async () => {
  db = (await testDatabase()).db;
  A = await defaultSiteId(db);
  B = await siteIdOf(db, "tan-hoa");
  province = await siteIdOf(db, "hung-yen");
  uploads = await mkdtemp(path.join(os.tmpdir(), "authz-uploads-"));
  process.env.UPLOADS_DIR = uploads;
  const made = await createStaffOfTwoSites(db, "authz", { A, B });
  Object.assign(staff, made.staff);
  removers.push(made.remove);
  const admin = await createPlatformAdmin(db, "authz", A);
  platform = admin.actor;
  originalSettings.A = await getStoredSiteSettings(db, staff.A.admin);
  originalSettings.B = await getStoredSiteSettings(db, staff.B.admin);
  fx.A = { ...(await fixtures("A", A)), sentHere: 0 };
  fx.B = { ...(await fixtures("B", B)), sentHere: 0 };
  fx.A.sentHere = await sentUpTo("B", A);
  fx.B.sentHere = await sentUpTo("A", B);
  as("anonymous");
});

afterAll(async () => {
  await saveSiteSettings(db, staff.A.admin, originalSettings.A);
  await db.delete(leaders).where(and(inArray(leaders.siteId, [A, B]), inArray(leaders.name, ["Lãnh đạo phân quyền", "Lãnh đạo kiểm tra quyền"])));
  await db.delete(orgUnits).where(and(inArray(orgUnits.siteId, [A, B]), inArray(orgUnits.name, ["Đơn vị phân quyền", "Đơn vị kiểm tra quyền"])));
  await db.delete(settings).where(and(inArray(settings.siteId, [A, B]), inArray(settings.key, ["menu", "suspension", "page:kha-nang-tiep-can"])));
  await saveSiteSettings(db, staff.B.admin, originalSettings.B);
  await db.delete(sites).where(like(sites.slug, "quyen-%"));
  const fixtureCategories = await db.select({ id: categories.id }).from(categories).where(inArray(categories.siteId, [A, B]));
  await db.delete(articles).where(and(inArray(articles.siteId, [A, B]), inArray(articles.title, ["Bài kiểm tra quyền", "Bài để gửi lên", "Tin gửi đến trang kia"])));
  await db
    .delete(categories)
    .where(and(inArray(categories.id, fixtureCategories.map((c) => c.id)), inArray(categories.name, ["Chuyên mục phân quyền", "Chuyên mục để xóa", "Đổi tên chuyên mục", "Chuyên mục kiểm tra quyền"])));
  await db.delete(albums).where(and(inArray(albums.siteId, [A, B]), inArray(albums.title, ["Album phân quyền", "Album đổi tên", "Album kiểm tra quyền"])));
  await db.delete(polls).where(and(inArray(polls.siteId, [A, B]), inArray(polls.question, ["Bình chọn phân quyền?", "Câu hỏi đã sửa?", "Câu hỏi kiểm tra quyền?"])));
  await db.delete(media).where(inArray(media.id, [fx.A.photo, fx.B.photo]));
  await db.delete(scheduleEntries).where(and(inArray(scheduleEntries.siteId, [A, B]), eq(scheduleEntries.content, "Lịch kiểm tra quyền")));
  await db.delete(procedures).where(and(inArray(procedures.siteId, [A, B]), eq(procedures.field, "Lĩnh vực kiểm tra quyền")));
  await db.delete(disclosures).where(and(inArray(disclosures.siteId, [A, B]), eq(disclosures.title, "Dự án kiểm tra quyền")));
  await db.delete(drafts).where(and(inArray(drafts.siteId, [A, B]), inArray(drafts.title, ["Dự thảo kiểm tra quyền", "Dự thảo đã kết thúc kiểm tra quyền"])));
  await db.delete(questions).where(inArray(questions.id, [fx.A, fx.B].flatMap((f) => [f.question, f.reviewQuestion, f.spareQuestion])));
  await db.delete(users).where(inArray(users.email, ["quyen-muc-tieu-a@example.vn", "quyen-muc-tieu-b@example.vn", "quyen-moi@example.vn", "authz-platform@example.vn"]));
  for (const remove of removers) await remove();
  await rm(uploads, { recursive: true, force: true });
  delete process.env.UPLOADS_DIR;
});

describe("the matrix covers every server action", () => {
  it("lists each export of each \"use server\" module under app/admin and lib", async () => {
    const exported: string[] = [];
    for (const module of await serverActionModules()) {
      for (const [name, value] of Object.entries(await load(module))) if (typeof value === "function") exported.push(`${module}#${name}`);
    }
    const covered = [...ROWS.map((r) => `${r.module}#${r.action}`), ...PUBLIC_ACTIONS, SWITCHER];
    expect(exported.sort()).toEqual(covered.sort());
  });
});

type Expectation =
  /** Refused before anything happens, with this message; the whole database unchanged. */
  | { refused: string }
  /** Aimed at the other site's rows: refused as not allowed, or (a role allowed) with this answer; the whole database unchanged. */
  | { refused: RegExp }
  /** Past every check (whatever the data rules then say); the other site unchanged. */
  | { allowed: true; intact?: boolean };

type Case = { label: string; who: Who; site: Site; ids: Site; mustChangePassword?: boolean; expect: Expectation };

/** In order: refusals first (while every fixture is as beforeAll left it), then the calls that may change things. */
function cases(row: Row): Case[] {
  const account = row.permission === "account";
  const list: Case[] = [{ label: "anonymous", who: "anonymous", site: "A", ids: "A", expect: { refused: SESSION_EXPIRED_MESSAGE } }];
  for (const role of ROLES) if (!grants(role, row.permission)) list.push({ label: `${role} of A, on A`, who: role, site: "A", ids: "A", expect: { refused: FORBIDDEN } });
  for (const [who, site] of [["admin", "A"], ["platform", "B"]] as const) {
    // Only the change itself runs (its wrong current password is what then stops it).
    const changing = row.action === "changePasswordAction";
    list.push({ label: `${who} who must change their password, on ${site}`, who, site, ids: site, mustChangePassword: true, expect: changing ? { allowed: true } : { refused: PASSWORD_CHANGE_FIRST_MESSAGE } });
  }
  for (const role of ROLES) {
    if (account) {
      // Their own account needs no site: working on another site's host changes nothing to that.
      list.push({ label: `${role} of A, on B's host`, who: role, site: "B", ids: "B", expect: { allowed: true } });
      continue;
    }
    if (row.namesRows) {
      const answer = grants(role, row.permission) ? { refused: row.otherSiteRows ?? NOT_FOUND } : { refused: FORBIDDEN };
      list.push({ label: `${role} of A, on A, with B's rows`, who: role, site: "A", ids: "B", expect: answer });
    }
    list.push({ label: `${role} of A, on B's host with the switcher set to B`, who: role, site: "B", ids: "B", expect: { refused: FORBIDDEN } });
  }
  for (const role of ROLES) if (grants(role, row.permission)) list.push({ label: `${role} of A, on A`, who: role, site: "A", ids: "A", expect: { allowed: true } });
  list.push({ label: "platform admin, on A", who: "platform", site: "A", ids: "A", expect: { allowed: true } });
  list.push({ label: "platform admin, on B", who: "platform", site: "B", ids: "B", expect: { allowed: true, intact: true } });
  return list;
}

describe.each(ROWS)("$action ($module)", (row) => {
  it.each(cases(row))("$label", async ({ who, site, ids, mustChangePassword, expect: expected }) => {
    as(who, site, { mustChangePassword });
    const mod = await load(row.module);
    const other = site === "A" && ids === "A" ? B : A;
    const before = "refused" in expected ? await snapshotDatabase(db) : await snapshotSite(other);
    vi.mocked(signOut).mockClear();
    const result = await outcome(() => row.call(mod, fx[ids]));
    const message = (result as ActionState | undefined)?.message;
    if ("allowed" in expected) {
      if (result === undefined) expect(signOut).toHaveBeenCalled();
      else expect(REFUSALS, JSON.stringify(result)).not.toContain(message);
      // The platform admin on B works on B's own rows: each is still there for them.
      if (expected.intact && message) expect(message).not.toMatch(NOT_FOUND);
      expect(await snapshotSite(other), "the other site").toEqual(before);
      return;
    }
    if (row.module === ACCOUNT && result === undefined) expect(signOut).not.toHaveBeenCalled();
    else {
      expect(result).toMatchObject({ ok: false });
      if (typeof expected.refused === "string") expect(message).toBe(expected.refused);
      else expect(message).toMatch(expected.refused);
    }
    expect(signOut).not.toHaveBeenCalled();
    expect(await snapshotDatabase(db)).toEqual(before);
  });
});

describe("a request that does not come from the admin pages", () => {
  const cases: [string, Record<string, string>][] = [
    ["Origin of another site", { ...HOST_A, origin: "https://evil.example" }],
    ["Origin: null", { ...HOST_A, origin: "null" }],
    ["no Origin", { host: HOST_A.host, "x-forwarded-for": HOST_A["x-forwarded-for"] }],
  ];
  it.each(cases)("%s: the admin's own session changes nothing, nor a platform admin's", async (_label, headers) => {
    for (const who of ["admin", "platform"] as const) {
      as(who);
      request.headers = headers;
      for (const row of ROWS.filter((r) => who === "platform" || grants("admin", r.permission))) {
        const mod = await load(row.module);
        const before = await snapshotDatabase(db);
        const result = await outcome(() => row.call(mod, fx.A));
        if (result !== undefined) expect(result, row.action).toMatchObject({ ok: false, message: CROSS_SITE_MESSAGE });
        expect(await snapshotDatabase(db), row.action).toEqual(before);
      }
    }
  }, 180_000); // every admin action, twice, with a database snapshot each time
});

describe("the site switcher", () => {
  const switchTo = async (siteId: number) => {
    request.setCookies = [];
    const { switchSiteAction } = await load(PANEL);
    return outcome(() => (switchSiteAction as (f: FormData) => Promise<unknown>)(form({ siteId })));
  };

  it("moves a person only to a site they work on, and writes nothing", async () => {
    const before = await snapshotDatabase(db);
    as("editor");
    expect(await switchTo(B)).toBeUndefined();
    expect(request.setCookies).toEqual([]);
    expect(await switchTo(A)).toEqual({ redirectedTo: "/admin" });
    expect(request.setCookies).toEqual([{ name: ADMIN_SITE_COOKIE, value: String(A) }]);
    as("platform");
    expect(await switchTo(B)).toEqual({ redirectedTo: "/admin" });
    expect(request.setCookies).toEqual([{ name: ADMIN_SITE_COOKIE, value: String(B) }]);
    as("anonymous");
    expect(await switchTo(A)).toBeUndefined();
    as("platform");
    request.headers = { ...HOST_A, origin: "https://evil.example" };
    expect(await switchTo(B)).toBeUndefined();
    expect(request.setCookies).toEqual([]);
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it("a cookie naming a site the person does not work on is ignored: they act on the host's site", async () => {
    as("editor");
    request.cookies = { [ADMIN_SITE_COOKIE]: String(B) };
    const before = await snapshotSite(B);
    const { createPollAction } = await load(POLLS);
    const result = await outcome(() => (createPollAction as (s: ActionState, f: FormData) => Promise<unknown>)(initial, form({ question: "Câu hỏi kiểm tra quyền?", "options.0": "Có", "options.1": "Không" })));
    expect(result).toMatchObject({ redirectedTo: expect.stringMatching(/^\/admin\/binh-chon\/\d+/) });
    const id = Number((result as { redirectedTo: string }).redirectedTo.split("/")[3]!.split("?")[0]);
    const [poll] = await db.select({ siteId: polls.siteId }).from(polls).where(eq(polls.id, id));
    expect(poll).toEqual({ siteId: A });
    expect(await snapshotSite(B)).toEqual(before);
  });
});

describe("sending up from a live commune", () => {
  const HOST_C = { origin: "http://dong-kinh.localhost:3000", host: "dong-kinh.localhost:3000", "x-forwarded-for": "10.9.8.7" };
  let commune: { actors: Record<Role, Actor>; remove: () => Promise<void> };
  let theirs: number;
  let own: number;
  beforeAll(async () => {
    const dongKinh = await siteIdOf(db, "dong-kinh");
    commune = await createActors(db, "authz-c", dongKinh);
    const [category] = await db.select({ id: categories.id }).from(categories).where(eq(categories.siteId, dongKinh)).limit(1);
    const input = { title: "Bài kiểm tra quyền", summary: "", body: "<p>x</p>", byline: "", categoryId: category!.id, coverMediaId: null, coverCaption: "", featured: false };
    own = (await createArticle(db, commune.actors.editor, input)).id;
    await transitionArticle(db, commune.actors.editor, own, "publish");
    // A published article of another commune (B), not yet sent up.
    theirs = (await createArticle(db, staff.B.editor, { ...input, title: "Bài để gửi lên", categoryId: fx.B.category })).id;
    await transitionArticle(db, staff.B.editor, theirs, "publish");
  });
  afterAll(async () => {
    await db.delete(articles).where(inArray(articles.id, [own, theirs]));
    await commune.remove();
  });

  const sendUp = async (id: number) => {
    const { sendUpAction } = await load(SENT_UP);
    return outcome(() => (sendUpAction as (s: ActionState, f: FormData) => Promise<unknown>)(initial, form({ id })));
  };

  it("refuses another site's article to its editors and admins, changing nothing", async () => {
    for (const role of ["editor", "admin"] as const) {
      signInAs(commune.actors[role], { headers: HOST_C });
      const before = await snapshotDatabase(db);
      expect(await sendUp(theirs)).toEqual({ ok: false, message: "Không tìm thấy bài viết." });
      expect(await snapshotDatabase(db)).toEqual(before);
    }
    signInAs(commune.actors.author, { headers: HOST_C });
    const before = await snapshotDatabase(db);
    expect(await sendUp(own)).toEqual({ ok: false, message: FORBIDDEN });
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it("sends its own published article up to its province, pending", async () => {
    signInAs(commune.actors.editor, { headers: HOST_C });
    expect(await sendUp(own)).toMatchObject({ ok: true });
    const [row] = await db.select().from(articleSyndications).where(eq(articleSyndications.articleId, own));
    expect(row).toMatchObject({ targetSiteId: province, status: "pending", requestedBy: commune.actors.editor.id });
  });
});

describe("the admin's route handlers while a password set by an admin is not changed yet", () => {
  const ROUTES: { file: string; call: (mod: Record<string, (...args: never[]) => Promise<Response>>) => Promise<Response> }[] = [
    { file: "app/admin/(panel)/nhat-ky/csv/route.ts", call: (mod) => (mod.GET as (r: Request) => Promise<Response>)(new Request(`${HOST_A.origin}/admin/nhat-ky/csv`)) },
    {
      file: "app/admin/(panel)/binh-chon/[id]/csv/route.ts",
      call: (mod) =>
        (mod.GET as (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response>)(new Request(`${HOST_A.origin}/admin/binh-chon/${fx.A.poll}/csv`), {
          params: Promise.resolve({ id: String(fx.A.poll) }),
        }),
    },
    { file: "app/admin/(panel)/thu-tuc-hanh-chinh/mau-nhap.csv/route.ts", call: (mod) => (mod.GET as () => Promise<Response>)() },
    { file: "app/admin/(panel)/thu-vien/chon-anh/route.ts", call: (mod) => (mod.GET as (r: Request) => Promise<Response>)(new Request(`${HOST_A.origin}/admin/thu-vien/chon-anh`)) },
    {
      file: "app/admin/(panel)/thu-vien/tai-len/route.ts",
      call: (mod) =>
        (mod.POST as (r: Request) => Promise<Response>)(
          new Request(`${HOST_A.origin}/admin/thu-vien/tai-len`, { method: "POST", headers: { origin: HOST_A.origin, host: HOST_A.host, "x-file-name": "x.png" }, body: new Uint8Array([1, 2, 3]) }),
        ),
    },
    { file: "app/admin/(panel)/van-ban/nhap/mau/route.ts", call: (mod) => (mod.GET as () => Promise<Response>)() },
    {
      file: "app/admin/(panel)/du-thao/tai-tep/route.ts",
      call: (mod) => {
        const body = new FormData();
        body.append("file", new File(["%PDF-1.4"], "x.pdf", { type: "application/pdf" }));
        return (mod.POST as (r: Request) => Promise<Response>)(new Request(`${HOST_A.origin}/admin/du-thao/tai-tep?id=${fx.A.draft}`, { method: "POST", headers: { origin: HOST_A.origin, host: HOST_A.host }, body }));
      },
    },
    {
      file: "app/admin/(panel)/van-ban/tai-tep/route.ts",
      call: (mod) => {
        const body = new FormData();
        body.append("file", new File(["%PDF-1.4"], "x.pdf", { type: "application/pdf" }));
        return (mod.POST as (r: Request) => Promise<Response>)(new Request(`${HOST_A.origin}/admin/van-ban/tai-tep?id=${fx.A.document}`, { method: "POST", headers: { origin: HOST_A.origin, host: HOST_A.host }, body }));
      },
    },
  ];

  it("answer 403 with the reason and change nothing, for every route handler under app/admin", async () => {
    const handlers: string[] = [];
    for (const entry of await readdir("app/admin", { recursive: true })) if (entry.endsWith("route.ts")) handlers.push(path.join("app/admin", entry));
    expect(handlers.sort()).toEqual(ROUTES.map((r) => r.file).sort());
    as("admin", "A", { mustChangePassword: true });
    for (const route of ROUTES) {
      const before = await snapshotDatabase(db);
      const response = await route.call((await load(route.file)) as never);
      expect(response.status, route.file).toBe(403);
      expect(await response.text(), route.file).toContain(PASSWORD_CHANGE_FIRST_MESSAGE);
      expect(await snapshotDatabase(db), route.file).toEqual(before);
    }
    // The same calls once the password is changed: the refusal was about the password.
    as("admin", "A");
    expect((await ROUTES[0]!.call((await load(ROUTES[0]!.file)) as never)).status).toBe(200);
    expect((await ROUTES[1]!.call((await load(ROUTES[1]!.file)) as never)).status).toBe(200);
  });
});
