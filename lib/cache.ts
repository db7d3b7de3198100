import "server-only";
import { revalidateTag, updateTag } from "next/cache";

/**
 * The cache tags reader pages and their data are stored under (lib/reader-data.ts,
 * lib/cache-handler.mjs). One place names them, so an edit and the pages that show it
 * always agree. A rendered page answers to every tag its data used.
 */
export const tags = {
  /** Lists across the whole site: homepage, site feed, search, sitemap. */
  articles: "articles",
  article: (slug: string) => `article:${slug}`,
  /** A category's own list (its pages, its feed, "Tin khác" under its articles). */
  category: (id: number) => `category:${id}`,
  /** Menus, names and order of categories: on every page. */
  categories: "categories",
  /** Article cards and covers (image alt text, captions). */
  covers: "covers",
  settings: "settings",
  polls: "polls",
  albums: "albums",
  album: (slug: string) => `album:${slug}`,
  sitemap: "sitemap",
} as const;

/**
 * Expires tags so the next request renders fresh. In a server action `updateTag` lets the
 * editor see the change on their very next request; elsewhere (scheduled jobs, route
 * handlers) `revalidateTag` with an immediate expiry does the same.
 */
export function invalidate(...list: string[]): void {
  for (const tag of new Set(list)) {
    try {
      updateTag(tag);
    } catch {
      revalidateTag(tag, { expire: 0 });
    }
  }
}

/** What readers may see change when an article does: its URL(s), its categories' lists, the site-wide lists. */
export type ArticleChange = { slugs: (string | undefined)[]; categoryIds: (number | undefined)[] };

export function invalidateArticle({ slugs, categoryIds }: ArticleChange): void {
  invalidate(
    tags.articles,
    tags.sitemap,
    ...slugs.filter((s): s is string => Boolean(s)).map(tags.article),
    ...categoryIds.filter((id): id is number => typeof id === "number").map(tags.category),
  );
}
