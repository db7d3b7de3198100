import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { vietnamDay } from "@/lib/format";
import type { Database } from "./client";
import { articleViewMarks, articleViewsDaily, articles } from "./schema";

/** A visitor's repeat views of one article within this window count once. */
export const VIEW_WINDOW_MINUTES = 30;

/**
 * Records a view and returns the article's fresh count (null for an unknown or
 * unpublished article). Every change is made in SQL, never read-modify-write: the mark
 * is claimed by an upsert that only succeeds outside the window, so concurrent calls
 * from one visitor count once and calls from different visitors all count.
 */
export async function recordArticleView(db: Database, articleId: number, visitorHash: string, now = new Date()): Promise<number | null> {
  const windowStart = new Date(now.getTime() - VIEW_WINDOW_MINUTES * 60_000);
  return db.transaction(async (tx) => {
    const [article] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.id, articleId), eq(articles.status, "published")));
    if (!article) return null;

    const claimed = await tx
      .insert(articleViewMarks)
      .values({ articleId, visitorHash, seenAt: now })
      .onConflictDoUpdate({
        target: [articleViewMarks.articleId, articleViewMarks.visitorHash],
        set: { seenAt: now },
        setWhere: lt(articleViewMarks.seenAt, windowStart),
      })
      .returning({ articleId: articleViewMarks.articleId });

    if (claimed.length === 0) {
      const [current] = await tx.select({ viewCount: articles.viewCount }).from(articles).where(eq(articles.id, articleId));
      return current?.viewCount ?? null;
    }

    const [updated] = await tx
      .update(articles)
      .set({ viewCount: sql`${articles.viewCount} + 1` })
      .where(eq(articles.id, articleId))
      .returning({ viewCount: articles.viewCount });
    await tx
      .insert(articleViewsDaily)
      .values({ articleId, day: vietnamDay(now), views: 1 })
      .onConflictDoUpdate({
        target: [articleViewsDaily.articleId, articleViewsDaily.day],
        set: { views: sql`${articleViewsDaily.views} + 1` },
      });
    return updated?.viewCount ?? null;
  });
}

/** Drops marks that can no longer block a view; called now and then, not on every view. */
export async function pruneViewMarks(db: Database, now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - VIEW_WINDOW_MINUTES * 60_000);
  await db.delete(articleViewMarks).where(lt(articleViewMarks.seenAt, windowStart));
}
