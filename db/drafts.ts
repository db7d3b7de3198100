import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, lt, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { id as idField } from "@/lib/form-fields";
import { commentSchema, draftFormSchema, draftState, REPORT_MAX_CHARS, type CommentInput, type CommentState, type DraftFormInput, type DraftState } from "@/lib/drafts";
import { redactPerson } from "@/lib/questions";
import { sanitizeArticleHtml } from "@/lib/sanitize";
import { htmlToText } from "@/lib/plain-text";
import { slugify, uniqueSlug } from "@/lib/slug";
import { recordAudit } from "./audit";
import type { Database, Transaction } from "./client";
import { contactHash, contactRetentionDays, openContact, sealContact, type Contact } from "./contact-vault";
import { draftComments, draftFiles, drafts } from "./schema";
import { UserRuleError } from "./users";

/**
 * Lấy ý kiến dự thảo. An editor puts a draft out for comment between two moments; it
 * opens and closes by itself (its state follows from the time: lib/drafts.ts
 * draftState). Citizens comment while it is open: the time is checked inside the
 * comment's transaction, so a stale cached page can never let a comment in after closing.
 * Comments wait for staff approval (or show at once, chosen per draft); staff may refuse
 * them or mark spam. After closing, the editor publishes the report (báo cáo tiếp thu,
 * giải trình) on the same page; the comments shown stay. A commenter's optional contact
 * is sealed (db/contact-vault.ts) and erased CONTACT_RETENTION_DAYS after the draft closes.
 */

export class DraftRuleError extends UserRuleError {}

export const DRAFT_NOT_FOUND = "Không tìm thấy dự thảo.";
const COMMENT_NOT_FOUND = "Không tìm thấy góp ý.";
export const NOT_OPEN_YET = "Dự thảo chưa đến thời gian lấy ý kiến.";
export const CLOSED = "Dự thảo đã hết thời gian lấy ý kiến, không nhận thêm góp ý.";
/** Paths under /du-thao that are not a draft's slug. */
const RESERVED_SLUGS = new Set(["rss.xml"]);

export type DraftFile = { id: number; kind: "draft" | "report"; path: string; originalName: string; mimeType: string; bytes: number };

// ---------------------------------------------------------------- readers

export type PublicDraftCard = {
  slug: string;
  title: string;
  draftingUnit: string;
  field: string;
  opensAt: string;
  closesAt: string;
  reportPublished: boolean;
  commentCount: number;
};

export type PublicComment = { id: number; authorName: string; clause: string; body: string; createdAt: string; approved: boolean };

export type PublicDraft = PublicDraftCard & {
  summary: string;
  waysToRespond: string;
  contactPerson: string;
  moderated: boolean;
  report: string;
  reportPublishedAt: string | null;
  files: DraftFile[];
  reportFiles: DraftFile[];
  comments: PublicComment[];
  updatedAt: string;
};

/** A comment readers see: approved, or not yet refused on a draft that shows comments at once. */
const shownComment = sql`(${draftComments.state} = 'da_duyet' or (${draftComments.state} = 'cho_duyet' and not ${drafts.moderated}))`;

/**
 * Comments of the outer query's draft, as a correlated subquery written out in SQL: inside
 * a select list, drizzle leaves columns unqualified, so `id` would be the comment's own.
 */
const commentsOfDraft = (condition: SQL) => sql<number>`(select count(*)::int from draft_comments c where c.draft_id = "drafts"."id" and ${condition})`;
const SHOWN = sql.raw(`(c.state = 'da_duyet' or (c.state = 'cho_duyet' and not "drafts"."moderated"))`);
const PENDING = sql.raw(`c.state = 'cho_duyet'`);

const cardColumns = {
  slug: drafts.slug,
  title: drafts.title,
  draftingUnit: drafts.draftingUnit,
  field: drafts.field,
  opensAt: drafts.opensAt,
  closesAt: drafts.closesAt,
  reportPublishedAt: drafts.reportPublishedAt,
  commentCount: commentsOfDraft(SHOWN),
};
type CardRow = { slug: string; title: string; draftingUnit: string; field: string; opensAt: Date; closesAt: Date; reportPublishedAt: Date | null; commentCount: number };
const toCard = (r: CardRow): PublicDraftCard => ({
  slug: r.slug,
  title: r.title,
  draftingUnit: r.draftingUnit,
  field: r.field,
  opensAt: r.opensAt.toISOString(),
  closesAt: r.closesAt.toISOString(),
  reportPublished: r.reportPublishedAt !== null,
  commentCount: Number(r.commentCount),
});

