import { readdir, readFile, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { inArray } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAlbum } from "@/db/albums";
import { createArticle, listRevisions, saveArticle } from "@/db/article-editor";
import { createCategory } from "@/db/categories";
import type { Database } from "@/db/client";
import { updateMediaText, uploadMedia } from "@/db/media";
import { createPoll } from "@/db/polls";
import { albums, articles, categories, media, polls, users } from "@/db/schema";
import { getSiteSettings, saveSiteSettings, type SiteSettings } from "@/db/settings";
import { createUser } from "@/db/users";
import { CROSS_SITE_MESSAGE, type ActionState } from "@/lib/auth/action";
import { signOut } from "@/lib/auth/auth";
import { ForbiddenError, type Role, type SessionUser } from "@/lib/auth/roles";
import { createActors } from "../support/actors";
import { snapshotDatabase } from "../support/db-snapshot";
import { testDatabase } from "../support/test-db";

// Every exported server action of the admin, called as Next would call it, for each of
// anonymous, author, editor and admin. Only Next's request context is replaced: the
// session Auth.js would decode, the request headers, cache calls and redirects. The
// role checks, zod parsing and data layer are the real ones, on the test database.

const request = vi.hoisted(() => ({
  session: null as null | { user: Record<string, unknown> },
  headers: {} as Record<string, string>,
}));

vi.mock("@/lib/auth/auth", () => ({
  auth: vi.fn(async () => request.session),
  signIn: vi.fn(async () => undefined),
  signOut: vi.fn(async () => undefined),
  handlers: {},
}));
vi.mock("@/db/index", async () => {
  const { testDatabase: open } = await import("../support/test-db");
  return { getDb: async () => (await open()).db, closeDb: async () => undefined };
});
vi.mock("next/headers", () => ({
  headers: async () => new Headers(request.headers),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined, has: () => false }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirected(url);
  },
  forbidden: () => {
    throw new ForbiddenError();
  },
  notFound: () => {
    throw new Error("not found");
  },
}));

class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

const SITE = { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000", "x-forwarded-for": "10.9.8.7" };
const initial: ActionState = {};
type Who = Role | "anonymous";
const EVERYONE: Who[] = ["anonymous", "author", "editor", "admin"];

let db: Database;
let actors: Record<Role, SessionUser>;
let removeActors: () => Promise<void>;
let uploads: string;
let originalSettings: SiteSettings;
const ids = { category: 0, spareCategory: 0, article: 0, revision: 0, poll: 0, sparePoll: 0, album: 0, photo: 0, user: 0 };

function as(who: Who) {
  const actor = who === "anonymous" ? null : actors[who];
  request.session = actor && { user: { id: String(actor.id), name: actor.name, email: actor.email, role: actor.role, mustChangePassword: false } };
}

function form(fields: Record<string, string | number | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, String(v));
  return data;
}

/** What an action answered: its state, or where it redirected (success for create-and-open actions). */
async function outcome(call: () => Promise<unknown>): Promise<ActionState | { redirectedTo: string } | undefined> {
  try {
    return (await call()) as ActionState | undefined;
  } catch (error) {
    if (error instanceof Redirected) return { redirectedTo: error.url };
    throw error;
  }
}

const REFUSALS = ["Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.", new ForbiddenError().message];

type Row = { module: string; action: string; allowed: Who[]; call: (mod: Record<string, (...args: never[]) => Promise<unknown>>) => Promise<unknown> };

/** Calls `mod[action]` as a `useActionState` form action would. */
const viaForm = (fields: () => Record<string, string | number | string[]>) => (action: string) => (mod: Record<string, (...args: never[]) => Promise<unknown>>) =>
  (mod[action] as (s: ActionState, f: FormData) => Promise<unknown>)(initial, form(fields()));

const ARTICLES = "app/admin/(panel)/bai-viet/actions.ts";
const CATEGORIES = "app/admin/(panel)/chuyen-muc/actions.ts";
const POLLS = "app/admin/(panel)/binh-chon/actions.ts";
const ALBUMS = "app/admin/(panel)/album/actions.ts";
const MEDIA = "app/admin/(panel)/thu-vien/actions.ts";
const USERS = "app/admin/(panel)/nguoi-dung/actions.ts";
const SETTINGS = "app/admin/(panel)/cai-dat/actions.ts";
const ACCOUNT = "app/admin/(panel)/tai-khoan/actions.ts";
const PANEL = "app/admin/(panel)/actions.ts";
const SIGN_IN = "app/admin/(auth)/dang-nhap/actions.ts";

