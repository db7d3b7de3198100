import "server-only";
import { listCategories } from "@/db/categories";
import type { Database } from "@/db/client";
import { listMediaChoices } from "@/db/media";
import type { Actor } from "@/lib/auth/policy";
import { responsiveImage } from "@/lib/media-url";

/** Categories and insertable images for the article form. */
export async function editorChoices(db: Database, user: Actor) {
  const [categories, media] = await Promise.all([listCategories(db, user.siteId), listMediaChoices(db, user)]);
  const images = media.map((m) => ({ id: m.id, alt: m.alt, caption: m.caption, src: responsiveImage(m, 960).src }));
  return { categories: categories.map(({ id, name }) => ({ id, name })), images };
}
