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
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      if (code === 0 || signal === "SIGTERM" || signal === "SIGINT") resolve();
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
