import { describe, expect, it } from "vitest";
import { fixedWindowLimiter, limitFromEnv } from "./rate-limit";

describe("fixedWindowLimiter", () => {
  it("allows `limit` hits per key and window, then refuses until the window ends", () => {
    const limiter = fixedWindowLimiter({ limit: 3, windowMs: 60_000 });
    const hits = Array.from({ length: 5 }, () => limiter.take("1.2.3.4", 1_000));
    expect(hits).toEqual([true, true, true, false, false]);
    expect(limiter.take("5.6.7.8", 1_000)).toBe(true);
    expect(limiter.take("1.2.3.4", 60_999)).toBe(false);
    expect(limiter.take("1.2.3.4", 61_000)).toBe(true);
  });

  it("never holds more than maxKeys windows, dropping expired ones before live ones", () => {
    const limiter = fixedWindowLimiter({ limit: 1, windowMs: 1_000, maxKeys: 100 });
    for (let i = 0; i < 1_000; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`, i);
    expect(limiter.size).toBeLessThanOrEqual(100);
    // The newest key is still limited: eviction takes the oldest first.
    expect(limiter.take("10.0.3.231", 999)).toBe(false);
  });
});

describe("limitFromEnv", () => {
  it.each([["12", 12], ["0", 7], ["-3", 7], ["abc", 7], [undefined, 7], ["2.5", 7]])("reads %s as %s", (raw, expected) => {
    if (raw === undefined) delete process.env.TEST_LIMIT;
    else process.env.TEST_LIMIT = raw;
    expect(limitFromEnv("TEST_LIMIT", 7)).toBe(expected);
  });
});
