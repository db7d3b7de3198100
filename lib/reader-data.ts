import "server-only";
import { unstable_cache } from "next/cache";
import { connection } from "next/server";
import {
  countPublishedArticles,
  findPublishedArticle,
  listPublishedArticles,
  listRelatedArticles,
  type ArticleCard,
} from "@/db/articles";
import { findCategoryBySlug, listCategories, type PublicCategory } from "@/db/categories";
import { getDb } from "@/db/index";
import { getSiteSettings } from "@/db/settings";

/**
 * What reader pages show, cached by tag (see STYLE.md: `articles`, `article:<slug>`,
 * `category:<slug>`, `categories`, `settings`). Editors' actions revalidate these tags;
 * the time limit is only a safety net. `connection()` keeps every read out of the build,
 * whose output must not depend on whichever database it happened to see.
 */
const SAFETY_NET_SECONDS = 300;

function cached<T>(key: string[], tags: string[], load: () => Promise<T>): Promise<T> {
  return unstable_cache(load, key, { tags, revalidate: SAFETY_NET_SECONDS })();
}

export const PAGE_SIZE = 12;

export type SiteChrome = Awaited<ReturnType<typeof loadChrome>>;

async function loadChrome() {
  const db = await getDb();
  const [settings, categories] = await Promise.all([getSiteSettings(db), listCategories(db)]);
  return { settings, categories };
}

export async function getSiteChrome() {
  await connection();
  return cached(["chrome"], ["settings", "categories"], loadChrome);
}

export type HomepageData = {
  featured: ArticleCard[];
  latest: ArticleCard[];
  blocks: { category: PublicCategory; articles: ArticleCard[] }[];
};

export async function getHomepage(): Promise<HomepageData> {
  await connection();
  return cached(["home"], ["articles", "categories"], async () => {
    const db = await getDb();
    const featured = await listPublishedArticles(db, { limit: 5, featured: true });
    const latest = await listPublishedArticles(db, { limit: 8, excludeIds: featured.slice(0, 1).map((a) => a.id) });
    const categories = (await listCategories(db)).filter((c) => c.showOnHome);
    const blocks = [];
    for (const category of categories) {
      const articles = await listPublishedArticles(db, { limit: 5, categoryId: category.id });
      if (articles.length) blocks.push({ category, articles });
    }
    return { featured, latest, blocks };
  });
}

export async function getCategoryPage(slug: string, page: number) {
  await connection();
  return cached(["category", slug, String(page)], ["articles", "categories", `category:${slug}`], async () => {
    const db = await getDb();
    const category = await findCategoryBySlug(db, slug);
    if (!category) return null;
    const total = await countPublishedArticles(db, category.id);
    const articles = await listPublishedArticles(db, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, categoryId: category.id });
    return { category, articles, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
  });
}

export async function getArticlePage(slug: string) {
  await connection();
  return cached(["article", slug], ["articles", `article:${slug}`], async () => {
    const db = await getDb();
    const found = await findPublishedArticle(db, slug);
    if (!found || "redirectTo" in found) return found;
    const related = await listRelatedArticles(db, found.article);
    return { article: found.article, related };
  });
}
