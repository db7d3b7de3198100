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

// How many times each tag was invalidated in this process. Next decides whether a tagged
// entry is expired by comparing two different clocks (performance vs Date.now), which
// now and then let an entry written just before an edit survive it (seen in e2e: the old
// phone number after a settings change). Putting the count in the cache key makes the
// next read a different entry, whatever the clocks say. One process serves the memory
// cache, so one counter is enough; a shared cache (Redis) would keep it there too.
const generations = new Map<string, number>();

/** Part of every cached reader's key: changes whenever one of its tags is invalidated. */
export function tagGenerations(list: string[]): string {
  return list.map((tag) => generations.get(tag) ?? 0).join(".");
}

/**
 * Expires tags so the next request reads fresh data. In a server action `updateTag`
 * lets the editor see the change on their very next request; elsewhere (scheduled jobs,
 * route handlers) `revalidateTag` with an immediate expiry does the same.
 */
export function invalidate(...list: string[]): void {
  for (const tag of list) {
    generations.set(tag, (generations.get(tag) ?? 0) + 1);
    try {
      updateTag(tag);
    } catch {
      revalidateTag(tag, { expire: 0 });
    }
  }
}
