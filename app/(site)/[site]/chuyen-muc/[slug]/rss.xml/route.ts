import { buildRss } from "@/lib/feeds";
import { getCategory, getCategoryFeed, getSiteChrome, siteOf } from "@/db/reader-data";
import { isValidSlug } from "@/lib/slug";
import { LOGO } from "@/lib/structured-data";
import { xmlHeaders } from "@/lib/xml";

// Served from the cache like the pages (lib/cache-handler.mjs), rendered on first request.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

/** One category's newest articles as RSS 2.0. */
export async function GET(_request: Request, { params }: RouteContext<"/[site]/chuyen-muc/[slug]/rss.xml">) {
  const { slug } = await params;
  const site = await siteOf(params);
  const category = isValidSlug(slug) ? (await getCategory(site.id, slug))?.category : undefined;
  if (!category) return new Response("Không tìm thấy chuyên mục", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const [articles, { settings, origin }] = await Promise.all([getCategoryFeed(site.id, category.id), getSiteChrome(site)]);
  const link = `${origin}/chuyen-muc/${category.slug}`;
  const xml = buildRss(
    {
      title: `${category.name} | ${settings.portalName}`,
      link,
      self: `${link}/rss.xml`,
      description: category.description || `Tin bài chuyên mục ${category.name}.`,
      imageUrl: origin + LOGO.path,
    },
    articles,
    origin,
  );
  return new Response(xml, { headers: xmlHeaders("application/rss+xml") });
}
