/**
 * Fixed-window counters in this process's memory, for limits that need no database
 * round trip (view counting). Bounded: past `maxKeys` keys, expired windows are dropped
 * first, then the oldest keys, so a flood of addresses cannot grow memory. Several
 * instances each keep their own counters (a shared limit is Redis's job).
 */
export function fixedWindowLimiter({ limit, windowMs, maxKeys = 10_000 }: { limit: number; windowMs: number; maxKeys?: number }) {
  const windows = new Map<string, { count: number; resetAt: number }>();

  function makeRoom(now: number) {
    for (const [key, w] of windows) if (w.resetAt <= now) windows.delete(key);
    // Maps iterate in insertion order: the first keys are the oldest windows.
    for (const key of windows.keys()) {
      if (windows.size < maxKeys) break;
      windows.delete(key);
    }
  }

  return {
    /** Counts one hit for `key`; false once `limit` hits fall in the current window. */
    take(key: string, now = Date.now()): boolean {
      let w = windows.get(key);
      if (!w || w.resetAt <= now) {
        if (w) windows.delete(key);
        else if (windows.size >= maxKeys) makeRoom(now);
        w = { count: 0, resetAt: now + windowMs };
        windows.set(key, w);
      }
      w.count += 1;
      return w.count <= limit;
    },
    get size() {
      return windows.size;
    },
  };
}

/** A positive integer from the environment, or the default. */
export function limitFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
