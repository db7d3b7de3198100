import "server-only";
import { listCategories } from "@/db/categories";
import type { Database } from "@/db/client";
import { getMediaChoice } from "@/db/media";
import type { Actor } from "@/lib/auth/policy";
import { toMediaChoiceView } from "@/lib/media-choice";
import { maxUploadBytes } from "@/lib/media";

/** Categories and the current cover for the article form; the media dialog loads the library itself. */
export async function editorChoices(db: Database, user: Actor, coverMediaId: number | null = null) {
  const [categories, cover] = await Promise.all([listCategories(db, user.siteId), coverMediaId ? getMediaChoice(db, user, coverMediaId) : null]);
  return {
    categories: categories.map(({ id, name }) => ({ id, name })),
    cover: cover ? toMediaChoiceView(cover, user) : null,
    maxUploadBytes: maxUploadBytes(),
  };
}
