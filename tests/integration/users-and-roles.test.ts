import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit, recordAudit } from "@/db/audit";
import type { Database } from "@/db/client";
import { getDashboard } from "@/db/dashboard";
import { ensureFirstAdmin } from "@/db/first-admin";
import { articles, siteHosts, siteMembers, sites, users } from "@/db/schema";
import { appointMember, createSite, listMemberships, listSites, updateSite, type SiteInput } from "@/db/sites";
import {
  changeOwnPassword,
  findUserForSignIn,
  getSessionState,
  listUsers,
  removeMember,
  resetUserPassword,
  setUserDisabled,
  signOutEverywhere,
  updateUser,
  UserRuleError,
} from "@/db/users";
import { verifyPassword } from "@/lib/auth/password";
import { ForbiddenError, type Actor, type Role } from "@/lib/auth/policy";
import { createActors, defaultSiteId, siteIdOf } from "../support/actors";
import { snapshotDatabase } from "../support/db-snapshot";
import { testDatabase } from "../support/test-db";

const PASSWORD = "Matkhau-dai-2026";

let db: Database;
/** The default site (the demo district) and a commune of the demo province. */
let siteId: number;
let tanHoa: number;
let provinceId: number;
let first: Awaited<ReturnType<typeof ensureFirstAdmin>>;
/** A platform admin of this file (the first admin's password is printed, not known here), working on the default site. */
let platform: Actor;
/** Real members of the default site, appointed as a site admin would. */
const actors = {} as Record<Role, Actor>;
/** Every account this file makes, removed at its end: files share the run's database. */
const made: number[] = [];
const madeSites: number[] = [];

const onSite = (actor: Actor, id: number): Actor => ({ ...actor, siteId: id });

async function snapshotUsers() {
  const accounts = await db
    .select({ id: users.id, name: users.name, disabled: users.disabled, sv: users.sessionVersion, hash: users.passwordHash, mcp: users.mustChangePassword, pa: users.platformAdmin })
    .from(users)
    .orderBy(users.id);
  const members = await db.select().from(siteMembers).orderBy(asc(siteMembers.siteId), asc(siteMembers.userId));
  return { accounts, members };
}

/** `password: null` lets appointMember generate a one-time password. */
async function appoint(by: Actor, email: string, name: string, role: Role, password: string | null = PASSWORD) {
  const done = await appointMember(db, by, { email, name, role, password: password ?? undefined });
  if (!done.existing) made.push(done.id);
  return done;
}

async function memberOf(id: number): Promise<Record<number, Role>> {
  return Object.fromEntries((await listMemberships(db, id)).map((m) => [m.siteId, m.role]));
}

beforeAll(async () => {
  db = (await testDatabase()).db;
  // The demo seed made accounts for the editors of the province and its communes; the
  // first start still has to make the platform admin who hands those sites over.
  first = await ensureFirstAdmin(db, { email: "Admin@Example.VN", password: undefined });
  siteId = await defaultSiteId(db);
  tanHoa = await siteIdOf(db, "tan-hoa");
  provinceId = await siteIdOf(db, "hung-yen");
  const [row] = await db.insert(users).values({ email: "nen-tang@example.vn", name: "Quản trị nền tảng", passwordHash: "-", platformAdmin: true }).returning({ id: users.id });
  made.push(row!.id);
  platform = { id: row!.id, name: "Quản trị nền tảng", email: "nen-tang@example.vn", platformAdmin: true, mustChangePassword: false, siteId, role: null };
  const admin = await appoint(platform, "quantri@example.vn", "Quản trị huyện", "admin");
  actors.admin = { id: admin.id, name: "Quản trị huyện", email: "quantri@example.vn", platformAdmin: false, mustChangePassword: false, siteId, role: "admin" };
  for (const role of ["editor", "author"] as const) {
    const { id } = await appoint(actors.admin, `${role}@example.vn`, `Người ${role}`, role);
    actors[role] = { id, name: `Người ${role}`, email: `${role}@example.vn`, platformAdmin: false, mustChangePassword: false, siteId, role };
  }
});

