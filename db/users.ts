import "server-only";
import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import { generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertCan, type Actor, type Role, type SessionUser } from "@/lib/auth/policy";
import { passwordProblem } from "@/lib/auth/password-policy";
import { limitedPasswordCheck } from "@/db/sign-in-limits";
import { toPlainText } from "@/lib/sanitize";
import { recordAudit } from "./audit";
import type { Database, Transaction } from "./client";
import { siteMembers, users } from "./schema";

/** A refusal the person can act on (shown as is, in Vietnamese). */
export class UserRuleError extends Error {}

export function normalizeEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  disabled: users.disabled,
  mustChangePassword: users.mustChangePassword,
  lastSignInAt: users.lastSignInAt,
  createdAt: users.createdAt,
};

/** For the sign-in check only: the one place a password hash is read. */
export async function findUserForSignIn(db: Database, email: string) {
  const [row] = await db
    .select({ ...publicColumns, platformAdmin: users.platformAdmin, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.email, normalizeEmail(email)));
  return row;
}

/** What a session must still match on every request. */
export async function getSessionState(db: Database, id: number) {
  const [row] = await db
    .select({ name: users.name, email: users.email, platformAdmin: users.platformAdmin, disabled: users.disabled, sessionVersion: users.sessionVersion, mustChangePassword: users.mustChangePassword })
    .from(users)
    .where(eq(users.id, id));
  return row;
}

export async function recordSignIn(db: Database, userId: number, ip: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, userId));
    await recordAudit(tx, { userId, action: "auth.sign_in", entityType: "user", entityId: userId, summary: "Đăng nhập", ip });
  });
}

export type UserRow = {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  mustChangePassword: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
  /** Works on other sites too: only a platform admin may lock it or reset its password. */
  otherSites: number;
};

/** The people of the actor's site, with their role there. */
export async function listUsers(db: Database, actor: Actor): Promise<UserRow[]> {
  assertCan(actor, "users.manage");
  const others = db
    .select({ userId: siteMembers.userId, n: sql<number>`count(*)::int`.as("n") })
    .from(siteMembers)
    .where(ne(siteMembers.siteId, actor.siteId))
    .groupBy(siteMembers.userId)
    .as("others");
  const rows = await db
    .select({ ...publicColumns, role: siteMembers.role, otherSites: sql<number>`coalesce(${others.n}, 0)` })
    .from(siteMembers)
    .innerJoin(users, eq(users.id, siteMembers.userId))
    .leftJoin(others, eq(others.userId, users.id))
    .where(eq(siteMembers.siteId, actor.siteId))
    .orderBy(asc(users.id));
  return rows.map((r) => ({ ...r, otherSites: Number(r.otherSites) }));
}

export async function countUsers(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

async function activeAdminsOtherThan(tx: Transaction, siteId: number, id: number): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(siteMembers)
    .innerJoin(users, eq(users.id, siteMembers.userId))
    .where(and(eq(siteMembers.siteId, siteId), eq(siteMembers.role, "admin"), eq(users.disabled, false), ne(users.id, id)));
  return row?.n ?? 0;
}

/** Names are plain text like every other field (a NUL byte would even fail the insert). */
const personName = (name: string) => toPlainText(name);

/** A member of the actor's site, locked for the change; anyone else is "not found". */
async function loadMember(tx: Transaction, actor: Actor, id: number) {
  const [target] = await tx
    .select({ role: siteMembers.role, name: users.name, email: users.email })
    .from(siteMembers)
    .innerJoin(users, eq(users.id, siteMembers.userId))
    .where(and(eq(siteMembers.siteId, actor.siteId), eq(siteMembers.userId, id)))
    .for("update");
  if (!target) throw new UserRuleError("Không tìm thấy tài khoản trên trang này.");
  return target;
}

/** A site admin may lock or reset only the accounts that work on their site alone. */
async function assertAccountIsTheirs(tx: Transaction, actor: Actor, id: number) {
  if (actor.platformAdmin) return;
  const [other] = await tx.select({ siteId: siteMembers.siteId }).from(siteMembers).where(and(eq(siteMembers.userId, id), ne(siteMembers.siteId, actor.siteId))).limit(1);
  const [target] = await tx.select({ platformAdmin: users.platformAdmin }).from(users).where(eq(users.id, id));
  if (other || target?.platformAdmin) throw new UserRuleError("Tài khoản này còn làm việc ở trang khác: chỉ quản trị nền tảng mới khóa, đổi tên hoặc đặt lại mật khẩu được.");
}

/** Name and role on this site; the site's last active admin cannot be demoted. */
export async function updateUser(db: Database, actor: Actor, id: number, input: { name: string; role: Role }, ip = "") {
  assertCan(actor, "users.manage");
  const name = personName(input.name);
  await db.transaction(async (tx) => {
    const target = await loadMember(tx, actor, id);
    // The name is the account's, shown on every site it works on.
    if (target.name !== name) await assertAccountIsTheirs(tx, actor, id);
    if (target.role === "admin" && input.role !== "admin" && (await activeAdminsOtherThan(tx, actor.siteId, id)) === 0) {
      throw new UserRuleError("Không thể hạ quyền quản trị viên cuối cùng của trang.");
    }
    await tx.update(users).set({ name, updatedAt: new Date() }).where(eq(users.id, id));
    await tx.update(siteMembers).set({ role: input.role }).where(and(eq(siteMembers.siteId, actor.siteId), eq(siteMembers.userId, id)));
    const changes = [target.name !== name ? `tên "${target.name}" → "${name}"` : "", target.role !== input.role ? `quyền ${target.role} → ${input.role}` : ""].filter(Boolean);
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "user.update", entityType: "user", entityId: id, summary: `${target.email}: ${changes.join(", ") || "không đổi"}`, ip });
  });
}

