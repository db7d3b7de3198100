import { inject } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { seedDemoContent } from "@/db/seed";

let handle: Promise<DatabaseHandle> | undefined;

/**
 * The run's database (PGlite in memory, or the fresh PostgreSQL database of
 * database-setup.ts), migrated and seeded once with the demo content (without images).
 */
export function testDatabase(): Promise<DatabaseHandle> {
  handle ??= (async () => {
    const url = inject("databaseUrl");
    const opened = await openDatabase(url ? { url } : { pgliteDir: "memory://" });
    await seedDemoContent(opened.db, { images: false });
    return opened;
  })();
  return handle;
}
