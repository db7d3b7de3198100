import "server-only";
import { and, count, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { assertCan, can, type Actor } from "@/lib/auth/policy";
import { removeStoredImage, storeImage, type StoredImage } from "@/lib/media";
import { toPlainText } from "@/lib/sanitize";
import { recordAudit } from "./audit";
import type { Database } from "./client";
import { albumItems, albums, media } from "./schema";
import { UserRuleError } from "./users";

/** A library image as the admin lists it: the stored upload (its key aside), and where it is used. */
export type MediaRow = Omit<StoredImage, "storageKey"> & {
  id: number;
  createdAt: Date;
  /** Articles using it: cover, body, or a revision waiting for approval. */
  articleCount: number;
  albumCount: number;
};

/*
 * Where an image is in use (correlated to the outer "media" row, named in full because
 * Drizzle leaves single-table columns unqualified). Article bodies hold its URL (/media/<key>/…), so they are
 * searched by that prefix; a pending revision counts too, since approving it would
 * publish a broken image. Old, non-pending revisions do not block a delete.
 */
const articleUsage = sql<number>`(
  select count(*)::int from articles a
  where a.cover_media_id = "media"."id"
     or position('/media/' || "media"."storage_key" || '/' in a.body) > 0
     or exists (
       select 1 from article_revisions r
       where r.article_id = a.id and r.pending
         and (r.cover_media_id = "media"."id" or position('/media/' || "media"."storage_key" || '/' in r.body) > 0)
     )
)`;
const albumUsage = sql<number>`(
  select count(*)::int from albums al
  where al.cover_media_id = "media"."id"
     or exists (select 1 from album_items ai where ai.album_id = al.id and ai.media_id = "media"."id")
)`;

const rowColumns = {
  id: media.id,
  originalName: media.originalName,
  mimeType: media.mimeType,
  width: media.width,
  height: media.height,
  bytes: media.bytes,
  alt: media.alt,
  caption: media.caption,
  variants: media.variants,
  uploadedBy: media.uploadedBy,
  createdAt: media.createdAt,
  articleCount: articleUsage,
  albumCount: albumUsage,
};

export type MediaFilter = { q?: string; withAltOnly?: boolean; limit?: number; offset?: number };

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The library grid, newest first; search by file name, alt text or caption. */
export async function listMedia(db: Database, actor: Actor, filter: MediaFilter = {}): Promise<{ rows: MediaRow[]; total: number }> {
  assertCan(actor, "media.upload");
  const conditions: SQL[] = [eq(media.siteId, actor.siteId)];
  const q = filter.q?.normalize("NFC").trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(or(ilike(media.originalName, pattern), ilike(media.alt, pattern), ilike(media.caption, pattern))!);
  }
  if (filter.withAltOnly) conditions.push(sql`btrim(${media.alt}) <> ''`);
  const where = and(...conditions);
  const rows = await db
    .select(rowColumns)
    .from(media)
    .where(where)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(filter.limit ?? 48)
    .offset(filter.offset ?? 0);
  const [total] = await db.select({ n: count() }).from(media).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function getMedia(db: Database, actor: Actor, id: number): Promise<MediaRow | null> {
  assertCan(actor, "media.upload");
  const [row] = await db.select(rowColumns).from(media).where(and(eq(media.id, id), eq(media.siteId, actor.siteId)));
  return row ?? null;
}

/**
 * Checks and re-encodes an upload (lib/media.ts), then records it. Whatever fails after
 * the files were written removes them again: a refused upload leaves nothing behind.
 */
export async function uploadMedia(db: Database, actor: Actor, file: Buffer, originalName: string, ip = ""): Promise<{ id: number }> {
  assertCan(actor, "media.upload");
  const name = toPlainText(originalName).slice(0, 200) || "anh";
  const stored = await storeImage(file, { originalName: name, uploadedBy: actor.id });
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(media).values({ ...stored, siteId: actor.siteId }).returning({ id: media.id });
      await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "media.upload", entityType: "media", entityId: row!.id, summary: `Tải lên ${stored.originalName} (${stored.width}×${stored.height})`, ip });
      return { id: row!.id };
    });
  } catch (error) {
    await removeStoredImage(stored.storageKey);
    throw error;
  }
}

/**
 * Alt text and caption. Authors may describe their own uploads; editors any image.
 * An image in use keeps an alt text: it cannot be emptied. Returns the slugs of albums
 * showing it, so the caller refreshes those pages.
 */
