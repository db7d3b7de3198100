import { siteUrl } from "@/lib/config";
import { buildRss } from "@/lib/feeds";
import { getFeed, getSiteChrome } from "@/lib/reader-data";
import { isValidSlug } from "@/lib/slug";
import { LOGO } from "@/lib/structured-data";
import { xmlHeaders } from "@/lib/xml";

/** One category's newest articles as RSS 2.0. */
export async function GET(_request: Request, { params }: RouteContext<"/chuyen-muc/[slug]/rss.xml">) {
  const { slug } = await params;
  const feed = isValidSlug(slug) ? await getFeed(slug) : null;
  if (!feed?.category) return new Response("Không tìm thấy chuyên mục", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { settings } = await getSiteChrome();
  const origin = siteUrl();
  const link = `${origin}/chuyen-muc/${feed.category.slug}`;
  const xml = buildRss(
    {
      title: `${feed.category.name} | ${settings.portalName}`,
      link,
      self: `${link}/rss.xml`,
      description: feed.category.description || `Tin bài chuyên mục ${feed.category.name}.`,
      imageUrl: origin + LOGO.path,
    },
    feed.articles,
    origin,
  );
  return new Response(xml, { headers: xmlHeaders("application/rss+xml") });
}
