import "server-only";
import { and, asc, count, desc, eq, inArray, max, sql } from "drizzle-orm";
import { assertCan, can, type Actor } from "@/lib/auth/policy";
import { toPlainText } from "@/lib/sanitize";
import { uniqueSlug } from "@/lib/slug";
import { recordAudit } from "./audit";
import type { Database, Transaction } from "./client";
import { albumItems, albums, media, type MediaVariant } from "./schema";
import { UserRuleError } from "./users";

export type Photo = { id: number; caption: string; alt: string; width: number; height: number; variants: MediaVariant[] };
export type AlbumSummary = { id: number; slug: string; title: string; description: string; photoCount: number; cover: Photo | null };

const photoColumns = {
  id: media.id,
  caption: albumItems.caption,
  alt: media.alt,
  width: media.width,
  height: media.height,
  variants: media.variants,
};

/** Published albums in their set order, each with its cover and size. */
export async function listPublishedAlbums(db: Database, siteId: number): Promise<AlbumSummary[]> {
  const rows = await db
    .select({
      id: albums.id,
      slug: albums.slug,
      title: albums.title,
      description: albums.description,
      coverId: media.id,
      coverAlt: media.alt,
      coverWidth: media.width,
      coverHeight: media.height,
      coverVariants: media.variants,
    })
    .from(albums)
    .leftJoin(media, eq(media.id, albums.coverMediaId))
    .where(and(eq(albums.siteId, siteId), eq(albums.published, true)))
    .orderBy(asc(albums.position), asc(albums.id));
  const counts = rows.length
    ? await db.select({ albumId: albumItems.albumId, n: count() }).from(albumItems).where(inArray(albumItems.albumId, rows.map((r) => r.id))).groupBy(albumItems.albumId)
    : [];
  const countByAlbum = new Map(counts.map((c) => [c.albumId, c.n]));
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    description: r.description,
    photoCount: countByAlbum.get(r.id) ?? 0,
    cover:
      r.coverId && r.coverVariants && r.coverWidth && r.coverHeight
        ? { id: r.coverId, caption: "", alt: r.coverAlt ?? "", width: r.coverWidth, height: r.coverHeight, variants: r.coverVariants }
        : null,
  }));
}

export async function getPublishedAlbum(db: Database, siteId: number, slug: string) {
  const [album] = await db
    .select({ id: albums.id, slug: albums.slug, title: albums.title, description: albums.description })
    .from(albums)
    .where(and(eq(albums.siteId, siteId), eq(albums.slug, slug), eq(albums.published, true)));
  if (!album) return null;
  const photos: Photo[] = await db
    .select(photoColumns)
    .from(albumItems)
    .innerJoin(media, eq(media.id, albumItems.mediaId))
    .where(eq(albumItems.albumId, album.id))
    .orderBy(asc(albumItems.position), asc(albumItems.id));
  return { ...album, photos };
}

// ---------------------------------------------------------------- admin


export type AdminAlbumSummary = { id: number; slug: string; title: string; published: boolean; photoCount: number; cover: Photo | null; updatedAt: Date };
export type AdminAlbumItem = { itemId: number; mediaId: number; caption: string; alt: string; originalName: string; width: number; height: number; variants: MediaVariant[] };
export type AdminAlbum = { id: number; slug: string; title: string; description: string; published: boolean; coverMediaId: number | null; items: AdminAlbumItem[] };

export async function listAlbumsForAdmin(db: Database, actor: Actor): Promise<AdminAlbumSummary[]> {
  assertCan(actor, "album.manage");
  const rows = await db
    .select({
      id: albums.id,
      slug: albums.slug,
      title: albums.title,
      published: albums.published,
      updatedAt: albums.updatedAt,
      coverId: media.id,
      coverAlt: media.alt,
      coverWidth: media.width,
      coverHeight: media.height,
      coverVariants: media.variants,
      photoCount: sql<number>`(select count(*)::int from album_items ai where ai.album_id = ${albums.id})`,
    })
    .from(albums)
    .leftJoin(media, eq(media.id, albums.coverMediaId))
    .where(eq(albums.siteId, actor.siteId))
    .orderBy(desc(albums.updatedAt), desc(albums.id));
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    published: r.published,
    updatedAt: r.updatedAt,
    photoCount: r.photoCount,
    cover: r.coverId && r.coverVariants ? { id: r.coverId, caption: "", alt: r.coverAlt ?? "", width: r.coverWidth!, height: r.coverHeight!, variants: r.coverVariants } : null,
  }));
}

