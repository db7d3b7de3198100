import "server-only";
import { unstable_cache } from "next/cache";
import { connection } from "next/server";
import { tags } from "@/lib/cache";
import {
  countPublishedArticles,
  findPublishedArticle,
  listPublishedArticles,
  listRelatedArticles,
  type ArticleCard,
} from "@/db/articles";
import { findCategoryBySlug, findCategoryRedirect, listCategories, type PublicCategory } from "@/db/categories";
import { getPublishedAlbum, listPublishedAlbums } from "@/db/albums";
import { getDb } from "@/db/index";
import { getHomepagePoll, getPoll } from "@/db/polls";
import { searchArticles } from "@/db/search";
import { getSiteSettings } from "@/db/settings";
import { countSitemapArticles, listNewsArticles, listSitemapAlbums, listSitemapArticles, listSitemapCategories, type SitemapEntry } from "@/db/sitemap";
import { SITEMAP_LIMIT, sitemapPartCount, sitemapSlice } from "@/lib/feeds";
import { snippet } from "@/lib/highlight";
import { htmlToText } from "@/lib/plain-text";
import { dateRange, highlightTerms, type SearchRequest } from "@/lib/search-query";
import { fetchWeather, type City, type CityWeather } from "@/lib/weather";

/**
 * What reader pages show, cached by tag (lib/cache.ts). Reader pages themselves are
 * cached whole (ISR, lib/cache-handler.mjs) and answer to the tags of the data they
 * used, so an editor's change re-renders exactly the pages that show it. The time limit
 * is only a safety net. Pages that must be fresh per request (search, poll results)
 * call `connection()` first.
 */
const SAFETY_NET_SECONDS = 300;

function cached<T>(key: string[], tagList: string[], load: () => Promise<T>, revalidate = SAFETY_NET_SECONDS): Promise<T> {
  return unstable_cache(load, key, { tags: tagList, revalidate })();
}

export const PAGE_SIZE = 10;

export type SiteChrome = Awaited<ReturnType<typeof loadChrome>>;

async function loadChrome() {
  const db = await getDb();
  const [settings, categories] = await Promise.all([getSiteSettings(db), listCategories(db)]);
  return { settings, categories };
}

export async function getSiteChrome() {
  return cached(["chrome"], [tags.settings, tags.categories], loadChrome);
}

export type HomepageData = {
  featured: ArticleCard[];
  latest: ArticleCard[];
  blocks: { category: PublicCategory; articles: ArticleCard[] }[];
};

export async function getHomepage(): Promise<HomepageData> {
  return cached(["home"], [tags.articles, tags.categories, tags.covers], async () => {
    const db = await getDb();
    const featured = await listPublishedArticles(db, { limit: 5, featured: true });
    const latest = await listPublishedArticles(db, { limit: 8, excludeIds: featured.map((a) => a.id) });
    const categories = (await listCategories(db)).filter((c) => c.showOnHome);
    // One short query per block, side by side on the pool (PGlite queues them itself).
    const lists = await Promise.all(categories.map((category) => listPublishedArticles(db, { limit: 5, categoryId: category.id })));
    const blocks = categories.map((category, i) => ({ category, articles: lists[i]! })).filter((block) => block.articles.length > 0);
    return { featured, latest, blocks };
  });
}

/** A category by its URL: itself, where it moved (renamed), or null. */
export async function getCategory(slug: string) {
  return cached(["category", slug], [tags.categories], async () => {
    const db = await getDb();
    const category = await findCategoryBySlug(db, slug);
    if (category) return { category };
    const redirectTo = await findCategoryRedirect(db, slug);
    return redirectTo ? { redirectTo } : null;
  });
}

/** One page of a category's list. */
export async function getCategoryArticles(categoryId: number, page: number) {
  return cached(["category-articles", String(categoryId), String(page)], [tags.category(categoryId), tags.categories, tags.covers], async () => {
    const db = await getDb();
    const total = await countPublishedArticles(db, categoryId);
    const articles = await listPublishedArticles(db, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, categoryId });
    return { articles, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
  });
}

/** A published article (or where its old URL moved), with "Tin khác" from its category. */
export async function getArticlePage(slug: string) {
  const found = await cached(["article", slug], [tags.article(slug), tags.categories, tags.covers], async () => findPublishedArticle(await getDb(), slug));
  if (!found || "redirectTo" in found) return found;
  const { article } = found;
  const related = await cached(["related", String(article.categoryId), String(article.id)], [tags.category(article.categoryId), tags.categories, tags.covers], async () =>
    listRelatedArticles(await getDb(), article),
  );
  return { article, related };
}

/** The homepage poll's question and options (counts are read fresh where they are shown). */
export async function getSidebarPoll() {
  return cached(["poll", "home"], [tags.polls], async () => getHomepagePoll(await getDb()));
}

/** Results change with every vote: read fresh. */
export async function getPollResults(id: number) {
  await connection();
  return getPoll(await getDb(), id);
}

export async function getAlbums() {
  return cached(["albums"], [tags.albums], async () => listPublishedAlbums(await getDb()));
}

export async function getAlbum(slug: string) {
  return cached(["album", slug], [tags.albums, tags.album(slug)], async () => getPublishedAlbum(await getDb(), slug));
}

const WEATHER_SECONDS = 30 * 60;
// After a failure, readers get the fallback for a minute instead of each waiting on the time-out.
const WEATHER_RETRY_MS = 60_000;
let weatherDownUntil = 0;

