import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, readFileSync } from "node:fs";
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { z } from "zod";
import type { Database } from "@/db/client";
import { dumpDatabase, emptyDatabase, nonEmptyTables, restoreDatabase, type DumpManifest } from "@/db/backup";
import { storedFileType } from "@/lib/media-types";
import type { UploadStore } from "@/lib/storage";

/**
 * One backup = one .tar.gz: `manifest.json` (tables, sequences, migrations, and the
 * sha256 of every media file), `db/<table>.jsonl` (one row per line, from db/backup.ts)
 * and `uploads/` (every uploaded file, from the disk folder or the S3 bucket alike: the
 * archive does not depend on where they were). Packed with the system's `tar`, which
 * every server the portal runs on has.
 */
const fileEntry = z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().nonnegative() });
const manifestSchema = z.object({
  database: z.custom<DumpManifest>((v) => typeof v === "object" && v !== null && (v as DumpManifest).format === "district-portal-dump"),
  files: z.array(fileEntry),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/** The migrations this code applies, oldest first (drizzle-kit's journal). */
export function migrationTags(): string[] {
  const journal = JSON.parse(readFileSync(path.join(process.cwd(), "db", "migrations", "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
  return journal.entries.map((e) => e.tag);
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex");
}

/** Every file under `dir` (relative, "/"-separated, sorted) with its hash and size. */
export async function listFiles(dir: string): Promise<z.infer<typeof fileEntry>[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const listed = await Promise.all(
    files.map(async (file) => ({ path: path.relative(dir, file).split(path.sep).join("/"), sha256: await sha256File(file), size: (await stat(file)).size })),
  );
  return listed.sort((a, b) => a.path.localeCompare(b.path));
}

const tableFile = (staging: string, table: string) => path.join(staging, "db", `${table}.jsonl`);

/** Writes the archive to `out`; returns what it holds. */
/** Copies a bucket's files into `dir`, so they are archived and hashed like a folder. */
async function downloadAll(store: UploadStore, dir: string): Promise<void> {
  for (const file of await store.list()) {
    const data = await store.read(file.path);
    if (!data) continue; // deleted since it was listed: its row went before it
    await mkdir(path.join(dir, path.dirname(file.path)), { recursive: true });
    await writeFile(path.join(dir, file.path), data);
  }
}

export async function createBackup({ db, store, out }: { db: Database; store: UploadStore; out: string }): Promise<BackupManifest> {
  const staging = await mkdtemp(path.join(os.tmpdir(), "portal-backup-"));
  try {
    await mkdir(path.join(staging, "db"));
    // The database first: a file deleted after its snapshot is the only thing that can be
    // missing, and an image folder is removed only after its row (lib/media.ts).
    const database = await dumpDatabase(db, (table, rows) => appendFile(tableFile(staging, table), rows.map((r) => `${r}\n`).join("")), migrationTags());
    for (const t of database.tables) if (t.rows === 0) await writeFile(tableFile(staging, t.name), "");
    const uploads = path.join(staging, "uploads");
    // A link to a disk store's folder, followed by tar (-h), saves copying it first.
    if (store.root && existsSync(store.root)) await symlink(path.resolve(store.root), uploads, "dir");
    else await mkdir(uploads);
    if (!store.root) await downloadAll(store, uploads);
    const files = await listFiles(uploads);
    const manifest: BackupManifest = { database, files };
    await writeFile(path.join(staging, "manifest.json"), JSON.stringify(manifest, null, 2));
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    const partial = `${path.resolve(out)}.partial`;
    execFileSync("tar", ["-czhf", partial, "-C", staging, "manifest.json", "db", "uploads"]);
    // Only a complete archive ever carries the final name.
    await rename(partial, path.resolve(out));
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export class NotEmptyError extends Error {}

async function* jsonLines(file: string): AsyncIterable<string[]> {
  let batch: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue;
    batch.push(line);
    if (batch.length === 500) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/**
 * Restores an archive into a migrated database and a media folder that are both empty,
 * unless `force` (which empties them first). The database is restored in one
 * transaction; the files are then copied and checked against their recorded hashes.
 */
export async function restoreBackup({ db, store, archive, force = false }: { db: Database; store: UploadStore; archive: string; force?: boolean }): Promise<BackupManifest> {
  const staging = await mkdtemp(path.join(os.tmpdir(), "portal-restore-"));
  try {
    execFileSync("tar", ["-xzf", path.resolve(archive), "-C", staging]);
    const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(staging, "manifest.json"), "utf8")));

    const tables = await nonEmptyTables(db);
    const existingFiles = (await store.list()).length;
    const where = store.root ?? "the upload bucket";
    if ((tables.length || existingFiles) && !force) {
      throw new NotEmptyError(
        `refusing to restore over existing data (${[tables.length ? `tables with rows: ${tables.join(", ")}` : "", existingFiles ? `${existingFiles} files in ${where}` : ""].filter(Boolean).join("; ")}); use --force to replace it`,
      );
    }
    // The archive's files are checked before anything is replaced.
    const uploads = path.join(staging, "uploads");
    const archived = await listFiles(uploads);
    const expected = new Map(manifest.files.map((f) => [f.path, f.sha256]));
    const damaged = archived.filter((f) => expected.get(f.path) !== f.sha256).map((f) => f.path);
    if (damaged.length || archived.length !== manifest.files.length) throw new Error(`media files differ from the backup: ${damaged.slice(0, 5).join(", ") || "count"}`);
    if (force) {
      await emptyDatabase(db);
      await store.clear();
    }

    await restoreDatabase(db, manifest.database, (table) => jsonLines(tableFile(staging, table)), migrationTags());
    if (store.root) {
      await mkdir(store.root, { recursive: true });
      await cp(uploads, store.root, { recursive: true });
    } else {
      for (const file of archived) await store.put(file.path, await readFile(path.join(uploads, file.path)), storedFileType(file.path)?.mime ?? "application/octet-stream");
    }
    const restored = await store.list();
    if (restored.length !== manifest.files.length) throw new Error(`media files differ from the backup: ${restored.length} stored, ${manifest.files.length} in the archive`);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
