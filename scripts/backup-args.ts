import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { defaultConnectOptions } from "@/db/client";

/**
 * PGlite has no lock between processes: a backup or restore opening the folder of a
 * running server would read a stale state or corrupt it. PGlite keeps `postmaster.pid`
 * in the folder while open (and leaves it behind after a crash), so its presence stops
 * the script unless the operator states the server is stopped.
 */
export function assertPgliteNotInUse(offline: boolean): void {
  const options = defaultConnectOptions();
  if (options.url || !options.pgliteDir || options.pgliteDir.startsWith("memory://")) return;
  if (existsSync(path.join(options.pgliteDir, "postmaster.pid")) && !offline) {
    console.error(
      `The embedded database ${options.pgliteDir} looks open (postmaster.pid): stop the server first.\n` +
        "If it is stopped (e.g. after a crash), run again with --offline.",
    );
    process.exit(2);
  }
}

/** The options of `npm run backup` and `npm run restore` (each uses its own). */
export function cliArgs() {
  return parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { offline: { type: "boolean", default: false }, force: { type: "boolean", default: false }, keep: { type: "string" } },
  });
}