afterAll(async () => {
  if (madeSites.length) await db.delete(sites).where(inArray(sites.id, madeSites));
  if (made.length) await db.delete(users).where(inArray(users.id, made));
});

describe("first admin", () => {
  it("is created once on the seeded demo (whose site editors already have accounts), a platform admin with a generated password to change", async () => {
    expect(first).toMatchObject({ email: "admin@example.vn", generatedPassword: expect.stringMatching(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/) });
    const [row] = await db.select().from(users).where(eq(users.email, "admin@example.vn"));
    expect(row).toMatchObject({ platformAdmin: true, mustChangePassword: true, disabled: false });
    // Also the default site's admin, so that site lists them among its people.
    expect(await memberOf(row!.id)).toEqual({ [siteId]: "admin" });
    expect(row!.passwordHash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$")).toBe(true);
    expect(await verifyPassword(row!.passwordHash, first!.generatedPassword!)).toBe(true);
    expect(await ensureFirstAdmin(db, { email: "other@example.vn", password: "whatever-123" })).toBeNull();
    expect(await db.select({ id: users.id }).from(users).where(eq(users.email, "other@example.vn"))).toEqual([]);
  });
});

describe("passwords", () => {
  it("are stored as argon2id and verified; unknown users never verify", async () => {
    const user = await findUserForSignIn(db, "EDITOR@example.vn");
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user!.passwordHash, PASSWORD)).toBe(true);
    expect(await verifyPassword(user!.passwordHash, "sai")).toBe(false);
    expect(await verifyPassword(null, PASSWORD)).toBe(false);
  });

  it("set by an admin must be changed at first sign-in, typed or generated", async () => {
    expect((await findUserForSignIn(db, "editor@example.vn"))!.mustChangePassword).toBe(true);
    await appointMember(db, actors.admin, { email: "cap-san@example.vn", name: "Người được cấp", role: "author", password: "Cap-san-Matkhau-2026" });
    expect((await findUserForSignIn(db, "cap-san@example.vn"))!.mustChangePassword).toBe(true);
  });

  it("that are common, guessable or built from the person's name or email are refused with the reason, and nothing is created", async () => {
    const before = await snapshotUsers();
    await expect(appointMember(db, actors.admin, { email: "yeu@example.vn", name: "Người yếu", role: "author", password: "123456789012345" })).rejects.toThrow(/^Mật khẩu quá dễ đoán: /);
    await expect(appointMember(db, actors.admin, { email: "tran.binh@example.vn", name: "Trần Thị Bình", role: "author", password: "TranThiBinh-2026!" })).rejects.toThrow(
      "Mật khẩu không được ghép từ họ tên hay email của bạn",
    );
    await expect(changeOwnPassword(db, actors.editor, PASSWORD, "editor@example.vn!2026")).rejects.toThrow("Mật khẩu không được ghép từ họ tên hay email của bạn");
    await expect(changeOwnPassword(db, actors.editor, PASSWORD, "qwertyuiop123456")).rejects.toThrow(/^Mật khẩu quá dễ đoán: /);
    expect(await snapshotUsers()).toEqual(before);
  });
});

describe("the first admin's ADMIN_PASSWORD", () => {
  it("is used once but must be changed when the password policy refuses it", async () => {
    const { ensureFirstAdmin: ensure } = await import("@/db/first-admin");
    // On an empty users table only: run it inside a transaction that is rolled back.
    const outcome = await db
      .transaction(async (tx) => {
        await tx.execute(sql`delete from users`);
        const created = await ensure(tx as unknown as Database, { email: "quantri@example.vn", password: "admin12345678901" });
        const [row] = await tx.select({ mustChangePassword: users.mustChangePassword }).from(users).where(eq(users.email, "quantri@example.vn"));
        throw new Rollback({ created, row });
      })
      .catch((error) => (error instanceof Rollback ? error.value : Promise.reject(error)));
    expect(outcome.created).toMatchObject({ email: "quantri@example.vn", generatedPassword: undefined, refusedPassword: expect.stringMatching(/^Mật khẩu quá dễ đoán: /) });
    expect(outcome.row).toEqual({ mustChangePassword: true });
  });
});

