import "server-only";
import { and, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { cleanQuery, hasDiacritics, highlightTerms } from "@/lib/search-query";
import { cardColumns, isPublic, toCard, type ArticleCard } from "./articles";
import type { Database } from "./client";
import { articles, categories, media } from "./schema";

export type SearchOptions = {
  /** The reader's words; websearch syntax ("exact phrase", -excluded, or). */
  query: string;
  categoryId?: number;
  /** Published at or after. */
  from?: Date;
  /** Published before. */
  to?: Date;
  limit: number;
  offset?: number;
};

export type SearchHit = ArticleCard & { body: string; score: number };
export type SearchResult = { total: number; hits: SearchHit[] };

const EMPTY: SearchResult = { total: 0, hits: [] };

/**
 * Public articles matching a query, best first. Both sides are folded by f_unaccent, so
 * "cai cach" finds "Cải cách"; when the reader typed accents, a match with the same
 * accents gets a bonus on top (search_exact), so "đường" ranks above "dương". Ties go
 * to the newer article. With filters but no words: the filtered articles, newest first.
 */
export async function searchArticles(db: Database, options: SearchOptions): Promise<SearchResult> {
  // The data layer does not trust its caller to have cleaned the text.
  const text = cleanQuery(options.query).text;
  if (text && highlightTerms(text).length === 0) return EMPTY; // only punctuation: nothing can match
  const filtered = options.categoryId !== undefined || options.from || options.to;
  if (!text && !filtered) return EMPTY;

  const conditions: SQL[] = [isPublic()];
  if (options.categoryId !== undefined) conditions.push(eq(articles.categoryId, options.categoryId));
  if (options.from) conditions.push(gte(articles.publishedAt, options.from));
  if (options.to) conditions.push(lt(articles.publishedAt, options.to));

  let score: SQL<number> = sql<number>`0`;
  if (text) {
    const folded = sql`websearch_to_tsquery('simple', public.f_unaccent(${text}))`;
    conditions.push(sql`${articles.searchVector} @@ ${folded}`);
    score = hasDiacritics(text)
      ? sql<number>`ts_rank(${articles.searchVector}, ${folded}) + ts_rank(${articles.searchExact}, websearch_to_tsquery('simple', ${text}))`
      : sql<number>`ts_rank(${articles.searchVector}, ${folded})`;
  }
  const where = and(...conditions);

  const rows = await db
    .select({
      ...cardColumns,
      body: articles.body,
      score: score.mapWith(Number),
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(where)
    .orderBy(...(text ? [sql`${score} desc`] : []), desc(articles.publishedAt), desc(articles.id))
    .limit(options.limit)
    .offset(options.offset ?? 0);

  // Past the last page the window count is missing: count on its own.
  let total = rows[0]?.total;
  if (total === undefined) {
    if (!options.offset) return EMPTY;
    const [row] = await db.select({ n: count() }).from(articles).where(where);
    total = row?.n ?? 0;
  }
  return { total, hits: rows.map(({ body, score, total: _total, ...card }) => ({ ...toCard(card), body, score })) };
}
