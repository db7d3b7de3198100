import "server-only";
import { and, count, desc, eq, ilike, inArray, lte, or, type SQL } from "drizzle-orm";
import { assertCan, can, ForbiddenError, type Actor } from "@/lib/auth/policy";
import { sanitizeArticleHtml, toPlainText } from "@/lib/sanitize";
import { isValidSlug, slugify, uniqueSlug } from "@/lib/slug";
import { viewCountColumn } from "./articles";
import { recordAudit } from "./audit";
import type { Database, Transaction } from "./client";
import { articleRevisions, articleSlugs, articles, categories, media, users, type ArticleStatus } from "./schema";
import { UserRuleError } from "./users";
import { TRANSITION_LABELS, workflowStep, type Transition } from "./workflow";

/** What an editor submits; validated by the action's zod schema before it gets here. */
export type ArticleInput = {
  title: string;
  summary: string;
  body: string;
  byline: string;
  categoryId: number;
  coverMediaId: number | null;
  coverCaption: string;
  featured: boolean;
  slug?: string;
};

type Content = Omit<ArticleInput, "featured" | "slug">;

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: "Bản nháp",
  pending: "Chờ duyệt",
  scheduled: "Hẹn giờ đăng",
  published: "Đã đăng",
  archived: "Đã gỡ",
};

/** Stored text is always clean: plain fields stripped of markup, the body sanitized. */
function clean(input: ArticleInput): ArticleInput {
  return {
    ...input,
    title: toPlainText(input.title),
    summary: toPlainText(input.summary),
    byline: toPlainText(input.byline),
    coverCaption: toPlainText(input.coverCaption),
    body: sanitizeArticleHtml(input.body),
  };
}

function contentOf(a: Content): Content {
  return { title: a.title, summary: a.summary, body: a.body, byline: a.byline, categoryId: a.categoryId, coverMediaId: a.coverMediaId, coverCaption: a.coverCaption };
}

/** An article of the actor's site, locked; another site's article is "not found". */
async function loadForUpdate(tx: Transaction, actor: Actor, id: number) {
  const [row] = await tx.select().from(articles).where(and(eq(articles.id, id), eq(articles.siteId, actor.siteId))).for("update");
  if (!row) throw new UserRuleError("Không tìm thấy bài viết.");
  return row;
}

/** Authors work on their own drafts only; editors and admins on everything. */
function assertCanEdit(actor: Actor, article: { authorId: number | null; status: ArticleStatus }) {
  if (!can(actor, "article.publish") && (article.authorId !== actor.id || article.status !== "draft")) {
    throw new ForbiddenError("Bạn chỉ được sửa bản nháp của chính mình.");
  }
}

async function ensureCategory(tx: Transaction, siteId: number, id: number) {
  const [row] = await tx.select({ id: categories.id }).from(categories).where(and(eq(categories.id, id), eq(categories.siteId, siteId)));
  if (!row) throw new UserRuleError("Chuyên mục không tồn tại.");
}

/** A cover must be a library image that has alt text (screen readers need it). */
async function ensureCover(tx: Transaction, siteId: number, mediaId: number | null) {
  if (mediaId === null) return;
  const [row] = await tx.select({ alt: media.alt }).from(media).where(and(eq(media.id, mediaId), eq(media.siteId, siteId)));
  if (!row) throw new UserRuleError("Ảnh đại diện không còn trong thư viện.");
  if (!row.alt.trim()) throw new UserRuleError("Ảnh đại diện chưa có mô tả (alt). Hãy thêm mô tả trong thư viện ảnh trước.");
}

async function slugTaken(tx: Transaction, siteId: number, slug: string, exceptArticleId?: number) {
  const [row] = await tx.select({ articleId: articleSlugs.articleId }).from(articleSlugs).where(and(eq(articleSlugs.siteId, siteId), eq(articleSlugs.slug, slug)));
  return Boolean(row && row.articleId !== exceptArticleId);
}