const STAFF: Who[] = ["author", "editor", "admin"];
const EDITORS: Who[] = ["editor", "admin"];
const ADMINS: Who[] = ["admin"];

const article = () => ({ title: "Bài kiểm tra quyền", summary: "", body: "<p>Nội dung</p>", byline: "", categoryId: ids.category, coverCaption: "" });
const category = () => ({ name: "Chuyên mục kiểm tra quyền", description: "", parentId: "", slug: "" });

const ROWS: Row[] = [
  { module: ARTICLES, action: "createArticleAction", allowed: STAFF, call: viaForm(article)("createArticleAction") },
  { module: ARTICLES, action: "saveArticleAction", allowed: STAFF, call: viaForm(() => ({ ...article(), id: ids.article, intent: "save" }))("saveArticleAction") },
  { module: ARTICLES, action: "transitionAction", allowed: STAFF, call: viaForm(() => ({ id: ids.article, transition: "submit" }))("transitionAction") },
  { module: ARTICLES, action: "approveRevisionAction", allowed: EDITORS, call: viaForm(() => ({ id: ids.article, revisionId: ids.revision }))("approveRevisionAction") },
  { module: ARTICLES, action: "restoreRevisionAction", allowed: STAFF, call: viaForm(() => ({ id: ids.article, revisionId: ids.revision }))("restoreRevisionAction") },
  // A draft cannot be archived: an allowed caller gets "skipped", which is not a refusal.
  { module: ARTICLES, action: "bulkArticlesAction", allowed: EDITORS, call: viaForm(() => ({ "ids.0": String(ids.article), operation: "archive" }))("bulkArticlesAction") },
  { module: CATEGORIES, action: "createCategoryAction", allowed: EDITORS, call: viaForm(category)("createCategoryAction") },
  { module: CATEGORIES, action: "updateCategoryAction", allowed: EDITORS, call: viaForm(() => ({ ...category(), id: ids.spareCategory, name: "Đổi tên chuyên mục" }))("updateCategoryAction") },
  { module: CATEGORIES, action: "moveCategoryAction", allowed: EDITORS, call: viaForm(() => ({ id: ids.spareCategory, direction: "up" }))("moveCategoryAction") },
  { module: CATEGORIES, action: "deleteCategoryAction", allowed: EDITORS, call: viaForm(() => ({ id: ids.spareCategory }))("deleteCategoryAction") },
  { module: POLLS, action: "createPollAction", allowed: EDITORS, call: viaForm(() => ({ question: "Câu hỏi kiểm tra quyền?", "options.0": "Có", "options.1": "Không" }))("createPollAction") },
  {
    module: POLLS,
    action: "updatePollAction",
    allowed: EDITORS,
    call: (mod) => (mod.updatePollAction as (id: number, s: ActionState, f: FormData) => Promise<unknown>)(ids.poll, initial, form({ question: "Câu hỏi đã sửa?", "options.0": "Có", "options.1": "Không" })),
  },
  { module: POLLS, action: "closePollAction", allowed: EDITORS, call: viaForm(() => ({ id: ids.poll }))("closePollAction") },
  { module: POLLS, action: "duplicatePollAction", allowed: EDITORS, call: viaForm(() => ({ id: ids.poll }))("duplicatePollAction") },
  { module: POLLS, action: "deletePollAction", allowed: EDITORS, call: viaForm(() => ({ id: ids.sparePoll }))("deletePollAction") },
  { module: ALBUMS, action: "createAlbumAction", allowed: EDITORS, call: viaForm(() => ({ title: "Album kiểm tra quyền", description: "" }))("createAlbumAction") },
  { module: ALBUMS, action: "updateAlbumAction", allowed: EDITORS, call: viaForm(() => ({ id: ids.album, title: "Album đổi tên", description: "" }))("updateAlbumAction") },
  { module: ALBUMS, action: "addPhotosAction", allowed: EDITORS, call: viaForm(() => ({ id: ids.album, media: [String(ids.photo)] }))("addPhotosAction") },
  { module: ALBUMS, action: "saveItemsAction", allowed: EDITORS, call: viaForm(() => ({ id: ids.album, order: "" }))("saveItemsAction") },
  { module: ALBUMS, action: "removePhotoAction", allowed: EDITORS, call: viaForm(() => ({ id: ids.album, item: 999_999 }))("removePhotoAction") },
  { module: ALBUMS, action: "publishAction", allowed: EDITORS, call: viaForm(() => ({ id: ids.album, published: "true" }))("publishAction") },
  { module: ALBUMS, action: "deleteAlbumAction", allowed: EDITORS, call: viaForm(() => ({ id: ids.album }))("deleteAlbumAction") },
  { module: MEDIA, action: "updateMediaTextAction", allowed: STAFF, call: viaForm(() => ({ id: ids.photo, alt: "Mô tả mới", caption: "" }))("updateMediaTextAction") },
  { module: MEDIA, action: "deleteMediaAction", allowed: EDITORS, call: viaForm(() => ({ id: ids.photo }))("deleteMediaAction") },
  { module: USERS, action: "createUserAction", allowed: ADMINS, call: viaForm(() => ({ email: "quyen-moi@example.vn", name: "Người mới", role: "author", password: "" }))("createUserAction") },
  { module: USERS, action: "updateUserAction", allowed: ADMINS, call: viaForm(() => ({ id: ids.user, name: "Đổi tên", role: "editor" }))("updateUserAction") },
  { module: USERS, action: "toggleUserAction", allowed: ADMINS, call: viaForm(() => ({ id: ids.user, disabled: "true" }))("toggleUserAction") },
  { module: USERS, action: "resetPasswordAction", allowed: ADMINS, call: viaForm(() => ({ id: ids.user }))("resetPasswordAction") },
  { module: SETTINGS, action: "saveSettingsAction", allowed: ADMINS, call: viaForm(() => ({ portalName: "Cổng thử quyền", agencyName: "UBND huyện" }))("saveSettingsAction") },
  { module: ACCOUNT, action: "changePasswordAction", allowed: STAFF, call: viaForm(() => ({ current: "sai-mat-khau", next: "Matkhau-moi-2026", confirm: "Matkhau-moi-2026" }))("changePasswordAction") },
  { module: ACCOUNT, action: "updateNameAction", allowed: STAFF, call: viaForm(() => ({ name: "Tên mới của tôi" }))("updateNameAction") },
  { module: ACCOUNT, action: "signOutEverywhereAction", allowed: STAFF, call: (mod) => (mod.signOutEverywhereAction as () => Promise<unknown>)() },
];

