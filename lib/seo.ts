import type { Metadata } from "next";
import { LOGO } from "@/lib/structured-data";

export type Feed = { title: string; url: string };

type PageSeo = {
  /** Full <title>, already "… | portal name" (the homepage: the portal name alone). */
  title: string;
  description: string;
  /** Canonical path, with its own ?trang= for pagination pages. */
  path: string;
  siteName: string;
  /** The site's public origin: canonical and social URLs are absolute on it. */
  origin: string;
  image?: { url: string; width: number; height: number; alt?: string } | null;
  /** Title for social cards, without the portal suffix. */
  socialTitle?: string;
  article?: { publishedTime: string; modifiedTime: string; section: string; authors?: string[] };
  /** Feeds besides the site-wide one (a category's own). */
  feeds?: Feed[];
  noindex?: boolean;
  /** Versions of the page in other languages (hreflang), e.g. { vi: "/gioi-thieu", en: "/en" }. */
  languages?: Record<string, string>;
  /** og:locale when the page is not Vietnamese. */
  locale?: string;
};

export function siteFeed(siteName: string): Feed {
  return { title: `${siteName} - Tin mới nhất`, url: "/rss.xml" };
}

/**
 * The same metadata on every public page: canonical URL (made absolute by metadataBase,
 * the site's own origin), OpenGraph and Twitter card (the logo when there is no cover), and the
 * RSS feeds as <link rel="alternate">. Page-level `alternates` replace the layout's,
 * which is why the feeds are added here rather than once in the layout.
 */
export function pageMetadata(seo: PageSeo): Metadata {
  const image = seo.image ?? { url: LOGO.path, width: LOGO.width, height: LOGO.height, alt: seo.siteName };
  const large = Boolean(seo.image);
  const socialTitle = seo.socialTitle ?? seo.title;
  const feeds = [siteFeed(seo.siteName), ...(seo.feeds ?? [])];
  return {
    metadataBase: new URL(seo.origin),
    title: seo.title,
    description: seo.description,
    alternates: { canonical: seo.path, types: { "application/rss+xml": feeds }, ...(seo.languages ? { languages: seo.languages } : {}) },
    openGraph: {
      title: socialTitle,
      description: seo.description,
      url: seo.path,
      siteName: seo.siteName,
      locale: seo.locale ?? "vi_VN",
      images: [image],
      ...(seo.article
        ? {
            type: "article",
            publishedTime: seo.article.publishedTime,
            modifiedTime: seo.article.modifiedTime,
            section: seo.article.section,
            authors: seo.article.authors,
          }
        : { type: "website" }),
    },
    twitter: { card: large ? "summary_large_image" : "summary", title: socialTitle, description: seo.description, images: [image.url] },
    ...(seo.noindex && { robots: { index: false, follow: true } }),
  };
}
