/**
 * Graceful stop on SIGTERM / SIGINT: in-flight requests finish, then `onDrained` runs
 * (flush the view buffer, close the database), then the process exits.
 *
 * `next start` (node_modules/next/dist/server/lib/start-server.js) already handles both
 * signals: it stops accepting connections, waits for open requests (`server.close`), runs
 * its own cleanup, and then calls `process.exit(143)` (130 for SIGINT). It offers no
 * hook after the requests drained, and that exit would cut an async handler of ours
 * short. So on the signal this wraps `process.exit`: when Next calls it — after the
 * drain — `onDrained` runs first, then the process exits with Next's code.
 * With NEXT_MANUAL_SIG_HANDLE set, Next leaves the signals alone and the exit is ours.
 */
export function installGracefulShutdown(onDrained: () => Promise<void>, { timeoutMs = 15_000 } = {}): void {
  const state = globalThis as typeof globalThis & { __portalShutdownInstalled?: boolean };
  if (state.__portalShutdownInstalled) return;
  state.__portalShutdownInstalled = true;

  let finishing: Promise<void> | undefined;
  const finish = () =>
    (finishing ??= Promise.race([
      onDrained(),
      // A database that does not answer must not keep a stopping server up forever.
      new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref()),
    ]).catch((error) => console.error("[shutdown] cleanup failed:", error instanceof Error ? error.message : error)));

  const onSignal = (signal: NodeJS.Signals) => {
    console.log(`[shutdown] ${signal}: finishing open requests`);
    const exit = process.exit.bind(process);
    process.exit = ((code?: number) => {
      void finish().then(() => exit(code));
    }) as typeof process.exit;
    if (process.env.NEXT_MANUAL_SIG_HANDLE) process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}