/** Actions anyone may call by design: signing in, and signing out (which only ends the caller's own session). */
const PUBLIC_ACTIONS = [`${SIGN_IN}#signInAction`, `${PANEL}#signOutAction`];

async function serverActionModules(): Promise<string[]> {
  const found: string[] = [];
  for (const root of ["app/admin", "lib"]) {
    for (const entry of await readdir(root, { recursive: true })) {
      const file = path.join(root, entry);
      if (/\.tsx?$/.test(file) && /^\s*["']use server["']/.test(await readFile(file, "utf8"))) found.push(file);
    }
  }
  return found.sort();
}

const load = (module: string) => import(/* @vite-ignore */ path.resolve(module)) as Promise<Record<string, (...args: never[]) => Promise<unknown>>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  ({ actors, remove: removeActors } = await createActors(db, "authz"));
  originalSettings = await getSiteSettings(db);
  uploads = await mkdtemp(path.join(os.tmpdir(), "authz-uploads-"));
  process.env.UPLOADS_DIR = uploads;
  ids.category = (await createCategory(db, actors.admin, { name: "Chuyên mục phân quyền", description: "", parentId: null, showOnHome: false })).id;
  ids.spareCategory = (await createCategory(db, actors.admin, { name: "Chuyên mục để xóa", description: "", parentId: null, showOnHome: false })).id;
  ids.article = (await createArticle(db, actors.author, { ...article(), coverMediaId: null, featured: false })).id;
  await saveArticle(db, actors.author, ids.article, { ...article(), summary: "Bản thứ hai", coverMediaId: null, featured: false });
  ids.revision = (await listRevisions(db, actors.author, ids.article))!.revisions.at(-1)!.id;
  ids.poll = await createPoll(db, actors.admin, { question: "Bình chọn phân quyền?", options: ["Có", "Không"], opensAt: null, closesAt: null, showOnHome: false });
  ids.sparePoll = await createPoll(db, actors.admin, { question: "Bình chọn để xóa?", options: ["Có", "Không"], opensAt: null, closesAt: null, showOnHome: false });
  ids.album = (await createAlbum(db, actors.admin, { title: "Album phân quyền", description: "" })).id;
  const image = await sharp({ create: { width: 32, height: 24, channels: 3, background: { r: 1, g: 2, b: 3 } } }).png().toBuffer();
  ids.photo = (await uploadMedia(db, actors.admin, image, "quyen.png")).id;
  await updateMediaText(db, actors.admin, ids.photo, { alt: "Ảnh", caption: "" });
  ids.user = (await createUser(db, actors.admin, { email: "quyen-muc-tieu@example.vn", name: "Người bị sửa", role: "author", password: "Matkhau-dai-2026" })).id;
  request.headers = SITE;
});

