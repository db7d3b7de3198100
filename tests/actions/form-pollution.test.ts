import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { inArray } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { createListEntry, readDocumentLists } from "@/db/document-lists";
import { createPoll } from "@/db/polls";
import { getStoredSiteSettings, saveSiteSettings } from "@/db/settings";
import { polls } from "@/db/schema";
import type { ActionState } from "@/auth/action";
import { UNSAFE_FIELD_NAME_MESSAGE } from "@/lib/form-data";
import type { StoredSiteSettings } from "@/lib/site-settings";
import { createActors } from "../support/actors";
import { snapshotDatabase } from "../support/db-snapshot";
import { form, outcome, request, signInAs, SITE } from "../support/request-context";
import { testDatabase } from "../support/test-db";

// Every action that parses nested field names (lib/form-data.ts), posted the names a
// prototype-pollution attack uses, by the role that may call it: each is refused with a
// message, Object.prototype stays clean and no table changes.

vi.mock("@/auth/auth", async () => (await import("../support/request-context")).authModule());
vi.mock("@/db/index", async () => (await import("../support/request-context")).dbModule());
vi.mock("next/headers", async () => (await import("../support/request-context")).headersModule());
vi.mock("next/cache", async () => (await import("../support/request-context")).cacheModule());
vi.mock("next/navigation", async () => (await import("../support/request-context")).navigationModule());

const ARTICLES = "app/admin/(panel)/bai-viet/actions.ts";
const POLLS = "app/admin/(panel)/binh-chon/actions.ts";
const SETTINGS = "app/admin/(panel)/cai-dat/actions.ts";
const DOCUMENTS = "app/admin/(panel)/van-ban/actions.ts";
const MENU = "app/admin/(panel)/trinh-don/actions.ts";

type Action = (...args: never[]) => Promise<unknown>;
let db: Database;
let actors: Awaited<ReturnType<typeof createActors>>["actors"];
let removeActors: () => Promise<void>;
let pollId = 0;
/** A loại văn bản and a cơ quan ban hành of the site, for the documents form. */
let documentLists = { typeId: "", issuerId: "" };
let documentNumber = 0;
let originalSettings: StoredSiteSettings;

const poll = { question: "Câu hỏi có tên trường độc?", "options.0": "Có", "options.1": "Không" };
const settings = { portalName: "Cổng thử tên trường", agencyName: "UBND huyện", "weatherCities.0.name": "Hà Nội", "weatherCities.0.latitude": "21.03", "weatherCities.0.longitude": "105.85" };

const ACTIONS: { module: string; action: string; call: (mod: Record<string, Action>, fields: Record<string, string>) => Promise<unknown> }[] = [
  { module: POLLS, action: "createPollAction", call: (mod, fields) => (mod.createPollAction as (s: ActionState, f: FormData) => Promise<unknown>)({}, form({ ...poll, ...fields })) },
  { module: POLLS, action: "updatePollAction", call: (mod, fields) => (mod.updatePollAction as (id: number, s: ActionState, f: FormData) => Promise<unknown>)(pollId, {}, form({ ...poll, ...fields })) },
  { module: ARTICLES, action: "bulkArticlesAction", call: (mod, fields) => (mod.bulkArticlesAction as (s: ActionState, f: FormData) => Promise<unknown>)({}, form({ "ids.0": "1", operation: "archive", ...fields })) },
  {
    module: DOCUMENTS,
    action: "createDocumentAction",
    call: (mod, fields) =>
      (mod.createDocumentAction as (s: ActionState, f: FormData) => Promise<unknown>)({}, form({ number: `${++documentNumber}/TB-ONHIEM`, ...documentLists, issuedOn: "15/01/2026", summary: "Văn bản có tên trường độc", ...fields })),
  },
  { module: MENU, action: "saveMenuAction", call: (mod, fields) => (mod.saveMenuAction as (s: ActionState, f: FormData) => Promise<unknown>)({}, form({ "items.0.ref": "section:/gioi-thieu", "items.0.label": "Giới thiệu", "items.0.visible": "on", ...fields })) },
  { module: SETTINGS, action: "saveSettingsAction", call: (mod, fields) => (mod.saveSettingsAction as (s: ActionState, f: FormData) => Promise<unknown>)({}, form({ ...settings, ...fields })) },
];

const POLLUTING = [
  "__proto__.polluted",
  "constructor.prototype.polluted",
  "options.__proto__.polluted",
  "options.constructor.prototype.polluted",
  "weatherCities.0.__proto__.polluted",
  "weatherCities.0.constructor.prototype.polluted",
  "links.__proto__.polluted",
  "prototype.polluted",
];

const load = (module: string) => import(/* @vite-ignore */ path.resolve(module)) as Promise<Record<string, Action>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  ({ actors, remove: removeActors } = await createActors(db, "pollution"));
  originalSettings = await getStoredSiteSettings(db, actors.admin);
  const lists = await readDocumentLists(db, actors.admin.siteId);
  documentLists = { typeId: String(lists.types[0]!.id), issuerId: String((await createListEntry(db, actors.admin, "issuers", "Ủy ban nhân dân thử tên trường")).id) };
  pollId = await createPoll(db, actors.admin, { question: "Bình chọn để sửa?", options: ["Có", "Không"], opensAt: null, closesAt: null, showOnHome: false });
  request.headers = SITE;
  signInAs(actors.admin);
});

afterEach(() => {
  // Before the fix these writes landed on every object of the process: undo them so
  // one failure does not spread to the next test.
  delete (Object.prototype as Record<string, unknown>).polluted;
});

afterAll(async () => {
  await saveSiteSettings(db, actors.admin, originalSettings);
  await db.delete(polls).where(inArray(polls.question, ["Bình chọn để sửa?", poll.question]));
  await removeActors();
});

it("covers every admin action module that parses nested names", async () => {
  const parsing: string[] = [];
  for (const entry of await readdir("app/admin", { recursive: true })) {
    const file = path.join("app/admin", entry);
    if (/\.tsx?$/.test(file) && (await readFile(file, "utf8")).includes("@/lib/form-data")) parsing.push(file);
  }
  expect(parsing.sort()).toEqual([...new Set(ACTIONS.map((a) => a.module))].sort());
});

describe.each(ACTIONS)("$action", (row) => {
  it.each(POLLUTING)("refuses a field named %s", async (name) => {
    const mod = await load(row.module);
    const before = await snapshotDatabase(db);
    const result = await outcome(() => row.call(mod, { [name]: "yes" }));
    expect(({} as Record<string, unknown>).polluted, "Object.prototype was written").toBeUndefined();
    expect(result).toMatchObject({ ok: false, message: UNSAFE_FIELD_NAME_MESSAGE });
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it("still saves the same form without the polluting name", async () => {
    const mod = await load(row.module);
    const result = await outcome(() => row.call(mod, {}));
    expect(result).not.toMatchObject({ ok: false });
  });
});
