import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import { assertCan, can, ForbiddenError, type Actor } from "@/lib/auth/policy";
import type { DocumentCsvRow, DocumentForm } from "@/lib/document-form";
import { removeDocumentFile, storeDocumentFile } from "@/lib/document-files";
import type { RelationKind } from "@/lib/document-state";
import { toPlainText } from "@/lib/sanitize";
import { uniqueSlug } from "@/lib/slug";
import { recordAudit } from "./audit";
import type { Database, Transaction } from "./client";
import { readDocumentLists } from "./document-lists";
import { documentFieldLinks, documentFields, documentFiles, documentIssuers, documentRelations, documentRevisions, documents, documentTypes, users, type ArticleStatus } from "./schema";
import { UserRuleError } from "./users";
import { TRANSITION_LABELS, workflowStep, type Transition } from "./workflow";

/**
 * The editors' side of the documents register. Documents go through the articles'
 * workflow (db/workflow.ts), keep a revision on every save and write an audit entry with
 * every change, in the same transaction. Authors work on their own drafts; editors on all.
 */
export type DocumentInput = Omit<DocumentForm, "fieldIds"> & { fieldIds: number[] };

/** The editable fields as a revision keeps them. */
type Content = DocumentInput;

function clean(input: DocumentInput): DocumentInput {
  return {
    ...input,
    number: toPlainText(input.number),
    signer: toPlainText(input.signer),
    signerTitle: toPlainText(input.signerTitle),
    summary: toPlainText(input.summary),
    fieldIds: [...new Set(input.fieldIds)].sort((a, b) => a - b),
  };
}

const yearOf = (day: string) => Number(day.slice(0, 4));

function columnsOf(input: DocumentInput) {
  return {
    number: input.number,
    typeId: input.typeId,
    issuerId: input.issuerId,
    signer: input.signer,
    signerTitle: input.signerTitle,
    issuedOn: input.issuedOn!,
    issuedYear: yearOf(input.issuedOn!),
    effectiveOn: input.effectiveOn,
    expiresOn: input.expiresOn,
    summary: input.summary,
    sourceUrl: input.sourceUrl,
  };
}

async function loadForUpdate(tx: Transaction, actor: Actor, id: number) {
  const [row] = await tx.select().from(documents).where(and(eq(documents.id, id), eq(documents.siteId, actor.siteId))).for("update");
  if (!row) throw new UserRuleError("Không tìm thấy văn bản.");
  return row;
}

function assertCanEdit(actor: Actor, doc: { authorId: number | null; status: ArticleStatus }) {
  if (!can(actor, "document.publish") && (doc.authorId !== actor.id || doc.status !== "draft")) {
    throw new ForbiddenError("Bạn chỉ được sửa bản nháp văn bản của chính mình.");
  }
}

/** Loại, cơ quan and lĩnh vực must be this site's own. */
async function ensureLists(tx: Transaction, siteId: number, input: DocumentInput) {
  const [type] = await tx.select({ id: documentTypes.id }).from(documentTypes).where(and(eq(documentTypes.id, input.typeId), eq(documentTypes.siteId, siteId)));
  if (!type) throw new UserRuleError("Loại văn bản không tồn tại.");
  const [issuer] = await tx.select({ id: documentIssuers.id }).from(documentIssuers).where(and(eq(documentIssuers.id, input.issuerId), eq(documentIssuers.siteId, siteId)));
  if (!issuer) throw new UserRuleError("Cơ quan ban hành không tồn tại.");
  if (input.fieldIds.length) {
    const found = await tx.select({ id: documentFields.id }).from(documentFields).where(and(inArray(documentFields.id, input.fieldIds), eq(documentFields.siteId, siteId)));
    if (found.length !== input.fieldIds.length) throw new UserRuleError("Lĩnh vực không tồn tại.");
  }
}

