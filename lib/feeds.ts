import type { ArticleCard } from "@/db/articles";
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

export function buildRss(channel: FeedChannel, articles: ArticleCard[], origin: string): string {
  const items = articles.map((a) => {
    const url = `${origin}/bai-viet/${a.slug}`;
    // A mid-size WebP variant: readers show it as the item's picture.
    const cover = a.cover?.variants.filter((v) => v.format === "webp").find((v) => v.width >= 640) ?? null;
    return [
      "    <item>",
      `      <title>${escapeXml(a.title)}</title>`,
      `      <link>${escapeXml(url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
      `      <pubDate>${rfc822(a.publishedAt)}</pubDate>`,
      `      <category>${escapeXml(a.categoryName)}</category>`,
      // RSS items need a title or a description; a sapo-less article repeats its title.
      `      <description>${escapeXml(a.summary || a.title)}</description>`,
      cover ? `      <enclosure url="${escapeXml(`${origin}/media/${cover.path}`)}" length="${cover.bytes}" type="image/webp"/>` : "",
      "    </item>",
    ]
      .filter(Boolean)
      .join("\n");
  });
  const newest = articles[0]?.publishedAt;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.link)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    "    <language>vi</language>",
    newest ? `    <lastBuildDate>${rfc822(newest)}</lastBuildDate>` : "",
    "    <ttl>15</ttl>",
    `    <atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    `    <image><url>${escapeXml(channel.imageUrl)}</url><title>${escapeXml(channel.title)}</title><link>${escapeXml(channel.link)}</link></image>`,
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ]
    .filter((line) => line !== "")
    .join("\n");
}

export type DraftFeedEntry = { slug: string; title: string; summary: string; field: string; draftingUnit: string; opensAt: string; closesAt: string };

/** Drafts for public comment: each item dated by its opening, its closing in the description. */
export function draftsRss(channel: FeedChannel, drafts: DraftFeedEntry[], origin: string): string {
  const items = drafts.map((d) => {
    const url = `${origin}/du-thao/${d.slug}`;
    const description = `${d.draftingUnit}. Lấy ý kiến từ ${formatMoment(d.opensAt)} đến ${formatMoment(d.closesAt)} (giờ Việt Nam). ${d.summary}`;
    return [
      "    <item>",
      `      <title>${escapeXml(d.title)}</title>`,
      `      <link>${escapeXml(url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
      `      <pubDate>${rfc822(d.opensAt)}</pubDate>`,
      `      <category>${escapeXml(d.field)}</category>`,
      `      <description>${escapeXml(description)}</description>`,
      "    </item>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.link)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    "    <language>vi</language>",
    drafts[0] ? `    <lastBuildDate>${rfc822(drafts[0].opensAt)}</lastBuildDate>` : "",
    "    <ttl>15</ttl>",
    `    <atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    `    <image><url>${escapeXml(channel.imageUrl)}</url><title>${escapeXml(channel.title)}</title><link>${escapeXml(channel.link)}</link></image>`,
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ]
    .filter((line) => line !== "")
    .join("\n");
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
