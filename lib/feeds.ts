import type { ArticleCard } from "@/lib/articles";
import { formatMoment } from "@/lib/format";
import { escapeXml, rfc822 } from "@/lib/xml";

/**
 * RSS 2.0 and sitemap documents as strings. Every value goes through escapeXml; paths
 * are made absolute with the configured site URL (lib/config.ts siteUrl()).
 */

export type FeedChannel = {
  title: string;
  /** Page the feed belongs to (absolute). */
  link: string;
  /** The feed's own URL (absolute), for atom:link rel="self". */
  self: string;
  description: string;
  imageUrl: string;
};

/** One RSS item; `pubDate` is any date rfc822 reads; the enclosure is a picture of the item. */
export type RssItem = { title: string; url: string; pubDate: string; category: string; description: string; enclosure?: { url: string; bytes: number; type: string } };

/**
 * An RSS 2.0 document: the channel, when it was last built (the newest item, if any),
 * how many minutes readers may cache it, and its items.
 */
export function rssDocument(channel: FeedChannel, { lastBuildDate, ttlMinutes, items }: { lastBuildDate?: string; ttlMinutes: number; items: RssItem[] }): string {
  const entries = items.map((item) =>
    [
      "    <item>",
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(item.url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
      `      <pubDate>${rfc822(item.pubDate)}</pubDate>`,
      `      <category>${escapeXml(item.category)}</category>`,
      `      <description>${escapeXml(item.description)}</description>`,
      item.enclosure ? `      <enclosure url="${escapeXml(item.enclosure.url)}" length="${item.enclosure.bytes}" type="${escapeXml(item.enclosure.type)}"/>` : "",
      "    </item>",
    ]
      .filter(Boolean)
      .join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.link)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    "    <language>vi</language>",
    lastBuildDate ? `    <lastBuildDate>${rfc822(lastBuildDate)}</lastBuildDate>` : "",
    `    <ttl>${ttlMinutes}</ttl>`,
    `    <atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    `    <image><url>${escapeXml(channel.imageUrl)}</url><title>${escapeXml(channel.title)}</title><link>${escapeXml(channel.link)}</link></image>`,
    ...entries,
    "  </channel>",
    "</rss>",
  ]
    .filter((line) => line !== "")
    .join("\n")
    .concat("\n");
}

export function buildRss(channel: FeedChannel, articles: ArticleCard[], origin: string): string {
  const items = articles.map((a): RssItem => {
    // A mid-size WebP variant: readers show it as the item's picture.
    const cover = a.cover?.variants.filter((v) => v.format === "webp").find((v) => v.width >= 640);
    return {
      title: a.title,
      url: `${origin}/bai-viet/${a.slug}`,
      pubDate: a.publishedAt,
      category: a.categoryName,
      // RSS items need a title or a description; a sapo-less article repeats its title.
      description: a.summary || a.title,
      enclosure: cover && { url: `${origin}/media/${cover.path}`, bytes: cover.bytes, type: "image/webp" },
    };
  });
  return rssDocument(channel, { lastBuildDate: articles[0]?.publishedAt, ttlMinutes: 15, items });
}

export type DraftFeedEntry = { slug: string; title: string; summary: string; field: string; draftingUnit: string; opensAt: string; closesAt: string };

/** Drafts for public comment: each item dated by its opening, its closing in the description. */
export function draftsRss(channel: FeedChannel, drafts: DraftFeedEntry[], origin: string): string {
  const items = drafts.map(
    (d): RssItem => ({
      title: d.title,
      url: `${origin}/du-thao/${d.slug}`,
      pubDate: d.opensAt,
      category: d.field,
      description: `${d.draftingUnit}. Lấy ý kiến từ ${formatMoment(d.opensAt)} đến ${formatMoment(d.closesAt)} (giờ Việt Nam). ${d.summary}`,
    }),
  );
  return rssDocument(channel, { lastBuildDate: drafts[0]?.opensAt, ttlMinutes: 15, items });
}

/** The sitemap protocol's limit per file (50,000 URLs); beyond it, /sitemap.xml becomes an index. */
export const SITEMAP_LIMIT = 50_000;

export type UrlEntry = { path: string; lastModified?: string };

export function buildUrlset(entries: UrlEntry[], origin: string): string {
  const urls = entries.map(
    (e) => `  <url><loc>${escapeXml(origin + e.path)}</loc>${e.lastModified ? `<lastmod>${escapeXml(e.lastModified)}</lastmod>` : ""}</url>`,
  );
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, "</urlset>", ""].join("\n");
}

export function buildSitemapIndex(entries: UrlEntry[], origin: string): string {
  const items = entries.map(
    (e) => `  <sitemap><loc>${escapeXml(origin + e.path)}</loc>${e.lastModified ? `<lastmod>${escapeXml(e.lastModified)}</lastmod>` : ""}</sitemap>`,
  );
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...items, "</sitemapindex>", ""].join("\n");
}

export type NewsItem = { path: string; title: string; publishedAt: string };

/** Google News sitemap: only articles of the last two days. */
export function buildNewsSitemap(items: NewsItem[], origin: string, publicationName: string): string {
  const urls = items.map((n) =>
    [
      "  <url>",
      `    <loc>${escapeXml(origin + n.path)}</loc>`,
      "    <news:news>",
      `      <news:publication><news:name>${escapeXml(publicationName)}</news:name><news:language>vi</news:language></news:publication>`,
      `      <news:publication_date>${escapeXml(n.publishedAt)}</news:publication_date>`,
      `      <news:title>${escapeXml(n.title)}</news:title>`,
      "    </news:news>",
      "  </url>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}

/** How many sitemap files `total` URLs need: 1 means /sitemap.xml lists them itself. */
export function sitemapPartCount(total: number, limit = SITEMAP_LIMIT): number {
  return Math.max(1, Math.ceil(total / limit));
}

/**
 * Which URLs part `part` (1-based) holds when the sitemap lists `pageCount` pages first,
 * then `articleCount` articles, `limit` per part. null past the last part.
 */
export function sitemapSlice(part: number, pageCount: number, articleCount: number, limit = SITEMAP_LIMIT) {
  const start = (part - 1) * limit;
  if (part < 1 || part > sitemapPartCount(pageCount + articleCount, limit)) return null;
  const pages = { start: Math.min(start, pageCount), end: Math.min(start + limit, pageCount) };
  const articleOffset = Math.max(0, start - pageCount);
  return { pages, articles: { offset: articleOffset, limit: limit - (pages.end - pages.start) } };
}
