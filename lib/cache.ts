import "server-only";
import { revalidateTag, updateTag } from "next/cache";

/**
 * The cache tags reader data is stored under (lib/reader-data.ts). One place names
 * them, so an edit and the pages that show it always agree.
 */
export const tags = {
  articles: "articles",
  article: (slug: string) => `article:${slug}`,
  category: (slug: string) => `category:${slug}`,
  categories: "categories",
  settings: "settings",
  polls: "polls",
  albums: "albums",
  album: (slug: string) => `album:${slug}`,
  sitemap: "sitemap",
} as const;

/**
 * Expires tags so the next request reads fresh data. In a server action `updateTag`
 * lets the editor see the change on their very next request; elsewhere (scheduled jobs,
 * route handlers) `revalidateTag` with an immediate expiry does the same.
 */
export function invalidate(...list: string[]): void {
  for (const tag of list) {
    try {
      updateTag(tag);
    } catch {
      revalidateTag(tag, { expire: 0 });
    }
  }
}
