import Redis from "ioredis";

/**
 * The one Redis connection of this process, when REDIS_URL is set (issue "Scale-out":
 * what several instances must share). Built to fail fast rather than hang: commands time
 * out, nothing queues while disconnected (callers see an error at once and fall back or
 * refuse), and it reconnects by itself.
 */
let client: Redis | undefined;
let down = false;

export function redisConfigured(): boolean {
  return Boolean(process.env.REDIS_URL);
}

export function redisOptions() {
  return {
    commandTimeout: Number(process.env.REDIS_COMMAND_TIMEOUT_MS) || 500,
    connectTimeout: 2_000,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // Reconnect forever, at most every 2 s: recovery is automatic.
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 2_000),
  } as const;
}

export function getRedis(): Redis | null {
  const url = process.env.REDIS_URL;
  if (!url) return null;
  if (!client) {
    client = new Redis(url, redisOptions());
    // Logged once per outage, without the URL (it may carry a password).
    client.on("error", (error: Error) => {
      if (!down) console.error("[redis] unavailable:", error.message);
      down = true;
    });
    client.on("ready", () => {
      if (down) console.log("[redis] connected again");
      down = false;
    });
  }
  return client;
}

/** Closes the connection (graceful stop, tests). */
export async function closeRedis(): Promise<void> {
  const open = client;
  client = undefined;
  await open?.quit().catch(() => open.disconnect());
}

/** Resolves once connected (or false after `timeoutMs`): for start-up checks and tests. */
export async function redisReady(timeoutMs = 2_000): Promise<boolean> {
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
