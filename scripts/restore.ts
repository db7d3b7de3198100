// `npm run restore -- <archive.tar.gz> [--force]`: into an empty database and media
// folder (the ones DATABASE_URL / PGLITE_DIR and UPLOADS_DIR name). --force replaces
// what is there. Stop the server first (on PGlite it must be; on PostgreSQL readers
// would see a half-filled portal).
import { existsSync } from "node:fs";
import { openDatabase } from "@/db/client";
import { NotEmptyError, restoreBackup } from "@/db/backup-archive";
import { uploadStore } from "@/lib/storage";
import { assertPgliteNotInUse, cliArgs } from "./backup-args";

const { values, positionals } = cliArgs();
const archive = positionals[0];
if (!archive || !existsSync(archive)) {
  console.error("Usage: npm run restore -- <archive.tar.gz> [--force]");
  process.exit(2);
}
assertPgliteNotInUse(values.offline);

const started = Date.now();
const handle = await openDatabase();
try {
  const manifest = await restoreBackup({ db: handle.db, store: uploadStore(), archive, force: values.force });
  const rows = manifest.database.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Restored ${archive}: ${rows} rows, ${manifest.files.length} media files (${Date.now() - started} ms)`);
} catch (error) {
  if (!(error instanceof NotEmptyError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
} finally {
  await handle.close();
}
