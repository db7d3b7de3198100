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

/**
 * One backup = one .tar.gz: `manifest.json` (tables, sequences, migrations, and the
 * sha256 of every media file), `db/<table>.jsonl` (one row per line, from db/backup.ts)
 * and `uploads/` (the media folder as it is). Packed with the system's `tar`, which every
 * server the portal runs on has.
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
export async function createBackup({ db, uploadsDir, out }: { db: Database; uploadsDir: string; out: string }): Promise<BackupManifest> {
  const staging = await mkdtemp(path.join(os.tmpdir(), "portal-backup-"));
  try {
    await mkdir(path.join(staging, "db"));
    // The database first: a file deleted after its snapshot is the only thing that can be
    // missing, and an image folder is removed only after its row (lib/media.ts).
    const database = await dumpDatabase(db, (table, rows) => appendFile(tableFile(staging, table), rows.map((r) => `${r}\n`).join("")), migrationTags());
    for (const t of database.tables) if (t.rows === 0) await writeFile(tableFile(staging, t.name), "");
    const files = await listFiles(uploadsDir);
    const manifest: BackupManifest = { database, files };
    await writeFile(path.join(staging, "manifest.json"), JSON.stringify(manifest, null, 2));
    // A link to the media folder, followed by tar (-h), saves copying it first.
    if (existsSync(uploadsDir)) await symlink(path.resolve(uploadsDir), path.join(staging, "uploads"), "dir");
    else await mkdir(path.join(staging, "uploads"));
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
export async function restoreBackup({ db, uploadsDir, archive, force = false }: { db: Database; uploadsDir: string; archive: string; force?: boolean }): Promise<BackupManifest> {
  const staging = await mkdtemp(path.join(os.tmpdir(), "portal-restore-"));
  try {
    execFileSync("tar", ["-xzf", path.resolve(archive), "-C", staging]);
    const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(staging, "manifest.json"), "utf8")));

    const tables = await nonEmptyTables(db);
    const existingFiles = existsSync(uploadsDir) ? (await readdir(uploadsDir)).length : 0;
    if ((tables.length || existingFiles) && !force) {
      throw new NotEmptyError(
        `refusing to restore over existing data (${[tables.length ? `tables with rows: ${tables.join(", ")}` : "", existingFiles ? `${existingFiles} entries in ${uploadsDir}` : ""].filter(Boolean).join("; ")}); use --force to replace it`,
      );
    }
    if (force) {
      await emptyDatabase(db);
      await rm(uploadsDir, { recursive: true, force: true });
    }

    await restoreDatabase(db, manifest.database, (table) => jsonLines(tableFile(staging, table)), migrationTags());
    await mkdir(uploadsDir, { recursive: true });
    await cp(path.join(staging, "uploads"), uploadsDir, { recursive: true });
    const restored = await listFiles(uploadsDir);
    const expected = new Map(manifest.files.map((f) => [f.path, f.sha256]));
    const wrong = restored.filter((f) => expected.get(f.path) !== f.sha256).map((f) => f.path);
    if (wrong.length || restored.length !== manifest.files.length) throw new Error(`media files differ from the backup: ${wrong.slice(0, 5).join(", ") || "count"}`);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
