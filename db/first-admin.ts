// Imported at server start (instrumentation), so no "server-only" here or in what it imports.
import { sql } from "drizzle-orm";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import type { Database } from "./client";
import { auditLog, users } from "./schema";

function normalizeEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}

const FIRST_ADMIN_NAME = "Quản trị viên";

/**
 * The first admin, on a start with no users: from ADMIN_EMAIL/ADMIN_PASSWORD, or with a
 * generated password that is returned (to print once) and must be changed. An
 * ADMIN_PASSWORD the password policy refuses is used once too, and must be changed:
 * the reason is returned for the log.
 */
export async function ensureFirstAdmin(db: Database, env: { email?: string; password?: string }) {
  const [existing] = await db.select({ id: users.id }).from(users).limit(1);
  if (existing) return null;
  const email = normalizeEmail(env.email || "admin@localhost");
  const refusedPassword = env.password ? passwordProblem(env.password, { name: FIRST_ADMIN_NAME, email }) : null;
  const generated = env.password ? undefined : generatePassword();
  const passwordHash = await hashPassword(env.password || generated!);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7310423)`);
    const [any] = await tx.select({ id: users.id }).from(users).limit(1);
    if (any) return null;
    const [created] = await tx
      .insert(users)
      .values({ email, name: FIRST_ADMIN_NAME, role: "admin", passwordHash, mustChangePassword: Boolean(generated || refusedPassword) })
      .returning({ id: users.id });
    await tx.insert(auditLog).values({ action: "user.create", entityType: "user", entityId: String(created!.id), summary: `Tài khoản quản trị đầu tiên ${email}` });
    return { email, generatedPassword: generated, refusedPassword };
  });
}
