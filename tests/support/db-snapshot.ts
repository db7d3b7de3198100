import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";

async function rows<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  const result: unknown = await db.execute(query);
  // postgres.js answers with the rows, PGlite with { rows }.
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * Row count and a digest of every row of every table, to prove that a refused call
 * changed nothing at all (not only the table it aimed at): compare two snapshots.
 */
export async function snapshotDatabase(db: Database): Promise<Record<string, string>> {
  const tables = await rows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const snapshot: Record<string, string> = {};
  for (const { name } of tables) {
    const ident = sql.identifier(name);
    const [row] = await rows<{ n: number; digest: string }>(
      db,
      sql`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from ${ident} t`,
    );
    snapshot[name] = `${row!.n}:${row!.digest}`;
  }
  return snapshot;
}