/** Every draft of the site (a site has tens, not thousands); the page orders them by state. */
export async function listPublicDrafts(db: Database, siteId: number): Promise<PublicDraftCard[]> {
  const rows = await db.select(cardColumns).from(drafts).where(eq(drafts.siteId, siteId)).orderBy(desc(drafts.opensAt), desc(drafts.id)).limit(500);
  return rows.map(toCard);
}

/** Open first (closing soonest first), then upcoming (opening soonest), then closed (newest first). */
export function orderDrafts<T extends { opensAt: string; closesAt: string }>(items: T[], now = new Date()): { state: DraftState; items: T[] }[] {
  const by = (state: DraftState) => items.filter((d) => draftState(d, now) === state);
  return [
    { state: "dang_lay_y_kien" as const, items: by("dang_lay_y_kien").sort((a, b) => a.closesAt.localeCompare(b.closesAt)) },
    { state: "chua_mo" as const, items: by("chua_mo").sort((a, b) => a.opensAt.localeCompare(b.opensAt)) },
    { state: "da_ket_thuc" as const, items: by("da_ket_thuc").sort((a, b) => b.closesAt.localeCompare(a.closesAt)) },
  ];
}

async function filesOf(db: Database | Transaction, draftId: number): Promise<DraftFile[]> {
  return db
    .select({ id: draftFiles.id, kind: draftFiles.kind, path: draftFiles.path, originalName: draftFiles.originalName, mimeType: draftFiles.mimeType, bytes: draftFiles.bytes })
    .from(draftFiles)
    .where(eq(draftFiles.draftId, draftId))
    .orderBy(asc(draftFiles.position), asc(draftFiles.id));
}

export async function findPublicDraft(db: Database, siteId: number, slug: string): Promise<PublicDraft | null> {
  const [row] = await db
    .select({ ...cardColumns, id: drafts.id, summary: drafts.summary, waysToRespond: drafts.waysToRespond, contactPerson: drafts.contactPerson, moderated: drafts.moderated, report: drafts.report, updatedAt: drafts.updatedAt })
    .from(drafts)
    .where(and(eq(drafts.siteId, siteId), eq(drafts.slug, slug)));
  if (!row) return null;
  const files = await filesOf(db, row.id);
  const comments = await db
    .select({ id: draftComments.id, authorName: draftComments.authorName, clause: draftComments.clause, body: draftComments.body, createdAt: draftComments.createdAt, state: draftComments.state, moderatedAt: draftComments.moderatedAt })
    .from(draftComments)
    .innerJoin(drafts, eq(drafts.id, draftComments.draftId))
    .where(and(eq(draftComments.draftId, row.id), shownComment))
    .orderBy(asc(draftComments.createdAt), asc(draftComments.id));
  const published = row.reportPublishedAt !== null;
  const changes = [row.updatedAt, row.reportPublishedAt, ...comments.map((c) => c.moderatedAt ?? c.createdAt)].filter((d): d is Date => d instanceof Date);
  return {
    ...toCard(row),
    summary: row.summary,
    waysToRespond: row.waysToRespond,
    contactPerson: row.contactPerson,
    moderated: row.moderated,
    report: published ? row.report : "",
    reportPublishedAt: row.reportPublishedAt?.toISOString() ?? null,
    files: files.filter((f) => f.kind === "draft"),
    reportFiles: published ? files.filter((f) => f.kind === "report") : [],
    comments: comments.map((c) => ({ id: c.id, authorName: c.authorName, clause: c.clause, body: c.body, createdAt: c.createdAt.toISOString(), approved: c.state === "da_duyet" })),
    updatedAt: new Date(Math.max(...changes.map((d) => d.getTime()))).toISOString(),
  };
}

