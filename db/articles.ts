import "server-only";
import { and, count, desc, eq, inArray, lte, ne, notInArray, sql, type SQL } from "drizzle-orm";
import type { ArticleCard, ArticleDetail } from "@/lib/articles";
import type { Database } from "./client";
import { articleSlugs, articles, articleViewCounts, categories, media, type MediaVariant } from "./schema";
import { unionAll } from "drizzle-orm/pg-core";

/** Visible to readers: published, and its publication time has come. */
export function isPublished(): SQL {
  return and(eq(articles.status, "published"), lte(articles.publishedAt, new Date()))!;
}

/** Visible to readers of these sites. */
export function isPublic(siteIds: number | number[]): SQL {
  return and(Array.isArray(siteIds) ? inArray(articles.siteId, siteIds) : eq(articles.siteId, siteIds), isPublished())!;
}

/** An article's view count, from its own table (db/schema.ts): no row there is none yet. */
export const viewCountColumn = sql<number>`coalesce((select ${articleViewCounts.views} from ${articleViewCounts} where ${articleViewCounts.articleId} = ${articles.id}), 0)`.mapWith(Number);

export const cardColumns = {
  id: articles.id,
  siteId: articles.siteId,
  slug: articles.slug,
  title: articles.title,
  summary: articles.summary,
  publishedAt: articles.publishedAt,
  categorySlug: categories.slug,
  categoryName: categories.name,
  coverVariants: media.variants,
  coverWidth: media.width,
  coverHeight: media.height,
  coverAlt: media.alt,
};

export type CardRow = Omit<ArticleCard, "cover" | "publishedAt"> & {
  publishedAt: Date | null;
  coverVariants: MediaVariant[] | null;
  coverWidth: number | null;
  coverHeight: number | null;
  coverAlt: string | null;
};

export function toCard({ coverVariants, coverWidth, coverHeight, coverAlt, publishedAt, ...row }: CardRow): ArticleCard {
  return {
    ...row,
    // Public queries only return rows with a publication time.
    publishedAt: (publishedAt ?? new Date(0)).toISOString(),
    cover:
      coverVariants && coverWidth && coverHeight
        ? { variants: coverVariants, width: coverWidth, height: coverHeight, alt: coverAlt ?? "" }
        : null,
  };
}

function cardQuery(db: Database) {
  return db
    .select(cardColumns)
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(media, eq(media.id, articles.coverMediaId));
}

export type ListOptions = { limit: number; offset?: number; categoryId?: number; excludeIds?: number[]; featured?: boolean };

/** Newest public articles first, optionally within one category. */
export async function listPublishedArticles(db: Database, siteId: number, options: ListOptions): Promise<ArticleCard[]> {
  const conditions = [isPublic(siteId)];
  if (options.categoryId !== undefined) conditions.push(eq(articles.categoryId, options.categoryId));
  if (options.featured !== undefined) conditions.push(eq(articles.featured, options.featured));
  if (options.excludeIds?.length) conditions.push(notInArray(articles.id, options.excludeIds));
  const rows = await cardQuery(db)
    .where(and(...conditions))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(options.limit)
    .offset(options.offset ?? 0);
  return rows.map(toCard);
}

/**
 * Each category's newest public articles (the homepage's blocks) in one statement: one short
 * index scan per category, one round trip instead of one query per category on the pool
 * (after a restart, each of those also opened a connection).
 */
export async function listNewestByCategory(db: Database, siteId: number, categoryIds: number[], limit: number): Promise<Map<number, ArticleCard[]>> {
  const lists = new Map(categoryIds.map((id) => [id, [] as ArticleCard[]]));
  const [first, second, ...rest] = categoryIds.map((categoryId) =>
    db
      .select({ ...cardColumns, categoryId: articles.categoryId })
      .from(articles)
      .innerJoin(categories, eq(categories.id, articles.categoryId))
      .leftJoin(media, eq(media.id, articles.coverMediaId))
      .where(and(isPublic(siteId), eq(articles.categoryId, categoryId)))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(limit),
  );
  if (!first) return lists;
  const rows = second ? await unionAll(first, second, ...rest) : await first;
  // UNION ALL keeps no order: newest first again within each category.
  rows.sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || b.id - a.id);
  for (const { categoryId, ...row } of rows) lists.get(categoryId)?.push(toCard(row));
  return lists;
}

export async function countPublishedArticles(db: Database, siteId: number, categoryId?: number): Promise<number> {
  const where = categoryId === undefined ? isPublic(siteId) : and(isPublic(siteId), eq(articles.categoryId, categoryId));
  const [row] = await db.select({ n: count() }).from(articles).where(where);
  return row?.n ?? 0;
}

export type ArticleLookup = { article: ArticleDetail } | { redirectTo: string } | null;

/** A public article by its slug, or where an old slug of it now lives. */
export async function findPublishedArticle(db: Database, siteId: number, slug: string): Promise<ArticleLookup> {
  const [row] = await db
    .select({ ...cardColumns, viewCount: viewCountColumn, body: articles.body, byline: articles.byline, coverCaption: articles.coverCaption, categoryId: articles.categoryId, updatedAt: articles.updatedAt })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(and(eq(articles.slug, slug), isPublic(siteId)));
  if (row) {
    const { viewCount, body, byline, coverCaption, categoryId, updatedAt, ...card } = row;
    return { article: { ...toCard(card), viewCount, body, byline, coverCaption, categoryId, updatedAt: updatedAt.toISOString() } };
  }
  const [old] = await db
    .select({ slug: articles.slug })
    .from(articleSlugs)
    .innerJoin(articles, eq(articles.id, articleSlugs.articleId))
    .where(and(eq(articleSlugs.siteId, siteId), eq(articleSlugs.slug, slug), ne(articles.slug, slug), isPublic(siteId)));
  return old ? { redirectTo: old.slug } : null;
}

/** "Tin khác": the newest other articles of the same category. */
export async function listRelatedArticles(db: Database, siteId: number, article: { id: number; categoryId: number }, limit = 6): Promise<ArticleCard[]> {
  return listPublishedArticles(db, siteId, { limit, categoryId: article.categoryId, excludeIds: [article.id] });
}
