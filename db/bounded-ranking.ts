import "server-only";
import { and, desc, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { phrasePairs } from "@/lib/search-query";
import type { Database } from "./client";

const DAY = 86_400_000;
/** Matches are looked for newest first: the last 30 days, then windows further back. */
const FIRST_WINDOW_DAYS = 30;
/** How much longer than the rate so far says each further window is. */
const WINDOW_MARGIN = 1.5;
/** A window longer than this is everything older. */
const OPEN_AFTER_DAYS = 3650;

export type Match = {
  /** The stored search vector, with a GIN index and a pairs index (migration 0012). */
  vector: PgColumn;
  /** The reader's query as a tsquery (websearch_to_tsquery of the cleaned text). */
  query: SQL;
  /** The cleaned text the tsquery was made from. */
  text: string;
};

/**
 * Full-text search that never ranks, nor even reads, tens of thousands of rows
 * ("candidates by the GIN index, then rank a bounded set"). The ids of the newest
 * `bound + 1` rows matching `where` and `match`, newest first; the caller then ranks just
 * these by a small vector (title and summary in their own column). The extra row tells
 * that there were more (`capped`). Shared by the articles' search (db/search.ts) and the
 * documents register (db/documents-search.ts).
 *
 * Words: looked for window by window (the last 30 days, then further back, each window as
 * long as the matches so far say is needed), so a common word that matches most of the
 * table reads only the rows of a recent window, which PostgreSQL finds by intersecting the
 * GIN index with the date index (BitmapAnd); a rare word goes to everything older at once,
 * where it matches few rows anyway. Two queries for most searches, each window's GIN scan
 * being the cost of a query. Any windows give the same ids: they partition the rows.
 *
 * Phrases: see phraseCandidates.
 */
export async function boundedCandidates(
  db: Database,
  options: { table: PgTable; id: PgColumn; newest: PgColumn; where: SQL | undefined; match: Match; bound: number; now?: Date },
): Promise<{ ids: number[]; capped: boolean }> {
  const { table, id, newest, where, match, bound } = options;
  const pairs = await phrasePairsOf(db, match.text);
  const ids = pairs ? await phraseCandidates(db, { ...options, pairs }) : await windowCandidates(db, options);
  return { ids: ids.slice(0, bound), capped: ids.length > bound };

  async function windowCandidates(db: Database, { now = new Date() }: { now?: Date }) {
    const found: number[] = [];
    let until: Date | undefined;
    let from: Date | undefined = new Date(now.getTime() - FIRST_WINDOW_DAYS * DAY);
    for (;;) {
      // As timestamptz, whatever the column (a date for documents): the windows only need
      // to partition the rows, which one pair of edges does for either.
      const window = and(
        where,
        sql`${match.vector} @@ ${match.query}`,
        from && sql`${newest} >= ${from.toISOString()}::timestamptz`,
        until && sql`${newest} < ${until.toISOString()}::timestamptz`,
      );
      const rows = await db
        .select({ id })
        .from(table)
        .where(window)
        .orderBy(desc(newest), desc(id))
        .limit(bound + 1 - found.length);
      for (const row of rows) found.push(row.id as number);
      if (found.length > bound || !from) return found;
      // The next window is sized by the rate of matches so far, to hold what is still
      // needed with a margin; with none so far, everything older at once.
      const rate: number = found.length / (now.getTime() - from.getTime());
      const length = rate > 0 ? ((bound + 1 - found.length) / rate) * WINDOW_MARGIN : Infinity;
      until = from;
      from = length < OPEN_AFTER_DAYS * DAY ? new Date(until.getTime() - length) : undefined;
    }
  }
}

/**
 * The GIN index finds a phrase ("chỉnh trang đô thị") only as the AND of its words, and
 * checking the phrase reads the row's whole vector (TOASTed, tens of µs each): a phrase of
 * common words had thousands of candidates, each checked. Here the candidates are the rows
 * holding every adjacent pair of the phrases' words (the pairs index, nearly all of them
 * real matches), sorted newest first, and the query itself — which still decides — is
 * checked on them in that order only until `bound + 1` match. OFFSET 0 keeps PostgreSQL
 * from moving that check into the scan, where it would run on every candidate. One query,
 * not windows: the planner cannot estimate a conjunction of pairs, so it would not
 * intersect them with the date index anyway.
 */
async function phraseCandidates(
  db: Database,
  { table, id, newest, where, match, bound, pairs }: { table: PgTable; id: PgColumn; newest: PgColumn; where: SQL | undefined; match: Match; bound: number; pairs: string },
): Promise<number[]> {
  const candidates = db
    .select({ id: sql`${id}`.as("candidate_id"), newest: sql`${newest}`.as("candidate_newest"), vector: sql`${match.vector}`.as("candidate_vector") })
    .from(table)
    .where(and(where, sql`public.tsvector_pairs(${match.vector}) @@ ${pairs}::tsquery`))
    .orderBy(desc(newest), desc(id));
  const rows = await db
    .select({ id: sql<number>`candidate_id` })
    .from(sql`(${candidates} offset 0) as candidates`)
    .where(sql`candidate_vector @@ ${match.query}`)
    .orderBy(sql`candidate_newest desc, candidate_id desc`)
    .limit(bound + 1);
  return rows.map((row) => row.id);
}

/**
 * websearch syntax makes a phrase of words in quotes, and of a word joined by punctuation
 * ("covid-19", "123/QĐ-UBND"); text with neither has no phrase.
 */
const MAY_HOLD_PHRASE = /"|[\p{L}\p{N}][^\p{L}\p{N}\s]+[\p{L}\p{N}]/u;

/**
 * The pairs every match must hold, read from PostgreSQL's own parse of the query (so they
 * are exactly those of the phrases it checks); one round trip, only for text that can hold
 * a phrase.
 */
async function phrasePairsOf(db: Database, text: string): Promise<string | null> {
  if (!MAY_HOLD_PHRASE.test(text)) return null;
  const [row] = await db.select({ query: sql<string>`websearch_to_tsquery('simple', public.f_unaccent(${text}))::text` }).from(sql`(select 1) as one`);
  return row ? phrasePairs(row.query) : null;
}