export type DraftFeedItem = { slug: string; title: string; summary: string; field: string; draftingUnit: string; opensAt: string; closesAt: string };

/** Drafts that have opened, newest first: what the feed announces (an upcoming one is announced when it opens). */
export async function listDraftFeed(db: Database, siteId: number, now = new Date(), limit = 30): Promise<DraftFeedItem[]> {
  const rows = await db
    .select({ slug: drafts.slug, title: drafts.title, summary: drafts.summary, field: drafts.field, draftingUnit: drafts.draftingUnit, opensAt: drafts.opensAt, closesAt: drafts.closesAt })
    .from(drafts)
    .where(and(eq(drafts.siteId, siteId), lte(drafts.opensAt, now)))
    .orderBy(desc(drafts.opensAt), desc(drafts.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, opensAt: r.opensAt.toISOString(), closesAt: r.closesAt.toISOString() }));
}

export async function listSitemapDrafts(db: Database, siteId: number): Promise<{ path: string; lastModified: string }[]> {
  const rows = await db.select({ slug: drafts.slug, updatedAt: drafts.updatedAt }).from(drafts).where(eq(drafts.siteId, siteId)).orderBy(desc(drafts.updatedAt)).limit(5000);
  if (!rows.length) return [];
  return [{ path: "/du-thao", lastModified: rows[0]!.updatedAt.toISOString() }, ...rows.map((r) => ({ path: `/du-thao/${r.slug}`, lastModified: r.updatedAt.toISOString() }))];
}

// ---------------------------------------------------------------- citizens' comments

/**
 * Whether the draft takes comments at `now`, before anything else is asked of the person
 * (no proof-of-work for a closed draft). Only a courtesy: submitComment decides.
 */
export async function commentRefusal(db: Database, siteId: number, slug: string, now = new Date()): Promise<string | null> {
  const [row] = await db.select({ opensAt: drafts.opensAt, closesAt: drafts.closesAt }).from(drafts).where(and(eq(drafts.siteId, siteId), eq(drafts.slug, slug)));
  if (!row) return DRAFT_NOT_FOUND;
  const state = draftState(row, now);
  return state === "chua_mo" ? NOT_OPEN_YET : state === "da_ket_thuc" ? CLOSED : null;
}

export type SubmittedComment = { id: number; shown: boolean; slug: string };

/**
 * Stores a comment (the input as the form posted it, parsed here with the form's schema)
 * if the draft is open at `now`, checked inside the transaction against the draft row
 * locked for share: an edit of its dates waits, and a closed draft refuses.
 */
export async function submitComment(db: Database, siteId: number, draftSlug: string, input: CommentInput, now = new Date()): Promise<SubmittedComment> {
  const valid = commentSchema.parse(input);
  const hasContact = Boolean(valid.email || valid.phone);
  const sealed = hasContact ? await sealContact(db, { name: valid.name, email: valid.email, phone: valid.phone, address: "" }) : "";
  const [emailHash, phoneHash] = [await contactHash(db, "email", valid.email), await contactHash(db, "phone", valid.phone)];
  return db.transaction(async (tx) => {
    const [draft] = await tx
      .select({ id: drafts.id, opensAt: drafts.opensAt, closesAt: drafts.closesAt, moderated: drafts.moderated, slug: drafts.slug })
      .from(drafts)
      .where(and(eq(drafts.siteId, siteId), eq(drafts.slug, draftSlug)))
      .for("share");
    if (!draft) throw new DraftRuleError(DRAFT_NOT_FOUND);
    const state = draftState(draft, now);
    if (state === "chua_mo") throw new DraftRuleError(NOT_OPEN_YET);
    if (state === "da_ket_thuc") throw new DraftRuleError(CLOSED);
    const [row] = await tx
      .insert(draftComments)
      .values({ siteId, draftId: draft.id, authorName: valid.name, clause: valid.clause, body: valid.body, contactSealed: sealed, emailHash, phoneHash, consentAt: hasContact ? now : null, createdAt: now })
      .returning({ id: draftComments.id });
    return { id: row!.id, shown: !draft.moderated, slug: draft.slug };
  });
}