class Rollback extends Error {
  constructor(readonly value: { created: unknown; row: unknown }) {
    super("rollback");
  }
}

describe("authorization matrix of the user-management functions", () => {
  const calls: [string, (actor: Actor) => Promise<unknown>][] = [
    ["listUsers", (a) => listUsers(db, a)],
    ["appointMember", (a) => appointMember(db, a, { email: `x-${a?.role ?? "anon"}@example.vn`, name: "X", role: "author", password: PASSWORD })],
    ["updateUser", (a) => updateUser(db, a, actors.author.id, { name: "Đổi tên", role: "editor" })],
    ["removeMember", (a) => removeMember(db, a, actors.author.id)],
    ["setUserDisabled", (a) => setUserDisabled(db, a, actors.author.id, true)],
    ["resetUserPassword", (a) => resetUserPassword(db, a, actors.author.id)],
  ];
  for (const [name, call] of calls) {
    for (const role of ["editor", "author"] as const) {
      it(`${name} refuses the ${role} and changes nothing`, async () => {
        const before = await snapshotUsers();
        await expect(call(actors[role])).rejects.toBeInstanceOf(ForbiddenError);
        expect(await snapshotUsers()).toEqual(before);
      });
    }
    it(`${name} refuses anonymous callers`, async () => {
      const before = await snapshotUsers();
      await expect(call(null as unknown as Actor)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await snapshotUsers()).toEqual(before);
    });
  }

  it("lets the site admin do all of it, each step in the site's audit log", async () => {
    const admin = actors.admin;
    const { id, oneTimePassword, existing } = await appoint(admin, "moi@example.vn", "Người mới", "author", null);
    expect(existing).toBe(false);
    expect(oneTimePassword).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    await updateUser(db, admin, id, { name: "Người mới đổi tên", role: "editor" });
    await setUserDisabled(db, admin, id, true);
    await setUserDisabled(db, admin, id, false);
    const again = await resetUserPassword(db, admin, id);
    const user = await findUserForSignIn(db, "moi@example.vn");
    expect(user).toMatchObject({ name: "Người mới đổi tên", disabled: false, mustChangePassword: true, platformAdmin: false });
    expect(await verifyPassword(user!.passwordHash, again)).toBe(true);
    expect((await listUsers(db, admin)).find((u) => u.id === id)).toMatchObject({ role: "editor", otherSites: 0, disabled: false });

    // Removing takes them off this site only: the account stays, its sessions end.
    const version = (await getSessionState(db, id))!.sessionVersion;
    await removeMember(db, admin, id);
    expect((await listUsers(db, admin)).map((u) => u.id)).not.toContain(id);
    expect(await memberOf(id)).toEqual({});
    expect((await getSessionState(db, id))!.sessionVersion).toBe(version + 1);
    await expect(updateUser(db, admin, id, { name: "Đã rời trang", role: "author" })).rejects.toThrow(new UserRuleError("Không tìm thấy tài khoản trên trang này."));

    const { rows } = await listAudit(db, { siteId, userId: admin.id }, 50);
    const actions = rows.filter((r) => r.entityId === String(id)).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["user.create", "user.appoint", "user.update", "user.disable", "user.enable", "user.reset_password", "user.remove"]));
  });

  it("a new account must change a generated password at first sign-in", async () => {
    const { id, oneTimePassword } = await appoint(actors.admin, "mot-lan@example.vn", "Mật khẩu một lần", "author", null);
    const user = await findUserForSignIn(db, "mot-lan@example.vn");
    expect(user).toMatchObject({ id, mustChangePassword: true });
    expect(await verifyPassword(user!.passwordHash, oneTimePassword!)).toBe(true);
  });

  it("refuses to appoint someone who already has a role on this site", async () => {
    const before = await snapshotUsers();
    await expect(appointMember(db, actors.admin, { email: " EDITOR@example.vn ", name: "Trùng", role: "author", password: PASSWORD })).rejects.toThrow(
      new UserRuleError("Người này đã có vai trò trên trang này."),
    );
    expect(await snapshotUsers()).toEqual(before);
  });
});