afterAll(async () => {
  await saveSiteSettings(db, actors.admin, originalSettings);
  await db.delete(albums).where(inArray(albums.title, ["Album phân quyền", "Album đổi tên", "Album kiểm tra quyền"]));
  await db.delete(polls).where(inArray(polls.question, ["Bình chọn phân quyền?", "Bình chọn để xóa?", "Câu hỏi đã sửa?", "Câu hỏi kiểm tra quyền?"]));
  await db.delete(articles).where(inArray(articles.categoryId, [ids.category]));
  await db.delete(categories).where(inArray(categories.name, ["Chuyên mục phân quyền", "Chuyên mục để xóa", "Đổi tên chuyên mục", "Chuyên mục kiểm tra quyền"]));
  await db.delete(media).where(inArray(media.id, [ids.photo]));
  await db.delete(users).where(inArray(users.email, ["quyen-muc-tieu@example.vn", "quyen-moi@example.vn"]));
  await removeActors();
  await rm(uploads, { recursive: true, force: true });
  delete process.env.UPLOADS_DIR;
});

describe("the matrix covers every server action", () => {
  it("lists each export of each \"use server\" module under app/admin and lib", async () => {
    const exported: string[] = [];
    for (const module of await serverActionModules()) {
      for (const [name, value] of Object.entries(await load(module))) if (typeof value === "function") exported.push(`${module}#${name}`);
    }
    const covered = [...ROWS.map((r) => `${r.module}#${r.action}`), ...PUBLIC_ACTIONS];
    expect(exported.sort()).toEqual(covered.sort());
  });
});

describe.each(ROWS)("$action ($module)", (row) => {
  // Refused callers first, while every fixture is as beforeAll left it.
  const order = [...EVERYONE.filter((w) => !row.allowed.includes(w)), ...row.allowed];
  it.each(order)("%s", async (who) => {
    as(who);
    const mod = await load(row.module);
    const before = await snapshotDatabase(db);
    vi.mocked(signOut).mockClear();
    const result = await outcome(() => row.call(mod));
    if (row.allowed.includes(who)) {
      // Past the role check: whatever the data rules then say, it was not a refusal.
      if (result === undefined) expect(signOut).toHaveBeenCalled();
      else expect(REFUSALS).not.toContain((result as ActionState).message);
      return;
    }
    if (result !== undefined) {
      expect(result).toMatchObject({ ok: false });
      expect(REFUSALS).toContain((result as ActionState).message);
    }
    expect(signOut).not.toHaveBeenCalled();
    expect(await snapshotDatabase(db)).toEqual(before);
  });
});

describe("a request that does not come from the admin pages", () => {
  const cases: [string, Record<string, string>][] = [
    ["Origin of another site", { ...SITE, origin: "https://evil.example" }],
    ["Origin: null", { ...SITE, origin: "null" }],
    ["no Origin", { host: SITE.host, "x-forwarded-for": SITE["x-forwarded-for"] }],
  ];
  it.each(cases)("%s: the admin's own session changes nothing", async (_label, headers) => {
    as("admin");
    request.headers = headers;
    try {
      for (const row of ROWS.filter((r) => r.allowed.includes("admin"))) {
        const mod = await load(row.module);
        const before = await snapshotDatabase(db);
        const result = await outcome(() => row.call(mod));
        if (result !== undefined) expect(result, row.action).toMatchObject({ ok: false, message: CROSS_SITE_MESSAGE });
        expect(await snapshotDatabase(db), row.action).toEqual(before);
      }
    } finally {
      request.headers = SITE;
    }
  });
});