// ---------------------------------------------------------------- the scheduler

export type DraftTransition = { id: number; siteId: number; slug: string };

/**
 * Claims the open and close moments that have passed and were not handled yet, in ONE
 * `UPDATE … RETURNING`: two instances ticking at once cannot both claim a moment (the
 * second waits for the first's row locks and then finds the mark set). `onClaimed`
 * (expiring the pages) runs inside the same transaction, so an instance that dies before
 * it is done leaves the moment unclaimed for the next tick, never skipped.
 */
export async function claimDraftTransitions(db: Database, onClaimed: (claimed: DraftTransition[]) => void | Promise<void>, now = new Date()): Promise<DraftTransition[]> {
  // A raw parameter: postgres.js takes an ISO string, not a Date, outside column mappings.
  const at = sql`${now.toISOString()}::timestamptz`;
  return db.transaction(async (tx) => {
    const claimed = await tx
      .update(drafts)
      .set({
        openHandledAt: sql`case when ${drafts.opensAt} <= ${at} then coalesce(${drafts.openHandledAt}, ${at}) else ${drafts.openHandledAt} end`,
        closeHandledAt: sql`case when ${drafts.closesAt} <= ${at} then coalesce(${drafts.closeHandledAt}, ${at}) else ${drafts.closeHandledAt} end`,
      })
      .where(or(and(isNull(drafts.openHandledAt), lte(drafts.opensAt, now)), and(isNull(drafts.closeHandledAt), lte(drafts.closesAt, now))))
      .returning({ id: drafts.id, siteId: drafts.siteId, slug: drafts.slug });
    if (claimed.length) await onClaimed(claimed);
    return claimed;
  });
}

/**
 * The retention rule for commenters' contacts: erased `days` days after the draft closed
 * (the comment stays, under the name or pseudonym its author chose). Run by the scheduler.
 */
export async function eraseExpiredDraftContacts(db: Database, now = new Date(), days = contactRetentionDays()): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const erased = await db
    .update(draftComments)
    .set({ contactSealed: "", emailHash: null, phoneHash: null, contactErasedAt: now })
    .where(and(ne(draftComments.contactSealed, ""), inArray(draftComments.draftId, db.select({ id: drafts.id }).from(drafts).where(lt(drafts.closesAt, cutoff)))))
    .returning({ id: draftComments.id });
  if (erased.length) await recordAudit(db, { userId: null, action: "personal_data.retention", entityType: "draft_comment", summary: `${erased.length} góp ý dự thảo quá ${days} ngày` });
  return erased.length;
}

// ---------------------------------------------------------------- staff: drafts

export type StaffDraftRow = { id: number; slug: string; title: string; field: string; opensAt: Date; closesAt: Date; moderated: boolean; reportPublishedAt: Date | null; pending: number; shown: number };

export async function listDraftsForStaff(db: Database, actor: Actor): Promise<StaffDraftRow[]> {
  assertCan(actor, "draft.manage");
  const rows = await db
    .select({
      id: drafts.id,
      slug: drafts.slug,
      title: drafts.title,
      field: drafts.field,
      opensAt: drafts.opensAt,
      closesAt: drafts.closesAt,
      moderated: drafts.moderated,
      reportPublishedAt: drafts.reportPublishedAt,
      pending: commentsOfDraft(PENDING),
      shown: commentsOfDraft(SHOWN),
    })
    .from(drafts)
    .where(eq(drafts.siteId, actor.siteId))
    .orderBy(desc(drafts.opensAt), desc(drafts.id))
    .limit(500);
  return rows.map((r) => ({ ...r, pending: Number(r.pending), shown: Number(r.shown) }));
}

export type StaffDraft = {
  id: number;
  slug: string;
  title: string;
  draftingUnit: string;
  field: string;
  summary: string;
  waysToRespond: string;
  contactPerson: string;
  opensAt: string;
  closesAt: string;
  moderated: boolean;
  report: string;
  reportPublishedAt: string | null;
  files: DraftFile[];
  reportFiles: DraftFile[];
  updatedAt: string;
};

