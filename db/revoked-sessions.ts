import "server-only";
import { eq, lt } from "drizzle-orm";
import type { Database } from "./client";
import { revokedSessions } from "./schema";

/**
 * Sessions are JWTs in a cookie: signing out clears the cookie, but a copy of it would
 * stay valid until it expires. Each session carries an id (`sid`, set at sign-in), and
 * signing out lists it here until that expiry; the jwt callback refuses a listed id.
 */
export async function revokeSession(db: Database, sessionId: string, expiresAt: Date): Promise<void> {
  await db.insert(revokedSessions).values({ sessionId, expiresAt }).onConflictDoNothing();
  // Sign-outs are rare; past their expiry the tokens are refused anyway.
  await db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, new Date()));
}

export async function isSessionRevoked(db: Database, sessionId: string): Promise<boolean> {
  const [row] = await db.select({ id: revokedSessions.sessionId }).from(revokedSessions).where(eq(revokedSessions.sessionId, sessionId));
  return Boolean(row);
}