/** Current weather for the configured cities, or null while the provider is unavailable. */
export async function getWeather(cities: City[]): Promise<CityWeather[] | null> {
  if (Date.now() < weatherDownUntil) return null;
  try {
    return await cached(["weather", JSON.stringify(cities)], [], () => fetchWeather(cities), WEATHER_SECONDS);
  } catch (error) {
    weatherDownUntil = Date.now() + WEATHER_RETRY_MS;
    console.warn("[weather] unavailable:", error instanceof Error ? error.message : error);
    return null;
  }
}

export const SEARCH_PAGE_SIZE = 10;

export type SearchHitView = ArticleCard & { snippet: string };
export type SearchPageData = {
  total: number;
  /** More articles matched than were ranked (db/search.ts RANKED_MATCHES): `total` is that cap. */
  capped: boolean;
  pageCount: number;
  hits: SearchHitView[];
  /** The category filter, when the slug named one. */
  category: PublicCategory | null;
  /** Matches for the same words without the filters: a "no results" page's best suggestion. */
  totalWithoutFilters: number | null;
};

/**
 * One page of search results, with plain-text snippets (the cache keeps these, not
 * article bodies). Cached briefly by the normalized request: the same search from many
 * readers (a trending topic) costs one query.
 */
export async function getSearchResults(request: SearchRequest): Promise<SearchPageData> {
  await connection();
  const key = ["search", request.q, request.category ?? "", request.from ?? "", request.to ?? "", String(request.page)];
  return cached(key, [tags.articles, tags.categories, tags.covers], async () => {
    const db = await getDb();
    const category = request.category ? ((await findCategoryBySlug(db, request.category)) ?? null) : null;
    const { from, to } = dateRange(request);
    const { total, capped, hits } = await searchArticles(db, {
      query: request.q,
      categoryId: category?.id,
      from,
      to,
      limit: SEARCH_PAGE_SIZE,
      offset: (request.page - 1) * SEARCH_PAGE_SIZE,
    });
    const terms = highlightTerms(request.q);
    const filtered = Boolean(category || from || to);
    const totalWithoutFilters =
      total === 0 && filtered && request.q ? (await searchArticles(db, { query: request.q, limit: 1 })).total : null;
    return {
      total,
      capped,
      pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
      hits: hits.map(({ body, score: _score, ...card }) => ({ ...card, snippet: snippet(`${card.summary} ${htmlToText(body)}`, terms, 240) })),
      category,
      totalWithoutFilters,
    };
  }, 120);
}

// Feed readers keep what they have already fetched: 50 items cover days of news.
const FEED_SIZE = 50;

/** Newest articles for the site's RSS feed. */
export async function getSiteFeed() {
  return cached(["feed"], [tags.articles, tags.categories], async () => listPublishedArticles(await getDb(), { limit: FEED_SIZE }));
}

/** Newest articles of one category for its feed. */
export async function getCategoryFeed(categoryId: number) {
  return cached(["feed", String(categoryId)], [tags.category(categoryId), tags.categories], async () =>
    listPublishedArticles(await getDb(), { limit: FEED_SIZE, categoryId }),
  );
}

const SITEMAP_TAGS = [tags.sitemap, tags.articles, tags.categories, tags.albums];

/** Pages that are not articles: the homepage, the gallery, categories, albums. */
async function sitemapPages(): Promise<SitemapEntry[]> {
  const db = await getDb();
  const [categories, albums, [newest]] = await Promise.all([listSitemapCategories(db), listSitemapAlbums(db), listSitemapArticles(db, { limit: 1, offset: 0 })]);
  const latest = [...categories, ...albums].map((e) => e.lastModified).sort().at(-1) ?? newest?.lastModified ?? new Date(0).toISOString();
  const gallery = albums.map((e) => e.lastModified).sort().at(-1) ?? latest;
  return [{ path: "/", lastModified: latest }, ...categories, { path: "/thu-vien-anh", lastModified: gallery }, ...albums];
}

/**
 * The sitemap: every page first, then every article by id, cut into parts of
 * SITEMAP_LIMIT URLs. One part: /sitemap.xml lists it; more: /sitemap.xml is an index of
 * /sitemap/<n>.xml. `limit` is only smaller in tests.
 */
export async function getSitemapOverview(limit = SITEMAP_LIMIT) {
  await connection();
  return cached(["sitemap", "overview", String(limit)], SITEMAP_TAGS, async () => {
    const pages = await sitemapPages();
    const articleCount = await countSitemapArticles(await getDb());
    return { parts: sitemapPartCount(pages.length + articleCount, limit), lastModified: pages[0]!.lastModified };
  });
}

/** Part `part` (1-based) of the sitemap; null past the last one. */
export async function getSitemapPart(part: number, limit = SITEMAP_LIMIT): Promise<SitemapEntry[] | null> {
  await connection();
  return cached(["sitemap", "part", String(part), String(limit)], SITEMAP_TAGS, async () => {
    const db = await getDb();
    const pages = await sitemapPages();
    const slice = sitemapSlice(part, pages.length, await countSitemapArticles(db), limit);
    if (!slice) return null;
    const articles = slice.articles.limit > 0 ? await listSitemapArticles(db, slice.articles) : [];
    return [...pages.slice(slice.pages.start, slice.pages.end), ...articles];
  });
}

/** Articles of the last two days, for the news sitemap. */
export async function getNewsSitemap() {
  await connection();
  // A short time limit: the two-day window moves even when nothing is published.
  return cached(["sitemap", "news"], SITEMAP_TAGS, async () => listNewsArticles(await getDb(), new Date(Date.now() - 2 * 86_400_000)), 60);
}
