import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const dir = mkdtempSync(path.join(os.tmpdir(), "portal-shutdown-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A process shaped like `next start`: its own SIGTERM handler drains for a while, then
 * calls process.exit(143); ours is installed after it, as instrumentation.ts does.
 */
function run(cleanup: string, options = "{}") {
  const script = path.join(dir, `child-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(
    script,
    `import { installGracefulShutdown } from ${JSON.stringify(path.join(root, "lib", "shutdown.ts"))};
process.on("SIGTERM", () => setTimeout(() => { console.log("next: drained"); process.exit(143); }, 100));
installGracefulShutdown(async () => { ${cleanup} }, ${options});
setInterval(() => {}, 1000);
console.log("ready");`,
  );
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), [script], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
    if (String(chunk).includes("ready")) child.kill("SIGTERM");
  });
  return new Promise<{ code: number | null; lines: string[] }>((resolve) =>
    child.on("exit", (code) => resolve({ code, lines: output.split("\n").filter((l) => l && !l.startsWith("[shutdown]")) })),
  );
}

describe("installGracefulShutdown", () => {
  it("runs the cleanup after Next has drained and before the process exits, keeping Next's code", async () => {
    const { code, lines } = await run(`await new Promise((r) => setTimeout(r, 300)); console.log("cleanup done");`);
    expect(lines).toEqual(["ready", "next: drained", "cleanup done"]);
    expect(code).toBe(143);
  }, 30_000);

  it("exits after its time-out when the cleanup hangs", async () => {
    const { code, lines } = await run(`await new Promise(() => {});`, "{ timeoutMs: 300 }");
    expect(lines).toEqual(["ready", "next: drained"]);
    expect(code).toBe(143);
  }, 30_000);
});
