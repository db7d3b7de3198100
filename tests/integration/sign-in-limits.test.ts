import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, signInFailures, users } from "@/db/schema";
import { appointMember } from "@/db/sites";
import { changeOwnPassword, UserRuleError } from "@/db/users";
import { accountDelayMs, limitedPasswordCheck, MAX_FAILURES_PER_ACCOUNT_AND_CLIENT, MAX_FAILURES_PER_CLIENT } from "@/db/sign-in-limits";
import type { Actor, SessionUser } from "@/lib/auth/policy";
import { createActors } from "../support/actors";
import { testDatabase } from "../support/test-db";

// The limits every password check goes through (db/sign-in-limits.ts), on the real
// database: authorize() (sign-in form and Auth.js's endpoint alike, see e2e/security.spec.ts)
// and the current password on a password change.

let db: Database;
let removeActors: () => Promise<void>;
let admin: Actor;
const PREFIX = "gioihan";

beforeAll(async () => {
  db = (await testDatabase()).db;
  ({ actors: { admin }, remove: removeActors } = await createActors(db, PREFIX));
});

afterAll(async () => {
  await db.delete(users).where(eq(users.email, `${PREFIX}-doi-mat-khau@example.vn`));
  await removeActors();
});

/** One check of `account` from `ip` whose password is right or wrong; counts how often the password was looked at. */
function attempt(account: string, ip: string, right: boolean, seen = { verified: 0 }) {
  return limitedPasswordCheck(
    db,
    { account, ip, failure: { userId: null, action: "auth.sign_in_failed", entityType: "user", entityId: account, summary: "Đăng nhập không thành công", ip } },
    async () => {
      seen.verified += 1;
      return right;
    },
  );
}

const failuresOf = (account: string) => db.select({ ip: auditLog.ip }).from(auditLog).where(and(eq(auditLog.action, "auth.sign_in_failed"), eq(auditLog.entityId, account)));

describe("per account and client together", () => {
  it("refuses the client that failed five times, even with the right password, without looking at it", async () => {
    const account = `${PREFIX}-a@example.vn`;
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_CLIENT; i++) expect(await attempt(account, "198.51.100.1", false)).toEqual({ ok: false, limited: false });
    const seen = { verified: 0 };
    expect(await attempt(account, "198.51.100.1", true, seen)).toEqual({ ok: false, limited: true, retryAfterMinutes: 15 });
    expect(seen.verified).toBe(0);
    // Every failure is in the audit log, with its address.
    expect((await failuresOf(account)).map((r) => r.ip)).toEqual(Array(5).fill("198.51.100.1"));
  });

  it("does not lock the account for anyone else: the real person elsewhere still signs in", async () => {
    const account = `${PREFIX}-b@example.vn`;
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_CLIENT; i++) await attempt(account, "198.51.100.2", false);
    expect(await attempt(account, "198.51.100.2", true)).toMatchObject({ ok: false, limited: true });
    expect(await attempt(account, "203.0.113.50", true)).toEqual({ ok: true });
  });

  it("counts every address of an IPv6 /64 as one client", async () => {
    const account = `${PREFIX}-c@example.vn`;
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_CLIENT; i++) await attempt(account, `2001:db8:5:6:${i + 1}::${i + 9}`, false);
    expect(await attempt(account, "2001:db8:5:6:ffff::1", true)).toMatchObject({ ok: false, limited: true });
    expect(await attempt(account, "2001:db8:5:7::1", true)).toEqual({ ok: true });
  });

  it("counts a burst of parallel guesses one by one", async () => {
    const account = `${PREFIX}-d@example.vn`;
    const seen = { verified: 0 };
    const results = await Promise.all(Array.from({ length: 12 }, () => attempt(account, "198.51.100.4", false, seen)));
    expect(seen.verified).toBe(MAX_FAILURES_PER_ACCOUNT_AND_CLIENT);
    expect(results.filter((r) => !r.ok && r.limited)).toHaveLength(12 - MAX_FAILURES_PER_ACCOUNT_AND_CLIENT);
  });

  it("forgives a client its own mistakes once it gives the right password", async () => {
    const account = `${PREFIX}-e@example.vn`;
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_CLIENT - 1; i++) await attempt(account, "198.51.100.5", false);
    expect(await attempt(account, "198.51.100.5", true)).toEqual({ ok: true });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_CLIENT - 1; i++) expect(await attempt(account, "198.51.100.5", false)).toMatchObject({ limited: false });
    // The audit log keeps them all.
    expect(await failuresOf(account)).toHaveLength(2 * (MAX_FAILURES_PER_ACCOUNT_AND_CLIENT - 1));
  });
});

