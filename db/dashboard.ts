import "server-only";
import { and, asc, count, desc, eq, gte, sql } from "drizzle-orm";
import { vietnamDay } from "@/lib/format";
import { assertCan, can, type Actor } from "@/lib/auth/policy";
import { listAudit } from "./audit";
import type { Database } from "./client";
import { getHomepagePoll } from "./polls";
import { articleViewsDaily, articles, categories, users } from "./schema";

const DAY_MS = 86_400_000;

/** The last `days` calendar days in Việt Nam, oldest first, as YYYY-MM-DD. */
export function lastDays(days: number, now = new Date()): string[] {
  return Array.from({ length: days }, (_, i) => vietnamDay(new Date(now.getTime() - (days - 1 - i) * DAY_MS)));
}

export async function getDashboard(db: Database, actor: Actor, now = new Date()) {
  assertCan(actor, "admin.access");
  const isEditor = can(actor, "article.publish");
  const days = lastDays(30, now);
  const weekStart = days[days.length - 7]!;

  const statusRows = await db.select({ status: articles.status, n: count() }).from(articles).where(eq(articles.siteId, actor.siteId)).groupBy(articles.status);
  const byStatus = Object.fromEntries(statusRows.map((r) => [r.status, r.n])) as Partial<Record<string, number>>;

  const viewRows = await db
    .select({ day: articleViewsDaily.day, views: sql<number>`sum(${articleViewsDaily.views})::int` })
    .from(articleViewsDaily)
    .innerJoin(articles, eq(articles.id, articleViewsDaily.articleId))
    .where(and(eq(articles.siteId, actor.siteId), gte(articleViewsDaily.day, days[0]!)))
    .groupBy(articleViewsDaily.day);
  const viewsByDay = new Map(viewRows.map((r) => [r.day, r.views]));

  const weekViews = sql<number>`sum(${articleViewsDaily.views})::int`;
  const mostRead = await db
    .select({ id: articles.id, title: articles.title, slug: articles.slug, views: weekViews })
    .from(articleViewsDaily)
    .innerJoin(articles, eq(articles.id, articleViewsDaily.articleId))
    .where(and(eq(articles.siteId, actor.siteId), gte(articleViewsDaily.day, weekStart)))
    .groupBy(articles.id, articles.title, articles.slug)
    .orderBy(desc(weekViews))
    .limit(5);

  const pending =
    !isEditor
      ? []
      : await db
          .select({ id: articles.id, title: articles.title, updatedAt: articles.updatedAt, author: users.name, category: categories.name })
          .from(articles)
          .leftJoin(users, eq(users.id, articles.authorId))
          .innerJoin(categories, eq(categories.id, articles.categoryId))
          .where(and(eq(articles.siteId, actor.siteId), eq(articles.status, "pending")))
          .orderBy(asc(articles.updatedAt))
          .limit(10);

  // Authors see their own activity; editors and admins everyone's.
  const activity = await listAudit(db, isEditor ? { siteId: actor.siteId, viewerId: actor.id } : { siteId: actor.siteId, viewerId: actor.id, userId: actor.id }, 8);

  const [mine] = await db
    .select({ n: count() })
    .from(articles)
    .where(and(eq(articles.siteId, actor.siteId), eq(articles.authorId, actor.id), eq(articles.status, "draft")));

  return {
    counts: {
      published: byStatus.published ?? 0,
      pending: byStatus.pending ?? 0,
      drafts: byStatus.draft ?? 0,
      scheduled: byStatus.scheduled ?? 0,
      myDrafts: mine?.n ?? 0,
    },
    viewsPerDay: days.map((day) => ({ day, views: viewsByDay.get(day) ?? 0 })),
    mostRead,
    pending,
    activity: activity.rows,
    poll: await getHomepagePoll(db, actor.siteId),
  };
}
