import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import type { Database } from "./client";
import { albumItems, albums, media, type MediaVariant } from "./schema";

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
export async function listPublishedAlbums(db: Database): Promise<AlbumSummary[]> {
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
    .where(eq(albums.published, true))
    .orderBy(asc(albums.position), asc(albums.id));
  const counts = await db.select({ albumId: albumItems.albumId, n: count() }).from(albumItems).groupBy(albumItems.albumId);
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

export async function getPublishedAlbum(db: Database, slug: string) {
  const [album] = await db
    .select({ id: albums.id, slug: albums.slug, title: albums.title, description: albums.description })
    .from(albums)
    .where(and(eq(albums.slug, slug), eq(albums.published, true)));
  if (!album) return null;
  const photos: Photo[] = await db
    .select(photoColumns)
    .from(albumItems)
    .innerJoin(media, eq(media.id, albumItems.mediaId))
    .where(eq(albumItems.albumId, album.id))
    .orderBy(asc(albumItems.position), asc(albumItems.id));
  return { ...album, photos };
}
