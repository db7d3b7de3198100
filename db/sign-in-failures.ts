import "server-only";
import { and, eq, gte, lt, or, sql } from "drizzle-orm";
import type { Database, Transaction } from "./client";
import { signInFailures } from "./schema";

/** Rows past this age count for no limit any more (the longest window is 15 minutes). */
const KEEP_MS = 24 * 3_600_000;

export async function recordSignInFailure(db: Database | Transaction, failure: { account: string; client: string }): Promise<void> {
  await db.insert(signInFailures).values(failure);
  // Failures are rare and the index on created_at makes this cheap; no cron needed.
  await db.delete(signInFailures).where(lt(signInFailures.createdAt, new Date(Date.now() - KEEP_MS)));
}

/** A right password from a client forgives its own earlier mistakes on that account. */
export async function clearSignInFailures(db: Database, failure: { account: string; client: string }): Promise<void> {
  await db.delete(signInFailures).where(and(eq(signInFailures.account, failure.account), eq(signInFailures.client, failure.client)));
}

export type FailureCounts = {
  /** This account from this client. */
  pair: number;
  pairOldest: Date | null;
  /** This client, any account. */
  client: number;
  clientOldest: Date | null;
  /** This account, from anywhere. */
  account: number;
  accountLatest: Date | null;
};

/** The failures since `since` that the sign-in limits look at, in one query. */
export async function countSignInFailures(db: Database, by: { account: string; client: string }, since: Date): Promise<FailureCounts> {
  const isPair = and(eq(signInFailures.account, by.account), eq(signInFailures.client, by.client));
  const isClient = eq(signInFailures.client, by.client);
  const isAccount = eq(signInFailures.account, by.account);
  const [row] = await db
    .select({
      pair: sql<number>`count(*) filter (where ${isPair})`.mapWith(Number),
      pairOldest: sql<string | null>`min(${signInFailures.createdAt}) filter (where ${isPair})`,
      client: sql<number>`count(*) filter (where ${isClient})`.mapWith(Number),
      clientOldest: sql<string | null>`min(${signInFailures.createdAt}) filter (where ${isClient})`,
      account: sql<number>`count(*) filter (where ${isAccount})`.mapWith(Number),
      accountLatest: sql<string | null>`max(${signInFailures.createdAt}) filter (where ${isAccount})`,
    })
    .from(signInFailures)
    .where(and(gte(signInFailures.createdAt, since), or(isAccount, isClient)));
  const date = (value: string | Date | null | undefined) => (value ? new Date(value) : null);
  return { pair: row?.pair ?? 0, pairOldest: date(row?.pairOldest), client: row?.client ?? 0, clientOldest: date(row?.clientOldest), account: row?.account ?? 0, accountLatest: date(row?.accountLatest) };
}
