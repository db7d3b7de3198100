import type { MediaVariant } from "./media-url";

/**
 * An article as readers see it: the read models the data layer (db/articles.ts) returns and
 * pages, feeds and JSON-LD take. Types only, so any layer and client components may use them.
 */
export type Cover = { variants: MediaVariant[]; width: number; height: number; alt: string };

export type ArticleCard = {
  id: number;
  siteId: number;
  slug: string;
  title: string;
  summary: string;
  /** ISO 8601; read models stay JSON-safe so they can be cached as they are. */
  publishedAt: string;
  categorySlug: string;
  categoryName: string;
  cover: Cover | null;
  /** Absolute address when the article lives on another site (province-wide lists). */
  url?: string;
};

export type ArticleDetail = ArticleCard & {
  /** As stored; the page adds what the view buffer holds (db/views.ts). */
  viewCount: number;
  body: string;
  byline: string;
  coverCaption: string;
  categoryId: number;
  updatedAt: string;
};