/** Số/ký hiệu is unique per issuer and year (the unique index is the guard against a race). */
async function ensureNumberFree(tx: Transaction, siteId: number, input: DocumentInput, exceptId?: number) {
  const [row] = await tx
    .select({ id: documents.id, issuer: documentIssuers.name })
    .from(documents)
    .innerJoin(documentIssuers, eq(documentIssuers.id, documents.issuerId))
    .where(and(eq(documents.siteId, siteId), eq(documents.issuerId, input.issuerId), eq(documents.issuedYear, yearOf(input.issuedOn!)), sql`lower(${documents.number}) = lower(${input.number})`));
  if (row && row.id !== exceptId) throw new UserRuleError(`Số/ký hiệu ${input.number} của ${row.issuer} năm ${yearOf(input.issuedOn!)} đã có trong sổ văn bản.`);
}

async function setFields(tx: Transaction, documentId: number, fieldIds: number[]) {
  await tx.delete(documentFieldLinks).where(eq(documentFieldLinks.documentId, documentId));
  if (fieldIds.length) await tx.insert(documentFieldLinks).values(fieldIds.map((fieldId) => ({ documentId, fieldId })));
}

async function slugTaken(tx: Database | Transaction, siteId: number, slug: string) {
  const [row] = await tx.select({ id: documents.id }).from(documents).where(and(eq(documents.siteId, siteId), eq(documents.slug, slug)));
  return Boolean(row);
}

/** The slugs of documents related to `id` either way: their pages show this one. */
async function relatedSlugs(tx: Database | Transaction, id: number): Promise<string[]> {
  const rows = await tx
    .select({ slug: documents.slug })
    .from(documentRelations)
    .innerJoin(documents, or(and(eq(documentRelations.fromId, id), eq(documents.id, documentRelations.toId)), and(eq(documentRelations.toId, id), eq(documents.id, documentRelations.fromId))))
    .where(or(eq(documentRelations.fromId, id), eq(documentRelations.toId, id)));
  return [...new Set(rows.map((r) => r.slug))];
}

function contentOf(doc: typeof documents.$inferSelect, fieldIds: number[]): Content {
  return {
    number: doc.number,
    typeId: doc.typeId,
    issuerId: doc.issuerId,
    fieldIds,
    signer: doc.signer,
    signerTitle: doc.signerTitle,
    issuedOn: doc.issuedOn,
    effectiveOn: doc.effectiveOn,
    expiresOn: doc.expiresOn,
    summary: doc.summary,
    sourceUrl: doc.sourceUrl,
  };
}

export type AdminDocumentFilter = { q?: string; status?: ArticleStatus; page: number };
export const ADMIN_DOCUMENT_PAGE_SIZE = 20;

export async function listDocumentsForAdmin(db: Database, actor: Actor, filter: AdminDocumentFilter) {
  assertCan(actor, "document.write");
  const conditions: SQL[] = [eq(documents.siteId, actor.siteId)];
  if (!can(actor, "document.publish")) conditions.push(eq(documents.authorId, actor.id));
  if (filter.status) conditions.push(eq(documents.status, filter.status));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(documents.number, pattern), ilike(documents.summary, pattern))!);
  }
  const where = and(...conditions);
  const rows = await db
    .select({ id: documents.id, slug: documents.slug, number: documents.number, summary: documents.summary, status: documents.status, issuedOn: documents.issuedOn, updatedAt: documents.updatedAt, type: documentTypes.name, author: users.name })
    .from(documents)
    .innerJoin(documentTypes, eq(documentTypes.id, documents.typeId))
    .leftJoin(users, eq(users.id, documents.authorId))
    .where(where)
    .orderBy(desc(documents.updatedAt), desc(documents.id))
    .limit(ADMIN_DOCUMENT_PAGE_SIZE)
    .offset((filter.page - 1) * ADMIN_DOCUMENT_PAGE_SIZE);
  const [total] = await db.select({ n: count() }).from(documents).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function getDocumentForEdit(db: Database, actor: Actor, id: number) {
  assertCan(actor, "document.write");
  const [doc] = await db.select().from(documents).where(and(eq(documents.id, id), eq(documents.siteId, actor.siteId)));
  if (!doc) return null;
  if (!can(actor, "document.publish") && doc.authorId !== actor.id) throw new ForbiddenError();
  const [fields, files, outgoing, incoming] = await Promise.all([
    db.select({ id: documentFieldLinks.fieldId }).from(documentFieldLinks).where(eq(documentFieldLinks.documentId, id)),
    db
      .select({ id: documentFiles.id, storageKey: documentFiles.storageKey, fileName: documentFiles.fileName, originalName: documentFiles.originalName, mimeType: documentFiles.mimeType, bytes: documentFiles.bytes, textLength: sql<number>`length(${documentFiles.text})`.mapWith(Number) })
      .from(documentFiles)
      .where(eq(documentFiles.documentId, id))
      .orderBy(asc(documentFiles.position), asc(documentFiles.id)),
    db.select({ id: documents.id, number: documents.number, summary: documents.summary, kind: documentRelations.kind }).from(documentRelations).innerJoin(documents, eq(documents.id, documentRelations.toId)).where(eq(documentRelations.fromId, id)),
    db.select({ id: documents.id, number: documents.number, summary: documents.summary, kind: documentRelations.kind }).from(documentRelations).innerJoin(documents, eq(documents.id, documentRelations.fromId)).where(eq(documentRelations.toId, id)),
  ]);
  return { document: doc, fieldIds: fields.map((f) => f.id), files, outgoing, incoming };
}

