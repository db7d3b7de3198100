import "server-only";
import { unstable_cache } from "next/cache";
import { connection } from "next/server";
import { cache } from "react";
import type { ArticleCard } from "@/lib/articles";
import { tags } from "@/lib/cache";
import { agencyName, isProvincial, type SiteInfo } from "@/lib/site";
import { resolveMenu, type StatementKey } from "@/lib/site-pages";
import { countPublishedArticles, findPublishedArticle, listNewestByCategory, listPublishedArticles, listRelatedArticles } from "./articles";
import { findCategoryBySlug, findCategoryRedirect, listCategories, type PublicCategory } from "./categories";
import { getPublishedAlbum, listPublishedAlbums } from "./albums";
import { getDb } from "./index";
import { getHomepagePoll, getPoll } from "./polls";
import { findPublishedQuestion, listPublishedQuestions } from "./questions";
import { findPublicDraft, listDraftFeed, listPublicDrafts, listSitemapDrafts } from "./drafts";
import { searchArticles } from "./search";
import { getSiteSettings } from "./settings";
import { getStatement, getStoredMenu, getSuspension } from "./site-pages";
import { getPublicIntro, listPublicLeaders, listPublicUnits, unitLastUpdated } from "./unit-info";
import { getSiteForHost, getSites, originOf, provinceOf } from "./site-directory";
import { countSitemapArticles, listNewsArticles, listSitemapAlbums, listSitemapArticles, listSitemapCategories, type SitemapEntry } from "./sitemap";
import { listSentUp } from "./syndication";
import { listSitemapDocuments } from "./documents-search";
import { SITEMAP_LIMIT, sitemapPartCount, sitemapSlice } from "@/lib/feeds";
import { snippet } from "@/lib/highlight";
import { htmlToText } from "@/lib/plain-text";
import { dateRange, highlightTerms, type SearchRequest } from "@/lib/search-query";
import { fetchWeather, type City, type CityWeather } from "@/lib/weather";
import { weekDays, type IsoWeek } from "@/lib/schedule-week";
import { vietnamDay } from "@/lib/format";
import { listDisclosures, type DisclosureFilter } from "./disclosures";
import { findProcedure, listProcedureFields, listProcedures, type ProcedureFilter } from "./procedures";
import { listScheduleEntries, listScheduleLeaders } from "./schedule";

/**
 * What reader pages show, per site, cached by tag (lib/cache.ts). Reader pages themselves are
 * cached whole (ISR, lib/cache-handler.mjs) and answer to the tags of the data they
 * used, so an editor's change re-renders exactly the pages that show it. The time limit
 * is only a safety net. Pages that must be fresh per request (search, poll results)
 * call `connection()` first.
 */
const SAFETY_NET_SECONDS = 300;

export function cached<T>(key: string[], tagList: string[], load: () => Promise<T>, revalidate = SAFETY_NET_SECONDS): Promise<T> {
  return unstable_cache(load, key, { tags: tagList, revalidate })();
}

export const PAGE_SIZE = 10;

/**
 * The site a reader page is for. proxy.ts rewrites every reader URL to
 * `/<host>/<path>`, so each site's pages are cached under their own keys and read the
 * site from `params`, never from headers() (which would make every page dynamic).
 */
export async function siteOf(params: Promise<{ site: string }>): Promise<SiteInfo> {
  return getSiteForHost(decodeURIComponent((await params).site));
}

export type SiteChrome = Awaited<ReturnType<typeof getSiteChrome>>;

/**
 * What every page of a site shows around its content: names, menu, contact, origin. Once
 * per render (React's cache, keyed by the site object, which getSites keeps one per
 * render): the layout, the page, its metadata and the sidebar all ask for it.
 */
