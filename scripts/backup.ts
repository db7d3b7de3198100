// `npm run backup [-- <archive.tar.gz>] [--keep N]`: database and media in one archive.
// Safe while the server runs on PostgreSQL (one REPEATABLE READ snapshot); on the
// embedded PGlite, stop the server first.
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { createBackup } from "@/db/backup-archive";
import { uploadStore } from "@/lib/storage";
import { assertPgliteNotInUse, cliArgs } from "./backup-args";

const { values, positionals } = cliArgs();
assertPgliteNotInUse(values.offline);

const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
const out = path.resolve(positionals[0] ?? path.join(process.env.BACKUP_DIR || "backups", `portal-${stamp}.tar.gz`));

const started = Date.now();
const handle = await openDatabase();
try {
  const manifest = await createBackup({ db: handle.db, store: uploadStore(), out });
  const rows = manifest.database.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Backup written: ${out} (${rows} rows in ${manifest.database.tables.length} tables, ${manifest.files.length} media files, ${Date.now() - started} ms)`);
} finally {
  await handle.close();
}

// Retention: keep the newest N archives of this folder that carry the default name.
const keep = Number(values.keep);
if (keep > 0) {
  const dir = path.dirname(out);
  const archives = (await readdir(dir)).filter((f) => /^portal-\d{8}-\d{6}\.tar\.gz$/.test(f)).sort().reverse();
  for (const old of archives.slice(keep)) {
    await rm(path.join(dir, old));
    console.log(`Removed old backup ${old}`);
  }
}
