// `npm run reliability`: every reliability script, one after another (each starts its own
// private PostgreSQL on RELIABILITY_PG_PORT, default 5499, and its own server).
import { spawnSync } from "node:child_process";
import path from "node:path";

let failed = 0;
for (const script of ["load.mjs", "faults.mjs", "shutdown.mjs"]) {
  console.log(`\n=== ${script}`);
  const { status } = spawnSync(process.execPath, [path.join(import.meta.dirname, script)], { stdio: "inherit" });
  if (status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
