import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = {
  alias: {
    "@": root,
    // Next enforces `server-only` at build time; in tests it is an empty module.
    "server-only": path.join(root, "tests/support/empty.ts"),
  },
};

const integration = (name: string, env: Record<string, string>, options: { actions?: boolean } = {}) => ({
  resolve,
  test: {
    name,
    // tests/actions call server actions with Next's request context (session, headers,
    // cache) replaced by vi.mock: module mocks need a module graph of their own, so those
    // files run isolated, on a database of their own.
    include: [options.actions ? "tests/actions/**/*.test.ts" : "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/support/database-setup.ts"],
    env,
    // One database per run, shared by the files of one worker: run them one after another.
    pool: "forks" as const,
    maxWorkers: 1,
    isolate: Boolean(options.actions),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // next-auth imports "next/server" without the extension Node's ESM resolver needs;
    // inlined, Vite resolves it (server actions under test import Auth.js).
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
  },
});

export default defineConfig({
  test: {
    projects: [
      { resolve, test: { name: "unit", include: ["lib/**/*.test.ts", "auth/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts"], env: { TZ: "America/New_York" } } },
      integration("pglite", { TEST_DRIVER: "pglite" }),
      integration("pglite-actions", { TEST_DRIVER: "pglite" }, { actions: true }),
      ...(process.env.TEST_DATABASE_URL
        ? [integration("postgres", { TEST_DRIVER: "postgres" }), integration("postgres-actions", { TEST_DRIVER: "postgres" }, { actions: true })]
        : []),
    ],
  },
});