export async function getDraftForStaff(db: Database, actor: Actor, id: number): Promise<StaffDraft | null> {
  assertCan(actor, "draft.manage");
  const [row] = await db
    .select({
      id: drafts.id,
      slug: drafts.slug,
      title: drafts.title,
      draftingUnit: drafts.draftingUnit,
      field: drafts.field,
      summary: drafts.summary,
      waysToRespond: drafts.waysToRespond,
      contactPerson: drafts.contactPerson,
      opensAt: drafts.opensAt,
      closesAt: drafts.closesAt,
      moderated: drafts.moderated,
      report: drafts.report,
      reportPublishedAt: drafts.reportPublishedAt,
      updatedAt: drafts.updatedAt,
    })
    .from(drafts)
    .where(and(eq(drafts.id, id), eq(drafts.siteId, actor.siteId)));
  if (!row) return null;
  const files = await filesOf(db, id);
  return {
    ...row,
    opensAt: row.opensAt.toISOString(),
    closesAt: row.closesAt.toISOString(),
    reportPublishedAt: row.reportPublishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    files: files.filter((f) => f.kind === "draft"),
    reportFiles: files.filter((f) => f.kind === "report"),
  };
}

async function lockDraft(tx: Transaction, actor: Actor, id: number) {
  const [row] = await tx
    .select({ id: drafts.id, slug: drafts.slug, title: drafts.title, opensAt: drafts.opensAt, closesAt: drafts.closesAt })
    .from(drafts)
    .where(and(eq(drafts.id, id), eq(drafts.siteId, actor.siteId)))
    .for("update");
  if (!row) throw new DraftRuleError(DRAFT_NOT_FOUND);
  return row;
}

/**
 * The scheduler's marks after an edit: a moment already past is handled (the edit itself
 * expires the pages), one in the future is left for the scheduler to handle when it comes.
 */
const handledMarks = (opensAt: Date, closesAt: Date, now: Date) => ({ openHandledAt: opensAt <= now ? now : null, closeHandledAt: closesAt <= now ? now : null });

export async function createDraft(db: Database, actor: Actor, raw: DraftFormInput, ip = "", now = new Date()): Promise<{ id: number; slug: string }> {
  assertCan(actor, "draft.manage");
  const input = draftFormSchema.parse(raw);
  return db.transaction(async (tx) => {
    const slug = await uniqueSlug(slugify(input.title, 90), async (candidate) => {
      if (RESERVED_SLUGS.has(candidate)) return true;
      const [taken] = await tx.select({ id: drafts.id }).from(drafts).where(and(eq(drafts.siteId, actor.siteId), eq(drafts.slug, candidate)));
      return Boolean(taken);
    }, "du-thao");
    const [row] = await tx
      .insert(drafts)
      .values({ ...input, opensAt: input.opensAt!, closesAt: input.closesAt!, siteId: actor.siteId, slug, createdBy: actor.id, createdAt: now, updatedAt: now, ...handledMarks(input.opensAt!, input.closesAt!, now) })
      .returning({ id: drafts.id });
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "draft.create", entityType: "draft", entityId: row!.id, summary: input.title, ip });
    return { id: row!.id, slug };
  });
}

/** Saves the draft's fields; its URL stays the one it was given (links in other agencies' letters). */
export async function saveDraft(db: Database, actor: Actor, id: number, raw: DraftFormInput, ip = "", now = new Date()): Promise<{ slug: string }> {
  assertCan(actor, "draft.manage");
  const input = draftFormSchema.parse(raw);
  return db.transaction(async (tx) => {
    const row = await lockDraft(tx, actor, id);
    await tx
      .update(drafts)
      .set({ ...input, opensAt: input.opensAt!, closesAt: input.closesAt!, updatedAt: now, ...handledMarks(input.opensAt!, input.closesAt!, now) })
      .where(eq(drafts.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "draft.update", entityType: "draft", entityId: id, summary: input.title, ip });
    return { slug: row.slug };
  });
}

export const MAX_DRAFT_FILES = 10;

