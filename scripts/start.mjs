// `npm start`: build once if there is no production build, then serve it.
// Migrations and demo content are applied by the server itself (instrumentation.ts).
//
// The server is Next's own request handler behind one small layer, lib/fast-path.mjs:
// cached reader pages are answered from the reader cache's bytes without running Next
// (static-file speed); everything else goes to Next unchanged, except that a reader's
// server action without the visitor cookie gets one first (lib/visitor-cookie.mjs). On SIGTERM / SIGINT it stops
// accepting connections, lets open requests finish, closes Next and exits 143 / 130 as
// `next start` does (lib/shutdown.ts writes buffered views before that exit).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const nextBin = path.join("node_modules", "next", "dist", "bin", "next");

function build() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      if (code === 0) resolve();
      else reject(new Error(`next build exited with ${code ?? signal}`));
    });
  });
}

async function serve(port) {
  // As `next start`: React and Next in their production builds.
  process.env.NODE_ENV = "production";
  process.title = `next-server (portal, port ${port})`;
  const { default: next } = await import("next");
  const { default: nextConfig } = await import(pathToFileURL(path.resolve("next.config.mjs")).href);
  const { configHeaders, createFastPath, mintVisitorCookie } = await import("../lib/fast-path.mjs");
  const { processStore } = await import("../lib/page-store.mjs");

  const app = next({ dev: false, dir: process.cwd(), port, hostname: "localhost" });
  const headers = await configHeaders(nextConfig);
  if (!headers) console.warn("[fast-path] next.config headers() has rules for some paths only: cached pages are served by Next");
  const fastPath = createFastPath({ headers, store: await processStore() });
  let handle;
  const ready = app.prepare().then(() => (handle = app.getRequestHandler()));

  const server = http.createServer((req, res) => {
    const served = fastPath(req, res);
    if (served === true) return;
    mintVisitorCookie(req, res);
    const toNext = () => (handle ? handle(req, res) : ready.then(() => handle(req, res)));
    const run = served === false ? toNext() : served.then((done) => done || toNext());
    Promise.resolve(run).catch((error) => {
      console.error(`Failed to handle request for ${req.url}`, error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.on("error", (error) => {
    console.error("Failed to start server:", error.message);
    process.exit(1);
  });
  await new Promise((resolve) => server.listen(port, resolve));
  await ready;
  console.log(`▲ Ready on http://localhost:${port}`);

  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      app
        .close()
        .catch((error) => console.error(error))
        .finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

try {
  if (!existsSync(path.join(".next", "BUILD_ID"))) {
    console.log("No production build yet: building (this takes a minute the first time)…");
    await build();
  }
  await serve(Number(process.env.PORT) || 3000);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
