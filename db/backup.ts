import { sql, type SQL } from "drizzle-orm";
import type { Database, Transaction } from "./client";

/**
 * A logical dump made through the app's own connection: every table of the `public`
 * schema as JSON rows, in foreign-key order, plus sequence values. One format for both
 * drivers (pg_dump cannot read an embedded PGlite folder, and PGlite's dumpDataDir()
 * cannot be restored into PostgreSQL), so a backup also moves a portal from PGlite to
 * PostgreSQL and back. Rows are serialized by PostgreSQL itself (`to_json`) and read back
 * with `json_populate_recordset`, so every type round-trips exactly. The schema is not
 * dumped: restore applies the migrations the dump was made with, then the rows.
 */
export type DumpManifest = {
  format: "district-portal-dump";
  version: 1;
  createdAt: string;
  /** Tags of the migrations applied to the dumped database, oldest first. */
  migrations: string[];
  /** In insert order (a table after every table it references). */
  tables: { name: string; rows: number }[];
  sequences: { name: string; value: number; called: boolean }[];
};

/** Where a dump writes each table's rows, one JSON text per row, and reads them back. */
export type RowSink = (table: string, rows: string[]) => Promise<void>;
export type RowSource = (table: string) => AsyncIterable<string[]>;

const BATCH = 500;

async function rows<T>(db: Database | Transaction, query: SQL): Promise<T[]> {
  // postgres.js answers an array of rows, PGlite an object holding them.
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/** Tables of `public` ordered so that each comes after the tables it references. */
async function tablesInDependencyOrder(db: Database | Transaction): Promise<string[]> {
  const tables = (await rows<{ name: string }>(db, sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`)).map((t) => t.name);
  const references = await rows<{ child: string; parent: string }>(
    db,
    sql`select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where c.contype = 'f' and n.nspname = 'public' and c.conrelid <> c.confrelid`,
  );
  const ordered: string[] = [];
  const visit = (table: string, path: string[]) => {
    if (ordered.includes(table)) return;
    if (path.includes(table)) throw new Error(`foreign-key cycle through ${table}`);
    for (const r of references) if (r.child === table) visit(r.parent, [...path, table]);
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
}

async function primaryKeyColumns(db: Database | Transaction, table: string): Promise<string[]> {
  const columns = await rows<{ name: string }>(
    db,
    sql`select a.attname as name from pg_index i
        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
        where i.indrelid = ${table}::regclass and i.indisprimary order by array_position(i.indkey, a.attnum)`,
  );
  if (columns.length === 0) throw new Error(`table ${table} has no primary key`);
  return columns.map((c) => c.name);
}

/** Columns a restore writes: generated ones are computed again by PostgreSQL. */
async function writableColumns(db: Database | Transaction, table: string): Promise<string[]> {
  const columns = await rows<{ name: string }>(
    db,
    sql`select column_name as name from information_schema.columns
        where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER' order by ordinal_position`,
  );
  return columns.map((c) => c.name);
}

async function appliedMigrations(db: Database | Transaction): Promise<number> {
  const [row] = await rows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return row?.n ?? 0;
}

const ident = (name: string) => sql.identifier(name);

/**
 * Dumps every row inside one REPEATABLE READ transaction: one consistent snapshot even
 * while the server keeps writing (PostgreSQL). `migrationTags` are the app's migrations,
 * of which the database must have applied exactly as many.
 */
export async function dumpDatabase(db: Database, sink: RowSink, migrationTags: string[]): Promise<DumpManifest> {
  return db.transaction(
    async (tx) => {
      const applied = await appliedMigrations(tx);
      if (applied !== migrationTags.length) throw new Error(`the database has ${applied} migrations applied, this code has ${migrationTags.length}: start the server once to migrate it`);
      const manifest: DumpManifest = { format: "district-portal-dump", version: 1, createdAt: new Date().toISOString(), migrations: migrationTags, tables: [], sequences: [] };
      for (const table of await tablesInDependencyOrder(tx)) {
        const order = sql.join((await primaryKeyColumns(tx, table)).map(ident), sql`, `);
        let count = 0;
        for (let offset = 0; ; offset += BATCH) {
          const batch = await rows<{ row: string }>(tx, sql`select to_json(t)::text as row from ${ident(table)} t order by ${order} limit ${BATCH} offset ${offset}`);
          if (batch.length === 0) break;
          await sink(table, batch.map((b) => b.row));
          count += batch.length;
          if (batch.length < BATCH) break;
        }
        manifest.tables.push({ name: table, rows: count });
      }
      manifest.sequences = await rows<DumpManifest["sequences"][number]>(
        tx,
        sql`select sequencename as name, coalesce(last_value, 1)::float8 as value, last_value is not null as called
            from pg_sequences where schemaname = 'public' order by sequencename`,
      );
      return manifest;
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/** Tables of `public` that hold at least one row: a restore only goes into an empty database. */
export async function nonEmptyTables(db: Database): Promise<string[]> {
  const found: string[] = [];
  for (const table of await tablesInDependencyOrder(db)) {
    const [row] = await rows<{ any: boolean }>(db, sql`select exists (select 1 from ${ident(table)}) as any`);
    if (row?.any) found.push(table);
  }
  return found;
}

/** Empties every table (for `restore --force`). */
export async function emptyDatabase(db: Database): Promise<void> {
  const tables = await tablesInDependencyOrder(db);
  if (tables.length) await db.execute(sql`truncate ${sql.join(tables.map(ident), sql`, `)} restart identity cascade`);
}

/**
 * Loads a dump into a migrated, empty database in one transaction: all of it or nothing.
 * Each batch is one INSERT, so a row may reference a row later in the same batch (a
 * sub-category before its parent): foreign keys are checked at the end of the statement.
 */
export async function restoreDatabase(db: Database, manifest: DumpManifest, source: RowSource, migrationTags: string[]): Promise<void> {
  if (manifest.format !== "district-portal-dump" || manifest.version !== 1) throw new Error("not a district portal dump");
  if (manifest.migrations.join() !== migrationTags.join()) {
    throw new Error(`the dump was made with migrations [${manifest.migrations.join(", ")}], this code has [${migrationTags.join(", ")}]: restore it with the matching version of the portal`);
  }
  await db.transaction(async (tx) => {
    for (const { name, rows: expected } of manifest.tables) {
      const columns = sql.join((await writableColumns(tx, name)).map(ident), sql`, `);
      let count = 0;
      for await (const batch of source(name)) {
        await tx.execute(sql`insert into ${ident(name)} (${columns}) select ${columns} from json_populate_recordset(null::${ident(name)}, ${`[${batch.join(",")}]`}::json)`);
        count += batch.length;
      }
      if (count !== expected) throw new Error(`table ${name}: the dump lists ${expected} rows, the archive holds ${count}`);
    }
    for (const s of manifest.sequences) await tx.execute(sql`select setval(${s.name}::regclass, ${s.value}::bigint, ${s.called}::boolean)`);
  });
}
