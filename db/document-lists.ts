import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { toPlainText } from "@/lib/sanitize";
import { slugify, uniqueSlug } from "@/lib/slug";
import { recordAudit } from "./audit";
import type { Database, Transaction } from "./client";
import { documentFieldLinks, documentFields, documentIssuers, documents, documentTypes } from "./schema";
import { UserRuleError } from "./users";

/**
 * The three lists a site files its documents under: loại văn bản, cơ quan ban hành and
 * lĩnh vực. Each site edits its own; an entry in use cannot be deleted (renaming is fine).
 */
export const DOCUMENT_LISTS = {
  types: { table: documentTypes, label: "loại văn bản", fallbackSlug: "loai" },
  issuers: { table: documentIssuers, label: "cơ quan ban hành", fallbackSlug: "co-quan" },
  fields: { table: documentFields, label: "lĩnh vực", fallbackSlug: "linh-vuc" },
} as const;
export type DocumentListKind = keyof typeof DOCUMENT_LISTS;
export type ListEntry = { id: number; name: string; slug: string; position: number };

export async function readDocumentLists(db: Database | Transaction, siteId: number): Promise<Record<DocumentListKind, ListEntry[]>> {
  const read = (kind: DocumentListKind) => {
    const t = DOCUMENT_LISTS[kind].table;
    return db.select({ id: t.id, name: t.name, slug: t.slug, position: t.position }).from(t).where(eq(t.siteId, siteId)).orderBy(asc(t.position), asc(t.id));
  };
  const [types, issuers, fields] = await Promise.all([read("types"), read("issuers"), read("fields")]);
  return { types, issuers, fields };
}

/** For the admin: the lists with how many documents use each entry. */
export async function listDocumentListsForAdmin(db: Database, actor: Actor) {
  assertCan(actor, "document.write");
  const lists = await readDocumentLists(db, actor.siteId);
  const usage = async (kind: DocumentListKind) => {
    if (kind === "fields") {
      return db.select({ id: documentFieldLinks.fieldId, n: count() }).from(documentFieldLinks).innerJoin(documents, eq(documents.id, documentFieldLinks.documentId)).where(eq(documents.siteId, actor.siteId)).groupBy(documentFieldLinks.fieldId);
    }
    const column = kind === "types" ? documents.typeId : documents.issuerId;
    return db.select({ id: column, n: count() }).from(documents).where(eq(documents.siteId, actor.siteId)).groupBy(column);
  };
  const result = {} as Record<DocumentListKind, (ListEntry & { documentCount: number })[]>;
  for (const kind of Object.keys(DOCUMENT_LISTS) as DocumentListKind[]) {
    const counts = new Map((await usage(kind)).map((r) => [r.id, r.n]));
    result[kind] = lists[kind].map((e) => ({ ...e, documentCount: counts.get(e.id) ?? 0 }));
  }
  return result;
}

function cleanName(name: string): string {
  const clean = toPlainText(name).normalize("NFC").replace(/\s+/g, " ").trim();
  if (clean.length < 2) throw new UserRuleError("Tên cần ít nhất 2 ký tự.");
  return clean.slice(0, 160);
}

async function assertNameFree(tx: Transaction, kind: DocumentListKind, siteId: number, name: string, exceptId?: number) {
  const t = DOCUMENT_LISTS[kind].table;
  const [row] = await tx.select({ id: t.id }).from(t).where(and(eq(t.siteId, siteId), sql`lower(${t.name}) = lower(${name})`));
  if (row && row.id !== exceptId) throw new UserRuleError(`Danh mục ${DOCUMENT_LISTS[kind].label} đã có "${name}".`);
}

