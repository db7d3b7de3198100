import { buildNewsSitemap } from "@/lib/feeds";
import { getNewsSitemap, getSiteChrome, siteOf } from "@/db/reader-data";
import { xmlHeaders } from "@/lib/xml";

/** Google News sitemap: articles published in the last two days. */
export async function GET(_request: Request, { params }: RouteContext<"/[site]/sitemap-news.xml">) {
  const site = await siteOf(params);
  const [items, { settings, origin }] = await Promise.all([getNewsSitemap(site.id), getSiteChrome(site)]);
  return new Response(buildNewsSitemap(items, origin, settings.portalName), { headers: xmlHeaders() });
}