/** Gives the article a new URL; the old one keeps working (article_slugs → 308). */
async function applySlug(tx: Transaction, siteId: number, articleId: number, wanted: string, current?: string): Promise<string> {
  const base = slugify(wanted) || "bai-viet";
  if (base === current) return base;
  if (!isValidSlug(base)) throw new UserRuleError("Đường dẫn không hợp lệ.");
  const slug = await uniqueSlug(base, (s) => slugTaken(tx, siteId, s, articleId));
  await tx.insert(articleSlugs).values({ siteId, slug, articleId }).onConflictDoNothing();
  await tx.update(articles).set({ slug }).where(eq(articles.id, articleId));
  return slug;
}

export type AdminListFilter = { q?: string; status?: ArticleStatus; categoryId?: number; authorId?: number; page: number };
export const ADMIN_PAGE_SIZE = 20;

export async function listArticlesForAdmin(db: Database, actor: Actor, filter: AdminListFilter) {
  assertCan(actor, "article.write");
  const conditions: SQL[] = [eq(articles.siteId, actor.siteId)];
  // Authors see their own work only.
  if (!can(actor, "article.publish")) conditions.push(eq(articles.authorId, actor.id));
  else if (filter.authorId) conditions.push(eq(articles.authorId, filter.authorId));
  if (filter.status) conditions.push(eq(articles.status, filter.status));
  if (filter.categoryId) conditions.push(eq(articles.categoryId, filter.categoryId));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(articles.title, pattern), ilike(articles.summary, pattern))!);
  }
  const where = and(...conditions);
  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      status: articles.status,
      featured: articles.featured,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      viewCount: viewCountColumn,
      category: categories.name,
      author: users.name,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(users, eq(users.id, articles.authorId))
    .where(where)
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset((filter.page - 1) * ADMIN_PAGE_SIZE);
  const [total] = await db.select({ n: count() }).from(articles).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function getArticleForEdit(db: Database, actor: Actor, id: number) {
  assertCan(actor, "article.write");
  const [article] = await db.select().from(articles).where(and(eq(articles.id, id), eq(articles.siteId, actor.siteId)));
  if (!article) return null;
  if (!can(actor, "article.publish") && article.authorId !== actor.id) throw new ForbiddenError();
  const [pending] = await db
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, id), eq(articleRevisions.pending, true)))
    .orderBy(desc(articleRevisions.id))
    .limit(1);
  return { article, pendingRevision: pending ?? null };
}

/**
 * Creates a draft; with `then`, also takes the first workflow step in the same
 * transaction (the new-article screen's "Gửi duyệt", "Xuất bản", "Hẹn giờ"), so a
 * refused step (an author publishing, a time in the past) leaves no draft behind.
 */
export async function createArticle(db: Database, actor: Actor, raw: ArticleInput, ip = "", then?: { transition: "submit" | "publish" | "schedule"; publishAt?: Date }) {
  assertCan(actor, "article.write");
  const input = clean(raw);
  return db.transaction(async (tx) => {
    await ensureCategory(tx, actor.siteId, input.categoryId);
    await ensureCover(tx, actor.siteId, input.coverMediaId);
    const slug = await uniqueSlug(input.slug || input.title, (s) => slugTaken(tx, actor.siteId, s));
    const [created] = await tx
      .insert(articles)
      .values({ ...contentOf(input), siteId: actor.siteId, slug, featured: can(actor, "article.publish") ? input.featured : false, authorId: actor.id, status: "draft" })
      .returning({ id: articles.id, slug: articles.slug });
    await tx.insert(articleSlugs).values({ siteId: actor.siteId, slug, articleId: created!.id });
    await tx.insert(articleRevisions).values({ articleId: created!.id, ...contentOf(input), createdBy: actor.id, note: "Tạo bài" });
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "article.create", entityType: "article", entityId: created!.id, summary: input.title, ip });
    if (!then) return { ...created!, status: "draft" as ArticleStatus, categoryIds: [input.categoryId] };
    const step = await applyTransition(tx, actor, await loadForUpdate(tx, actor, created!.id), then.transition, { publishAt: then.publishAt, ip });
    return { ...created!, status: step.status, categoryIds: step.categoryIds };
  });
}

