// Runs once when the server starts: migrate and seed before the first request asks,
// start the scheduler that publishes articles at their set time, and arrange a graceful
// stop (open requests finish, buffered views are written, the database is closed).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before any request: rate limits must key on the real client address (lib/client-address.ts).
  const { installClientAddressStamp } = await import("./lib/client-address");
  installClientAddressStamp(process.env.TRUST_PROXY === "true");
  const { getDb, closeDb } = await import("./db");
  const { existingViewBuffer } = await import("./db/view-buffer");
  const { installGracefulShutdown } = await import("./lib/shutdown");
  installGracefulShutdown(async () => {
    const buffer = existingViewBuffer();
    buffer?.stop();
    try {
      await buffer?.flush();
    } finally {
      await closeDb();
    }
    console.log("[shutdown] views written, database closed");
  });
  try {
    await getDb();
    console.log("[db] ready");
  } catch (error) {
    // Requests retry on their own; the health route reports the failure.
    console.error("[db] not ready:", error instanceof Error ? error.message : error);
  }

  // Web Crypto: this file is also compiled for the edge runtime, where node:crypto is not.
  process.env.INTERNAL_TASK_KEY ??= `${crypto.randomUUID()}${crypto.randomUUID()}`;
  const seconds = Number(process.env.SCHEDULER_INTERVAL_SECONDS) || 30;
  const url = `http://127.0.0.1:${process.env.PORT || 3000}/api/tac-vu/dang-bai-hen-gio`;
  const timer = setInterval(() => {
    fetch(url, { method: "POST", headers: { "x-task-key": process.env.INTERNAL_TASK_KEY! }, signal: AbortSignal.timeout(10_000) }).catch(() => {
      // The server may be starting or stopping; the next tick tries again.
    });
  }, seconds * 1000);
  timer.unref();
}
