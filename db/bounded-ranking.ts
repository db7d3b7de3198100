import "server-only";
import { desc, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Database } from "./client";

/**
 * Full-text search that never ranks tens of thousands of rows ("candidates by the GIN
 * index, then rank a bounded set"): the newest `bound + 1` rows matching `where` are
 * found first (the GIN index finds the matches; only their id and date are read, and a
 * top-N sort keeps the newest), numbered by recency. The caller joins its table to them on
 * `id` and `recency <= bound` and computes the score only there, from a small ranking
 * vector (title and summary in their own column): however common the words, ranking costs
 * at most `bound` small vectors. The extra row tells that there were more (`capped`).
 * Shared by the articles' search (db/search.ts) and any other register searched the same way.
 */
export function boundedCandidates(db: Database, options: { table: PgTable; id: PgColumn; newest: PgColumn; where: SQL | undefined; bound: number }) {
  const { table, id, newest, where, bound } = options;
  return db.$with("candidates").as(
    db
      .select({ id: sql<number>`${id}`.as("candidate_id"), recency: sql<number>`row_number() over (order by ${newest} desc, ${id} desc)`.as("recency") })
      .from(table)
      .where(where)
      .orderBy(desc(newest), desc(id))
      .limit(bound + 1),
  );
}
