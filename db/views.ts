import "server-only";
import { and, eq, lt } from "drizzle-orm";
import { vietnamDay } from "@/lib/format";
import type { Database } from "./client";
import { articleViewMarks, articles } from "./schema";
import type { ViewBuffer } from "./view-buffer";

/** A visitor's repeat views of one article within this window count once. */
export const VIEW_WINDOW_MINUTES = 30;

/**
 * Records a view and returns the article's count as the reader should see it: the
 * database's plus what the buffer holds (null for an unknown or unpublished article).
 * The mark is claimed at once, in SQL, by an upsert that only succeeds outside the
 * window, so concurrent calls from one visitor count once and calls from different
 * visitors all count; the counters themselves go through the buffer (db/view-buffer.ts).
 */
export async function recordArticleView(db: Database, buffer: ViewBuffer, articleId: number, visitorHash: string, now = new Date()): Promise<number | null> {
  const windowStart = new Date(now.getTime() - VIEW_WINDOW_MINUTES * 60_000);
  const claimed = await db.transaction(async (tx) => {
    const [article] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.id, articleId), eq(articles.status, "published")));
    if (!article) return null;
    const rows = await tx
      .insert(articleViewMarks)
      .values({ articleId, visitorHash, seenAt: now })
      .onConflictDoUpdate({
        target: [articleViewMarks.articleId, articleViewMarks.visitorHash],
        set: { seenAt: now },
        setWhere: lt(articleViewMarks.seenAt, windowStart),
      })
      .returning({ articleId: articleViewMarks.articleId });
    return rows.length > 0;
  });
  if (claimed === null) return null;
  if (claimed) buffer.add(articleId, vietnamDay(now));
  return buffer.countWith(articleId, async () => {
    const [current] = await db.select({ viewCount: articles.viewCount }).from(articles).where(eq(articles.id, articleId));
    return current?.viewCount ?? null;
  });
}

/** Drops marks that can no longer block a view; called now and then, not on every view. */
export async function pruneViewMarks(db: Database, now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - VIEW_WINDOW_MINUTES * 60_000);
  await db.delete(articleViewMarks).where(lt(articleViewMarks.seenAt, windowStart));
}
