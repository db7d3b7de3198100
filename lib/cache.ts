import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { vietnamDay } from "./format";

/**
 * The cache tags reader pages and their data are stored under (db/reader-data.ts,
 * lib/cache-handler.mjs). One place names them, so an edit and the pages that show it
 * always agree. A rendered page answers to every tag its data used. Every tag of a
 * site's content carries the site, so an edit on one site never re-renders another's.
 */
const site = (siteId: number, name: string) => `s${siteId}:${name}`;

export const tags = {
  /** The sites, their hosts and kinds: the host → site map, directories, site chrome. */
  sites: "sites",
  /** Lists across the whole site: homepage, site feed, search, sitemap. */
  articles: (siteId: number) => site(siteId, "articles"),
  article: (siteId: number, slug: string) => site(siteId, `article:${slug}`),
  /** A category's own list (its pages, its feed, "Tin khác" under its articles). */
  category: (id: number) => `category:${id}`,
  /** Menus, names and order of categories: on every page. */
  categories: (siteId: number) => site(siteId, "categories"),
  /** Article cards and covers (image alt text, captions). */
  covers: (siteId: number) => site(siteId, "covers"),
  settings: (siteId: number) => site(siteId, "settings"),
  polls: (siteId: number) => site(siteId, "polls"),
  albums: (siteId: number) => site(siteId, "albums"),
  album: (siteId: number, slug: string) => site(siteId, `album:${slug}`),
  sitemap: (siteId: number) => site(siteId, "sitemap"),
  /** The unit (issue 14): Giới thiệu texts, leaders, units; /gioi-thieu…, /danh-ba, /en, /tiep-can-thong-tin. */
  unit: (siteId: number) => site(siteId, "unit"),
  /** The editable statements: /kha-nang-tiep-can, /chinh-sach-bao-ve-du-lieu-ca-nhan. */
  statements: (siteId: number) => site(siteId, "statements"),
  /** The documents register's lists, facets, feeds and exports. */
  documents: (siteId: number) => site(siteId, "documents"),
  document: (siteId: number, slug: string) => site(siteId, `document:${slug}`),
  /** Names of loại, cơ quan and lĩnh vực: on every document page. */
  documentLists: (siteId: number) => site(siteId, "document-lists"),
  /** Hỏi đáp: the list of published answers (and its fields). */
  questions: (siteId: number) => site(siteId, "questions"),
  question: (siteId: number, slug: string) => site(siteId, `question:${slug}`),
  /** Lấy ý kiến dự thảo: the list of drafts, its feed and the sitemap's entries. */
  drafts: (siteId: number) => site(siteId, "drafts"),
  draft: (siteId: number, slug: string) => site(siteId, `draft:${slug}`),
  /** A province's "Tin từ xã, phường": what its components sent up and it approved. */
  sentUp: (provinceId: number) => site(provinceId, "sent-up"),
  /** The leaders' schedule: its week pages, feeds and data files. */
  schedule: (siteId: number) => site(siteId, "schedule"),
  /** One day of the schedule (YYYY-MM-DD): the homepage's "Lịch công tác hôm nay". */
  scheduleDay: (siteId: number, day: string) => site(siteId, `schedule-day:${day}`),
  /**
   * What depends on the date itself (today's schedule, the current week): every site's,
   * expired at midnight Việt Nam time by the server's scheduler (invalidateOnNewDay).
   */
  today: "today",
  /** Lists of procedures: by field, search, data files. */
  procedures: (siteId: number) => site(siteId, "procedures"),
  procedure: (siteId: number, slug: string) => site(siteId, `procedure:${slug}`),
  /** Budget grid, projects and procurement: /cong-khai-ngan-sach and its data files. */
  disclosures: (siteId: number) => site(siteId, "disclosures"),
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
export type ArticleChange = { siteId: number; slugs: (string | undefined)[]; categoryIds: (number | undefined)[] };

export function invalidateArticle({ siteId, slugs, categoryIds }: ArticleChange): void {
  invalidate(
    tags.articles(siteId),
    tags.sitemap(siteId),
    ...slugs.filter((s): s is string => Boolean(s)).map((slug) => tags.article(siteId, slug)),
    ...categoryIds.filter((id): id is number => typeof id === "number").map(tags.category),
  );
}

/** Names, order and homepage blocks of categories show on every page of the site. */
export function invalidateCategories(siteId: number): void {
  invalidate(tags.categories(siteId), tags.articles(siteId), tags.sitemap(siteId));
}

export function invalidateSettings(siteId: number): void {
  invalidate(tags.settings(siteId));
}

export function invalidatePolls(siteId: number): void {
  invalidate(tags.polls(siteId));
}

export function invalidateAlbums(siteId: number, slugs: string[]): void {
  invalidate(tags.albums(siteId), tags.sitemap(siteId), ...slugs.map((slug) => tags.album(siteId, slug)));
}

/** An image's texts show in albums and on article cards. */
export function invalidateMedia(siteId: number, change: { albumSlugs: string[]; usedInArticles: boolean }): void {
  invalidate(...(change.albumSlugs.length ? [tags.albums(siteId), ...change.albumSlugs.map((slug) => tags.album(siteId, slug))] : []), ...(change.usedInArticles ? [tags.covers(siteId)] : []));
}

/** Leaders, units and the Giới thiệu texts show only on the unit's own pages. */
export function invalidateUnit(siteId: number): void {
  invalidate(tags.unit(siteId));
}

export function invalidateStatements(siteId: number): void {
  invalidate(tags.statements(siteId));
}

/** A document shows its relations from both sides: its related documents' pages change with it. */
export function invalidateDocuments(siteId: number, slugs: (string | undefined)[]): void {
  invalidate(tags.documents(siteId), tags.sitemap(siteId), ...slugs.filter((s): s is string => Boolean(s)).map((slug) => tags.document(siteId, slug)));
}

export function invalidateDocumentLists(siteId: number): void {
  invalidate(tags.documentLists(siteId), tags.documents(siteId));
}

/** A site's name, kind, hosts or state: every page of every site may show it (directories, parents). */
export function invalidateSites(): void {
  invalidate(tags.sites);
}

/** A schedule entry's week pages and feeds, and the homepage block of the days it was and is on. */
export function invalidateSchedule(siteId: number, days: string[]): void {
  invalidate(tags.schedule(siteId), ...days.map((day) => tags.scheduleDay(siteId, day)));
}

export function invalidateProcedures(siteId: number, slugs: string[]): void {
  invalidate(tags.procedures(siteId), ...slugs.map((slug) => tags.procedure(siteId, slug)));
}

export function invalidateDisclosures(siteId: number): void {
  invalidate(tags.disclosures(siteId));
}

let lastDay: string | undefined;

/**
 * Called on every tick of the server's scheduler (every 30 s): the first tick of a new
 * Việt Nam day expires what shows "today", so the homepage's schedule block and the current
 * week's page change within a tick of midnight instead of waiting for a time limit.
 * The first tick after a start expires it too: a shared cache may hold yesterday's pages.
 */
export function invalidateOnNewDay(now = new Date()): boolean {
  const day = vietnamDay(now);
  if (day === lastDay) return false;
  lastDay = day;
  invalidate(tags.today);
  return true;
}

/** A published (or withdrawn, anonymised) answer: its page and the Hỏi đáp lists. */
export function invalidateQuestion(siteId: number, slug: string | null): void {
  invalidate(tags.questions(siteId), ...(slug ? [tags.question(siteId, slug)] : []));
}

/** A draft changed, opened, closed, took a shown comment or its report: its page, the list, the feed, the sitemap. */
export function invalidateDraft(siteId: number, slug: string | null): void {
  invalidate(tags.drafts(siteId), tags.sitemap(siteId), ...(slug ? [tags.draft(siteId, slug)] : []));
}