export async function getAlbumForAdmin(db: Database, actor: Actor, id: number): Promise<AdminAlbum | null> {
  assertCan(actor, "album.manage");
  const [album] = await db
    .select({ id: albums.id, slug: albums.slug, title: albums.title, description: albums.description, published: albums.published, coverMediaId: albums.coverMediaId })
    .from(albums)
    .where(and(eq(albums.id, id), eq(albums.siteId, actor.siteId)));
  if (!album) return null;
  const items = await db
    .select({ itemId: albumItems.id, mediaId: media.id, caption: albumItems.caption, alt: media.alt, originalName: media.originalName, width: media.width, height: media.height, variants: media.variants })
    .from(albumItems)
    .innerJoin(media, eq(media.id, albumItems.mediaId))
    .where(eq(albumItems.albumId, id))
    .orderBy(asc(albumItems.position), asc(albumItems.id));
  return { ...album, items };
}

function cleanTitle(title: string): string {
  const clean = toPlainText(title).slice(0, 200);
  if (clean.length < 2) throw new UserRuleError("Tên album cần ít nhất 2 ký tự.");
  return clean;
}

async function lockAlbum(tx: Transaction, actor: Actor, id: number) {
  const [row] = await tx.select({ id: albums.id, slug: albums.slug, title: albums.title, published: albums.published, coverMediaId: albums.coverMediaId }).from(albums).where(and(eq(albums.id, id), eq(albums.siteId, actor.siteId))).for("update");
  if (!row) throw new UserRuleError("Không tìm thấy album.");
  return row;
}

/** A new, unpublished album; its slug comes from the Vietnamese title. */
export async function createAlbum(db: Database, actor: Actor, input: { title: string; description: string }, ip = ""): Promise<{ id: number; slug: string }> {
  assertCan(actor, "album.manage");
  const title = cleanTitle(input.title);
  const description = toPlainText(input.description).slice(0, 1000);
  return db.transaction(async (tx) => {
    const slug = await uniqueSlug(title, async (s) => (await tx.select({ id: albums.id }).from(albums).where(and(eq(albums.siteId, actor.siteId), eq(albums.slug, s)))).length > 0, "album");
    const [row] = await tx.insert(albums).values({ siteId: actor.siteId, slug, title, description }).returning({ id: albums.id });
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "album.create", entityType: "album", entityId: row!.id, summary: `Tạo album "${title}"`, ip });
    return { id: row!.id, slug };
  });
}

/** Title and description. The slug stays: links to the album already shared keep working. */
export async function updateAlbum(db: Database, actor: Actor, id: number, input: { title: string; description: string }, ip = ""): Promise<{ slug: string }> {
  assertCan(actor, "album.manage");
  const title = cleanTitle(input.title);
  const description = toPlainText(input.description).slice(0, 1000);
  return db.transaction(async (tx) => {
    const album = await lockAlbum(tx, actor, id);
    await tx.update(albums).set({ title, description, updatedAt: new Date() }).where(eq(albums.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "album.update", entityType: "album", entityId: id, summary: album.title === title ? `Sửa album "${title}"` : `Đổi tên album "${album.title}" → "${title}"`, ip });
    return { slug: album.slug };
  });
}

/** Photos from the library, appended in the order given; only photos with alt text. */
export async function addAlbumPhotos(db: Database, actor: Actor, id: number, mediaIds: number[], ip = ""): Promise<{ slug: string; added: number }> {
  assertCan(actor, "album.manage");
  const wanted = [...new Set(mediaIds)];
  if (!wanted.length) throw new UserRuleError("Chưa chọn ảnh nào.");
  return db.transaction(async (tx) => {
    const album = await lockAlbum(tx, actor, id);
    const found = await tx.select({ id: media.id, alt: media.alt }).from(media).where(and(inArray(media.id, wanted), eq(media.siteId, actor.siteId)));
    if (found.length !== wanted.length) throw new UserRuleError("Có ảnh không còn trong thư viện.");
    if (found.some((m) => !m.alt.trim())) throw new UserRuleError("Ảnh chưa có mô tả (alt) không thể thêm vào album. Hãy nhập mô tả trong Thư viện ảnh trước.");
    const present = new Set((await tx.select({ mediaId: albumItems.mediaId }).from(albumItems).where(eq(albumItems.albumId, id))).map((r) => r.mediaId));
    const fresh = wanted.filter((m) => !present.has(m));
    if (fresh.length) {
      const [last] = await tx.select({ p: max(albumItems.position) }).from(albumItems).where(eq(albumItems.albumId, id));
      const start = (last?.p ?? -1) + 1;
      await tx.insert(albumItems).values(fresh.map((mediaId, i) => ({ albumId: id, mediaId, position: start + i })));
      await tx
        .update(albums)
        .set({ coverMediaId: album.coverMediaId ?? fresh[0]!, updatedAt: new Date() })
        .where(eq(albums.id, id));
      await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "album.add_photos", entityType: "album", entityId: id, summary: `Thêm ${fresh.length} ảnh vào album "${album.title}"`, ip });
    }
    return { slug: album.slug, added: fresh.length };
  });
}

