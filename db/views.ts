import "server-only";
import { eq, lt } from "drizzle-orm";
import { vietnamDay } from "@/lib/format";
import type { Database } from "./client";
import { viewCountColumn } from "./articles";
import { articleViewMarks, articles } from "./schema";
import { VIEW_WINDOW_MINUTES, type ArticleRow, type ViewBuffer } from "./view-buffer";

export { VIEW_WINDOW_MINUTES };

async function readArticle(db: Database, articleId: number): Promise<ArticleRow> {
  const [row] = await db.select({ status: articles.status, viewCount: viewCountColumn }).from(articles).where(eq(articles.id, articleId));
  return row ? { published: row.status === "published", viewCount: row.viewCount } : null;
}

/**
 * Records a view and returns the article's count as the reader should see it: the
 * database's plus what the buffer holds (null for an unknown or unpublished article).
 * No statement runs per view: the article is known from a snapshot read every few seconds,
 * the per-visitor 30-minute rule is kept in memory, and counters and marks are written by
 * the buffer's flush, in batches (db/view-buffer.ts).
 */
export async function recordArticleView(db: Database, buffer: ViewBuffer, articleId: number, visitorHash: string, now = new Date()): Promise<number | null> {
  const article = await buffer.article(articleId, () => readArticle(db, articleId));
  if (!article) return null;
  if (await buffer.claim(articleId, visitorHash, now)) buffer.add(articleId, vietnamDay(now));
  return buffer.shown(article, articleId);
}

/** Drops marks that can no longer block a view (the buffer's flush also does, every few minutes). */
export async function pruneViewMarks(db: Database, now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - VIEW_WINDOW_MINUTES * 60_000);
  await db.delete(articleViewMarks).where(lt(articleViewMarks.seenAt, windowStart));
}
