// Imported at server start (instrumentation), so no "server-only" here or in what it imports.
import { asc, eq, sql } from "drizzle-orm";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import type { Database } from "./client";
import { auditLog, siteMembers, sites, users } from "./schema";

function normalizeEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}

const FIRST_ADMIN_NAME = "Quản trị viên";

/**
 * The first platform admin, on a start without one (the demo's site editors may exist
 * already): from ADMIN_EMAIL/ADMIN_PASSWORD, or with a generated password that is
 * returned (to print once) and must be changed. An ADMIN_PASSWORD the password policy
 * refuses is used once too, and must be changed: the reason is returned for the log.
 */
export async function ensureFirstAdmin(db: Database, env: { email?: string; password?: string }) {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.platformAdmin, true)).limit(1);
  if (existing) return null;
  const email = normalizeEmail(env.email || "admin@localhost");
  const refusedPassword = env.password ? passwordProblem(env.password, { name: FIRST_ADMIN_NAME, email }) : null;
  const generated = env.password ? undefined : generatePassword();
  const passwordHash = await hashPassword(env.password || generated!);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7310423)`);
    const [any] = await tx.select({ id: users.id }).from(users).where(eq(users.platformAdmin, true)).limit(1);
    if (any) return null;
    const [created] = await tx
      .insert(users)
      .values({ email, name: FIRST_ADMIN_NAME, platformAdmin: true, passwordHash, mustChangePassword: Boolean(generated || refusedPassword) })
      .returning({ id: users.id });
    // Also the admin of the default (oldest) site, so it is listed among that site's people.
    const [site] = await tx.select({ id: sites.id }).from(sites).orderBy(asc(sites.id)).limit(1);
    if (site) await tx.insert(siteMembers).values({ siteId: site.id, userId: created!.id, role: "admin" }).onConflictDoNothing();
    await tx.insert(auditLog).values({ siteId: site?.id ?? null, action: "user.create", entityType: "user", entityId: String(created!.id), summary: `Tài khoản quản trị đầu tiên ${email}` });
    return { email, generatedPassword: generated, refusedPassword };
  });
}
