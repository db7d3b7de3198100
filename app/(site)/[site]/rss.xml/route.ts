import { buildRss } from "@/lib/feeds";
import { getSiteChrome, getSiteFeed, siteOf } from "@/db/reader-data";
import { LOGO } from "@/lib/structured-data";
import { xmlHeaders } from "@/lib/xml";

// Served from the cache like the pages (lib/cache-handler.mjs).
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

/** The whole site's newest articles as RSS 2.0. */
export async function GET(_request: Request, { params }: RouteContext<"/[site]/rss.xml">) {
  const site = await siteOf(params);
  const [articles, { settings, origin }] = await Promise.all([getSiteFeed(site.id), getSiteChrome(site)]);
  const xml = buildRss(
    {
      title: settings.portalName,
      link: `${origin}/`,
      self: `${origin}/rss.xml`,
      description: `Tin tức, sự kiện, thông báo mới nhất của ${settings.agencyName}.`,
      imageUrl: origin + LOGO.path,
    },
    articles,
    origin,
  );
  return new Response(xml, { headers: xmlHeaders("application/rss+xml") });
}