export const getSiteChrome = cache(async function getSiteChrome(site: SiteInfo) {
  const data = await cached(["chrome", String(site.id)], [tags.settings(site.id), tags.categories(site.id), tags.sites], async () => {
    const db = await getDb();
    const [settings, categories, storedMenu, suspension] = await Promise.all([getSiteSettings(db, site), listCategories(db, site.id), getStoredMenu(db, site.id), getSuspension(db, site.id)]);
    // The menu and the suspension notice are settings too: saving either expires this.
    return { settings, categories, menu: resolveMenu(storedMenu, categories, isProvincial(site.kind)), suspension };
  });
  const parent = site.parent ? (await getSites()).find((s) => s.id === site.parentId) : undefined;
  const parentOrigin = parent ? await originOf(parent) : null;
  return {
    ...data,
    site,
    origin: await originOf(site),
    parent: parent && parentOrigin ? { site: parent, origin: parentOrigin, name: agencyName(parent) } : null,
  };
});

export type HomepageData = {
  featured: ArticleCard[];
  latest: ArticleCard[];
  blocks: { category: PublicCategory; articles: ArticleCard[] }[];
};

export async function getHomepage(siteId: number): Promise<HomepageData> {
  return cached(["home", String(siteId)], [tags.articles(siteId), tags.categories(siteId), tags.covers(siteId)], async () => {
    const db = await getDb();
    const featured = await listPublishedArticles(db, siteId, { limit: 5, featured: true });
    const latest = await listPublishedArticles(db, siteId, { limit: 8, excludeIds: featured.map((a) => a.id) });
    const categories = (await listCategories(db, siteId)).filter((c) => c.showOnHome);
    const lists = await listNewestByCategory(db, siteId, categories.map((c) => c.id), 5);
    const blocks = categories.map((category) => ({ category, articles: lists.get(category.id) ?? [] })).filter((block) => block.articles.length > 0);
    return { featured, latest, blocks };
  });
}

/** "Tin từ xã, phường": what a province's components sent up and it approved, linking home. */
export async function getSentUp(provinceId: number, limit = 6): Promise<ArticleCard[]> {
  // Any component's article change expires its own `articles` tag, which this list answers to.
  const { members } = provinceOf(await getSites(), (await getSites()).find((s) => s.id === provinceId)!);
  const rows = await cached(["sent-up", String(provinceId), String(limit)], [tags.sentUp(provinceId), tags.sites, ...members.map((s) => tags.articles(s.id))], async () =>
    listSentUp(await getDb(), provinceId, limit),
  );
  return withUrls(rows, provinceId);
}

/** Cards of other sites link to the article on its own site (its canonical home). */
async function withUrls(cards: ArticleCard[], siteId: number): Promise<ArticleCard[]> {
  const sites = await getSites();
  return Promise.all(
    cards.map(async (card) => {
      if (card.siteId === siteId) return card;
      const home = sites.find((s) => s.id === card.siteId);
      return home ? { ...card, url: `${await originOf(home)}/bai-viet/${card.slug}` } : card;
    }),
  );
}

/** A category by its URL: itself, where it moved (renamed), or null. */
export async function getCategory(siteId: number, slug: string) {
  return cached(["category", String(siteId), slug], [tags.categories(siteId)], async () => {
    const db = await getDb();
    const category = await findCategoryBySlug(db, siteId, slug);
    if (category) return { category };
    const redirectTo = await findCategoryRedirect(db, siteId, slug);
    return redirectTo ? { redirectTo } : null;
  });
}

/** One page of a category's list. */
export async function getCategoryArticles(siteId: number, categoryId: number, page: number) {
  return cached(["category-articles", String(categoryId), String(page)], [tags.category(categoryId), tags.categories(siteId), tags.covers(siteId)], async () => {
    const db = await getDb();
    const total = await countPublishedArticles(db, siteId, categoryId);
    const articles = await listPublishedArticles(db, siteId, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, categoryId });
    return { articles, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
  });
}

