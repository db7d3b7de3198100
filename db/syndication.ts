import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { ArticleCard } from "@/lib/articles";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { cardColumns, isPublished, toCard } from "./articles";
import { recordAudit } from "./audit";
import type { Database, Transaction } from "./client";
import { articleSyndications, articles, categories, media, sites } from "./schema";
import { UserRuleError } from "./users";

/**
 * "Tin từ xã, phường": a component site's editor sends an article up to its province; a
 * provincial editor approves it; the province lists it, linking to the article on its
 * own site (the canonical stays there). One row per article, so it is sent up once.
 */
export async function listSentUp(db: Database, provinceId: number, limit: number): Promise<ArticleCard[]> {
  const rows = await db
    .select(cardColumns)
    .from(articleSyndications)
    .innerJoin(articles, eq(articles.id, articleSyndications.articleId))
    .innerJoin(sites, eq(sites.id, articles.siteId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(and(eq(articleSyndications.targetSiteId, provinceId), eq(articleSyndications.status, "approved"), isPublished(), eq(sites.state, "live")))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  return rows.map(toCard);
}

/** The province the actor's site belongs to (refused for a site without one). */
async function parentOf(db: Database | Transaction, siteId: number): Promise<number> {
  const [site] = await db.select({ parentId: sites.parentId, state: sites.state }).from(sites).where(eq(sites.id, siteId));
  if (!site?.parentId) throw new UserRuleError("Trang này không trực thuộc cổng tỉnh nào nên không gửi tin lên được.");
  // The province lists live components only: an archive's news would never show there.
  if (site.state !== "live") throw new UserRuleError("Trang lưu trữ không gửi tin lên cổng tỉnh.");
  return site.parentId;
}

export async function sendUp(db: Database, actor: Actor, articleId: number, ip = "") {
  assertCan(actor, "article.syndicate");
  return db.transaction(async (tx) => {
    const [article] = await tx.select({ title: articles.title, status: articles.status }).from(articles).where(and(eq(articles.id, articleId), eq(articles.siteId, actor.siteId)));
    if (!article) throw new UserRuleError("Không tìm thấy bài viết.");
    const provinceId = await parentOf(tx, actor.siteId);
    if (article.status !== "published") throw new UserRuleError("Chỉ gửi lên cổng tỉnh được bài đã đăng.");
    const [existing] = await tx.select({ status: articleSyndications.status }).from(articleSyndications).where(eq(articleSyndications.articleId, articleId));
    if (existing?.status === "approved") throw new UserRuleError("Bài này đã được cổng tỉnh đăng lại.");
    await tx
      .insert(articleSyndications)
      .values({ articleId, targetSiteId: provinceId, requestedBy: actor.id, status: "pending" })
      .onConflictDoUpdate({ target: articleSyndications.articleId, set: { status: "pending", requestedBy: actor.id, decidedBy: null, decidedAt: null, updatedAt: new Date() } });
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "article.send_up", entityType: "article", entityId: articleId, summary: `Gửi lên cổng tỉnh: ${article.title}`, ip });
    return { provinceId };
  });
}

export type SentUpRequest = { articleId: number; title: string; slug: string; siteId: number; siteName: string; siteKind: (typeof sites.$inferSelect)["kind"]; status: "pending" | "approved" | "rejected"; requestedAt: Date };

/** What the actor's province has been sent: pending first, then the latest decisions. */
export async function listSyndicationQueue(db: Database, actor: Actor): Promise<SentUpRequest[]> {
  assertCan(actor, "syndication.review");
  return db
    .select({
      articleId: articles.id,
      title: articles.title,
      slug: articles.slug,
      siteId: sites.id,
      siteName: sites.name,
      siteKind: sites.kind,
      status: articleSyndications.status,
      requestedAt: articleSyndications.createdAt,
    })
    .from(articleSyndications)
    .innerJoin(articles, eq(articles.id, articleSyndications.articleId))
    .innerJoin(sites, eq(sites.id, articles.siteId))
    .where(eq(articleSyndications.targetSiteId, actor.siteId))
    .orderBy(articleSyndications.status, desc(articleSyndications.updatedAt))
    .limit(100);
}

export async function decideSyndication(db: Database, actor: Actor, articleId: number, approve: boolean, ip = "") {
  assertCan(actor, "syndication.review");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ title: articles.title })
      .from(articleSyndications)
      .innerJoin(articles, eq(articles.id, articleSyndications.articleId))
      .where(and(eq(articleSyndications.articleId, articleId), eq(articleSyndications.targetSiteId, actor.siteId)))
      .for("update");
    if (!row) throw new UserRuleError("Không tìm thấy tin được gửi lên.");
    await tx
      .update(articleSyndications)
      .set({ status: approve ? "approved" : "rejected", decidedBy: actor.id, decidedAt: new Date(), updatedAt: new Date() })
      .where(eq(articleSyndications.articleId, articleId));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: approve ? "syndication.approve" : "syndication.reject", entityType: "article", entityId: articleId, summary: `${approve ? "Đăng lại" : "Không đăng"}: ${row.title}`, ip });
  });
}

/** Whether (and how) an article of the actor's site was sent up: for its edit page. */
export async function getSyndicationStatus(db: Database, actor: Actor, articleId: number) {
  assertCan(actor, "article.write");
  const [row] = await db
    .select({ status: articleSyndications.status })
    .from(articleSyndications)
    .innerJoin(articles, eq(articles.id, articleSyndications.articleId))
    .where(and(eq(articleSyndications.articleId, articleId), eq(articles.siteId, actor.siteId)));
  return row?.status ?? null;
}
