// Imported at server start (instrumentation), so no "server-only" here or in what it imports.
import type { Database } from "./client";
import { sites } from "./schema";

/**
 * A database with content but no site cannot happen (migration 0004 makes site 1 of an
 * existing portal); a new empty one without demo content gets one site to start from.
 */
export async function ensureDefaultSite(db: Database): Promise<void> {
  const [any] = await db.select({ id: sites.id }).from(sites).limit(1);
  if (any) return;
  await db.insert(sites).values({ slug: "trang-chinh", kind: "tinh", name: "(chưa đặt tên)" }).onConflictDoNothing();
}
