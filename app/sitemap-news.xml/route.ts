import { siteUrl } from "@/lib/config";
import { buildNewsSitemap } from "@/lib/feeds";
import { getNewsSitemap, getSiteChrome } from "@/lib/reader-data";
import { xmlHeaders } from "@/lib/xml";

/** Google News sitemap: articles published in the last two days. */
export async function GET() {
  const [items, { settings }] = await Promise.all([getNewsSitemap(), getSiteChrome()]);
  return new Response(buildNewsSitemap(items, siteUrl(), settings.portalName), { headers: xmlHeaders() });
}