describe("people working on several sites", () => {
  let shared: number;
  beforeAll(async () => {
    // A commune's author, appointed there by the platform admin...
    shared = (await appoint(onSite(platform, tanHoa), "hai-trang@example.vn", "Người làm hai trang", "author", "Matkhau-rieng-2026")).id;
  });

  it("an existing account joins this site with its own password kept, and is listed with its other sites", async () => {
    const [before] = await db.select({ hash: users.passwordHash, mcp: users.mustChangePassword, name: users.name }).from(users).where(eq(users.id, shared));
    const done = await appoint(actors.admin, "Hai-Trang@example.vn", "Tên khác", "author");
    expect(done).toEqual({ id: shared, existing: true, oneTimePassword: undefined });
    const [after] = await db.select({ hash: users.passwordHash, mcp: users.mustChangePassword, name: users.name }).from(users).where(eq(users.id, shared));
    expect(after).toEqual(before);
    expect(await verifyPassword(after!.hash, "Matkhau-rieng-2026")).toBe(true);
    expect(await memberOf(shared)).toEqual({ [tanHoa]: "author", [siteId]: "author" });
    expect((await listUsers(db, actors.admin)).find((u) => u.id === shared)).toMatchObject({ role: "author", otherSites: 1 });
  });

  it("a site admin changes their role on this site only", async () => {
    await updateUser(db, actors.admin, shared, { name: "Người làm hai trang", role: "editor" });
    expect(await memberOf(shared)).toEqual({ [tanHoa]: "author", [siteId]: "editor" });
  });

  it("a site admin cannot lock or reset such an account; nothing changes", async () => {
    const before = await snapshotUsers();
    const refusal = new UserRuleError("Tài khoản này còn làm việc ở trang khác: chỉ quản trị nền tảng mới khóa, đổi tên hoặc đặt lại mật khẩu được.");
    await expect(setUserDisabled(db, actors.admin, shared, true)).rejects.toThrow(refusal);
    await expect(resetUserPassword(db, actors.admin, shared)).rejects.toThrow(refusal);
    expect(await snapshotUsers()).toEqual(before);
  });

  it("nor a platform admin's account, even one that is a member of this site", async () => {
    await appoint(actors.admin, platform.email, platform.name, "editor");
    const before = await snapshotUsers();
    await expect(setUserDisabled(db, actors.admin, platform.id, true)).rejects.toThrow(/chỉ quản trị nền tảng mới khóa/);
    await expect(resetUserPassword(db, actors.admin, platform.id)).rejects.toThrow(/chỉ quản trị nền tảng mới khóa/);
    expect(await snapshotUsers()).toEqual(before);
    await removeMember(db, actors.admin, platform.id);
  });

  it("a platform admin may lock and reset it", async () => {
    await setUserDisabled(db, platform, shared, true);
    expect((await getSessionState(db, shared))!.disabled).toBe(true);
    await setUserDisabled(db, platform, shared, false);
    const password = await resetUserPassword(db, platform, shared);
    const user = await findUserForSignIn(db, "hai-trang@example.vn");
    expect(user).toMatchObject({ disabled: false, mustChangePassword: true });
    expect(await verifyPassword(user!.passwordHash, password)).toBe(true);
  });
});