/** A published article (or where its old URL moved), with "Tin khác" from its category. */
export async function getArticlePage(siteId: number, slug: string) {
  const found = await cached(["article", String(siteId), slug], [tags.article(siteId, slug), tags.categories(siteId), tags.covers(siteId)], async () => findPublishedArticle(await getDb(), siteId, slug));
  if (!found || "redirectTo" in found) return found;
  const { article } = found;
  const related = await cached(["related", String(article.categoryId), String(article.id)], [tags.category(article.categoryId), tags.categories(siteId), tags.covers(siteId)], async () =>
    listRelatedArticles(await getDb(), siteId, article),
  );
  return { article, related };
}

/** The homepage poll's question and options (counts are read fresh where they are shown). */
export async function getSidebarPoll(siteId: number) {
  return cached(["poll", "home", String(siteId)], [tags.polls(siteId)], async () => getHomepagePoll(await getDb(), siteId));
}

/** Results change with every vote: read fresh. */
export async function getPollResults(siteId: number, id: number) {
  await connection();
  return getPoll(await getDb(), siteId, id);
}

/** Hỏi đáp: the newest published answers (the list page; search and fields are per request). */
export async function getLatestQuestions(siteId: number) {
  return cached(["questions", String(siteId)], [tags.questions(siteId)], async () => listPublishedQuestions(await getDb(), siteId));
}

export async function getQuestionPage(siteId: number, slug: string) {
  return cached(["question", String(siteId), slug], [tags.question(siteId, slug), tags.questions(siteId)], async () => findPublishedQuestion(await getDb(), siteId, slug));
}

/** Lấy ý kiến dự thảo: every draft of the site (the page orders them by state at render time). */
export async function getDrafts(siteId: number) {
  return cached(["drafts", String(siteId)], [tags.drafts(siteId)], async () => listPublicDrafts(await getDb(), siteId));
}

export async function getDraftPage(siteId: number, slug: string) {
  return cached(["draft", String(siteId), slug], [tags.draft(siteId, slug), tags.drafts(siteId)], async () => findPublicDraft(await getDb(), siteId, slug));
}

/** The drafts' feed: those opened, newest first (a moment's pass expires `drafts`). */
export async function getDraftFeed(siteId: number) {
  return cached(["draft-feed", String(siteId)], [tags.drafts(siteId)], async () => listDraftFeed(await getDb(), siteId));
}

export async function getAlbums(siteId: number) {
  return cached(["albums", String(siteId)], [tags.albums(siteId)], async () => listPublishedAlbums(await getDb(), siteId));
}