/** The site's documents an editor may relate another one to (newest first). */
export async function listRelationTargets(db: Database, actor: Actor, exceptId: number) {
  assertCan(actor, "document.write");
  return db
    .select({ id: documents.id, number: documents.number, summary: documents.summary, issuedOn: documents.issuedOn })
    .from(documents)
    .where(and(eq(documents.siteId, actor.siteId), sql`${documents.id} <> ${exceptId}`))
    .orderBy(desc(documents.issuedOn), desc(documents.id))
    .limit(500);
}

async function insertDocument(tx: Transaction, actor: Actor, input: DocumentInput, note: string, status: ArticleStatus = "draft", now = new Date()) {
  await ensureLists(tx, actor.siteId, input);
  await ensureNumberFree(tx, actor.siteId, input);
  const slug = await uniqueSlug(`${input.number} ${yearOf(input.issuedOn!)}`, (s) => slugTaken(tx, actor.siteId, s), "van-ban");
  const [created] = await tx
    .insert(documents)
    .values({ ...columnsOf(input), siteId: actor.siteId, slug, authorId: actor.id, status, publishedAt: status === "published" ? now : null })
    .returning({ id: documents.id, slug: documents.slug });
  await setFields(tx, created!.id, input.fieldIds);
  await tx.insert(documentRevisions).values({ documentId: created!.id, content: input, createdBy: actor.id, note });
  return created!;
}

export async function createDocument(db: Database, actor: Actor, raw: DocumentInput, ip = "") {
  assertCan(actor, "document.write");
  const input = clean(raw);
  return db.transaction(async (tx) => {
    const created = await insertDocument(tx, actor, input, "Tạo văn bản");
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "document.create", entityType: "document", entityId: created.id, summary: `${input.number}: ${input.summary}`, ip });
    return created;
  });
}

/** Saves the form; the change is live at once for a published document (editors only may edit one). */
export async function saveDocument(db: Database, actor: Actor, id: number, raw: DocumentInput, ip = "", note = "Lưu") {
  assertCan(actor, "document.write");
  const input = clean(raw);
  return db.transaction(async (tx) => {
    const doc = await loadForUpdate(tx, actor, id);
    assertCanEdit(actor, doc);
    await ensureLists(tx, actor.siteId, input);
    await ensureNumberFree(tx, actor.siteId, input, id);
    await tx.update(documents).set({ ...columnsOf(input), updatedAt: new Date() }).where(eq(documents.id, id));
    await setFields(tx, id, input.fieldIds);
    await tx.insert(documentRevisions).values({ documentId: id, content: input, createdBy: actor.id, note });
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "document.update", entityType: "document", entityId: id, summary: `${input.number}: ${input.summary}`, ip });
    return { slug: doc.slug, relatedSlugs: await relatedSlugs(tx, id), status: doc.status };
  });
}

type TransitionOptions = { publishAt?: Date; comment?: string; ip?: string; now?: Date };

