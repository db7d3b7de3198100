// `npm run db:seed`: migrate, then fill an empty database with the demo content.
// Do not point it at the PGlite folder of a running server (PGlite has no cross-process lock).
import { openDatabase } from "@/db/client";
import { seedDemoContent } from "@/db/seed";

const handle = await openDatabase();
try {
  const seeded = await seedDemoContent(handle.db);
  console.log(seeded ? "Demo content seeded." : "The database already has content: nothing to do.");
} finally {
  await handle.close();
}
