import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { getRedis, REDIS_PREFIX } from "@/lib/redis.mjs";

/**
 * A limit of `points` actions per `durationSeconds` per key (an IP's /64, a visitor),
 * shared by every instance through Redis when REDIS_URL is set, kept in this process
 * otherwise. While Redis is unreachable an in-memory limiter takes over (per instance,
 * so a little more lenient), so a Redis outage neither blocks citizens nor lifts limits.
 */
export type Limiter = {
  /** Counts one action; false when the key has used up its points. */
  take(key: string): Promise<boolean>;
  /** Seconds until the key may act again (0 when it may now). */
  retryAfter(key: string): Promise<number>;
};

export function sharedLimiter({ name, points, durationSeconds }: { name: string; points: number; durationSeconds: number }): Limiter {
  const memory = new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds });
  const redis = getRedis();
  const limiter = redis
    ? new RateLimiterRedis({ storeClient: redis, useRedisPackage: false, keyPrefix: `${REDIS_PREFIX}limit:${name}`, points, duration: durationSeconds, insuranceLimiter: memory })
    : memory;
  return {
    async take(key) {
      try {
        await limiter.consume(key);
        return true;
      } catch (result) {
        if (result instanceof RateLimiterRes) return false;
        throw result;
      }
    },
    async retryAfter(key) {
      const state = await limiter.get(key);
      return state && state.remainingPoints <= 0 ? Math.ceil(state.msBeforeNext / 1000) : 0;
    },
  };
}

/** A positive integer from the environment, or the default. */
export function limitFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