export async function getAlbum(siteId: number, slug: string) {
  return cached(["album", String(siteId), slug], [tags.albums(siteId), tags.album(siteId, slug)], async () => getPublishedAlbum(await getDb(), siteId, slug));
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
export async function getSearchResults(site: SiteInfo, request: SearchRequest): Promise<SearchPageData> {
  await connection();
  const { province, members } = provinceOf(await getSites(), site);
  const provinceWide = request.scope === "province";
  const siteIds = provinceWide ? members.map((s) => s.id) : [site.id];
  const key = ["search", String(site.id), provinceWide ? "province" : "site", request.q, request.category ?? "", request.from ?? "", request.to ?? "", String(request.page)];
  const scopeTags = provinceWide ? [tags.sites, ...siteIds.map(tags.articles)] : [tags.articles(site.id)];
  const data = await cached(key, [...scopeTags, tags.categories(site.id), tags.covers(site.id)], async () => {
    const db = await getDb();
    // A category filter names one of this site's categories (province-wide: ignored).
    const category = request.category && !provinceWide ? ((await findCategoryBySlug(db, site.id, request.category)) ?? null) : null;
    const { from, to } = dateRange(request);
    const { total, capped, hits } = await searchArticles(db, {
      siteIds,
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
      total === 0 && filtered && request.q ? (await searchArticles(db, { siteIds, query: request.q, limit: 1 })).total : null;
    return {
      total,
      capped,
      pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
      hits: hits.map(({ body, score: _score, ...card }) => ({ ...card, snippet: snippet(`${card.summary} ${htmlToText(body)}`, terms, 240) })),
      category,
      totalWithoutFilters,
    };
  }, 120);
  return { ...data, hits: (await withUrls(data.hits, site.id)) as SearchHitView[] };
}

// Feed readers keep what they have already fetched: 50 items cover days of news.
const FEED_SIZE = 50;

/** Newest articles for the site's RSS feed. */
export async function getSiteFeed(siteId: number) {
  return cached(["feed", String(siteId)], [tags.articles(siteId), tags.categories(siteId)], async () => listPublishedArticles(await getDb(), siteId, { limit: FEED_SIZE }));
}

/** Newest articles of one category for its feed. */
export async function getCategoryFeed(siteId: number, categoryId: number) {
  return cached(["feed", String(siteId), String(categoryId)], [tags.category(categoryId), tags.categories(siteId)], async () =>
    listPublishedArticles(await getDb(), siteId, { limit: FEED_SIZE, categoryId }),
  );
}

const sitemapTags = (siteId: number) => [tags.sitemap(siteId), tags.articles(siteId), tags.categories(siteId), tags.albums(siteId), tags.documents(siteId), tags.drafts(siteId)];

/** Pages that are not articles: the homepage, the gallery, categories, albums. */
async function sitemapPages(siteId: number): Promise<SitemapEntry[]> {
  const db = await getDb();
  const [categories, albums, [newest], documents, drafts] = await Promise.all([
    listSitemapCategories(db, siteId),
    listSitemapAlbums(db, siteId),
    listSitemapArticles(db, siteId, { limit: 1, offset: 0 }),
    listSitemapDocuments(db, siteId),
    listSitemapDrafts(db, siteId),
  ]);
  const latest = [...categories, ...albums].map((e) => e.lastModified).sort().at(-1) ?? newest?.lastModified ?? new Date(0).toISOString();
  const gallery = albums.map((e) => e.lastModified).sort().at(-1) ?? latest;
  return [{ path: "/", lastModified: latest }, ...categories, { path: "/thu-vien-anh", lastModified: gallery }, ...albums, ...documents, ...drafts];
}

/**
 * The sitemap: every page first, then every article by id, cut into parts of
 * SITEMAP_LIMIT URLs. One part: /sitemap.xml lists it; more: /sitemap.xml is an index of
 * /sitemap/<n>.xml. `limit` is only smaller in tests.
 */
export async function getSitemapOverview(siteId: number, limit = SITEMAP_LIMIT) {
  await connection();
  return cached(["sitemap", "overview", String(siteId), String(limit)], sitemapTags(siteId), async () => {
    const pages = await sitemapPages(siteId);
    const articleCount = await countSitemapArticles(await getDb(), siteId);
    return { parts: sitemapPartCount(pages.length + articleCount, limit), lastModified: pages[0]!.lastModified };
  });
}

/** Part `part` (1-based) of the sitemap; null past the last one. */
export async function getSitemapPart(siteId: number, part: number, limit = SITEMAP_LIMIT): Promise<SitemapEntry[] | null> {
  await connection();
  return cached(["sitemap", "part", String(siteId), String(part), String(limit)], sitemapTags(siteId), async () => {
    const db = await getDb();
    const pages = await sitemapPages(siteId);
    const slice = sitemapSlice(part, pages.length, await countSitemapArticles(db, siteId), limit);
    if (!slice) return null;
    const articles = slice.articles.limit > 0 ? await listSitemapArticles(db, siteId, slice.articles) : [];
    return [...pages.slice(slice.pages.start, slice.pages.end), ...articles];
  });
}

/** Articles of the last two days, for the news sitemap. */
export async function getNewsSitemap(siteId: number) {
  await connection();
  // A short time limit: the two-day window moves even when nothing is published.
  return cached(["sitemap", "news", String(siteId)], sitemapTags(siteId), async () => listNewsArticles(await getDb(), siteId, new Date(Date.now() - 2 * 86_400_000)), 60);
}

/** Leaders, units and the Giới thiệu texts: /gioi-thieu…, /danh-ba, /en, /tiep-can-thong-tin. */
export async function getUnitInfo(siteId: number) {
  return cached(["unit", String(siteId)], [tags.unit(siteId)], async () => {
    const db = await getDb();
    const [leaders, units, intro, updated] = await Promise.all([listPublicLeaders(db, siteId), listPublicUnits(db, siteId), getPublicIntro(db, siteId), unitLastUpdated(db, siteId)]);
    return { leaders, units, intro, updated };
  });
}

/** An editable statement (/kha-nang-tiep-can, /chinh-sach-bao-ve-du-lieu-ca-nhan). */
export async function getStatementPage(siteId: number, page: StatementKey) {
  return cached(["statement", String(siteId), page], [tags.statements(siteId)], async () => getStatement(await getDb(), siteId, page));
}

// ---------------------------------------------------------------- schedule, procedures, disclosures

/** One week of a site's schedule (optionally one leader's), with the leaders for the filter. */
export async function getScheduleWeek(siteId: number, week: IsoWeek, leader?: string) {
  const days = weekDays(week);
  return cached(["schedule-week", String(siteId), week, leader ?? ""], [tags.schedule(siteId)], async () => {
    const db = await getDb();
    const [entries, leaders] = await Promise.all([listScheduleEntries(db, siteId, { from: days[0]!, to: days[6]!, leader }), listScheduleLeaders(db, siteId)]);
    return { entries, leaders };
  });
}

/**
 * "Lịch công tác hôm nay" on the homepage: keyed by the day, so a render after midnight never
 * reads yesterday's list, and tagged `today`, so the page holding it expires at midnight.
 */
export async function getScheduleToday(siteId: number, day: string) {
  return cached(["schedule-day", String(siteId), day], [tags.scheduleDay(siteId, day), tags.today], async () => listScheduleEntries(await getDb(), siteId, { from: day, to: day }));
}

/** The iCalendar feed's window: four weeks back, a year ahead. */
export async function getScheduleFeed(siteId: number, fromDay: string, toDay: string, leader?: string) {
  return cached(["schedule-feed", String(siteId), fromDay, toDay, leader ?? ""], [tags.schedule(siteId)], async () => {
    const db = await getDb();
    const [entries, leaders] = await Promise.all([listScheduleEntries(db, siteId, { from: fromDay, to: toDay, leader }), listScheduleLeaders(db, siteId)]);
    return { entries, leaders };
  });
}

export async function getProcedures(siteId: number, filter: ProcedureFilter = {}) {
  return cached(["procedures", String(siteId), filter.field ?? "", filter.q ?? ""], [tags.procedures(siteId)], async () => {
    const db = await getDb();
    const [procedures, fields] = await Promise.all([listProcedures(db, siteId, filter), listProcedureFields(db, siteId)]);
    return { procedures, fields };
  });
}

export async function getProcedure(siteId: number, slug: string) {
  return cached(["procedure", String(siteId), slug], [tags.procedure(siteId, slug)], async () => findProcedure(await getDb(), siteId, slug));
}

export async function getDisclosures(siteId: number, filter: DisclosureFilter = {}) {
  return cached(["disclosures", String(siteId), filter.kind ?? "", String(filter.year ?? "")], [tags.disclosures(siteId)], async () => listDisclosures(await getDb(), siteId, filter));
}

/**
 * Today's Việt Nam date, for pages that show it (the current week, "today" blocks): the
 * page that read it answers to the `today` tag, so it re-renders after midnight.
 */
export async function getToday(): Promise<string> {
  const day = vietnamDay(new Date());
  return cached(["today", day], [tags.today], async () => day);
}