/** Files already checked and written (lib/draft-files.ts); the rows land together or not at all. */
export async function addDraftFiles(db: Database, actor: Actor, id: number, kind: "draft" | "report", files: Omit<DraftFile, "id" | "kind">[], ip = "", now = new Date()): Promise<{ slug: string }> {
  assertCan(actor, "draft.manage");
  return db.transaction(async (tx) => {
    const row = await lockDraft(tx, actor, id);
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(draftFiles).where(and(eq(draftFiles.draftId, id), eq(draftFiles.kind, kind)));
    if (n + files.length > MAX_DRAFT_FILES) throw new DraftRuleError(`Mỗi dự thảo tối đa ${MAX_DRAFT_FILES} tệp ${kind === "report" ? "báo cáo" : "dự thảo"}.`);
    if (files.length) await tx.insert(draftFiles).values(files.map((f, i) => ({ ...f, siteId: actor.siteId, draftId: id, kind, position: n + i, uploadedBy: actor.id, createdAt: now })));
    await tx.update(drafts).set({ updatedAt: now }).where(eq(drafts.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "draft.file_add", entityType: "draft", entityId: id, summary: files.map((f) => f.originalName).join(", ").slice(0, 300), ip });
    return { slug: row.slug };
  });
}

/** Removes one file's row; returns its stored path so the caller removes the bytes after the commit. */
export async function removeDraftFile(db: Database, actor: Actor, id: number, fileId: number, ip = "", now = new Date()): Promise<{ slug: string; path: string }> {
  assertCan(actor, "draft.manage");
  return db.transaction(async (tx) => {
    const row = await lockDraft(tx, actor, id);
    const [file] = await tx.delete(draftFiles).where(and(eq(draftFiles.id, fileId), eq(draftFiles.draftId, id))).returning({ path: draftFiles.path, name: draftFiles.originalName });
    if (!file) throw new DraftRuleError("Không tìm thấy tệp.");
    await tx.update(drafts).set({ updatedAt: now }).where(eq(drafts.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "draft.file_remove", entityType: "draft", entityId: id, summary: file.name, ip });
    return { slug: row.slug, path: file.path };
  });
}

export const reportSchema = z.object({
  report: z
    .string()
    .max(REPORT_MAX_CHARS * 2, "Báo cáo quá dài.")
    .optional()
    .transform((v) => sanitizeArticleHtml(v ?? ""))
    .pipe(z.string().max(REPORT_MAX_CHARS, `Báo cáo tối đa ${REPORT_MAX_CHARS.toLocaleString("vi-VN")} ký tự.`)),
  publish: z.boolean().default(true),
});

/**
 * Saves the report on the comments received, and publishes it (or takes it down). Only
 * after the draft has closed: until then the comments are still coming.
 */
export async function saveReport(db: Database, actor: Actor, id: number, raw: z.input<typeof reportSchema>, ip = "", now = new Date()): Promise<{ slug: string; published: boolean }> {
  assertCan(actor, "draft.manage");
  const input = reportSchema.parse(raw);
  return db.transaction(async (tx) => {
    const row = await lockDraft(tx, actor, id);
    if (draftState(row, now) !== "da_ket_thuc") throw new DraftRuleError("Chỉ công bố báo cáo tiếp thu, giải trình sau khi kết thúc lấy ý kiến.");
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(draftFiles).where(and(eq(draftFiles.draftId, id), eq(draftFiles.kind, "report")));
    if (input.publish && !htmlToText(input.report).trim() && n === 0) throw new DraftRuleError("Vui lòng nhập nội dung báo cáo hoặc đính kèm tệp báo cáo trước khi công bố.");
    await tx.update(drafts).set({ report: input.report, reportPublishedAt: input.publish ? now : null, updatedAt: now }).where(eq(drafts.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "draft.report", entityType: "draft", entityId: id, summary: `${row.title}${input.publish ? "" : " (gỡ báo cáo)"}`, ip });
    return { slug: row.slug, published: input.publish };
  });
}

// ---------------------------------------------------------------- staff: comments

export type QueueComment = { id: number; draftId: number; draftTitle: string; authorName: string; clause: string; body: string; state: CommentState; createdAt: Date; hasContact: boolean; shownAtOnce: boolean };

