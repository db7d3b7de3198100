// Throughput runs with autocannon, reduced to the numbers the report shows.
import autocannon from "autocannon";
import { BROWSER_USER_AGENT, LOAD, URLS } from "./config.mjs";

/**
 * Runs autocannon against `origin + path` for `seconds`, or until `amount` requests have
 * been answered. `request` may add method, headers, body, setupRequest and onResponse
 * (autocannon's per-request hooks). No Accept-Encoding is sent: pages and the static file
 * are compared on the same uncompressed bytes.
 */
export async function load(origin, path, { seconds = LOAD.seconds, amount, connections = LOAD.connections, request = {} } = {}) {
  const { headers, ...perRequest } = request;
  const result = await autocannon({
    url: origin + path,
    connections,
    timeout: LOAD.timeoutSeconds,
    ...(amount ? { amount } : { duration: seconds }),
    headers: { "user-agent": BROWSER_USER_AGENT, ...headers },
    requests: [{ method: "GET", path, ...perRequest }],
  });
  await drain(origin);
  const statusErrors = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith("2"))
    .map(([code, { count }]) => `${count}×${code}`);
  return {
    path,
    requests: result.requests.total,
    rps: result.requests.total / (result.duration || seconds),
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    // autocannon counts time-outs among its errors.
    socketErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    errors: result.non2xx + result.errors,
    statusErrors,
  };
}

/**
 * When a timed run ends, up to `connections` requests are still queued in the server; the
 * next run would start behind them. A health check answered means the queue ahead of it is
 * done (one Node thread serves them in order).
 */
async function drain(origin) {
  await fetch(origin + URLS.health, { signal: AbortSignal.timeout(60_000) }).catch(() => {});
}

/** A short run first, so JIT, caches and connection pools are warm when measuring. */
export async function warmAndLoad(origin, path, options = {}) {
  if (LOAD.warmSeconds > 0) await load(origin, path, { ...options, seconds: LOAD.warmSeconds });
  return load(origin, path, options);
}

/**
 * For writes checked against the database: a timed run drops the requests still in flight
 * when time is up, though the server may well complete them, and the check could not be
 * exact. Both runs here count requests instead; the warm-up's rate sizes the measured run
 * to last about `seconds`.
 */
export async function warmAndLoadCounted(origin, path, options = {}) {
  const minimum = LOAD.connections * 10;
  const warm = await load(origin, path, { ...options, amount: minimum });
  return load(origin, path, { ...options, amount: Math.max(minimum, Math.round(warm.rps * LOAD.seconds)) });
}