export async function updateMediaText(db: Database, actor: Actor, id: number, input: { alt: string; caption: string }, ip = ""): Promise<{ albumSlugs: string[]; usedInArticles: boolean }> {
  assertCan(actor, "media.upload");
  const alt = toPlainText(input.alt).slice(0, 300);
  const caption = toPlainText(input.caption).slice(0, 500);
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ uploadedBy: media.uploadedBy, name: media.originalName, articleCount: articleUsage, albumCount: albumUsage }).from(media).where(and(eq(media.id, id), eq(media.siteId, actor.siteId))).for("update");
    if (!row) throw new UserRuleError("Không tìm thấy ảnh.");
    if (!can(actor, "media.manage") && row.uploadedBy !== actor.id) throw new UserRuleError("Tác giả chỉ sửa được mô tả ảnh do mình tải lên.");
    if (!alt && row.articleCount + row.albumCount > 0) throw new UserRuleError("Ảnh đang được sử dụng nên phải có mô tả (alt).");
    await tx.update(media).set({ alt, caption, updatedAt: new Date() }).where(eq(media.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "media.update", entityType: "media", entityId: id, summary: `Mô tả ảnh ${row.name}: "${alt}"`, ip });
    const inAlbums = await tx
      .selectDistinct({ slug: albums.slug })
      .from(albums)
      .leftJoin(albumItems, eq(albumItems.albumId, albums.id))
      .where(or(eq(albums.coverMediaId, id), eq(albumItems.mediaId, id)));
    return { albumSlugs: inAlbums.map((a) => a.slug), usedInArticles: row.articleCount > 0 };
  });
}

/** Editors and admins; refused while any article or album uses the image. Files go after the row. */
export async function deleteMedia(db: Database, actor: Actor, id: number, ip = ""): Promise<void> {
  assertCan(actor, "media.manage");
  const storageKey = await db.transaction(async (tx) => {
    const [row] = await tx.select({ storageKey: media.storageKey, name: media.originalName, articleCount: articleUsage, albumCount: albumUsage }).from(media).where(and(eq(media.id, id), eq(media.siteId, actor.siteId))).for("update");
    if (!row) throw new UserRuleError("Không tìm thấy ảnh.");
    if (row.articleCount + row.albumCount > 0) {
      throw new UserRuleError(`Không thể xóa: ảnh đang được dùng trong ${row.articleCount} bài viết và ${row.albumCount} album.`);
    }
    await tx.delete(media).where(eq(media.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "media.delete", entityType: "media", entityId: id, summary: `Xóa ảnh ${row.name}`, ip });
    return row.storageKey;
  });
  await removeStoredImage(storageKey);
}

/** For the album editor: which of these ids exist and have an alt text. */
export async function mediaWithAlt(db: Database, siteId: number, ids: number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: media.id })
    .from(media)
    .where(and(eq(media.siteId, siteId), inArray(media.id, ids), sql`btrim(${media.alt}) <> ''`));
  return new Set(rows.map((r) => r.id));
}

const choiceColumns = {
  id: media.id,
  originalName: media.originalName,
  alt: media.alt,
  caption: media.caption,
  variants: media.variants,
  width: media.width,
  height: media.height,
  uploadedBy: media.uploadedBy,
};

/**
 * The media dialog's grid (cover and body images): newest first, searched like the
 * library page, a page at a time. Only what the dialog draws — the library grid's usage
 * counts scan every article body and are not needed here. Images without alt text are
 * listed too: the dialog asks for one before they are used.
 */
export async function listMediaChoices(db: Database, actor: Actor, filter: { q?: string; limit?: number; offset?: number } = {}) {
  assertCan(actor, "media.upload");
  const q = filter.q?.normalize("NFC").trim();
  const site = eq(media.siteId, actor.siteId);
  const where = q ? and(site, or(ilike(media.originalName, `%${escapeLike(q)}%`), ilike(media.alt, `%${escapeLike(q)}%`), ilike(media.caption, `%${escapeLike(q)}%`))) : site;
  const rows = await db
    .select(choiceColumns)
    .from(media)
    .where(where)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(filter.limit ?? 24)
    .offset(filter.offset ?? 0);
  const [total] = await db.select({ n: count() }).from(media).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** One image as the dialog shows it (the article form's current cover). */
export async function getMediaChoice(db: Database, actor: Actor, id: number) {
  assertCan(actor, "media.upload");
  const [row] = await db.select(choiceColumns).from(media).where(and(eq(media.id, id), eq(media.siteId, actor.siteId)));
  return row ?? null;
}
