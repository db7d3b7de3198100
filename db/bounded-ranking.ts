import "server-only";
import { and, desc, gte, lt, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Database } from "./client";

/**
 * The windows, newest first, in which matches are looked for: ending now, the last 30 days,
 * then the 150 before, then the 2½ years before, then everything older.
 */
const WINDOW_DAYS = [30, 180, 1095];

/**
 * Full-text search that never ranks, nor even reads, tens of thousands of rows
 * ("candidates by the GIN index, then rank a bounded set"). The ids of the newest
 * `bound + 1` rows matching `where` (which holds the `@@` condition), newest first: looked
 * for window by window (the last 30 days, then further back), so a common word that matches
 * most of the table reads only the rows of a recent window, which PostgreSQL finds by
 * intersecting the GIN index with the date index (BitmapAnd); a rare word reaches the older
 * windows, where it matches few rows anyway. The caller then ranks just these ids by a small
 * vector (title and summary in their own column). The extra row tells that there were more
 * (`capped`). Shared by the articles' search (db/search.ts) and any register searched the
 * same way.
 */
export async function boundedCandidates(
  db: Database,
  options: { table: PgTable; id: PgColumn; newest: PgColumn; where: SQL | undefined; bound: number; now?: Date },
): Promise<{ ids: number[]; capped: boolean }> {
  const { table, id, newest, where, bound } = options;
  const now = options.now ?? new Date();
  const edges = WINDOW_DAYS.map((days) => new Date(now.getTime() - days * 86_400_000));
  const ids: number[] = [];
  for (let i = 0; i <= edges.length && ids.length <= bound; i++) {
    const window = and(where, i < edges.length ? gte(newest, edges[i]!) : undefined, i > 0 ? lt(newest, edges[i - 1]!) : undefined);
    const rows = await db
      .select({ id })
      .from(table)
      .where(window)
      .orderBy(desc(newest), desc(id))
      .limit(bound + 1 - ids.length);
    for (const row of rows) ids.push(row.id as number);
  }
  return { ids: ids.slice(0, bound), capped: ids.length > bound };
}