/** Refuses a password the policy does not allow (lib/auth/password-policy.ts), saying why. */
export function assertAllowedPassword(password: string, owner: { name: string; email: string }) {
  const problem = passwordProblem(password, owner);
  if (problem) throw new UserRuleError(problem);
}

/** Takes the person off this site (their account and other sites stay). */
export async function removeMember(db: Database, actor: Actor, id: number, ip = "") {
  assertCan(actor, "users.manage");
  await db.transaction(async (tx) => {
    const target = await loadMember(tx, actor, id);
    if (id === actor.id) throw new UserRuleError("Không thể tự rời khỏi trang.");
    if (target.role === "admin" && (await activeAdminsOtherThan(tx, actor.siteId, id)) === 0) {
      throw new UserRuleError("Không thể bỏ quản trị viên cuối cùng của trang.");
    }
    await tx.delete(siteMembers).where(and(eq(siteMembers.siteId, actor.siteId), eq(siteMembers.userId, id)));
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "user.remove", entityType: "user", entityId: id, summary: `Bỏ ${target.email} khỏi trang`, ip });
  });
}

/** Disabling ends the user's sessions at their next request (session version bump). */
export async function setUserDisabled(db: Database, actor: Actor, id: number, disabled: boolean, ip = "") {
  assertCan(actor, "users.manage");
  await db.transaction(async (tx) => {
    const target = await loadMember(tx, actor, id);
    if (disabled && id === actor.id) throw new UserRuleError("Không thể tự khóa tài khoản của mình.");
    await assertAccountIsTheirs(tx, actor, id);
    if (disabled && target.role === "admin" && (await activeAdminsOtherThan(tx, actor.siteId, id)) === 0) {
      throw new UserRuleError("Không thể khóa quản trị viên cuối cùng của trang.");
    }
    await tx
      .update(users)
      .set({ disabled, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: disabled ? "user.disable" : "user.enable", entityType: "user", entityId: id, summary: `${disabled ? "Khóa" : "Mở khóa"} ${target.email}`, ip });
  });
}

/** A new one-time password, shown once; the user's sessions end and they must change it. */
export async function resetUserPassword(db: Database, actor: Actor, id: number, ip = "") {
  assertCan(actor, "users.manage");
  const oneTimePassword = generatePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await db.transaction(async (tx) => {
    const target = await loadMember(tx, actor, id);
    await assertAccountIsTheirs(tx, actor, id);
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "user.reset_password", entityType: "user", entityId: id, summary: `Đặt lại mật khẩu cho ${target.email}`, ip });
  });
  return oneTimePassword;
}

/**
 * Every user's own password; all their sessions (this one too) end. The current password
 * is guessed at under the same limits as at sign-in (a stolen session must not become
 * an unlimited oracle for it), and a wrong one is in the audit log.
 */
export async function changeOwnPassword(db: Database, actor: SessionUser, current: string, next: string, ip = "") {
  const failure = { userId: actor.id, action: "user.change_password_failed", entityType: "user", entityId: actor.id, summary: "Nhập sai mật khẩu hiện tại khi đổi mật khẩu", ip };
  const check = await limitedPasswordCheck(db, { account: normalizeEmail(actor.email), ip, failure }, async () => {
    const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
    return Boolean(row) && (await verifyPassword(row!.passwordHash, current));
  });
  if (!check.ok && check.limited) throw new UserRuleError(`Nhập sai mật khẩu quá nhiều lần. Vui lòng thử lại sau ${check.retryAfterMinutes} phút.`);
  if (!check.ok) throw new UserRuleError("Mật khẩu hiện tại không đúng.");
  if (current === next) throw new UserRuleError("Mật khẩu mới phải khác mật khẩu hiện tại.");
  const [owner] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, actor.id));
  assertAllowedPassword(next, owner ?? actor);
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, actor.id));
    await recordAudit(tx, { userId: actor.id, action: "user.change_password", entityType: "user", entityId: actor.id, summary: "Đổi mật khẩu", ip });
  });
}

export async function updateOwnName(db: Database, actor: SessionUser, name: string, ip = "") {
    await db.transaction(async (tx) => {
    await tx.update(users).set({ name: personName(name), updatedAt: new Date() }).where(eq(users.id, actor.id));
    await recordAudit(tx, { userId: actor.id, action: "user.update_self", entityType: "user", entityId: actor.id, summary: `Đổi tên hiển thị thành "${name}"`, ip });
  });
}

export async function signOutEverywhere(db: Database, actor: SessionUser, ip = "") {
    await db.transaction(async (tx) => {
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, actor.id));
    await recordAudit(tx, { userId: actor.id, action: "auth.sign_out_everywhere", entityType: "user", entityId: actor.id, summary: "Đăng xuất khỏi mọi thiết bị", ip });
  });
}
