import "server-only";
import { and, asc, count, eq, gte, sql } from "drizzle-orm";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { RATING_SCORES } from "@/lib/rating";
import { toPlainText } from "@/lib/sanitize";
import { SECTIONS } from "@/lib/sections";
import { isValidSlug } from "@/lib/slug";
import { findPublishedArticle } from "./articles";
import type { Database } from "./client";
import { drafts, pageRatings, questions } from "./schema";

/**
 * Page ratings (NĐ 224/2026/NĐ-CP Điều 10 k3 b: people rate online, privately, how
 * satisfied they are with the information). A rating names a page by its path; the
 * server, never the form, decides what that page is (title, section), so a forged post
 * can neither rate a page that does not exist nor file a rating under another section.
 */

export const ratingInputSchema = z.object({
  path: z
    .string({ error: "Không xác định được trang được đánh giá." })
    .max(300, "Không xác định được trang được đánh giá.")
    .regex(/^\/[a-z0-9\-/]*$/, "Không xác định được trang được đánh giá."),
  score: z.coerce
    .number({ error: "Vui lòng chọn một mức đánh giá." })
    .int("Vui lòng chọn một mức đánh giá.")
    .refine((n) => RATING_SCORES.some((s) => s.score === n), "Vui lòng chọn một mức đánh giá."),
  comment: z
    .string()
    .optional()
    .transform((v) => toPlainText(v ?? ""))
    .pipe(z.string().max(1000, "Góp ý tối đa 1.000 ký tự.")),
});
export type RatingInput = z.input<typeof ratingInputSchema>;

export type RatedPage = { path: string; title: string; section: string };

/**
 * What a path on a site is, for the rating: an article (its category is its section), a
 * published answer of Hỏi đáp, a draft for comment, or one of the fixed sections (lib/sections.ts). Other
 * registers (documents, procedures) add their prefix here.
 */
export async function resolveRatedPage(db: Database, siteId: number, path: string): Promise<RatedPage | null> {
  const article = /^\/bai-viet\/([^/]+)$/.exec(path);
  if (article) {
    if (!isValidSlug(article[1]!)) return null;
    const found = await findPublishedArticle(db, siteId, article[1]!);
    return found && "article" in found ? { path, title: found.article.title, section: found.article.categoryName } : null;
  }
  const answer = /^\/hoi-dap\/([^/]+)$/.exec(path);
  if (answer) {
    const [row] = await db
      .select({ title: questions.title })
      .from(questions)
      .where(and(eq(questions.siteId, siteId), eq(questions.slug, answer[1]!), eq(questions.state, "da_tra_loi")));
    return row ? { path, title: row.title, section: "Hỏi đáp" } : null;
  }
  const draft = /^\/du-thao\/([^/]+)$/.exec(path);
  if (draft) {
    if (!isValidSlug(draft[1]!)) return null;
    const [row] = await db.select({ title: drafts.title }).from(drafts).where(and(eq(drafts.siteId, siteId), eq(drafts.slug, draft[1]!)));
    return row ? { path, title: row.title, section: "Lấy ý kiến dự thảo" } : null;
  }
  const section = SECTIONS.find((s) => s.path === path);
  return section ? { path, title: section.label, section: section.label } : null;
}

export type RatingOutcome = "counted" | "duplicate" | "unknown_page";

/** One rating per visitor per page: the unique index decides, never a read first. */
export async function ratePage(db: Database, input: { siteId: number; page: RatedPage; score: number; comment: string; voterHash: string; now?: Date }): Promise<RatingOutcome> {
  const inserted = await db
    .insert(pageRatings)
    .values({
      siteId: input.siteId,
      path: input.page.path,
      section: input.page.section,
      title: input.page.title,
      score: input.score,
      comment: input.comment,
      voterHash: input.voterHash,
      createdAt: input.now ?? new Date(),
    })
    .onConflictDoNothing({ target: [pageRatings.siteId, pageRatings.path, pageRatings.voterHash] })
    .returning({ id: pageRatings.id });
  return inserted.length ? "counted" : "duplicate";
}

// ---------------------------------------------------------------- the dashboard

export type RatingSummary = { key: string; label: string; ratings: number; average: number; unhelpful: number };
export type RatingReport = {
  days: number;
  pages: (RatingSummary & { section: string })[];
  sections: RatingSummary[];
  /** Average per ISO week (Monday) of the period, oldest first. */
  weeks: { week: string; ratings: number; average: number }[];
  comments: { path: string; title: string; score: number; comment: string; createdAt: string }[];
};

const round = (n: number) => Math.round(n * 100) / 100;

/** Ratings of the last `days` days, pages and sections lowest average first. */
export async function getRatingReport(db: Database, actor: Actor, days = 90, now = new Date()): Promise<RatingReport> {
  assertCan(actor, "rating.view");
  const since = new Date(now.getTime() - days * 86_400_000);
  const scope = and(eq(pageRatings.siteId, actor.siteId), gte(pageRatings.createdAt, since));
  const avg = sql<number>`avg(${pageRatings.score})::float`;
  const low = sql<number>`count(*) filter (where ${pageRatings.score} <= 2)::int`;
  const pageRows = await db
    .select({ path: pageRatings.path, title: sql<string>`max(${pageRatings.title})`, section: sql<string>`max(${pageRatings.section})`, n: count(), avg, low })
    .from(pageRatings)
    .where(scope)
    .groupBy(pageRatings.path)
    .orderBy(asc(avg), asc(pageRatings.path))
    .limit(50);
  const sectionRows = await db
    .select({ section: pageRatings.section, n: count(), avg, low })
    .from(pageRatings)
    .where(scope)
    .groupBy(pageRatings.section)
    .orderBy(asc(avg), asc(pageRatings.section));
  const week = sql<string>`to_char(date_trunc('week', (${pageRatings.createdAt} at time zone 'Asia/Ho_Chi_Minh')), 'YYYY-MM-DD')`;
  const weekRows = await db.select({ week, n: count(), avg }).from(pageRatings).where(scope).groupBy(week).orderBy(week);
  const comments = await db
    .select({ path: pageRatings.path, title: pageRatings.title, score: pageRatings.score, comment: pageRatings.comment, createdAt: pageRatings.createdAt })
    .from(pageRatings)
    .where(and(scope, sql`${pageRatings.comment} <> ''`))
    .orderBy(sql`${pageRatings.createdAt} desc`)
    .limit(20);
  return {
    days,
    pages: pageRows.map((r) => ({ key: r.path, label: r.title, section: r.section, ratings: r.n, average: round(r.avg), unhelpful: r.low })),
    sections: sectionRows.map((r) => ({ key: r.section, label: r.section, ratings: r.n, average: round(r.avg), unhelpful: r.low })),
    weeks: weekRows.map((r) => ({ week: r.week, ratings: r.n, average: round(r.avg) })),
    comments: comments.map((c) => ({ path: c.path, title: c.title, score: c.score, comment: c.comment, createdAt: c.createdAt.toISOString() })),
  };
}
