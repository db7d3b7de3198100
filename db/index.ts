import { openDatabase, type Database, type DatabaseHandle } from "./client";
import { ensureFirstAdmin } from "./first-admin";
import { seedDemoContent } from "./seed";
import { ensureDefaultSite } from "./site-setup";

type Shared = { handle?: Promise<DatabaseHandle> };
// On globalThis so dev-server reloads and every route bundle share one connection
// (PGlite is one connection per data folder; two would silently diverge).
const shared = globalThis as typeof globalThis & { __portalDb?: Shared };
const state: Shared = (shared.__portalDb ??= {});

/**
 * The portal's database, migrated and (unless SEED_DEMO=false) seeded with demo content
 * when empty. Every caller awaits the same promise, so no request runs before that is done.
 */
export function getDb(): Promise<Database> {
  state.handle ??= prepare().catch((error) => {
    state.handle = undefined; // let the next request try again (e.g. PostgreSQL came back)
    throw error;
  });
  return state.handle.then((h) => h.db);
}

// `next build` prerenders the pages without parameters (/, /thu-vien-anh…) once. That
// output is never served (lib/cache-handler.mjs keeps only what the running server
// renders), so the build renders against an empty throwaway database and never needs
// the real one: one build serves any database.
const isBuild = process.env.NEXT_PHASE === "phase-production-build";

async function prepare(): Promise<DatabaseHandle> {
  if (isBuild) {
    const empty = await openDatabase({ pgliteDir: "memory://" });
    await ensureDefaultSite(empty.db);
    return empty;
  }
  const handle = await openDatabase();
  if (process.env.SEED_DEMO !== "false") {
    const seeded = await seedDemoContent(handle.db);
    if (seeded) console.log("[db] demo content seeded");
  }
  await ensureDefaultSite(handle.db);
  const admin = await ensureFirstAdmin(handle.db, { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD });
  if (admin?.generatedPassword) {
    // Printed once, on the start that created the account; it must be changed at first sign-in.
    console.log(`[admin] first admin account: ${admin.email} / password: ${admin.generatedPassword} (change it at first sign-in)`);
  } else if (admin?.refusedPassword) {
    console.warn(`[admin] first admin account created: ${admin.email}; ADMIN_PASSWORD must be changed at first sign-in: ${admin.refusedPassword}`);
  } else if (admin) {
    console.log(`[admin] first admin account created: ${admin.email}`);
  }
  return handle;
}

/** For graceful shutdown and tests. */
export async function closeDb(): Promise<void> {
  const handle = await state.handle?.catch(() => undefined);
  state.handle = undefined;
  await handle?.close();
}

export type { Database };
