import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { openDatabase, type Database, type DatabaseHandle } from "@/db/client";
import { createBackup, listFiles, NotEmptyError, restoreBackup } from "@/db/backup-archive";
import { diskStore, s3Store } from "@/lib/storage";
import { startS3Server } from "../support/s3-server";
import { testDatabase } from "../support/test-db";

const DEMO_COMMUNES = ["tan-hoa", "dong-kinh", "minh-tan"];

let source: DatabaseHandle;
let target: DatabaseHandle;
let work: string;
let dropTarget = async () => {};

/** A second, empty database of the same driver to restore into. */
async function freshDatabase(): Promise<DatabaseHandle> {
  const url = inject("databaseUrl");
  if (!url) return openDatabase({ pgliteDir: "memory://" });
  const name = `${new URL(url).pathname.slice(1)}_restore`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  dropTarget = async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  };
  const targetUrl = new URL(url);
  targetUrl.pathname = `/${name}`;
  return openDatabase({ url: targetUrl.toString() });
}

async function tableNames(db: Database): Promise<string[]> {
  const result = (await db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by 1`)) as unknown as { tablename: string }[] | { rows: { tablename: string }[] };
  return (Array.isArray(result) ? result : result.rows).map((r) => r.tablename);
}

/** Every row of a table as PostgreSQL prints it, in a stable order. */
async function allRows(db: Database, table: string): Promise<string[]> {
  const result = (await db.execute(sql`select to_json(t)::text as row from ${sql.identifier(table)} t`)) as unknown as { row: string }[] | { rows: { row: string }[] };
  return (Array.isArray(result) ? result : result.rows).map((r) => r.row).sort();
}

beforeAll(async () => {
  source = await testDatabase();
  target = await freshDatabase();
  work = await mkdtemp(path.join(os.tmpdir(), "portal-backup-test-"));
  // Media as the library stores it: one folder per image, binary files, nested names.
  for (const key of ["a1b2c3d4e5f6a1b2c3d4e5f6", "0123456789abcdef01234567"]) {
    await mkdir(path.join(work, "uploads", key), { recursive: true });
    await writeFile(path.join(work, "uploads", key, "original.jpg"), randomBytes(50_000));
    await writeFile(path.join(work, "uploads", key, "w640.webp"), randomBytes(8_000));
  }
});

afterAll(async () => {
  await target?.close();
  await dropTarget();
  await rm(work, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("round-trips every row of every table and every media file", async () => {
    const archive = path.join(work, "backups", "portal.tar.gz");
    const manifest = await createBackup({ db: source.db, store: diskStore(path.join(work, "uploads")), out: archive });
    expect(manifest.database.tables.find((t) => t.name === "articles")!.rows).toBeGreaterThan(40);
    expect(manifest.files).toHaveLength(4);

    const restoredUploads = path.join(work, "restored-uploads");
    await restoreBackup({ db: target.db, store: diskStore(restoredUploads), archive });

    const tables = await tableNames(source.db);
    expect(await tableNames(target.db)).toEqual(tables);
    for (const table of tables) expect({ table, rows: await allRows(target.db, table) }).toEqual({ table, rows: await allRows(source.db, table) });

    // The multi-site tables are among them, and not trivially equal because empty: every
    // site, host, membership, syndication and platform setting comes back.
    for (const table of ["sites", "site_members", "article_syndications", "platform_settings"]) {
      expect(tables).toContain(table);
      expect((await allRows(source.db, table)).length, table).toBeGreaterThan(0);
    }
    expect(tables).toContain("site_hosts");
    const slugs = (await allRows(target.db, "sites")).map((row) => (JSON.parse(row) as { slug: string }).slug);
    expect(slugs).toEqual(expect.arrayContaining(["hung-ha", "hung-yen", "tan-hoa", "dong-kinh", "minh-tan"]));
    const perSite = async (db: Database) => {
      const result = (await db.execute(
        sql`select s.slug, (select count(*)::int from articles a where a.site_id = s.id) as articles, (select count(*)::int from site_members m where m.site_id = s.id) as members, (select count(*)::int from article_syndications y where y.target_site_id = s.id) as sent_up from sites s order by s.id`,
      )) as unknown as Record<string, unknown>[] | { rows: Record<string, unknown>[] };
      return Array.isArray(result) ? result : result.rows;
    };
    const restoredPerSite = await perSite(target.db);
    expect(restoredPerSite).toEqual(await perSite(source.db));
    // The province holds what its communes sent up (6 in the seed; other files may add more).
    expect(Number(restoredPerSite.find((s) => s.slug === "hung-yen")?.sent_up)).toBeGreaterThanOrEqual(6);
    expect(restoredPerSite.filter((s) => DEMO_COMMUNES.includes(String(s.slug))).every((s) => Number(s.members) > 0 && Number(s.articles) > 0)).toBe(true);
    expect(await listFiles(restoredUploads)).toEqual(await listFiles(path.join(work, "uploads")));

    // Sequences continue after the restored ids: a new row does not collide.
    const seq = async (db: Database) => {
      const result = (await db.execute(sql`select last_value::int as v from articles_id_seq`)) as unknown as { v: number }[] | { rows: { v: number }[] };
      return (Array.isArray(result) ? result : result.rows)[0]!.v;
    };
    expect(await seq(target.db)).toBe(await seq(source.db));
  });

  it("refuses a database or media folder that is not empty, unless forced", async () => {
    const archive = path.join(work, "backups", "portal.tar.gz");
    const restoredUploads = path.join(work, "restored-uploads");
    await expect(restoreBackup({ db: target.db, store: diskStore(restoredUploads), archive })).rejects.toBeInstanceOf(NotEmptyError);
    await expect(restoreBackup({ db: target.db, store: diskStore(path.join(work, "never-used")), archive })).rejects.toThrow(/tables with rows/);
    await writeFile(path.join(restoredUploads, "stray.txt"), "x");
    await restoreBackup({ db: target.db, store: diskStore(restoredUploads), archive, force: true });
    expect((await listFiles(restoredUploads)).map((f) => f.path)).not.toContain("stray.txt");
    expect(await allRows(target.db, "articles")).toEqual(await allRows(source.db, "articles"));
  });

  it("restores into an S3 bucket and backs up from it the same files", async () => {
    const archive = path.join(work, "backups", "portal.tar.gz");
    const s3 = await startS3Server("portal-backup");
    try {
      const bucket = s3Store(s3.settings);
      await restoreBackup({ db: target.db, store: bucket, archive, force: true });
      const original = await listFiles(path.join(work, "uploads"));
      expect(await bucket.list()).toEqual(original.map((f) => ({ path: f.path, size: f.size })));
      const again = path.join(work, "backups", "from-s3.tar.gz");
      const manifest = await createBackup({ db: target.db, store: bucket, out: again });
      expect(manifest.files).toEqual(original);
      // A bucket with files is not empty either.
      await expect(restoreBackup({ db: target.db, store: bucket, archive: again })).rejects.toThrow(/files in the upload bucket/);
    } finally {
      await s3.close();
    }
  });
});