/**
 * Saves the editor's form. Drafts (and pending/scheduled articles) change in place; a
 * published article stays online unchanged and the edit waits as a pending revision
 * until an editor approves it (or the editor applies it at once with `applyNow`).
 * Every save keeps a revision.
 */
export async function saveArticle(db: Database, actor: Actor, id: number, raw: ArticleInput, options: { applyNow?: boolean; autosave?: boolean; ip?: string } = {}) {
  assertCan(actor, "article.write");
  const input = clean(raw);
  return db.transaction(async (tx) => {
    const article = await loadForUpdate(tx, actor, id);
    assertCanEdit(actor, article);
    await ensureCategory(tx, actor.siteId, input.categoryId);
    await ensureCover(tx, actor.siteId, input.coverMediaId);
    const isEditor = can(actor, "article.publish");
    const live = article.status === "published";
    if (live && !(isEditor && options.applyNow)) {
      // Only one pending revision at a time: the newest replaces the older one.
      await tx.update(articleRevisions).set({ pending: false }).where(and(eq(articleRevisions.articleId, id), eq(articleRevisions.pending, true)));
      const [revision] = await tx
        .insert(articleRevisions)
        .values({ articleId: id, ...contentOf(input), pending: true, createdBy: actor.id, note: "Bản sửa chờ duyệt" })
        .returning({ id: articleRevisions.id });
      await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "article.revise", entityType: "article", entityId: id, summary: `Bản sửa chờ duyệt: ${input.title}`, ip: options.ip });
      return { slug: article.slug, pendingRevisionId: revision!.id, previousSlug: article.slug, categoryIds: [article.categoryId] };
    }
    await tx
      .update(articles)
      .set({ ...contentOf(input), featured: isEditor ? input.featured : article.featured, updatedAt: new Date() })
      .where(eq(articles.id, id));
    const slug = input.slug && isEditor ? await applySlug(tx, actor.siteId, id, input.slug, article.slug) : article.slug;
    await tx.insert(articleRevisions).values({ articleId: id, ...contentOf(input), createdBy: actor.id, note: options.autosave ? "Tự động lưu" : "Lưu" });
    await recordAudit(tx, {
      siteId: actor.siteId,
      userId: actor.id,
      action: options.autosave ? "article.autosave" : "article.update",
      entityType: "article",
      entityId: id,
      summary: slug !== article.slug ? `${input.title} (đường dẫn: ${article.slug} → ${slug})` : input.title,
      ip: options.ip,
    });
    return { slug, previousSlug: article.slug, pendingRevisionId: null, categoryIds: [article.categoryId, input.categoryId] };
  });
}

export type { Transition } from "./workflow";

type TransitionOptions = { publishAt?: Date; comment?: string; ip?: string; now?: Date };

/**
 * One step of the workflow on a row already locked in `tx`; refuses what the actor's
 * role or the article's state does not allow. Shared by the workflow buttons, the
 * new-article screen (create and publish in one go) and bulk actions.
 */
async function applyTransition(tx: Transaction, actor: Actor, article: typeof articles.$inferSelect, transition: Transition, options: TransitionOptions) {
  const now = options.now ?? new Date();
  const next: Partial<typeof articles.$inferInsert> = workflowStep(article, transition, { isEditor: can(actor, "article.publish"), actorId: actor.id, publishAt: options.publishAt, now });
  await tx.update(articles).set({ ...next, updatedAt: now }).where(eq(articles.id, article.id));
  const comment = options.comment ? toPlainText(options.comment).slice(0, 500) : "";
  if (transition === "send_back" && comment) {
    await tx.insert(articleRevisions).values({ articleId: article.id, ...contentOf(article), createdBy: actor.id, note: `Trả lại: ${comment}` });
  }
  await recordAudit(tx, {
    siteId: actor.siteId,
    userId: actor.id,
    action: `article.${transition}`,
    entityType: "article",
    entityId: article.id,
    summary: `${TRANSITION_LABELS[transition]}: ${article.title}${comment ? ` — ${comment}` : ""}`,
    ip: options.ip,
  });
  return { slug: article.slug, status: next.status!, categoryIds: [article.categoryId] };
}

