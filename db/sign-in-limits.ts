import "server-only";
import { recordAudit, type AuditEntry } from "./audit";
import type { Database } from "./client";
import { clearSignInFailures, countSignInFailures, recordSignInFailure } from "./sign-in-failures";
import { networkKey } from "@/lib/auth/client-ip";

/**
 * The limits on guessing a password, for every place that checks one: Auth.js's
 * authorize() (so the sign-in form and a direct POST to /api/auth/callback/credentials
 * meet the same ones) and the current password on a password change.
 *
 * - 5 failures per account from one client network (networkKey: the IPv4 address or
 *   the IPv6 /64) in 15 minutes, then that client is refused for that account. Keyed by
 *   both, so someone elsewhere guessing cannot lock the real person out.
 * - 20 failures per client network in 15 minutes, whatever the accounts.
 * - From the 5th failure on an account, from anywhere, each further check waits: 0.5 s
 *   after the latest failure, doubling with each failure up to 10 s, and checks lined up
 *   in this process keep that spacing too. Many clients together still guess slowly, and
 *   the real person only waits. A check that would wait more than 30 s is refused.
 *
 * Failures are counted in the database (every instance sees them) and written to the
 * audit log. A client's checks run one at a time in this process, so a burst of parallel
 * guesses is counted guess by guess rather than all against the same old count. The
 * spacing is per instance: N instances allow N times the rate.
 */
export const WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT_AND_CLIENT = 5;
export const MAX_FAILURES_PER_CLIENT = 20;
const FREE_FAILURES_PER_ACCOUNT = 5;
const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;
const MAX_WAIT_MS = 30_000;

/** How far apart checks on an account run once it has `failures` recent failures. */
export function accountDelayMs(failures: number): number {
  if (failures < FREE_FAILURES_PER_ACCOUNT) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES_PER_ACCOUNT));
}

export type PasswordCheck =
  | { ok: true }
  /** A wrong password (or unknown account): recorded and audited. */
  | { ok: false; limited: false }
  /** Refused before the password was looked at; try again after `retryAfterMinutes`. */
  | { ok: false; limited: true; retryAfterMinutes: number };

export type PasswordAttempt = {
  /** Normalized email: an unknown one is limited exactly like a real one. */
  account: string;
  ip: string;
  /** The audit entry a failure writes. */
  failure: AuditEntry;
};

const minutesUntil = (at: number) => Math.max(1, Math.ceil((at - Date.now()) / 60_000));

/** Runs `run` after every earlier call with the same key has finished (in this process). */
const queues = new Map<string, Promise<unknown>>();
async function oneAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
  const result = (queues.get(key) ?? Promise.resolve()).then(run);
  const settled = result.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, settled);
  try {
    return await result;
  } finally {
    if (queues.get(key) === settled) queues.delete(key);
  }
}

/**
 * How long this check waits: `delayMs` after the account's latest failure (any
 * instance's), and after the checks this process has already lined up for it. Null when
 * that would be more than MAX_WAIT_MS.
 */
const nextCheckAt = new Map<string, number>();
function reserveCheck(account: string, delayMs: number, latestFailure: Date | null, now = Date.now()): number | null {
  if (delayMs === 0) return 0;
  if (nextCheckAt.size > 10_000) for (const [key, at] of nextCheckAt) if (at <= now) nextCheckAt.delete(key);
  const at = Math.max(now, (latestFailure?.getTime() ?? 0) + delayMs, nextCheckAt.get(account) ?? 0);
  if (at - now > MAX_WAIT_MS) return null;
  nextCheckAt.set(account, at + delayMs);
  return at - now;
}

type Standing = { retryAfterMinutes: number } | { accountFailures: number; latestFailure: Date | null };

async function standing(db: Database, account: string, client: string): Promise<Standing> {
  const counts = await countSignInFailures(db, { account, client }, new Date(Date.now() - WINDOW_MS));
  const oldest = counts.pair >= MAX_FAILURES_PER_ACCOUNT_AND_CLIENT ? counts.pairOldest : counts.client >= MAX_FAILURES_PER_CLIENT ? counts.clientOldest : null;
  if (oldest) return { retryAfterMinutes: minutesUntil(oldest.getTime() + WINDOW_MS) };
  return { accountFailures: counts.account, latestFailure: counts.accountLatest };
}

/**
 * One password check under the limits above. `verify` is the check itself (argon2, with
 * the same work for an unknown account); it is not called when the attempt is refused.
 */
export async function limitedPasswordCheck(db: Database, attempt: PasswordAttempt, verify: () => Promise<boolean>): Promise<PasswordCheck> {
  const client = networkKey(attempt.ip);
  // A first look without waiting in line: a refused client must not take a turn from the account.
  const first = await standing(db, attempt.account, client);
  if ("retryAfterMinutes" in first) return { ok: false, limited: true, retryAfterMinutes: first.retryAfterMinutes };
  const wait = reserveCheck(attempt.account, accountDelayMs(first.accountFailures), first.latestFailure);
  if (wait === null) return { ok: false, limited: true, retryAfterMinutes: 1 };
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));

  return oneAtATime(`client:${client}`, async () => {
    // Counted again in line: the client's earlier guesses of this burst are recorded now.
    const now = await standing(db, attempt.account, client);
    if ("retryAfterMinutes" in now) return { ok: false, limited: true, retryAfterMinutes: now.retryAfterMinutes };
    if (await verify()) {
      await clearSignInFailures(db, { account: attempt.account, client });
      return { ok: true };
    }
    await db.transaction(async (tx) => {
      await recordSignInFailure(tx, { account: attempt.account, client });
      await recordAudit(tx, attempt.failure);
    });
    return { ok: false, limited: false };
  });
}

/** What the person is told when refused before the check. */
export function limitedMessage(retryAfterMinutes: number): string {
  return `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${retryAfterMinutes} phút.`;
}