describe("a site admin works on their own site only", () => {
  let theirAdmin: number;
  beforeAll(async () => {
    theirAdmin = (await appoint(onSite(platform, tanHoa), "quantri-xa@example.vn", "Quản trị xã", "admin")).id;
  });

  it("appoints people on their site, never on another", async () => {
    const { id } = await appoint(actors.admin, "chi-huyen@example.vn", "Chỉ ở huyện", "author");
    expect(await memberOf(id)).toEqual({ [siteId]: "author" });
    const theirs = await listUsers(db, { ...actors.admin, id: theirAdmin, siteId: tanHoa });
    expect(theirs.map((u) => u.id)).not.toContain(id);
    expect(theirs.map((u) => u.id)).toContain(theirAdmin);
  });

  it("lists only the members of their site", async () => {
    const listed = await listUsers(db, actors.admin);
    const members = await db.select({ userId: siteMembers.userId }).from(siteMembers).where(eq(siteMembers.siteId, siteId));
    expect(listed.map((u) => u.id).sort((a, b) => a - b)).toEqual(members.map((m) => m.userId).sort((a, b) => a - b));
    expect(listed.map((u) => u.id)).not.toContain(theirAdmin);
  });

  it("cannot change, remove, lock or reset a member of another site; nothing changes", async () => {
    const seeded = (await findUserForSignIn(db, "quantri@tanhoa.example.vn"))!.id;
    const before = await snapshotUsers();
    const notHere = new UserRuleError("Không tìm thấy tài khoản trên trang này.");
    for (const id of [theirAdmin, seeded]) {
      await expect(updateUser(db, actors.admin, id, { name: "Đổi từ huyện", role: "author" })).rejects.toThrow(notHere);
      await expect(removeMember(db, actors.admin, id)).rejects.toThrow(notHere);
      await expect(setUserDisabled(db, actors.admin, id, true)).rejects.toThrow(notHere);
      await expect(resetUserPassword(db, actors.admin, id)).rejects.toThrow(notHere);
    }
    expect(await snapshotUsers()).toEqual(before);
  });
});

describe("the last admin of a site", () => {
  // A site of this file's own, with one admin: the default site also has the first admin.
  let lastSite: number;
  let last: Actor;
  let onLast: Actor;
  beforeAll(async () => {
    const made = await createSite(db, platform, { name: "Cuối Cùng", slug: "xa-cuoi-cung", kind: "xa", state: "live", parentId: provinceId, hosts: [] });
    madeSites.push(made.id);
    lastSite = made.id;
    onLast = onSite(platform, lastSite);
    const { id } = await appoint(onLast, "quantri-cuoi@example.vn", "Quản trị xã cuối", "admin");
    last = { id, name: "Quản trị xã cuối", email: "quantri-cuoi@example.vn", platformAdmin: false, mustChangePassword: false, siteId: lastSite, role: "admin" };
  });

  it("cannot be demoted, removed or disabled, by themself or a platform admin; admins of other sites and disabled ones do not count", async () => {
    // A disabled admin of this site and the active admins of every other site change nothing.
    const extra = await createActors(db, "cuoi-cung", lastSite);
    await appoint(onSite(platform, tanHoa), last.email, last.name, "admin");
    try {
      const before = await snapshotUsers();
      await expect(updateUser(db, last, last.id, { name: last.name, role: "editor" })).rejects.toThrow(new UserRuleError("Không thể hạ quyền quản trị viên cuối cùng của trang."));
      await expect(setUserDisabled(db, last, last.id, true)).rejects.toThrow(new UserRuleError("Không thể tự khóa tài khoản của mình."));
      await expect(removeMember(db, last, last.id)).rejects.toThrow(new UserRuleError("Không thể tự rời khỏi trang."));
      await expect(updateUser(db, onLast, last.id, { name: last.name, role: "author" })).rejects.toThrow(new UserRuleError("Không thể hạ quyền quản trị viên cuối cùng của trang."));
      await expect(removeMember(db, onLast, last.id)).rejects.toThrow(new UserRuleError("Không thể bỏ quản trị viên cuối cùng của trang."));
      await expect(setUserDisabled(db, onLast, last.id, true)).rejects.toThrow(new UserRuleError("Không thể khóa quản trị viên cuối cùng của trang."));
      expect(await snapshotUsers()).toEqual(before);
    } finally {
      await extra.remove();
      await removeMember(db, onSite(platform, tanHoa), last.id);
    }
    expect((await listUsers(db, last)).find((u) => u.id === last.id)).toMatchObject({ role: "admin", disabled: false });
  });

  it("can step down once another active admin exists", async () => {
    const { id: second } = await appoint(last, "pho-quantri@example.vn", "Phó quản trị", "admin");
    const deputy: Actor = { ...last, id: second, name: "Phó quản trị", email: "pho-quantri@example.vn" };
    await updateUser(db, deputy, last.id, { name: last.name, role: "editor" });
    expect((await memberOf(last.id))[lastSite]).toBe("editor");
    // Now the deputy is the last one.
    await expect(removeMember(db, onLast, second)).rejects.toThrow(new UserRuleError("Không thể bỏ quản trị viên cuối cùng của trang."));
    await updateUser(db, deputy, last.id, { name: last.name, role: "admin" });
    await removeMember(db, last, second);
    expect(await memberOf(second)).toEqual({});
  });
});

