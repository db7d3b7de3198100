import type { ArticleDetail } from "@/lib/articles";
import { responsiveImage } from "@/lib/media-url";
import type { SiteSettings } from "@/lib/site-settings";

/**
 * schema.org JSON-LD for search engines. URLs are absolute (from the configured site URL):
 * structured data is read outside the page, where relative URLs mean nothing.
 */
type Json = { [key: string]: unknown };

export const LOGO = { path: "/logo.png", width: 512, height: 512 };

/** Whom a site publishes for: its agency name, contact and origin; a component names its province. */
export type Publisher = { settings: SiteSettings; origin: string; parent?: { name: string; origin: string } | null };

export function governmentOrganization({ settings, origin, parent }: Publisher): Json {
  return {
    "@type": "GovernmentOrganization",
    name: settings.agencyName,
    ...(parent && { parentOrganization: { "@type": "GovernmentOrganization", name: parent.name, url: `${parent.origin}/` } }),
    url: `${origin}/`,
    logo: { "@type": "ImageObject", url: origin + LOGO.path, width: LOGO.width, height: LOGO.height },
    ...(settings.address && { address: { "@type": "PostalAddress", streetAddress: settings.address, addressCountry: "VN" } }),
    ...(settings.phone && { telephone: settings.phone }),
    ...(settings.email && { email: settings.email }),
  };
}

/** "Hoàng Hương, Trung tâm VHTT&TT huyện." → the person, with the unit as affiliation. */
function bylineAuthor(byline: string, fallback: Json): Json {
  const [name, ...rest] = byline.replace(/\.$/, "").split(",").map((s) => s.trim());
  if (!name) return fallback;
  const unit = rest.join(", ");
  return { "@type": "Person", name, ...(unit && { affiliation: { "@type": "Organization", name: unit } }) };
}

export function newsArticle(article: ArticleDetail, site: Publisher): Json {
  const { origin } = site;
  const url = `${origin}/bai-viet/${article.slug}`;
  const publisher = governmentOrganization(site);
  const image = article.cover ? origin + responsiveImage(article.cover, 1280).src : origin + LOGO.path;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    // Google shows at most 110 characters of a headline.
    headline: article.title.length > 110 ? `${article.title.slice(0, 109)}…` : article.title,
    description: article.summary,
    image: [image],
    datePublished: article.publishedAt,
    dateModified: article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt,
    articleSection: article.categoryName,
    inLanguage: "vi",
    author: [bylineAuthor(article.byline, publisher)],
    publisher,
  };
}

export type BreadcrumbItem = { name: string; path: string };

export function breadcrumbList(items: BreadcrumbItem[], origin: string): Json {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: [{ name: "Trang chủ", path: "/" }, ...items].map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: origin + item.path,
    })),
  };
}

/** The homepage's WebSite, with the search box search engines may show (sitelinks search). */
export function webSite(site: Publisher): Json {
  const { settings, origin } = site;
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: settings.portalName,
    url: `${origin}/`,
    inLanguage: "vi",
    publisher: governmentOrganization(site),
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${origin}/tim-kiem?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<` (and friends) escaped so a title
 * containing "</script>" cannot end the element early.
 */
export function serializeJsonLd(data: Json): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