export async function transitionDocument(db: Database, actor: Actor, id: number, transition: Transition, options: TransitionOptions = {}) {
  assertCan(actor, "document.write");
  return db.transaction(async (tx) => {
    const doc = await loadForUpdate(tx, actor, id);
    const now = options.now ?? new Date();
    const next = workflowStep(doc, transition, { isEditor: can(actor, "document.publish"), actorId: actor.id, publishAt: options.publishAt, now, noun: "văn bản" });
    await tx.update(documents).set({ ...next, updatedAt: now }).where(eq(documents.id, id));
    const comment = options.comment ? toPlainText(options.comment).slice(0, 500) : "";
    if (transition === "send_back" && comment) {
      const fields = await tx.select({ id: documentFieldLinks.fieldId }).from(documentFieldLinks).where(eq(documentFieldLinks.documentId, id));
      await tx.insert(documentRevisions).values({ documentId: id, content: contentOf(doc, fields.map((f) => f.id)), createdBy: actor.id, note: `Trả lại: ${comment}` });
    }
    await recordAudit(tx, {
      siteId: actor.siteId,
      userId: actor.id,
      action: `document.${transition}`,
      entityType: "document",
      entityId: id,
      summary: `${TRANSITION_LABELS[transition]}: ${doc.number}${comment ? ` — ${comment}` : ""}`,
      ip: options.ip,
    });
    return { slug: doc.slug, status: next.status, relatedSlugs: await relatedSlugs(tx, id) };
  });
}

/** Publishes scheduled documents whose time has come (the articles' scheduler calls this too). */
export async function publishDueDocuments(db: Database, now = new Date()) {
  const rows = await db
    .update(documents)
    .set({ status: "published", updatedAt: now })
    .where(and(eq(documents.status, "scheduled"), lte(documents.publishedAt, now)))
    .returning({ id: documents.id, siteId: documents.siteId, slug: documents.slug, number: documents.number });
  const done = [];
  for (const row of rows) {
    await recordAudit(db, { siteId: row.siteId, userId: null, action: "document.publish_scheduled", entityType: "document", entityId: row.id, summary: `Tự động đăng: ${row.number}` });
    done.push({ ...row, relatedSlugs: await relatedSlugs(db, row.id) });
  }
  return done;
}

async function refreshFileText(tx: Transaction, documentId: number) {
  await tx
    .update(documents)
    .set({ fileText: sql`coalesce((select string_agg(${documentFiles.text}, ' ' order by ${documentFiles.position}, ${documentFiles.id}) from ${documentFiles} where ${documentFiles.documentId} = ${documentId}), '')`, updatedAt: new Date() })
    .where(eq(documents.id, documentId));
}

/**
 * Attaches a file (checked by content, PDF text extracted: lib/document-files.ts). The
 * file is written first and removed again when the row cannot be saved.
 */
export async function addDocumentFile(db: Database, actor: Actor, id: number, input: Buffer, originalName: string, ip = "") {
  assertCan(actor, "document.write");
  // Checked before the file is stored, and again under the row lock.
  const found = await getDocumentForEdit(db, actor, id);
  if (!found) throw new UserRuleError("Không tìm thấy văn bản.");
  assertCanEdit(actor, found.document);
  const stored = await storeDocumentFile(input, originalName);
  try {
    return await db.transaction(async (tx) => {
      const doc = await loadForUpdate(tx, actor, id);
      assertCanEdit(actor, doc);
      const [last] = await tx.select({ p: sql<number>`coalesce(max(${documentFiles.position}), 0)`.mapWith(Number) }).from(documentFiles).where(eq(documentFiles.documentId, id));
      const [file] = await tx
        .insert(documentFiles)
        .values({ ...stored, siteId: actor.siteId, documentId: id, position: (last?.p ?? 0) + 1, uploadedBy: actor.id })
        .returning({ id: documentFiles.id });
      await refreshFileText(tx, id);
      await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "document.file_add", entityType: "document", entityId: id, summary: `${doc.number}: ${stored.originalName}`, ip });
      return { fileId: file!.id, slug: doc.slug, status: doc.status, textLength: stored.text.length };
    });
  } catch (error) {
    await removeDocumentFile(stored.storageKey);
    throw error;
  }
}