/** The workflow: draft → pending → published (or scheduled) → archived. */
export async function transitionArticle(db: Database, actor: Actor, id: number, transition: Transition, options: TransitionOptions = {}) {
  assertCan(actor, "article.write");
  return db.transaction(async (tx) => applyTransition(tx, actor, await loadForUpdate(tx, actor, id), transition, options));
}

export type BulkOperation = { kind: "publish" } | { kind: "archive" } | { kind: "move"; categoryId: number };

/**
 * Editors' bulk actions on the article list, in one transaction: every selected article
 * that can take the step takes it; the others are listed with the reason (an article
 * already online is not "published" again), so one odd row does not block the rest.
 */
export async function bulkUpdateArticles(db: Database, actor: Actor, ids: number[], operation: BulkOperation, ip = "") {
  assertCan(actor, "article.publish");
  return db.transaction(async (tx) => {
    if (operation.kind === "move") await ensureCategory(tx, actor.siteId, operation.categoryId);
    const done: { id: number; slug: string; categoryIds: number[] }[] = [];
    const skipped: { id: number; title: string; reason: string }[] = [];
    for (const id of [...new Set(ids)].sort((a, b) => a - b)) {
      const [article] = await tx.select().from(articles).where(and(eq(articles.id, id), eq(articles.siteId, actor.siteId))).for("update");
      // An id of another site (or none): the whole request is refused, nothing changes.
      if (!article) throw new UserRuleError("Không tìm thấy bài viết.");
      if (operation.kind === "move") {
        if (article.categoryId === operation.categoryId) {
          skipped.push({ id, title: article.title, reason: "đã ở chuyên mục này" });
          continue;
        }
        await tx.update(articles).set({ categoryId: operation.categoryId, updatedAt: new Date() }).where(eq(articles.id, id));
        await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "article.move", entityType: "article", entityId: id, summary: `Chuyển chuyên mục: ${article.title}`, ip });
        done.push({ id, slug: article.slug, categoryIds: [article.categoryId, operation.categoryId] });
        continue;
      }
      try {
        const result = await applyTransition(tx, actor, article, operation.kind, { ip });
        done.push({ id, slug: result.slug, categoryIds: result.categoryIds });
      } catch (error) {
        if (!(error instanceof UserRuleError)) throw error;
        skipped.push({ id, title: article.title, reason: error.message });
      }
    }
    return { done, skipped };
  });
}

/** An editor puts a pending revision of a published article online. */
export async function approveRevision(db: Database, actor: Actor, articleId: number, revisionId: number, ip = "") {
  assertCan(actor, "article.publish");
  return db.transaction(async (tx) => {
    const article = await loadForUpdate(tx, actor, articleId);
    const [revision] = await tx
      .select()
      .from(articleRevisions)
      .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId), eq(articleRevisions.pending, true)));
    if (!revision) throw new UserRuleError("Không có bản sửa chờ duyệt này.");
    await tx.update(articles).set({ ...contentOf(revision), updatedAt: new Date() }).where(eq(articles.id, articleId));
    await tx.update(articleRevisions).set({ pending: false }).where(eq(articleRevisions.id, revisionId));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "article.approve_revision", entityType: "article", entityId: articleId, summary: `Duyệt bản sửa: ${revision.title}`, ip });
    return { slug: article.slug, categoryIds: [article.categoryId, revision.categoryId] };
  });
}

