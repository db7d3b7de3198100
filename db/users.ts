import "server-only";
import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import { generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { assertRole, type Role, type SessionUser } from "@/lib/auth/roles";
import { limitedPasswordCheck } from "@/lib/auth/sign-in-limits";
import { toPlainText } from "@/lib/sanitize";
import { recordAudit } from "./audit";
import type { Database, Transaction } from "./client";
import { users } from "./schema";

/** A refusal the person can act on (shown as is, in Vietnamese). */
export class UserRuleError extends Error {}

export function normalizeEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabled: users.disabled,
  mustChangePassword: users.mustChangePassword,
  lastSignInAt: users.lastSignInAt,
  createdAt: users.createdAt,
};
export type UserRow = { id: number; email: string; name: string; role: Role; disabled: boolean; mustChangePassword: boolean; lastSignInAt: Date | null; createdAt: Date };

/** For the sign-in check only: the one place a password hash is read. */
export async function findUserForSignIn(db: Database, email: string) {
  const [row] = await db
    .select({ ...publicColumns, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.email, normalizeEmail(email)));
  return row;
}

/** What a session must still match on every request. */
export async function getSessionState(db: Database, id: number) {
  const [row] = await db
    .select({ name: users.name, email: users.email, role: users.role, disabled: users.disabled, sessionVersion: users.sessionVersion, mustChangePassword: users.mustChangePassword })
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

export async function listUsers(db: Database, actor: SessionUser): Promise<UserRow[]> {
  assertRole(actor, "admin");
  return db.select(publicColumns).from(users).orderBy(asc(users.id));
}

export async function countUsers(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

async function activeAdminsOtherThan(tx: Transaction, id: number): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.disabled, false), ne(users.id, id)));
  return row?.n ?? 0;
}

/** Names are plain text like every other field (a NUL byte would even fail the insert). */
const personName = (name: string) => toPlainText(name);

export type NewUserInput = { email: string; name: string; role: Role; password?: string };

/** Refuses a password the policy does not allow (lib/auth/password-policy.ts), saying why. */
function assertAllowedPassword(password: string, owner: { name: string; email: string }) {
  const problem = passwordProblem(password, owner);
  if (problem) throw new UserRuleError(problem);
}

/**
 * Creates an account. Without a password one is generated and shown once to the admin.
 * Either way the admin knows it, so it must be changed at first sign-in.
 */
export async function createUser(db: Database, actor: SessionUser, input: NewUserInput, ip = "") {
  assertRole(actor, "admin");
  const email = normalizeEmail(input.email);
  if (input.password) assertAllowedPassword(input.password, { name: input.name, email });
  const oneTimePassword = input.password ? undefined : generatePassword();
  const passwordHash = await hashPassword(input.password ?? oneTimePassword!);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing) throw new UserRuleError("Email này đã có tài khoản.");
    const [created] = await tx
      .insert(users)
      .values({ email, name: personName(input.name), role: input.role, passwordHash, mustChangePassword: true })
      .returning({ id: users.id });
    await recordAudit(tx, { userId: actor.id, action: "user.create", entityType: "user", entityId: created!.id, summary: `Tạo tài khoản ${email} (${input.role})`, ip });
    return { id: created!.id, oneTimePassword };
  });
}

/** Name and role; the last active admin cannot be demoted. */
export async function updateUser(db: Database, actor: SessionUser, id: number, input: { name: string; role: Role }, ip = "") {
  assertRole(actor, "admin");
  const name = personName(input.name);
  await db.transaction(async (tx) => {
    const [target] = await tx.select({ role: users.role, name: users.name, email: users.email }).from(users).where(eq(users.id, id)).for("update");
    if (!target) throw new UserRuleError("Không tìm thấy tài khoản.");
    if (target.role === "admin" && input.role !== "admin" && (await activeAdminsOtherThan(tx, id)) === 0) {
      throw new UserRuleError("Không thể hạ quyền quản trị viên cuối cùng.");
    }
    await tx
      .update(users)
      .set({ name, role: input.role, updatedAt: new Date() })
      .where(eq(users.id, id));
    const changes = [target.name !== name ? `tên "${target.name}" → "${name}"` : "", target.role !== input.role ? `quyền ${target.role} → ${input.role}` : ""].filter(Boolean);
    await recordAudit(tx, { userId: actor.id, action: "user.update", entityType: "user", entityId: id, summary: `${target.email}: ${changes.join(", ") || "không đổi"}`, ip });
  });
}

/** Disabling ends the user's sessions at their next request (session version bump). */
export async function setUserDisabled(db: Database, actor: SessionUser, id: number, disabled: boolean, ip = "") {
  assertRole(actor, "admin");
  await db.transaction(async (tx) => {
    const [target] = await tx.select({ role: users.role, email: users.email }).from(users).where(eq(users.id, id)).for("update");
    if (!target) throw new UserRuleError("Không tìm thấy tài khoản.");
    if (disabled && id === actor.id) throw new UserRuleError("Không thể tự khóa tài khoản của mình.");
    if (disabled && target.role === "admin" && (await activeAdminsOtherThan(tx, id)) === 0) {
      throw new UserRuleError("Không thể khóa quản trị viên cuối cùng.");
    }
    await tx
      .update(users)
      .set({ disabled, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, id));
    await recordAudit(tx, { userId: actor.id, action: disabled ? "user.disable" : "user.enable", entityType: "user", entityId: id, summary: `${disabled ? "Khóa" : "Mở khóa"} ${target.email}`, ip });
  });
}

/** A new one-time password, shown once; the user's sessions end and they must change it. */
export async function resetUserPassword(db: Database, actor: SessionUser, id: number, ip = "") {
  assertRole(actor, "admin");
  const oneTimePassword = generatePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await db.transaction(async (tx) => {
    const [target] = await tx.select({ email: users.email }).from(users).where(eq(users.id, id));
    if (!target) throw new UserRuleError("Không tìm thấy tài khoản.");
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, id));
    await recordAudit(tx, { userId: actor.id, action: "user.reset_password", entityType: "user", entityId: id, summary: `Đặt lại mật khẩu cho ${target.email}`, ip });
  });
  return oneTimePassword;
}

/**
 * Every user's own password; all their sessions (this one too) end. The current password
 * is guessed at under the same limits as at sign-in (a stolen session must not become
 * an unlimited oracle for it), and a wrong one is in the audit log.
 */
export async function changeOwnPassword(db: Database, actor: SessionUser, current: string, next: string, ip = "") {
  assertRole(actor, "admin", "editor", "author");
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
  assertRole(actor, "admin", "editor", "author");
  await db.transaction(async (tx) => {
    await tx.update(users).set({ name: personName(name), updatedAt: new Date() }).where(eq(users.id, actor.id));
    await recordAudit(tx, { userId: actor.id, action: "user.update_self", entityType: "user", entityId: actor.id, summary: `Đổi tên hiển thị thành "${name}"`, ip });
  });
}

export async function signOutEverywhere(db: Database, actor: SessionUser, ip = "") {
  assertRole(actor, "admin", "editor", "author");
  await db.transaction(async (tx) => {
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, actor.id));
    await recordAudit(tx, { userId: actor.id, action: "auth.sign_out_everywhere", entityType: "user", entityId: actor.id, summary: "Đăng xuất khỏi mọi thiết bị", ip });
  });
}