export async function createListEntry(db: Database, actor: Actor, kind: DocumentListKind, rawName: string, ip = "") {
  assertCan(actor, "document.lists");
  const name = cleanName(rawName);
  const { table: t, label, fallbackSlug } = DOCUMENT_LISTS[kind];
  return db.transaction(async (tx) => {
    await assertNameFree(tx, kind, actor.siteId, name);
    const slug = await uniqueSlug(name, async (s) => Boolean((await tx.select({ id: t.id }).from(t).where(and(eq(t.siteId, actor.siteId), eq(t.slug, s))))[0]), fallbackSlug);
    const [last] = await tx.select({ p: sql<number>`coalesce(max(${t.position}), 0)`.mapWith(Number) }).from(t).where(eq(t.siteId, actor.siteId));
    const [row] = await tx.insert(t).values({ siteId: actor.siteId, name, slug, position: (last?.p ?? 0) + 1 }).returning({ id: t.id });
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "document_list.create", entityType: `document_${kind}`, entityId: row!.id, summary: `Thêm ${label}: ${name}`, ip });
    return { id: row!.id, slug };
  });
}

/** A rename keeps the slug: feeds and filters linked from elsewhere keep working. */
export async function renameListEntry(db: Database, actor: Actor, kind: DocumentListKind, id: number, rawName: string, ip = "") {
  assertCan(actor, "document.lists");
  const name = cleanName(rawName);
  const { table: t, label } = DOCUMENT_LISTS[kind];
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ id: t.id, name: t.name }).from(t).where(and(eq(t.id, id), eq(t.siteId, actor.siteId))).for("update");
    if (!row) throw new UserRuleError("Không tìm thấy mục này.");
    await assertNameFree(tx, kind, actor.siteId, name, id);
    await tx.update(t).set({ name }).where(eq(t.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "document_list.update", entityType: `document_${kind}`, entityId: id, summary: `Sửa ${label}: ${row.name} → ${name}`, ip });
  });
}

export async function deleteListEntry(db: Database, actor: Actor, kind: DocumentListKind, id: number, ip = "") {
  assertCan(actor, "document.lists");
  const { table: t, label } = DOCUMENT_LISTS[kind];
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ id: t.id, name: t.name }).from(t).where(and(eq(t.id, id), eq(t.siteId, actor.siteId))).for("update");
    if (!row) throw new UserRuleError("Không tìm thấy mục này.");
    const [used] =
      kind === "fields"
        ? await tx.select({ n: count() }).from(documentFieldLinks).where(eq(documentFieldLinks.fieldId, id))
        : await tx.select({ n: count() }).from(documents).where(eq(kind === "types" ? documents.typeId : documents.issuerId, id));
    if ((used?.n ?? 0) > 0) throw new UserRuleError(`Không xóa được "${row.name}": còn ${used!.n} văn bản dùng mục này. Hãy đổi tên hoặc chuyển các văn bản sang mục khác trước.`);
    await tx.delete(t).where(eq(t.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "document_list.delete", entityType: `document_${kind}`, entityId: id, summary: `Xóa ${label}: ${row.name}`, ip });
  });
}

/** The default entries a site starts with (seed and new sites); editable afterwards. */
export const DEFAULT_DOCUMENT_TYPES = ["Quyết định", "Chỉ thị", "Kế hoạch", "Thông báo", "Công văn", "Báo cáo", "Nghị quyết"];
export const DEFAULT_DOCUMENT_FIELDS = ["Cải cách hành chính", "Đất đai", "Xây dựng", "Giáo dục", "Y tế", "Nông nghiệp", "Tài chính", "Văn hóa - Xã hội"];

export async function insertDefaultLists(tx: Database | Transaction, siteId: number, issuerNames: string[]) {
  const rows = (names: string[]) => names.map((name, i) => ({ siteId, name, slug: slugify(name), position: i + 1 }));
  await tx.insert(documentTypes).values(rows(DEFAULT_DOCUMENT_TYPES)).onConflictDoNothing();
  await tx.insert(documentIssuers).values(rows(issuerNames)).onConflictDoNothing();
  await tx.insert(documentFields).values(rows(DEFAULT_DOCUMENT_FIELDS)).onConflictDoNothing();
}
