import "server-only";
import { and, asc, count, desc, eq, gte, max, sql } from "drizzle-orm";
import { isPublic } from "./articles";
import type { Database } from "./client";
import { albums, articles, categories } from "./schema";

/** A public URL path and when its content last changed (ISO 8601). */
export type SitemapEntry = { path: string; lastModified: string };

const iso = (value: Date | null) => (value ?? new Date(0)).toISOString();

export async function countSitemapArticles(db: Database, siteId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(articles).where(isPublic(siteId));
  return row?.n ?? 0;
}

/** Public articles in a stable order (by id), so sitemap parts never shift between requests. */
export async function listSitemapArticles(db: Database, siteId: number, options: { limit: number; offset: number }): Promise<SitemapEntry[]> {
  const rows = await db
    .select({ slug: articles.slug, lastModified: sql<Date>`greatest(${articles.updatedAt}, ${articles.publishedAt})`.mapWith(articles.updatedAt) })
    .from(articles)
    .where(isPublic(siteId))
    .orderBy(asc(articles.id))
    .limit(options.limit)
    .offset(options.offset);
  return rows.map((r) => ({ path: `/bai-viet/${r.slug}`, lastModified: iso(r.lastModified) }));
}

/** Categories change when they are edited or when one of their articles is published. */
export async function listSitemapCategories(db: Database, siteId: number): Promise<SitemapEntry[]> {
  const latest = db
    .select({ categoryId: articles.categoryId, publishedAt: max(articles.publishedAt).as("latest_published_at") })
    .from(articles)
    .where(isPublic(siteId))
    .groupBy(articles.categoryId)
    .as("latest");
  const rows = await db
    .select({ slug: categories.slug, lastModified: sql<Date>`greatest(${categories.updatedAt}, ${latest.publishedAt})`.mapWith(categories.updatedAt) })
    .from(categories)
    .leftJoin(latest, eq(latest.categoryId, categories.id))
    .where(eq(categories.siteId, siteId))
    .orderBy(asc(categories.position), asc(categories.id));
  return rows.map((r) => ({ path: `/chuyen-muc/${r.slug}`, lastModified: iso(r.lastModified) }));
}

export async function listSitemapAlbums(db: Database, siteId: number): Promise<SitemapEntry[]> {
  const rows = await db
    .select({ slug: albums.slug, lastModified: albums.updatedAt })
    .from(albums)
    .where(and(eq(albums.siteId, siteId), eq(albums.published, true)))
    .orderBy(asc(albums.position), asc(albums.id));
  return rows.map((r) => ({ path: `/thu-vien-anh/${r.slug}`, lastModified: iso(r.lastModified) }));
}

export type NewsEntry = { path: string; title: string; publishedAt: string };

/** For the news sitemap: articles published since `since`, newest first (Google reads at most 1,000). */
export async function listNewsArticles(db: Database, siteId: number, since: Date, limit = 1000): Promise<NewsEntry[]> {
  const rows = await db
    .select({ slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(isPublic(siteId), gte(articles.publishedAt, since)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  return rows.map((r) => ({ path: `/bai-viet/${r.slug}`, title: r.title, publishedAt: iso(r.publishedAt) }));
}