/**
 * Order, captions and cover in one save, as the editor arranged them. `order` must name
 * exactly the album's items; the cover must be one of its photos.
 */
export async function saveAlbumItems(
  db: Database,
  actor: Actor,
  id: number,
  input: { order: number[]; captions: Record<number, string>; coverMediaId: number | null },
  ip = "",
): Promise<{ slug: string }> {
  assertCan(actor, "album.manage");
  return db.transaction(async (tx) => {
    const album = await lockAlbum(tx, actor, id);
    const items = await tx.select({ id: albumItems.id, mediaId: albumItems.mediaId }).from(albumItems).where(eq(albumItems.albumId, id));
    const ids = new Set(items.map((i) => i.id));
    if (input.order.length !== ids.size || new Set(input.order).size !== ids.size || input.order.some((i) => !ids.has(i))) {
      throw new UserRuleError("Danh sách ảnh đã thay đổi ở nơi khác. Vui lòng tải lại trang.");
    }
    if (input.coverMediaId !== null && !items.some((i) => i.mediaId === input.coverMediaId)) throw new UserRuleError("Ảnh bìa phải là một ảnh trong album.");
    for (const [position, itemId] of input.order.entries()) {
      const caption = toPlainText(input.captions[itemId] ?? "").slice(0, 500);
      await tx.update(albumItems).set({ position, caption }).where(and(eq(albumItems.id, itemId), eq(albumItems.albumId, id)));
    }
    await tx.update(albums).set({ coverMediaId: input.coverMediaId, updatedAt: new Date() }).where(eq(albums.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "album.save_items", entityType: "album", entityId: id, summary: `Sắp xếp, chú thích ảnh của album "${album.title}"`, ip });
    return { slug: album.slug };
  });
}

/** Takes a photo out of the album (the image stays in the library). */
export async function removeAlbumPhoto(db: Database, actor: Actor, id: number, itemId: number, ip = ""): Promise<{ slug: string }> {
  assertCan(actor, "album.manage");
  return db.transaction(async (tx) => {
    const album = await lockAlbum(tx, actor, id);
    const [removed] = await tx.delete(albumItems).where(and(eq(albumItems.id, itemId), eq(albumItems.albumId, id))).returning({ mediaId: albumItems.mediaId });
    if (!removed) throw new UserRuleError("Ảnh này không còn trong album.");
    const [remaining] = await tx.select({ count: count() }).from(albumItems).where(eq(albumItems.albumId, id));
    let coverMediaId = album.coverMediaId;
    if (coverMediaId === removed.mediaId) {
      const [first] = await tx.select({ mediaId: albumItems.mediaId }).from(albumItems).where(eq(albumItems.albumId, id)).orderBy(asc(albumItems.position), asc(albumItems.id)).limit(1);
      coverMediaId = first?.mediaId ?? null;
    }
    // An empty album is not shown to readers.
    const published = album.published && (remaining?.count ?? 0) > 0;
    await tx.update(albums).set({ coverMediaId, published, updatedAt: new Date() }).where(eq(albums.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "album.remove_photo", entityType: "album", entityId: id, summary: `Bỏ một ảnh khỏi album "${album.title}"`, ip });
    return { slug: album.slug };
  });
}

export async function setAlbumPublished(db: Database, actor: Actor, id: number, published: boolean, ip = ""): Promise<{ slug: string }> {
  assertCan(actor, "album.manage");
  return db.transaction(async (tx) => {
    const album = await lockAlbum(tx, actor, id);
    if (published) {
      const [n] = await tx.select({ count: count() }).from(albumItems).where(eq(albumItems.albumId, id));
      if (!n?.count) throw new UserRuleError("Album chưa có ảnh nào nên chưa thể xuất bản.");
    }
    await tx.update(albums).set({ published, updatedAt: new Date() }).where(eq(albums.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: published ? "album.publish" : "album.unpublish", entityType: "album", entityId: id, summary: `${published ? "Xuất bản" : "Ngừng xuất bản"} album "${album.title}"`, ip });
    return { slug: album.slug };
  });
}

/** Deletes the album and its items; the photos stay in the library. */
export async function deleteAlbum(db: Database, actor: Actor, id: number, ip = ""): Promise<{ slug: string }> {
  assertCan(actor, "album.manage");
  return db.transaction(async (tx) => {
    const album = await lockAlbum(tx, actor, id);
    await tx.delete(albumItems).where(eq(albumItems.albumId, id));
    await tx.delete(albums).where(eq(albums.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "album.delete", entityType: "album", entityId: id, summary: `Xóa album "${album.title}"`, ip });
    return { slug: album.slug };
  });
}
