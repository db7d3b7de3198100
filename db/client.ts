import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { dataDir } from "@/lib/config";
import { pgliteExtensions } from "./pglite-extensions.mjs";
import * as schema from "./schema";

/**
 * Both drivers speak the same Drizzle query API; PGlite's database is typed as the
 * postgres.js one so the data layer has a single type to work with.
 */
export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export type DatabaseHandle = { db: Database; driver: "postgres" | "pglite"; close: () => Promise<void> };

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

// Any fixed number shared by every instance: only one of them migrates at a time.
const MIGRATION_LOCK_KEY = 7_310_421;

export type ConnectOptions = {
  /** postgres:// URL; without one the embedded PGlite is used. */
  url?: string;
  /** PGlite data folder, or "memory://" for a throwaway database. */
  pgliteDir?: string;
};

export function defaultConnectOptions(): ConnectOptions {
  return {
    url: process.env.DATABASE_URL || undefined,
    pgliteDir: process.env.PGLITE_DIR || path.join(dataDir(), "pglite"),
  };
}

/** Opens a database and brings its schema up to date. */
export async function openDatabase(options: ConnectOptions = defaultConnectOptions()): Promise<DatabaseHandle> {
  if (options.url) {
    const client = postgres(options.url, {
      max: Number(process.env.DATABASE_POOL_SIZE || 10),
      onnotice: () => {},
    });
    const db = drizzlePostgres({ client, schema });
    await migrateWithLock(options.url);
    return { db, driver: "postgres", close: () => client.end({ timeout: 5 }) };
  }

  const dir = options.pgliteDir || path.join(dataDir(), "pglite");
  if (!dir.startsWith("memory://")) mkdirSync(dir, { recursive: true });
  // PGlite is a single connection; it queues queries and transactions itself.
  const client = await PGlite.create(dir, { extensions: pgliteExtensions });
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  await migratePglite(drizzlePglite({ client }), { migrationsFolder });
  return { db, driver: "pglite", close: () => client.close() };
}

/** Several app instances may start at once against one PostgreSQL: migrate one at a time. */
async function migrateWithLock(url: string) {
  // One connection, so the advisory lock and the migration share a session.
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
  } finally {
    await client.end({ timeout: 5 });
  }
}
