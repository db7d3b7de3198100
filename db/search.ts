import "server-only";
import { and, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { ArticleCard } from "@/lib/articles";
import { cleanQuery, hasDiacritics, highlightTerms } from "@/lib/search-query";
import { cardColumns, isPublic, toCard } from "./articles";
import { boundedCandidates, type Score } from "./bounded-ranking";
import type { Database } from "./client";
import { articles, categories, media } from "./schema";

export type SearchOptions = {
  /** The reader's words; websearch syntax ("exact phrase", -excluded, or). */
  query: string;
  /** One site, or a province and its components (province-wide search). */
  siteIds: number[];
  categoryId?: number;
  /** Published at or after. */
  from?: Date;
  /** Published before. */
  to?: Date;
  limit: number;
  offset?: number;
  /** How many of the newest matches are ranked; only smaller in tests. */
  rankedMatches?: number;
};

export type SearchHit = ArticleCard & { body: string; score: number };
/** `capped`: more than RANKED_MATCHES articles matched; `total` is then that number. */
export type SearchResult = { total: number; capped: boolean; hits: SearchHit[] };

const EMPTY: SearchResult = { total: 0, capped: false, hits: [] };

/**
 * A query of common words ("huyện", "nhân dân") matches most of 50,000 articles: only the
 * newest RANKED_MATCHES matches are ranked (for news, the recent ones are what a reader
 * looks for), each by its small title-and-summary vector; fewer matches are all ranked.
 */
export const RANKED_MATCHES = 500;

/**
 * Public articles matching a query, best first. Both sides are folded by f_unaccent, so
 * "cai cach" finds "Cải cách"; when the reader typed accents, a match with the same
 * accents gets a bonus on top (search_rank_exact), so "đường" ranks above "dương". Ties go
 * to the newer article. With filters but no words: the filtered articles, newest first.
 */
export async function searchArticles(db: Database, options: SearchOptions): Promise<SearchResult> {
  // The data layer does not trust its caller to have cleaned the text.
  const text = cleanQuery(options.query).text;
  if (text && highlightTerms(text).length === 0) return EMPTY; // only punctuation: nothing can match
  const filtered = options.categoryId !== undefined || options.from || options.to;
  if (!text && !filtered) return EMPTY;

  const conditions: SQL[] = [isPublic(options.siteIds)];
  if (options.categoryId !== undefined) conditions.push(eq(articles.categoryId, options.categoryId));
  if (options.from) conditions.push(gte(articles.publishedAt, options.from));
  if (options.to) conditions.push(lt(articles.publishedAt, options.to));

  if (!text) return newestMatches(db, and(...conditions)!, options);

  const folded = sql`websearch_to_tsquery('simple', public.f_unaccent(${text}))`;
  // Matches are found in the whole document (searchVector) but ranked by title and summary
  // only (searchRank, small and inline): see db/bounded-ranking.ts.
  const exact = hasDiacritics(text) ? sql`websearch_to_tsquery('simple', ${text})` : null;
  const score: Score = {
    columns: { rank: articles.searchRank, rankExact: articles.searchRankExact },
    of: ({ rank, rankExact }) => (exact ? sql<number>`ts_rank(${rank}, ${folded}) + ts_rank(${rankExact}, ${exact})` : sql<number>`ts_rank(${rank}, ${folded})`),
  };
  const ranked = options.rankedMatches ?? RANKED_MATCHES;
  const { ids, scores, capped } = await boundedCandidates(db, { table: articles, id: articles.id, newest: articles.publishedAt, where: and(...conditions), match: { vector: articles.searchVector, query: folded, text }, bound: ranked, score });
  if (ids.length === 0) return EMPTY;
  // Best first; the candidates come newest first, and the sort is stable, so ties go to
  // the newer article (published_at desc, id desc), as an ORDER BY would put them.
  const order = ids.map((id, i) => ({ id, score: scores[i]! })).sort((a, b) => b.score - a.score);
  const offset = options.offset ?? 0;
  const page = order.slice(offset, offset + options.limit);
  if (page.length === 0) return { total: ids.length, capped, hits: [] };
  // Only the rows shown are read whole (with their bodies, for the snippets).
  const rows = await db
    .select({ ...cardColumns, body: articles.body })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    // One array parameter, not one per id.
    .where(sql`${articles.id} = any(${`{${page.map((c) => c.id).join(",")}}`}::int[])`);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const hits = page.flatMap(({ id, score }) => {
    const row = byId.get(id);
    return row ? [toHit({ ...row, score })] : [];
  });
  return { total: ids.length, capped, hits };
}

type HitRow = Parameters<typeof toCard>[0] & { body: string; score: number; total?: number };

function toHit({ body, score, total: _total, ...card }: HitRow): SearchHit {
  return { ...toCard(card), body, score };
}

/** Filters without words: the filtered articles, newest first (an index walk, no ranking). */
async function newestMatches(db: Database, where: SQL, options: SearchOptions): Promise<SearchResult> {
  const rows = await db
    .select({ ...cardColumns, body: articles.body, score: sql<number>`0`.mapWith(Number), total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(where)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(options.limit)
    .offset(options.offset ?? 0);
  let total = rows[0]?.total;
  if (total === undefined) {
    if (!options.offset) return EMPTY;
    const [row] = await db.select({ n: count() }).from(articles).where(where);
    total = row?.n ?? 0;
  }
  return { total, capped: false, hits: rows.map(toHit) };
}
