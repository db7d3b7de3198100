import "server-only";
import { listCategoryChoices, listMediaChoices } from "@/db/article-editor";
import type { Database } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { responsiveImage } from "@/lib/media-url";

/** Categories and insertable images for the article form. */
export async function editorChoices(db: Database, user: SessionUser) {
  const [categories, media] = await Promise.all([listCategoryChoices(db), listMediaChoices(db, user)]);
  const images = media.map((m) => ({ id: m.id, alt: m.alt, caption: m.caption, src: responsiveImage(m, 960).src }));
  return { categories, images };
}
