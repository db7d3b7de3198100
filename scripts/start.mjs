// `npm start`: build once if there is no production build, then serve it.
// Migrations and demo content are applied by the server itself (instrumentation.ts).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const nextBin = path.join("node_modules", "next", "dist", "bin", "next");

function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { stdio: "inherit", env });
    let stopping = false;
    const forward = (signal) => {
      stopping = true;
      child.kill(signal);
    };
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      // `next start` exits with 143 / 130 after a graceful stop on SIGTERM / SIGINT.
      if (code === 0 || (stopping && (code === 143 || code === 130)) || signal === "SIGTERM" || signal === "SIGINT") resolve();
      else reject(new Error(`next ${args[0]} exited with ${code ?? signal}`));
    });
  });
}

try {
  if (!existsSync(path.join(".next", "BUILD_ID"))) {
    console.log("No production build yet: building (this takes a minute the first time)…");
    await run(["build"]);
  }
  await run(["start", "--port", process.env.PORT || "3000"]);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
