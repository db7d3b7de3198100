// Lighthouse (mobile, the default form factor) with the system Chromium, as a function:
// used by `npm run lighthouse` and by the benchmark.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** The article of the reference page (db/seed/reference.ts), present in every seeded database. */
export const REFERENCE_PATH = "/bai-viet/doan-kiem-tra-cong-vu-huyen-kiem-tra-cai-cach-hanh-chinh-tai-4-xa-phuong-duc-hong-minh-hoang-long-tri-trung";

const bin = path.join("node_modules", "lighthouse", "cli", "index.js");

/** Lighthouse's full JSON report for `url`. */
export function runLighthouse(url) {
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH || "/usr/bin/chromium" };
  return new Promise((resolve, reject) => {
    const args = [bin, url, "--output=json", "--quiet", `--only-categories=${CATEGORIES.join(",")}`, "--chrome-flags=--headless=new --no-sandbox --disable-gpu"];
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code} for ${url}`));
      try {
        const report = JSON.parse(out);
        if (report.runtimeError) return reject(new Error(`${url}: ${report.runtimeError.message}`));
        resolve(report);
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** Scores (0–100) per category, the Web Vitals the lab measures, and what fails. */
export function summarize(report) {
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((report.categories[id].score ?? 0) * 100)]));
  const failing = Object.fromEntries(
    CATEGORIES.map((id) => [
      id,
      report.categories[id].auditRefs
        .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1)
        .map((ref) => ({ id: ref.id, title: report.audits[ref.id].title })),
    ]),
  );
  const metric = (id) => report.audits[id]?.numericValue;
  return {
    titles: Object.fromEntries(CATEGORIES.map((id) => [id, report.categories[id].title])),
    scores,
    failing,
    lcpMs: metric("largest-contentful-paint"),
    cls: metric("cumulative-layout-shift"),
    tbtMs: metric("total-blocking-time"),
  };
}

/** How many times each page is measured: Lighthouse's own advice on variability is 5. */
export const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);

/**
 * Waits (at most `maxMs`) until the 1-minute load average is under `below`: the score slows
 * the CPU 4× on top of this one, so a run right after a load test measures the load test.
 * Returns the load average it started at.
 */
export async function waitForQuiet({ below = 1, maxMs = 120_000 } = {}) {
  const started = Date.now();
  while (os.loadavg()[0] >= below && Date.now() - started < maxMs) await new Promise((r) => setTimeout(r, 5_000));
  return os.loadavg()[0];
}

/**
 * `runs` Lighthouse runs of `url`; the summary of the median one by performance score, with
 * every run's performance score (sorted) beside it: one run on a shared 2-core machine
 * spans 10 points or more.
 */
export async function medianLighthouse(url, runs = RUNS) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(summarize(await runLighthouse(url)));
  results.sort((a, b) => a.scores.performance - b.scores.performance);
  return { ...results[Math.floor((results.length - 1) / 2)], performanceRuns: results.map((r) => r.scores.performance) };
}
