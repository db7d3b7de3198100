import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { sharedLimiter } from "./limiter";
import { closeRedis, redisReady } from "./redis";

// Redis runs on this machine and in CI (.ci/run starts it); REDIS_TEST_URL overrides.
const REDIS = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379/15";

afterAll(async () => {
  await closeRedis();
  delete process.env.REDIS_URL;
});

describe("shared limiter", () => {
  it("in memory without Redis: the limit, per key", async () => {
    delete process.env.REDIS_URL;
    const limiter = sharedLimiter({ name: `t-${randomUUID()}`, points: 3, durationSeconds: 60 });
    expect([await limiter.take("a"), await limiter.take("a"), await limiter.take("a"), await limiter.take("a")]).toEqual([true, true, true, false]);
    expect(await limiter.take("b")).toBe(true);
    expect(await limiter.retryAfter("a")).toBeGreaterThan(0);
    expect(await limiter.retryAfter("b")).toBe(0);
  });

  it("through Redis: two instances share one count", async () => {
    process.env.REDIS_URL = REDIS;
    const name = `t-${randomUUID()}`;
    // Two limiters with the same name stand for the same limit in two instances.
    const first = sharedLimiter({ name, points: 3, durationSeconds: 60 });
    const second = sharedLimiter({ name, points: 3, durationSeconds: 60 });
    expect(await redisReady()).toBe(true);
    expect(await first.take("ip")).toBe(true);
    expect(await second.take("ip")).toBe(true);
    expect(await first.take("ip")).toBe(true);
    expect(await second.take("ip")).toBe(false);
    await closeRedis();
  });

  it("keeps limiting, in memory, when Redis is unreachable, and never hangs", async () => {
    process.env.REDIS_URL = "redis://127.0.0.1:9/0";
    const limiter = sharedLimiter({ name: `t-${randomUUID()}`, points: 2, durationSeconds: 60 });
    const started = Date.now();
    expect([await limiter.take("x"), await limiter.take("x"), await limiter.take("x")]).toEqual([true, true, false]);
    expect(Date.now() - started).toBeLessThan(3000);
    await closeRedis();
  });
});
