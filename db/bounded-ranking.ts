import "server-only";
import { and, desc, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { phrasePairs } from "@/lib/search-query";
import type { Database } from "./client";

const DAY = 86_400_000;
/**
 * Matches are looked for newest first: the last year, then windows further back. A month
 * (the first window until 2026-12) never held the bound on a portal of ≤ 17 articles a
 * day, so every word query took a second window and a second GIN scan of all its words;
 * a year ends at once any query that matches bound + 1 of the last year's articles (on
 * the bench data, 14 a day, words in 1 in 10 of them): 116 window queries instead of 170
 * for the bench's 100 queries, same results.
 */
const FIRST_WINDOW_DAYS = 365;
/** How much longer than the rate so far says each further window is. */
const WINDOW_MARGIN = 1.5;
/** A window longer than this is everything older. */
const OPEN_AFTER_DAYS = 3650;

/**
 * How to score each candidate, when the caller ranks them (articles): the score is computed
 * in the candidates' own query, on the `bound + 1` rows only, from small columns carried
 * with them, instead of in a second query that reads the rows again by id.
 */
export type Score = {
  /** The (small, inline) columns the score reads, by any name. */
  columns: Record<string, PgColumn>;
  /** The score, given those columns as SQL (the table's own, or a subquery's aliases). */
  of: (columns: Record<string, SQL>) => SQL<number>;
};

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
 * these by a small vector (title and summary in their own column), scored here with
 * `score` (articles) or in its own query (documents). The extra row tells that there
 * were more (`capped`). Shared by the articles' search (db/search.ts) and the documents
 * register (db/documents-search.ts).
 *
 * Matches are looked for window by window (the last year, then further back, each window
 * as long as the matches so far say is needed), so a common word that matches most of the
 * table reads only the rows of a recent window; a rare word goes to everything older at
 * once, where it matches few rows anyway. One or two queries for most searches, each
 * window's index scan being the cost of a query. Any windows give the same ids: they
 * partition the rows.
 *
 * Words: each window is the GIN index of the words intersected with the date index
 * (BitmapAnd), which PostgreSQL does because it estimates words well.
 *
 * Phrases ("chỉnh trang đô thị"): the words index finds a phrase only as the AND of its
 * words, and checking the phrase reads the row's whole vector (TOASTed, tens of µs each),
 * so a phrase of common words had thousands of candidates, each checked. Here a window's
 * candidates are the rows of its months holding every adjacent pair of the phrases' words,
 * from one GIN index of (month, pairs) (migrations 0012, 0014), nearly all of them real
 * matches; the query itself, which still decides, is checked on them newest first only
 * until enough match.
 */
export async function boundedCandidates(
  db: Database,
  options: { table: PgTable; id: PgColumn; newest: PgColumn; where: SQL | undefined; match: Match; bound: number; score?: Score; now?: Date },
): Promise<{ ids: number[]; scores: number[]; capped: boolean }> {
  const { table, id, newest, where, match, bound, score, now = new Date() } = options;
  const pairs = await phrasePairsOf(db, match.text);
  const found: Candidate[] = [];
  let until: Date | undefined;
  let from: Date | undefined = new Date(now.getTime() - FIRST_WINDOW_DAYS * DAY);
  for (;;) {
    // As timestamptz, whatever the column (a date for documents): the windows only need to
    // partition the rows, which one pair of edges does for either.
    const edges = [from && sql`${newest} >= ${from.toISOString()}::timestamptz`, until && sql`${newest} < ${until.toISOString()}::timestamptz`];
    const window = pairs
      ? and(where, sql`public.tsvector_pairs(${match.vector}) @@ ${pairs}::tsquery`, ...monthsOf(newest, from, until), ...edges)
      : and(where, sql`${match.vector} @@ ${match.query}`, ...edges);
    const limit = bound + 1 - found.length;
    found.push(...(await newestOf(db, { table, id, newest, where: window, limit, score, check: pairs ? match : undefined })));
    if (found.length > bound || !from) break;
    // The next window is sized by the rate of matches so far, to hold what is still needed
    // with a margin; with none so far, everything older at once.
    const rate: number = found.length / (now.getTime() - from.getTime());
    const length = rate > 0 ? ((bound + 1 - found.length) / rate) * WINDOW_MARGIN : Infinity;
    until = from;
    from = length < OPEN_AFTER_DAYS * DAY ? new Date(until.getTime() - length) : undefined;
  }
  const kept = found.slice(0, bound);
  return { ids: kept.map((c) => c.id), scores: kept.map((c) => c.score), capped: found.length > bound };
}

/**
 * A window's edges as months of the pairs index's first column (public.search_month, UTC),
 * from a day before to a day after: a date column compared with a timestamptz edge is read
 * in the session's time zone. The exact edges still decide; these let the index find them.
 */
function monthsOf(newest: PgColumn, from: Date | undefined, until: Date | undefined) {
  const month = (time: number) => `${new Date(time).toISOString().slice(0, 7)}-01`;
  return [
    from && sql`public.search_month(${newest}) >= ${month(from.getTime() - DAY)}::date`,
    until && sql`public.search_month(${newest}) <= ${month(until.getTime() + DAY)}::date`,
  ];
}

/** A candidate's id and score (0 when the caller did not ask for one). */
type Candidate = { id: number; score: number };

/**
 * The ids of the newest `limit` rows of `where`, newest first; with `score`, each one's
 * score, computed on those rows only (a LIMIT subquery is never flattened, so the score is
 * not computed for every row of the window before the sort). With `check` (a phrase), the
 * rows of `where` are candidates: sorted newest first, then checked against the query in
 * that order until `limit` of them match (OFFSET 0 keeps PostgreSQL from moving the check
 * into the scan, where it would run on every candidate).
 */
async function newestOf(
  db: Database,
  { table, id, newest, where, limit, score, check }: { table: PgTable; id: PgColumn; newest: PgColumn; where: SQL | undefined; limit: number; score?: Score; check?: Match },
): Promise<Candidate[]> {
  const names = Object.keys(score?.columns ?? {});
  const carried = Object.fromEntries(names.map((name, i) => [`c${i}`, sql`${score!.columns[name]}`.as(`candidate_score_${i}`)]));
  const sorted = db
    .select({ id: sql<number>`${id}`.as("candidate_id"), newest: sql`${newest}`.as("candidate_newest"), ...carried, ...(check && { vector: sql`${check.vector}`.as("candidate_vector") }) })
    .from(table)
    .where(where)
    .orderBy(desc(newest), desc(id));
  const limited = check
    ? db
        .select({ id: sql<number>`candidate_id`.as("candidate_id"), newest: sql`candidate_newest`.as("candidate_newest"), ...Object.fromEntries(names.map((_, i) => [`c${i}`, sql.raw(`candidate_score_${i}`).as(`candidate_score_${i}`)])) })
        .from(sql`(${sorted} offset 0) as sorted`)
        .where(sql`candidate_vector @@ ${check.query}`)
        .orderBy(sql`candidate_newest desc, candidate_id desc`)
        .limit(limit)
        .as("candidates")
    : sorted.limit(limit).as("candidates");
  const columns = Object.fromEntries(names.map((name, i) => [name, sql.raw(`"candidates"."candidate_score_${i}"`)]));
  const rows = await db
    .select({ id: limited.id, score: (score ? score.of(columns) : sql<number>`0`).mapWith(Number) })
    .from(limited)
    .orderBy(sql`"candidates"."candidate_newest" desc, "candidates"."candidate_id" desc`);
  return rows.map((row) => ({ id: Number(row.id), score: row.score }));
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
