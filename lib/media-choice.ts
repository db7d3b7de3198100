import type { MediaVariant } from "./media-url";
import { can, type Actor } from "@/lib/auth/policy";
import { responsiveImage } from "@/lib/media-url";

/** One library image as the media dialog shows and inserts it (plain data: sent to the browser). */
export type MediaChoiceView = {
  id: number;
  name: string;
  alt: string;
  caption: string;
  width: number;
  height: number;
  /** Small WebP for the grid. */
  thumb: string;
  /** What the body's <img> gets: a 960 px WebP, every width in srcset. */
  src: string;
  srcSet: string;
  /** Whether this person may change its alt text and caption in the library. */
  canEdit: boolean;
};

export type MediaChoicePage = { items: MediaChoiceView[]; total: number; page: number; pageCount: number };

/** Authors describe their own uploads; editors and admins any image (db/media.ts updateMediaText). */
export function toMediaChoiceView(
  row: { id: number; originalName: string; alt: string; caption: string; variants: MediaVariant[]; width: number; height: number; uploadedBy: number | null },
  user: Actor,
): MediaChoiceView {
  const large = responsiveImage(row, 960);
  return {
    id: row.id,
    name: row.originalName,
    alt: row.alt,
    caption: row.caption,
    width: row.width,
    height: row.height,
    thumb: responsiveImage(row, 320).src,
    src: large.src,
    srcSet: large.srcSet,
    canEdit: can(user, "media.manage") || row.uploadedBy === user.id,
  };
}
