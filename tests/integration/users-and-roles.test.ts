import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { listAudit, recordAudit } from "@/db/audit";
import type { Database } from "@/db/client";
import { getDashboard } from "@/db/dashboard";
import { ensureFirstAdmin } from "@/db/first-admin";
import { users } from "@/db/schema";
import {
  changeOwnPassword,
  createUser,
  findUserForSignIn,
  getSessionState,
  listUsers,
  resetUserPassword,
  setUserDisabled,
  signOutEverywhere,
  updateUser,
  UserRuleError,
} from "@/db/users";
import { verifyPassword } from "@/lib/auth/password";
import { ForbiddenError, type Role, type SessionUser } from "@/lib/auth/roles";
import { testDatabase } from "../support/test-db";

let db: Database;
let admin: SessionUser;
const actors = {} as Record<Role, SessionUser>;

async function snapshotUsers() {
  return db.select({ id: users.id, name: users.name, role: users.role, disabled: users.disabled, sv: users.sessionVersion, hash: users.passwordHash }).from(users).orderBy(users.id);
}

beforeAll(async () => {
  db = (await testDatabase()).db;
  const first = await ensureFirstAdmin(db, { email: "Admin@Example.VN", password: undefined });
  const [row] = await db.select().from(users).where(eq(users.email, first?.email ?? "admin@example.vn"));
  admin = { id: row!.id, name: row!.name, email: row!.email, role: "admin", mustChangePassword: row!.mustChangePassword };
  actors.admin = admin;
  for (const role of ["editor", "author"] as const) {
    const { id } = await createUser(db, admin, { email: `${role}@example.vn`, name: `Người ${role}`, role, password: "Matkhau-dai-2026" });
    actors[role] = { id, name: `Người ${role}`, email: `${role}@example.vn`, role, mustChangePassword: false };
  }
});

describe("first admin", () => {
  it("is created once, with a generated password that must be changed", async () => {
    const [row] = await db.select().from(users).where(eq(users.id, admin.id));
    expect(row!.email).toBe("admin@example.vn");
    expect(row!.mustChangePassword).toBe(true);
    expect(row!.passwordHash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$")).toBe(true);
    expect(await ensureFirstAdmin(db, { email: "other@example.vn", password: "whatever-123" })).toBeNull();
  });
});

describe("passwords", () => {
  it("are stored as argon2id and verified; unknown users never verify", async () => {
    const user = await findUserForSignIn(db, "EDITOR@example.vn");
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user!.passwordHash, "Matkhau-dai-2026")).toBe(true);
    expect(await verifyPassword(user!.passwordHash, "sai")).toBe(false);
    expect(await verifyPassword(null, "Matkhau-dai-2026")).toBe(false);
  });

  it("set by an admin must be changed at first sign-in, typed or generated", async () => {
    expect((await findUserForSignIn(db, "editor@example.vn"))!.mustChangePassword).toBe(true);
    await createUser(db, admin, { email: "cap-san@example.vn", name: "Người được cấp", role: "author" });
    expect((await findUserForSignIn(db, "cap-san@example.vn"))!.mustChangePassword).toBe(true);
  });

  it("that are common, guessable or built from the person's name or email are refused with the reason, and nothing is created", async () => {
    const before = await snapshotUsers();
    await expect(createUser(db, admin, { email: "yeu@example.vn", name: "Người yếu", role: "author", password: "123456789012345" })).rejects.toThrow(/^Mật khẩu quá dễ đoán: /);
    await expect(createUser(db, admin, { email: "tran.binh@example.vn", name: "Trần Thị Bình", role: "author", password: "TranThiBinh-2026!" })).rejects.toThrow(
      "Mật khẩu không được ghép từ họ tên hay email của bạn",
    );
    await expect(changeOwnPassword(db, actors.editor, "Matkhau-dai-2026", "editor@example.vn!2026")).rejects.toThrow("Mật khẩu không được ghép từ họ tên hay email của bạn");
    await expect(changeOwnPassword(db, actors.editor, "Matkhau-dai-2026", "qwertyuiop123456")).rejects.toThrow(/^Mật khẩu quá dễ đoán: /);
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
  const calls: [string, (actor: SessionUser) => Promise<unknown>][] = [
    ["listUsers", (a) => listUsers(db, a)],
    ["createUser", (a) => createUser(db, a, { email: `x-${a?.role ?? "anon"}@example.vn`, name: "X", role: "author", password: "Matkhau-dai-2026" })],
    ["updateUser", (a) => updateUser(db, a, actors.author.id, { name: "Đổi tên", role: "editor" })],
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
      await expect(call(null as unknown as SessionUser)).rejects.toBeInstanceOf(ForbiddenError);
    });
  }

  it("lets the admin do all of it, each step in the audit log", async () => {
    const { id, oneTimePassword } = await createUser(db, admin, { email: "moi@example.vn", name: "Người mới", role: "author" });
    expect(oneTimePassword).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    await updateUser(db, admin, id, { name: "Người mới đổi tên", role: "editor" });
    await setUserDisabled(db, admin, id, true);
    await setUserDisabled(db, admin, id, false);
    const again = await resetUserPassword(db, admin, id);
    const user = await findUserForSignIn(db, "moi@example.vn");
    expect(user).toMatchObject({ name: "Người mới đổi tên", role: "editor", disabled: false, mustChangePassword: true });
    expect(await verifyPassword(user!.passwordHash, again)).toBe(true);
    const { rows } = await listAudit(db, { userId: admin.id }, 50);
    const actions = rows.filter((r) => r.entityId === String(id)).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["user.create", "user.update", "user.disable", "user.enable", "user.reset_password"]));
  });

  it("refuses a duplicate email with a clear message", async () => {
    await expect(createUser(db, admin, { email: " EDITOR@example.vn ", name: "Trùng", role: "author", password: "Matkhau-dai-2026" })).rejects.toThrow(
      new UserRuleError("Email này đã có tài khoản."),
    );
  });
});

describe("the last admin", () => {
  it("cannot be demoted, disabled or lock themself out", async () => {
    await expect(updateUser(db, admin, admin.id, { name: admin.name, role: "editor" })).rejects.toThrow("Không thể hạ quyền quản trị viên cuối cùng.");
    await expect(setUserDisabled(db, admin, admin.id, true)).rejects.toThrow("Không thể tự khóa");
    const [row] = await db.select({ role: users.role, disabled: users.disabled }).from(users).where(eq(users.id, admin.id));
    expect(row).toEqual({ role: "admin", disabled: false });
  });
});

describe("session revocation", () => {
  it("bumps the session version on disable, password change, reset and sign-out everywhere", async () => {
    const author = actors.author;
    const version = async () => (await getSessionState(db, author.id))!.sessionVersion;
    let v = await version();
    await setUserDisabled(db, admin, author.id, true);
    expect(await version()).toBe(++v);
    expect((await getSessionState(db, author.id))!.disabled).toBe(true);
    await setUserDisabled(db, admin, author.id, false);
    v = await version();
    await changeOwnPassword(db, author, "Matkhau-dai-2026", "Matkhau-moi-2026");
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
    await expect(getDashboard(db, null as unknown as SessionUser)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