export async function deleteDocumentFile(db: Database, actor: Actor, id: number, fileId: number, ip = "") {
  assertCan(actor, "document.write");
  const removed = await db.transaction(async (tx) => {
    const doc = await loadForUpdate(tx, actor, id);
    assertCanEdit(actor, doc);
    const [file] = await tx.delete(documentFiles).where(and(eq(documentFiles.id, fileId), eq(documentFiles.documentId, id))).returning({ storageKey: documentFiles.storageKey, originalName: documentFiles.originalName });
    if (!file) throw new UserRuleError("Không tìm thấy tệp.");
    await refreshFileText(tx, id);
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "document.file_remove", entityType: "document", entityId: id, summary: `${doc.number}: ${file.originalName}`, ip });
    return { storageKey: file.storageKey, slug: doc.slug };
  });
  await removeDocumentFile(removed.storageKey);
  return { slug: removed.slug };
}

/** `fromId` replaces / amends / supplements / guides `toId`; both of this site, never itself. */
export async function addDocumentRelation(db: Database, actor: Actor, fromId: number, toId: number, kind: RelationKind, ip = "") {
  assertCan(actor, "document.publish");
  if (fromId === toId) throw new UserRuleError("Văn bản không thể liên quan đến chính nó.");
  return db.transaction(async (tx) => {
    const from = await loadForUpdate(tx, actor, fromId);
    const to = await loadForUpdate(tx, actor, toId);
    const inserted = await tx.insert(documentRelations).values({ siteId: actor.siteId, fromId, toId, kind }).onConflictDoNothing().returning({ kind: documentRelations.kind });
    if (!inserted.length) throw new UserRuleError("Quan hệ này đã có.");
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "document.relation_add", entityType: "document", entityId: fromId, summary: `${from.number} → ${to.number} (${kind})`, ip });
    return { slugs: [from.slug, to.slug] };
  });
}

export async function removeDocumentRelation(db: Database, actor: Actor, fromId: number, toId: number, kind: RelationKind, ip = "") {
  assertCan(actor, "document.publish");
  return db.transaction(async (tx) => {
    const from = await loadForUpdate(tx, actor, fromId);
    const to = await loadForUpdate(tx, actor, toId);
    const deleted = await tx.delete(documentRelations).where(and(eq(documentRelations.fromId, fromId), eq(documentRelations.toId, toId), eq(documentRelations.kind, kind))).returning({ kind: documentRelations.kind });
    if (!deleted.length) throw new UserRuleError("Không có quan hệ này.");
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "document.relation_remove", entityType: "document", entityId: fromId, summary: `${from.number} → ${to.number} (${kind})`, ip });
    return { slugs: [from.slug, to.slug] };
  });
}

export async function listDocumentRevisions(db: Database, actor: Actor, id: number) {
  const found = await getDocumentForEdit(db, actor, id);
  if (!found) return null;
  const revisions = await db
    .select({ id: documentRevisions.id, note: documentRevisions.note, content: documentRevisions.content, createdAt: documentRevisions.createdAt, author: users.name })
    .from(documentRevisions)
    .leftJoin(users, eq(users.id, documentRevisions.createdBy))
    .where(eq(documentRevisions.documentId, id))
    .orderBy(desc(documentRevisions.id));
  return { document: found.document, revisions: revisions.map((r) => ({ ...r, content: r.content as unknown as Content })) };
}

/** Restoring saves the old fields as the newest revision; history is never rewritten. */
export async function restoreDocumentRevision(db: Database, actor: Actor, id: number, revisionId: number, ip = "") {
  assertCan(actor, "document.write");
  const [revision] = await db
    .select({ content: documentRevisions.content })
    .from(documentRevisions)
    .innerJoin(documents, eq(documents.id, documentRevisions.documentId))
    .where(and(eq(documentRevisions.id, revisionId), eq(documentRevisions.documentId, id), eq(documents.siteId, actor.siteId)));
  if (!revision) throw new UserRuleError("Không tìm thấy phiên bản.");
  const saved = await saveDocument(db, actor, id, revision.content as unknown as Content, ip, `Khôi phục phiên bản #${revisionId}`);
  await recordAudit(db, { siteId: actor.siteId, userId: actor.id, action: "document.restore_revision", entityType: "document", entityId: id, summary: `Khôi phục phiên bản #${revisionId}`, ip });
  return saved;
}

