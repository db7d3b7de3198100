// Throughput runs with autocannon, reduced to the numbers the report shows.
import autocannon from "autocannon";
import { BROWSER_USER_AGENT, LOAD } from "./config.mjs";

/**
 * Runs autocannon against `origin + path` for `seconds`. `request` may add method, headers,
 * body, setupRequest and onResponse (autocannon's per-request hooks). No Accept-Encoding is
 * sent: pages and the static file are compared on the same uncompressed bytes.
 */
export async function load(origin, path, { seconds = LOAD.seconds, connections = LOAD.connections, request = {} } = {}) {
  const { headers, ...perRequest } = request;
  const result = await autocannon({
    url: origin + path,
    connections,
    duration: seconds,
    headers: { "user-agent": BROWSER_USER_AGENT, ...headers },
    requests: [{ method: "GET", path, ...perRequest }],
  });
  const statusErrors = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith("2"))
    .map(([code, { count }]) => `${count}×${code}`);
  return {
    path,
    requests: result.requests.total,
    rps: result.requests.total / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    errors: result.non2xx + result.errors,
    statusErrors,
  };
}

/** A short run first, so JIT, caches and connection pools are warm when measuring. */
export async function warmAndLoad(origin, path, options = {}) {
  if (LOAD.warmSeconds > 0) await load(origin, path, { ...options, seconds: LOAD.warmSeconds });
  return load(origin, path, options);
}
