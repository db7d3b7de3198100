// One request at a time: latency without queueing (search, the uncached homepage).
import { BROWSER_USER_AGENT } from "./config.mjs";

/** Time to the last byte of one GET, in ms. */
export async function timeRequest(origin, path) {
  const started = performance.now();
  const response = await fetch(origin + path, { headers: { "user-agent": BROWSER_USER_AGENT }, redirect: "manual" });
  const body = await response.text();
  return { status: response.status, ms: performance.now() - started, bytes: Buffer.byteLength(body), body };
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Each path once, in order; non-200 answers are counted, not timed. */
export async function timePaths(origin, paths) {
  const times = [];
  let errors = 0;
  let slowest = { path: "", ms: 0 };
  for (const path of paths) {
    const { status, ms } = await timeRequest(origin, path);
    if (status === 200) times.push(ms);
    else errors++;
    if (ms > slowest.ms) slowest = { path, ms };
  }
  return { count: times.length, errors, p50: percentile(times, 50), p95: percentile(times, 95), max: slowest.ms, slowest: decodeURIComponent(slowest.path) };
}
