// Starting and stopping `next start`, and reading its memory.
import { spawn } from "node:child_process";
import { createWriteStream, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const NEXT_BIN = path.resolve("node_modules", "next", "dist", "bin", "next");

/** `next <args>` in `cwd`, its output appended to `logFile` (the console stays readable). */
function spawnNext(args, { cwd, env, logFile, script }) {
  const child = spawn(process.execPath, script ? [script] : [NEXT_BIN, ...args], { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const log = createWriteStream(logFile, { flags: "a" });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  return child;
}

/** Runs `next <args>` (e.g. build) to completion. */
export function runNext(args, { cwd = process.cwd(), env = {}, logFile }) {
  return new Promise((resolve, reject) => {
    const child = spawnNext(args, { cwd, env, logFile });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next ${args.join(" ")} exited with ${code}; see ${logFile}`))));
  });
}

/**
 * `next start` on a port; resolves once `readyPath` answers 200. The returned handle stops
 * it with SIGTERM (so buffered writes are flushed, as in a real deploy) and reads its RSS.
 */
export async function startNext({ cwd = process.cwd(), port, env = {}, logFile, readyPath = "/", script }) {
  const child = spawnNext(["start", "--port", String(port)], { cwd, env: { PORT: String(port), ...env }, logFile, script });
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal)));
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();

  for (;;) {
    const early = await Promise.race([exited, new Promise((r) => setTimeout(r, 250, undefined))]);
    if (early !== undefined) throw new Error(`next start on ${port} exited (${early}); see ${logFile}`);
    try {
      if ((await fetch(origin + readyPath, { signal: AbortSignal.timeout(10_000) })).ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 180_000) {
      child.kill("SIGTERM");
      throw new Error(`next start on ${port} did not become ready; see ${logFile}`);
    }
  }

  return {
    origin,
    pid: child.pid,
    rssKb: () => processTreeRssKb(child.pid),
    async stop() {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** VmRSS of a process and all its descendants, in kB (Linux /proc). */
export function processTreeRssKb(rootPid) {
  const parents = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses: the parent pid follows the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // exited meanwhile
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      total += match ? Number(match[1]) : 0;
    } catch {
      // exited meanwhile
    }
  }
  return total;
}

/**
 * The portal as `npm start` serves it (scripts/start.mjs: Next behind the cached-page fast
 * path), on a port; same handle as startNext.
 */
export function startPortal(options) {
  return startNext({ ...options, script: path.resolve("scripts", "start.mjs") });
}