export async function listCommentQueue(db: Database, actor: Actor, options: { draftId?: number; state?: CommentState | "tat_ca" } = {}): Promise<QueueComment[]> {
  assertCan(actor, "draft.moderate");
  const conditions: SQL[] = [eq(draftComments.siteId, actor.siteId)];
  if (options.draftId) conditions.push(eq(draftComments.draftId, options.draftId));
  if (options.state !== "tat_ca") conditions.push(eq(draftComments.state, options.state ?? "cho_duyet"));
  const rows = await db
    .select({
      id: draftComments.id,
      draftId: draftComments.draftId,
      draftTitle: drafts.title,
      authorName: draftComments.authorName,
      clause: draftComments.clause,
      body: draftComments.body,
      state: draftComments.state,
      createdAt: draftComments.createdAt,
      sealed: draftComments.contactSealed,
      moderated: drafts.moderated,
    })
    .from(draftComments)
    .innerJoin(drafts, eq(drafts.id, draftComments.draftId))
    .where(and(...conditions))
    .orderBy(asc(draftComments.createdAt), asc(draftComments.id))
    .limit(300);
  return rows.map(({ sealed, moderated, ...r }) => ({ ...r, hasContact: sealed !== "", shownAtOnce: !moderated }));
}

export async function countPendingComments(db: Database, actor: Actor): Promise<number> {
  assertCan(actor, "draft.moderate");
  const [row] = await db.select({ n: count() }).from(draftComments).where(and(eq(draftComments.siteId, actor.siteId), eq(draftComments.state, "cho_duyet")));
  return row?.n ?? 0;
}

/**
 * For the dashboard: comments waiting for moderation, closed drafts still without their
 * report, and drafts closing within the week.
 */
export async function draftsDue(db: Database, actor: Actor, now = new Date()) {
  assertCan(actor, "draft.manage");
  const week = new Date(now.getTime() + 7 * 86_400_000);
  const rows = await db
    .select({ id: drafts.id, title: drafts.title, closesAt: drafts.closesAt, reportPublishedAt: drafts.reportPublishedAt, pending: commentsOfDraft(PENDING) })
    .from(drafts)
    .where(and(eq(drafts.siteId, actor.siteId), or(and(lte(drafts.closesAt, now), isNull(drafts.reportPublishedAt)), and(lte(drafts.opensAt, now), lte(drafts.closesAt, week)), sql`${commentsOfDraft(PENDING)} > 0`)))
    .orderBy(asc(drafts.closesAt), asc(drafts.id))
    .limit(50);
  const list = rows.map((r) => ({ ...r, pending: Number(r.pending) }));
  return {
    pending: list.reduce((n, r) => n + r.pending, 0),
    awaitingReport: list.filter((r) => r.closesAt <= now && !r.reportPublishedAt),
    closingSoon: list.filter((r) => r.closesAt > now && r.closesAt <= week),
  };
}

export const MODERATION_DECISIONS = ["approve", "reject", "spam"] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];
const DECIDED: Record<ModerationDecision, CommentState> = { approve: "da_duyet", reject: "tu_choi", spam: "rac" };

export const moderationSchema = z.object({ commentId: idField(COMMENT_NOT_FOUND), decision: z.enum(MODERATION_DECISIONS, { error: "Thao tác không hợp lệ." }) });

/**
 * Approve (shown, its web addresses become links), refuse (hidden), or mark spam (hidden,
 * and the contact, not a real commenter's, dropped at once). A decision may be changed.
 */
export async function moderateComment(db: Database, actor: Actor, commentId: number, decision: ModerationDecision, ip = "", now = new Date()): Promise<{ slug: string; draftId: number }> {
  assertCan(actor, "draft.moderate");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: draftComments.id, draftId: draftComments.draftId, slug: drafts.slug })
      .from(draftComments)
      .innerJoin(drafts, eq(drafts.id, draftComments.draftId))
      .where(and(eq(draftComments.id, commentId), eq(draftComments.siteId, actor.siteId)))
      .for("update", { of: draftComments });
    if (!row) throw new DraftRuleError(COMMENT_NOT_FOUND);
    const spam = decision === "spam" ? { contactSealed: "", emailHash: null, phoneHash: null, contactErasedAt: now } : {};
    await tx.update(draftComments).set({ state: DECIDED[decision], moderatedAt: now, moderatedBy: actor.id, ...spam }).where(eq(draftComments.id, commentId));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: `draft_comment.${decision}`, entityType: "draft_comment", entityId: commentId, summary: `Góp ý #${commentId}`, ip });
    return { slug: row.slug, draftId: row.draftId };
  });
}

