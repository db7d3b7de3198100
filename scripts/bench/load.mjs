// Throughput runs with autocannon, reduced to the numbers the report shows.
import autocannon from "autocannon";
import { BROWSER_ACCEPT_ENCODING, BROWSER_USER_AGENT, LOAD } from "./config.mjs";

/**
 * Runs autocannon against `origin + path` for `seconds`, or until `amount` requests have
 * been answered. `request` may add method, headers, body, setupRequest and onResponse
 * (autocannon's per-request hooks). `compressed` sends a browser's Accept-Encoding;
 * otherwise none is sent (the uncompressed page).
 */
export async function load(origin, path, { seconds = LOAD.seconds, amount, connections = LOAD.connections, request = {}, compressed = false } = {}) {
  const { headers: requestHeaders, ...perRequest } = request;
  const headers = compressed ? { "accept-encoding": BROWSER_ACCEPT_ENCODING, ...requestHeaders } : requestHeaders;
  const result = await autocannon({
    url: origin + path,
    connections,
    timeout: LOAD.timeoutSeconds,
    ...(amount ? { amount } : { duration: seconds }),
    headers: { "user-agent": BROWSER_USER_AGENT, ...headers },
    requests: [{ method: "GET", path, ...perRequest }],
  });
  await getOnce(origin, path);
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
 * One GET of the page, alone. After a timed run it drains: up to `connections` requests
 * are still being served when time is up and progress together (interleaved awaits), so
 * one more comes back about when they are done and the next run starts on an idle server.
 */
async function getOnce(origin, path) {
  await fetch(origin + path, { headers: { "user-agent": BROWSER_USER_AGENT }, signal: AbortSignal.timeout(60_000) })
    .then((response) => response.arrayBuffer())
    .catch(() => {});
}

/**
 * One request alone, then a short run, so caches, JIT and connection pools are warm when
 * measuring. The lone request matters: concurrent misses of one cache entry each render
 * it (nothing coalesces them), so 50 cold connections would measure a stampede (50 cold
 * homepages took 10 s here) rather than the cached page.
 */
export async function warmAndLoad(origin, path, options = {}) {
  await getOnce(origin, path);
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