export async function listRevisions(db: Database, actor: Actor, articleId: number) {
  assertCan(actor, "article.write");
  const found = await getArticleForEdit(db, actor, articleId);
  if (!found) return null;
  const rows = await db
    .select({
      id: articleRevisions.id,
      title: articleRevisions.title,
      note: articleRevisions.note,
      pending: articleRevisions.pending,
      createdAt: articleRevisions.createdAt,
      author: users.name,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.createdBy))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.id));
  return { article: found.article, revisions: rows };
}

export async function getRevisions(db: Database, actor: Actor, articleId: number, ids: number[]) {
  assertCan(actor, "article.write");
  const found = await getArticleForEdit(db, actor, articleId);
  if (!found || ids.length === 0) return [];
  return db
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), inArray(articleRevisions.id, ids)));
}

/** Restoring makes the old content the newest revision (history is never rewritten). */
export async function restoreRevision(db: Database, actor: Actor, articleId: number, revisionId: number, ip = "") {
  assertCan(actor, "article.write");
  const [revision] = await db
    .select()
    .from(articleRevisions)
    .innerJoin(articles, eq(articles.id, articleRevisions.articleId))
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId), eq(articles.siteId, actor.siteId)))
    .then((rows) => rows.map((r) => r.article_revisions));
  if (!revision) throw new UserRuleError("Không tìm thấy phiên bản.");
  const [article] = await db.select({ featured: articles.featured }).from(articles).where(eq(articles.id, articleId));
  const result = await saveArticle(db, actor, articleId, { ...contentOf(revision), featured: article?.featured ?? false }, { applyNow: true, ip });
  await recordAudit(db, { siteId: actor.siteId, userId: actor.id, action: "article.restore_revision", entityType: "article", entityId: articleId, summary: `Khôi phục phiên bản #${revisionId}`, ip });
  return result;
}

/**
 * Publishes scheduled articles whose time has come; run by the server's scheduler
 * (instrumentation.ts). One UPDATE, so two instances never publish the same row twice.
 */
export async function publishDueArticles(db: Database, now = new Date()) {
  const rows = await db
    .update(articles)
    .set({ status: "published", updatedAt: now })
    .where(and(eq(articles.status, "scheduled"), lte(articles.publishedAt, now)))
    .returning({ id: articles.id, siteId: articles.siteId, slug: articles.slug, title: articles.title, categoryId: articles.categoryId });
  for (const row of rows) {
    await recordAudit(db, { siteId: row.siteId, userId: null, action: "article.publish_scheduled", entityType: "article", entityId: row.id, summary: `Tự động đăng: ${row.title}` });
  }
  return rows;
}


/** An article (or one of its revisions) shaped as readers would see it, for staff preview. */
export async function getArticlePreview(db: Database, actor: Actor, id: number, revisionId?: number) {
  const found = await getArticleForEdit(db, actor, id);
  if (!found) return null;
  let content: Content = found.pendingRevision ?? found.article;
  if (revisionId) {
    const [revision] = await db.select().from(articleRevisions).where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, id)));
    if (!revision) return null;
    content = revision;
  }
  const [category] = await db.select({ name: categories.name }).from(categories).where(and(eq(categories.id, content.categoryId), eq(categories.siteId, actor.siteId)));
  const [cover] = content.coverMediaId
    ? await db.select({ variants: media.variants, width: media.width, height: media.height, alt: media.alt }).from(media).where(and(eq(media.id, content.coverMediaId), eq(media.siteId, actor.siteId)))
    : [];
  return {
    status: found.article.status,
    slug: found.article.slug,
    view: {
      title: content.title,
      categoryName: category?.name ?? "",
      publishedAt: found.article.publishedAt?.toISOString() ?? null,
      summary: content.summary,
      body: content.body,
      byline: content.byline,
      cover: cover ?? null,
      coverCaption: content.coverCaption,
    },
  };
}