export type ImportRow = { row: number; data: DocumentCsvRow };
export type ImportResult = { ok: true; created: number; slugs: string[] } | { ok: false; message: string; errors: { row: number; messages: string[] }[] };

/**
 * The CSV import after lib/csv-import.ts checked every row: names are matched to the
 * site's lists (case and accents as typed, NFC), numbers must be new (also within the
 * file), and every row is written in one transaction — any problem, nothing is written.
 */
export async function importDocuments(db: Database, actor: Actor, rows: ImportRow[], options: { publish: boolean; ip?: string }): Promise<ImportResult> {
  assertCan(actor, "document.publish");
  const lists = await readDocumentLists(db, actor.siteId);
  const byName = (entries: { id: number; name: string }[]) => new Map(entries.map((e) => [e.name.normalize("NFC").toLowerCase(), e.id]));
  const types = byName(lists.types);
  const issuers = byName(lists.issuers);
  const fields = byName(lists.fields);
  const errors: { row: number; messages: string[] }[] = [];
  const inputs: { row: number; input: DocumentInput }[] = [];
  const seen = new Map<string, number>();
  for (const { row, data } of rows) {
    const messages: string[] = [];
    const typeId = types.get(data.typeName.toLowerCase());
    const issuerId = issuers.get(data.issuerName.toLowerCase());
    if (!typeId) messages.push(`Loại văn bản "${data.typeName}" chưa có trong danh mục.`);
    if (!issuerId) messages.push(`Cơ quan ban hành "${data.issuerName}" chưa có trong danh mục.`);
    const fieldIds: number[] = [];
    for (const name of data.fieldNames) {
      const fieldId = fields.get(name.toLowerCase());
      if (fieldId) fieldIds.push(fieldId);
      else messages.push(`Lĩnh vực "${name}" chưa có trong danh mục.`);
    }
    const key = `${issuerId}|${data.issuedOn?.slice(0, 4)}|${data.number.toLowerCase()}`;
    if (issuerId && seen.has(key)) messages.push(`Số/ký hiệu ${data.number} trùng với dòng ${seen.get(key)}.`);
    seen.set(key, row);
    if (messages.length) errors.push({ row, messages });
    else inputs.push({ row, input: clean({ ...data, typeId: typeId!, issuerId: issuerId!, fieldIds }) });
  }
  const failed = (list: typeof errors): ImportResult => ({ ok: false, message: `Không nhập dòng nào: ${list.length.toLocaleString("vi-VN")} dòng có lỗi. Sửa các dòng dưới đây rồi tải lại tệp.`, errors: list });
  if (errors.length) return failed(errors);
  try {
    return await db.transaction(async (tx) => {
      const slugs: string[] = [];
      for (const { row, input } of inputs) {
        try {
          await ensureNumberFree(tx, actor.siteId, input);
        } catch (error) {
          if (error instanceof UserRuleError) errors.push({ row, messages: [error.message] });
          else throw error;
          continue;
        }
        if (errors.length) continue;
        const created = await insertDocument(tx, actor, input, "Nhập từ CSV", options.publish ? "published" : "draft");
        slugs.push(created.slug);
      }
      if (errors.length) throw new ImportRefused(errors);
      await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "document.import", entityType: "document", summary: `Nhập ${inputs.length} văn bản từ CSV${options.publish ? " (xuất bản ngay)" : ""}`, ip: options.ip });
      return { ok: true as const, created: inputs.length, slugs };
    });
  } catch (error) {
    if (error instanceof ImportRefused) return failed(error.errors);
    throw error;
  }
}

class ImportRefused extends Error {
  constructor(readonly errors: { row: number; messages: string[] }[]) {
    super("import refused");
  }
}