describe("per client", () => {
  it(`refuses a client after ${MAX_FAILURES_PER_CLIENT} failures, whichever accounts it tried`, async () => {
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT; i++) expect(await attempt(`${PREFIX}-nhieu-${i}@example.vn`, "198.51.100.6", false)).toMatchObject({ limited: false });
    expect(await attempt(`${PREFIX}-nhieu-moi@example.vn`, "198.51.100.6", true)).toMatchObject({ ok: false, limited: true });
    expect(await attempt(`${PREFIX}-nhieu-moi@example.vn`, "198.51.100.7", true)).toEqual({ ok: true });
  });
});

describe("per account, from anywhere", () => {
  it("slows checks down from the fifth failure, doubling up to 10 s", () => {
    expect([0, 4, 5, 6, 7, 8, 9, 10, 50].map(accountDelayMs)).toEqual([0, 0, 500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it("makes many clients together wait between guesses, and the real person only waits", async () => {
    const account = `${PREFIX}-f@example.vn`;
    // Five clients, one guess each: none of them reaches its own limit.
    for (let i = 0; i < 5; i++) await attempt(account, `192.0.2.${i + 1}`, false);
    const started = Date.now();
    expect(await attempt(account, "192.0.2.6", false)).toMatchObject({ limited: false });
    const first = Date.now() - started;
    expect(await attempt(account, "192.0.2.7", true)).toEqual({ ok: true });
    const second = Date.now() - started - first;
    expect(first).toBeGreaterThanOrEqual(400); // 0.5 s after the 5th failure
    expect(second).toBeGreaterThanOrEqual(900); // 1 s after the 6th
  });

  it("waits in line for parallel guesses from many clients", async () => {
    const account = `${PREFIX}-g@example.vn`;
    for (let i = 0; i < 5; i++) await attempt(account, `192.0.2.${i + 20}`, false);
    const started = Date.now();
    const finished: number[] = [];
    await Promise.all(Array.from({ length: 3 }, (_, i) => attempt(account, `192.0.2.${i + 30}`, false).then(() => finished.push(Date.now() - started))));
    // Spaced 0.5 s apart at least (each waits for the ones lined up before it).
    expect(finished.sort((a, b) => a - b).at(-1)).toBeGreaterThanOrEqual(1400);
  });
});

describe("the current password on a password change", () => {
  it("is limited like a sign-in, refused with a message, and each wrong guess is audited", async () => {
    const email = `${PREFIX}-doi-mat-khau@example.vn`;
    const { id } = await appointMember(db, admin, { email, name: "Người đổi mật khẩu", role: "author", password: "mat trang tren song hong" });
    const actor: SessionUser = { id, name: "Người đổi mật khẩu", email, platformAdmin: false, mustChangePassword: true };
    const next = "gio thoi qua rung tram";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_CLIENT; i++) {
      await expect(changeOwnPassword(db, actor, `doan-sai-${i}`, next, "198.51.100.9")).rejects.toThrow("Mật khẩu hiện tại không đúng.");
    }
    const refusal = changeOwnPassword(db, actor, "mat trang tren song hong", next, "198.51.100.9");
    await expect(refusal).rejects.toBeInstanceOf(UserRuleError);
    await expect(refusal).rejects.toThrow(/^Nhập sai mật khẩu quá nhiều lần\. Vui lòng thử lại sau 15 phút\.$/);
    const audited = await db.select({ userId: auditLog.userId, ip: auditLog.ip }).from(auditLog).where(and(eq(auditLog.action, "user.change_password_failed"), eq(auditLog.entityId, String(id))));
    expect(audited).toEqual(Array(5).fill({ userId: id, ip: "198.51.100.9" }));
    // The account itself is not locked: from elsewhere the change goes through.
    await changeOwnPassword(db, actor, "mat trang tren song hong", next, "203.0.113.9");
  });
});

afterAll(async () => {
  await db.delete(signInFailures).where(inArray(signInFailures.client, ["198.51.100.1", "198.51.100.2", "198.51.100.4", "198.51.100.5", "198.51.100.6", "198.51.100.9"]));
});