/** The commenter's contact for the moderator; each view is logged. */
export async function viewCommentContact(db: Database, actor: Actor, commentId: number, ip = ""): Promise<Contact | null> {
  assertCan(actor, "draft.moderate");
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ sealed: draftComments.contactSealed }).from(draftComments).where(and(eq(draftComments.id, commentId), eq(draftComments.siteId, actor.siteId)));
    if (!row) throw new DraftRuleError(COMMENT_NOT_FOUND);
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "draft_comment.view_contact", entityType: "draft_comment", entityId: commentId, summary: `Góp ý #${commentId}`, ip });
    return row.sealed ? openContact(db, row.sealed) : null;
  });
}

// ---------------------------------------------------------------- personal data (Luật 91/2025/QH15)

type Person = { email: string; phone: string };

async function personComments(db: Database | Transaction, siteId: number, person: Person) {
  const [emailHash, phoneHash] = [await contactHash(db as Database, "email", person.email), await contactHash(db as Database, "phone", person.phone)];
  const match = or(...([emailHash ? eq(draftComments.emailHash, emailHash) : undefined, phoneHash ? eq(draftComments.phoneHash, phoneHash) : undefined].filter(Boolean) as SQL[]));
  if (!match) return [];
  return db
    .select({ id: draftComments.id, draftTitle: drafts.title, slug: drafts.slug, authorName: draftComments.authorName, clause: draftComments.clause, body: draftComments.body, state: draftComments.state, createdAt: draftComments.createdAt, sealed: draftComments.contactSealed })
    .from(draftComments)
    .innerJoin(drafts, eq(drafts.id, draftComments.draftId))
    .where(and(eq(draftComments.siteId, siteId), match));
}

export type PersonDraftComment = { id: number; draft: string; authorName: string; clause: string; body: string; state: string; createdAt: string; contact: Contact | null };

/** One person's comments on drafts, for the export of db/questions.ts exportPersonData. */
export async function exportPersonComments(db: Database, siteId: number, person: Person): Promise<PersonDraftComment[]> {
  const rows = await personComments(db, siteId, person);
  return Promise.all(
    rows.map(async (r) => ({ id: r.id, draft: r.draftTitle, authorName: r.authorName, clause: r.clause, body: r.body, state: r.state, createdAt: r.createdAt.toISOString(), contact: r.sealed ? await openContact(db, r.sealed) : null })),
  );
}

/**
 * Erases one person's comments, inside the erasure's transaction: comments not approved are
 * deleted; approved ones stay in the consultation's record with the contact gone, the name
 * replaced by "Ẩn danh", and the contact cut out of the text. Returns the slugs to expire.
 */
export async function erasePersonComments(tx: Transaction, db: Database, siteId: number, person: Person, now = new Date()): Promise<{ deleted: number; anonymised: number; slugs: string[] }> {
  const rows = await personComments(tx, siteId, person);
  let deleted = 0;
  let anonymised = 0;
  const slugs = new Set<string>();
  for (const r of rows) {
    slugs.add(r.slug);
    if (r.state !== "da_duyet") {
      await tx.delete(draftComments).where(eq(draftComments.id, r.id));
      deleted++;
      continue;
    }
    const contact = r.sealed ? await openContact(db, r.sealed) : null;
    const needles = contact ?? { name: r.authorName, email: person.email, phone: person.phone, address: "" };
    await tx
      .update(draftComments)
      .set({
        authorName: "Ẩn danh",
        clause: redactPerson(r.clause, person, needles),
        body: redactPerson(r.body, person, needles),
        contactSealed: "",
        emailHash: null,
        phoneHash: null,
        contactErasedAt: now,
      })
      .where(eq(draftComments.id, r.id));
    anonymised++;
  }
  return { deleted, anonymised, slugs: [...slugs] };
}

