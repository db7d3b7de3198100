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
import { getPublishedAlbum, listPublishedAlbums } from "@/db/albums";
import { getDb } from "@/db/index";
import { getHomepagePoll, getPoll } from "@/db/polls";
import { getSiteSettings } from "@/db/settings";
import { fetchWeather, type City, type CityWeather } from "@/lib/weather";

/**
 * What reader pages show, cached by tag (see STYLE.md: `articles`, `article:<slug>`,
 * `category:<slug>`, `categories`, `settings`). Editors' actions revalidate these tags;
 * the time limit is only a safety net. `connection()` keeps every read out of the build,
 * whose output must not depend on whichever database it happened to see.
 */
const SAFETY_NET_SECONDS = 300;

function cached<T>(key: string[], tags: string[], load: () => Promise<T>, revalidate = SAFETY_NET_SECONDS): Promise<T> {
  return unstable_cache(load, key, { tags, revalidate })();
}

export const PAGE_SIZE = 10;

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
    const latest = await listPublishedArticles(db, { limit: 8, excludeIds: featured.map((a) => a.id) });
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

/** The homepage poll's question and options (counts are read fresh where they are shown). */
export async function getSidebarPoll() {
  await connection();
  return cached(["poll", "home"], ["polls"], async () => getHomepagePoll(await getDb()));
}

/** Results change with every vote: read fresh. */
export async function getPollResults(id: number) {
  await connection();
  return getPoll(await getDb(), id);
}

export async function getAlbums() {
  await connection();
  return cached(["albums"], ["albums"], async () => listPublishedAlbums(await getDb()));
}

export async function getAlbum(slug: string) {
  await connection();
  return cached(["album", slug], ["albums", `album:${slug}`], async () => getPublishedAlbum(await getDb(), slug));
}

const WEATHER_SECONDS = 30 * 60;
// After a failure, readers get the fallback for a minute instead of each waiting on the time-out.
const WEATHER_RETRY_MS = 60_000;
let weatherDownUntil = 0;

/** Current weather for the configured cities, or null while the provider is unavailable. */
export async function getWeather(cities: City[]): Promise<CityWeather[] | null> {
  await connection();
  if (Date.now() < weatherDownUntil) return null;
  try {
    return await cached(["weather", JSON.stringify(cities)], ["weather"], () => fetchWeather(cities), WEATHER_SECONDS);
  } catch (error) {
    weatherDownUntil = Date.now() + WEATHER_RETRY_MS;
    console.warn("[weather] unavailable:", error instanceof Error ? error.message : error);
    return null;
  }
}
