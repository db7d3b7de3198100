import Redis from "ioredis";

// Plain JavaScript: the reader cache (lib/cache-handler.mjs, lib/fast-path.mjs) is loaded
// outside the bundler and shares this connection with the app's TypeScript (lib/limiter.ts).

/**
 * The one Redis connection of this process, when REDIS_URL is set (issue "Scale-out":
 * what several instances must share). Built to fail fast rather than hang: commands time
 * out, nothing queues while disconnected (callers see an error at once and fall back or
 * refuse), and it reconnects by itself.
 */
/** Every key the portal writes starts with this, so several portals can share one Redis. */
export const REDIS_PREFIX = process.env.REDIS_PREFIX ?? "portal:";

// One connection per process, on globalThis: Next's bundles and the modules loaded outside
// them (the cache handler, the fast path) each get their own copy of this file.
const shared = (globalThis.__portalRedis ??= { client: undefined, down: false, everReady: false });

export function redisConfigured() {
  return Boolean(process.env.REDIS_URL);
}

export function redisOptions() {
  return {
    commandTimeout: Number(process.env.REDIS_COMMAND_TIMEOUT_MS) || 500,
    connectTimeout: 2_000,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // Reconnect forever, at most every 2 s: recovery is automatic.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  };
}

export function getRedis() {
  const url = process.env.REDIS_URL;
  if (!url) return null;
  if (!shared.client) {
    const client = new Redis(url, redisOptions());
    shared.client = client;
    // Logged once per outage, without the URL (it may carry a password).
    client.on("error", (error) => {
      if (!shared.down) console.error("[redis] unavailable:", error.message);
      shared.down = true;
    });
    client.on("ready", () => {
      if (shared.down) console.log("[redis] connected again");
      shared.down = false;
      shared.everReady = true;
    });
  }
  return shared.client;
}

/** Closes the connection (graceful stop, tests). */
export async function closeRedis() {
  const open = shared.client;
  shared.client = undefined;
  shared.everReady = false;
  await open?.quit().catch(() => open.disconnect());
}

/** Resolves once connected (or false after `timeoutMs`): for start-up checks and tests. */
export async function redisReady(timeoutMs = 2_000) {
  const redis = getRedis();
  if (!redis) return false;
  if (redis.status === "ready") return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    redis.once("ready", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * The connection when it can take a command now; null when Redis is not configured or
 * away. Only the process's very first connection is waited for (up to `timeoutMs`), so a
 * fresh instance does not decide alone what Redis should; afterwards it never waits.
 */
export async function connectedRedis(timeoutMs = 1_000) {
  const redis = getRedis();
  if (!redis) return null;
  if (redis.status === "ready") return redis;
  if (shared.everReady) return null;
  return (await redisReady(timeoutMs)) ? redis : null;
}