describe("sites, by platform admins only", () => {
  const site = (over: Partial<SiteInput> = {}): SiteInput => ({ name: "Thử Nghiệm", slug: "thu-nghiem", kind: "xa", state: "live", parentId: provinceId, hosts: "thunghiem.hungyen.example.vn", ...over });
  let created: number;

  it("a platform admin creates a site with its hosts", async () => {
    const done = await createSite(db, platform, site());
    madeSites.push(done.id);
    created = done.id;
    expect(done.slug).toBe("thu-nghiem");
    expect((await listSites(db)).find((s) => s.id === created)).toMatchObject({ slug: "thu-nghiem", kind: "xa", hosts: ["thunghiem.hungyen.example.vn"], parentId: provinceId });
  });

  it("refuses a slug or a host another site has, in Vietnamese, creating or changing nothing", async () => {
    const before = await snapshotDatabase(db);
    await expect(createSite(db, platform, site({ slug: "tan-hoa", hosts: "" }))).rejects.toThrow(new UserRuleError("Mã trang này đã được dùng."));
    await expect(createSite(db, platform, site({ slug: "xa-moi", hosts: "xamoi.example.vn thunghiem.hungyen.example.vn" }))).rejects.toThrow(
      new UserRuleError("Tên miền thunghiem.hungyen.example.vn đã thuộc trang khác."),
    );
    await expect(updateSite(db, platform, created, site({ slug: "tan-hoa" }))).rejects.toThrow(new UserRuleError("Mã trang này đã được dùng."));
    await expect(updateSite(db, platform, tanHoa, { name: "Tân Hòa", slug: "tan-hoa", kind: "xa", state: "live", parentId: provinceId, hosts: "thunghiem.hungyen.example.vn" })).rejects.toThrow(
      new UserRuleError("Tên miền thunghiem.hungyen.example.vn đã thuộc trang khác."),
    );
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it("a site keeps its own hosts when it is changed", async () => {
    await updateSite(db, platform, created, site({ name: "Thử Nghiệm Mới", hosts: "thunghiem.hungyen.example.vn, www.thunghiem.example.vn" }));
    const hosts = await db.select({ host: siteHosts.host }).from(siteHosts).where(eq(siteHosts.siteId, created)).orderBy(asc(siteHosts.position));
    expect(hosts.map((h) => h.host)).toEqual(["thunghiem.hungyen.example.vn", "www.thunghiem.example.vn"]);
    const [row] = await db.select({ name: sites.name }).from(sites).where(eq(sites.id, created));
    expect(row!.name).toBe("Thử Nghiệm Mới");
  });

  it("is refused to every site role, the site's admin included, changing nothing", async () => {
    const commune = await createActors(db, "trang-xa", tanHoa);
    try {
      const before = await snapshotDatabase(db);
      for (const actor of [...Object.values(actors), ...Object.values(commune.actors)]) {
        await expect(createSite(db, actor, site({ slug: `cam-${actor.id}`, hosts: "" }))).rejects.toBeInstanceOf(ForbiddenError);
        await expect(updateSite(db, actor, created, site({ name: "Chiếm quyền", hosts: "" }))).rejects.toBeInstanceOf(ForbiddenError);
        await expect(updateSite(db, actor, actor.siteId, site({ slug: "doi-ma", hosts: "" }))).rejects.toBeInstanceOf(ForbiddenError);
      }
      expect(await snapshotDatabase(db)).toEqual(before);
    } finally {
      await commune.remove();
    }
  });
});

describe("session revocation", () => {
  it("bumps the session version on disable, password change, reset and sign-out everywhere", async () => {
    const author = actors.author;
    const admin = actors.admin;
    const version = async () => (await getSessionState(db, author.id))!.sessionVersion;
    let v = await version();
    await setUserDisabled(db, admin, author.id, true);
    expect(await version()).toBe(++v);
    expect((await getSessionState(db, author.id))!.disabled).toBe(true);
    await setUserDisabled(db, admin, author.id, false);
    v = await version();
    await changeOwnPassword(db, author, PASSWORD, "Matkhau-moi-2026");
    expect(await version()).toBe(++v);
    await signOutEverywhere(db, author);
    expect(await version()).toBe(++v);
    await resetUserPassword(db, admin, author.id);
    expect(await version()).toBe(++v);
  });

  it("refuses a password change with the wrong current password", async () => {
    const before = await snapshotUsers();
    await expect(changeOwnPassword(db, actors.editor, "sai-roi", "Matkhau-khac-2026")).rejects.toThrow("Mật khẩu hiện tại không đúng.");
    expect(await snapshotUsers()).toEqual(before);
  });
});

describe("dashboard", () => {
  it("gives 30 days of views and hides the review queue from authors", async () => {
    const forEditor = await getDashboard(db, actors.editor);
    expect(forEditor.viewsPerDay).toHaveLength(30);
    expect(forEditor.viewsPerDay.reduce((s, d) => s + d.views, 0)).toBeGreaterThanOrEqual(0);
    expect(forEditor.counts.published).toBeGreaterThan(40);
    const forAuthor = await getDashboard(db, actors.author);
    expect(forAuthor.pending).toEqual([]);
    expect(forAuthor.activity.every((a) => a.userId === actors.author.id)).toBe(true);
    await expect(getDashboard(db, null as unknown as Actor)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("counts and shows the actor's site only", async () => {
    const commune = await createActors(db, "bang-tin-xa", tanHoa);
    try {
      // Something done on the commune, so its activity is not empty.
      await recordAudit(db, { siteId: tanHoa, userId: commune.actors.admin.id, action: "settings.update", entityType: "settings", entityId: "site", summary: "Lưu, không thay đổi" });
      const forCommune = await getDashboard(db, commune.actors.editor);
      const [published] = await db.select({ n: count() }).from(articles).where(and(eq(articles.siteId, tanHoa), eq(articles.status, "published")));
      expect(published!.n).toBeGreaterThan(0);
      expect(forCommune.counts.published).toBe(published!.n);
      expect(forCommune.counts.published).toBeLessThan((await getDashboard(db, actors.editor)).counts.published);
      // The site's entries, and the viewer's own site-less ones (sign-ins, account) only.
      expect(forCommune.activity.every((a) => a.siteId === tanHoa || (a.siteId === null && a.userId === commune.actors.editor.id))).toBe(true);
      expect(forCommune.activity.length).toBeGreaterThan(0);
      expect(forCommune.poll?.id).not.toBe((await getDashboard(db, actors.editor)).poll?.id);
    } finally {
      await commune.remove();
    }
  });
});
