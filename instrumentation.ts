// Runs once when the server starts: migrate and seed before the first request asks.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("./db");
  try {
    await getDb();
    console.log("[db] ready");
  } catch (error) {
    // Requests retry on their own; the health route reports the failure.
    console.error("[db] not ready:", error instanceof Error ? error.message : error);
  }
}
