// Shared pieces of the reliability scripts: a production server under our control, a
// private PostgreSQL instance to restart at will, and an HTTP client with cookies.
import { execFileSync, spawn } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { startFakeWeather } from "../../e2e/support/fake-weather.mjs";

export const root = path.resolve(import.meta.dirname, "..", "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function requireBuild() {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.error("No production build: run `npm run build` first.");
    process.exit(1);
  }
}

// Open-Meteo is unreachable from a test machine (nor should a measurement depend on it):
// every server of these scripts asks a local stand-in. It never keeps the script alive.
let weather;
export async function fakeWeatherUrl() {
  weather ??= startFakeWeather(0, "normal");
  return (await weather).url;
}

/**
 * `next start` on `port` with `env`; its output is kept (and echoed with VERBOSE=1).
 * `stop(signal)` resolves with how it exited.
 */
// Servers this script started: never left running when it ends, however it ends.
const children = new Set();
const databases = new Set();
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
  for (const pg of databases) pg.destroySync();
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));

export async function startServer({ port, env = {}, label = "server" }) {
  const weatherUrl = await fakeWeatherUrl();
  const child = spawn(process.execPath, [nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), AUTH_TRUST_HOST: "true", SITE_URL: `http://127.0.0.1:${port}`, WEATHER_API_URL: weatherUrl, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = [];
  const keep = (chunk) => {
    output.push(chunk.toString());
    if (process.env.VERBOSE) process.stdout.write(`[${label}] ${chunk}`);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  children.add(child);
  const exited = new Promise((resolve) =>
    child.on("exit", (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  const origin = `http://127.0.0.1:${port}`;
  return {
    child,
    origin,
    exited,
    output: () => output.join(""),
    ready: (timeoutMs = 120_000) => waitForHealth(origin, timeoutMs),
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Waits until /api/health answers 200. */
export async function waitForHealth(origin, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${origin} not healthy after ${timeoutMs} ms`);
}

/** Runs a command as the postgres user when we are root (initdb refuses root). */
function asPostgres(command, args) {
  if (process.getuid?.() === 0) return execFileSync("su", ["postgres", "-c", [command, ...args].map(shellQuote).join(" ")], { stdio: "pipe" });
  return execFileSync(command, args, { stdio: "pipe" });
}
const shellQuote = (s) => `'${String(s).replaceAll("'", `'\\''`)}'`;

function postgresBin() {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base) ? execFileSync("ls", [base]).toString().trim().split("\n").sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(path.join(base, v, "bin", "initdb"))) return path.join(base, v, "bin");
  return ""; // on PATH
}

/**
 * A throwaway PostgreSQL server of our own (never the machine's), so the fault scripts
 * can stop and restart it without disturbing anyone else's.
 */
export class PrivatePostgres {
  constructor(port = Number(process.env.RELIABILITY_PG_PORT || 5499)) {
    this.port = port;
    this.bin = postgresBin();
    this.dir = mkdtempSync(path.join(os.tmpdir(), "portal-reliability-pg-"));
    if (process.getuid?.() === 0) {
      const { uid, gid } = statSync("/var/lib/postgresql");
      chownSync(this.dir, uid, gid);
    }
    this.data = path.join(this.dir, "data");
    this.log = path.join(this.dir, "server.log");
    databases.add(this);
  }

  url(database = "postgres") {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  pgCtl(...args) {
    return asPostgres(path.join(this.bin, "pg_ctl"), ["-D", this.data, "-l", this.log, ...args]);
  }

  async init() {
    asPostgres(path.join(this.bin, "initdb"), ["-D", this.data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
    await this.start();
    const admin = postgres(this.url(), { max: 1, onnotice: () => {} });
    await admin.unsafe("create database portal");
    await admin.end();
    return this.url("portal");
  }

  async start() {
    this.pgCtl("-w", "-o", `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1`, "start");
  }

  /** `fast`: disconnects clients and stops, like a service restart. */
  async stop(mode = "fast") {
    this.pgCtl("-w", "-m", mode, "stop");
  }

  async destroy() {
    this.destroySync();
  }

  destroySync() {
    databases.delete(this);
    try {
      this.pgCtl("-w", "-m", "immediate", "stop");
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A tiny cookie jar for fetch: enough for Auth.js and the visitor cookie. */
export class Client {
  constructor(origin) {
    this.origin = origin;
    this.cookies = new Map();
  }

  get cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async fetch(pathname, init = {}) {
    const res = await fetch(new URL(pathname, this.origin), {
      redirect: "manual",
      ...init,
      headers: { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) reliability-script", cookie: this.cookieHeader, ...init.headers },
      signal: init.signal ?? AbortSignal.timeout(60_000),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }
}

/** Signs in through the sign-in form's server action (→ Auth.js credentials). */
export async function signIn(client, email, password) {
  const res = await callAction(client, "/admin/dang-nhap", actionId("signInAction"), { form: { email, password } });
  if (![...client.cookies.keys()].some((k) => k.includes("session-token"))) {
    throw new Error(`sign-in failed (HTTP ${res.status}): ${(await res.text()).slice(0, 600)}`);
  }
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** The id of a server action by its exported name, from the production build's manifest. */
export function actionId(name) {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8"));
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name);
  if (!found) throw new Error(`server action ${name} not in the build`);
  return found[0];
}

/**
 * Calls a server action the way React's client does: JSON arguments, or for a
 * `useActionState` form action `(previousState, formData)` a multipart body where the
 * form's fields carry the `_1_` prefix of React's reply encoding.
 */
export function callAction(client, pathname, id, { args, form } = {}) {
  let body;
  let type = {};
  if (form) {
    body = new FormData();
    for (const [name, value] of Object.entries(form)) body.append(`_1_${name}`, String(value));
    // Last, as React sends it: the server reads the referenced fields in order.
    body.append("0", JSON.stringify([{}, "$K1"]));
  } else {
    body = JSON.stringify(args ?? []);
    type = { "content-type": "text/plain;charset=UTF-8" };
  }
  return client.fetch(pathname, { method: "POST", body, headers: { "next-action": id, accept: "text/x-component", origin: client.origin, ...type } });
}

/** Where a server action's `redirect()` sent the client (the `x-action-redirect` header). */
export const actionRedirect = (res) => res.headers.get("x-action-redirect")?.split(";")[0] ?? null;

/** Plain queries against the portal's database while the server is stopped or on PostgreSQL. */
export async function withDatabase({ url, pgliteDir }, run) {
  if (url) {
    const client = postgres(url, { max: 1, onnotice: () => {} });
    try {
      return await run((text, params = []) => client.unsafe(text, params));
    } finally {
      await client.end();
    }
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { pgliteExtensions } = await import("../../db/pglite-extensions.mjs");
  const db = await PGlite.create(pgliteDir, { extensions: pgliteExtensions });
  try {
    return await run(async (text, params = []) => (await db.query(text, params)).rows);
  } finally {
    await db.close();
  }
}
