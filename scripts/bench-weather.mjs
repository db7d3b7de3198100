// Benchmark: does an unreachable weather provider slow the homepage down?
// Starts two production servers on one PostgreSQL database, one pointed at a healthy
// fake provider and one at a provider that never answers, then times the homepage on
// both, alternating requests so machine noise hits both alike. Needs a build
// (`npm run build`) and PostgreSQL (BENCH_DATABASE_URL, default the local server).
import { spawn } from "node:child_process";
import postgres from "postgres";
import { startFakeWeather } from "../e2e/support/fake-weather.mjs";

const ROUNDS = Number(process.env.ROUNDS || 40);
const adminUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = `portal_bench_${Date.now()}`;

const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database "${dbName}"`);
const url = new URL(adminUrl);
url.pathname = `/${dbName}`;

const up = await startFakeWeather(0, "normal");
const down = await startFakeWeather(0, "hang");
const servers = [];

function startServer(port, weatherUrl) {
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port)], {
    env: { ...process.env, DATABASE_URL: url.toString(), WEATHER_API_URL: weatherUrl, NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: `/tmp/${dbName}` },
    stdio: "ignore",
  });
  servers.push(child);
}

async function waitHealthy(port) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server on ${port} did not start`);
}

async function timeHomepage(port) {
  const start = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/`);
  const ttfb = performance.now() - start;
  await response.text();
  return { ttfb, total: performance.now() - start };
}

const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

try {
  // One server seeds the database first, so the two never race on it.
  startServer(3301, up.url);
  await waitHealthy(3301);
  startServer(3302, down.url);
  await waitHealthy(3302);

  const results = { up: { ttfb: [], total: [] }, down: { ttfb: [], total: [] } };
  const first = { up: await timeHomepage(3301), down: await timeHomepage(3302) };
  for (let i = 0; i < ROUNDS; i++) {
    for (const [name, port] of [["up", 3301], ["down", 3302]]) {
      const t = await timeHomepage(port);
      results[name].ttfb.push(t.ttfb);
      results[name].total.push(t.total);
    }
  }
  const row = (name) => {
    const r = results[name];
    return `| provider ${name === "up" ? "healthy    " : "never answers"} | ${first[name].ttfb.toFixed(0)} / ${first[name].total.toFixed(0)} | ${pct(r.ttfb, 50).toFixed(1)} | ${pct(r.ttfb, 95).toFixed(1)} | ${pct(r.total, 50).toFixed(1)} | ${pct(r.total, 95).toFixed(1)} |`;
  };
  console.log(`Homepage, ${ROUNDS} alternating requests per server after a first one (ms)`);
  console.log("| weather | first request TTFB / total | TTFB p50 | TTFB p95 | total p50 | total p95 |");
  console.log("|---|---|---|---|---|---|");
  console.log(row("up"));
  console.log(row("down"));
  console.log(`ratio of p50 totals (down/up): ${(pct(results.down.total, 50) / pct(results.up.total, 50)).toFixed(2)}`);
} finally {
  for (const s of servers) s.kill("SIGTERM");
  await up.close();
  await down.close();
  await new Promise((r) => setTimeout(r, 1000));
  await admin.unsafe(`drop database if exists "${dbName}" with (force)`);
  await admin.end();
}
