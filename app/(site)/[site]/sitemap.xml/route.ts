import { buildSitemapIndex, buildUrlset } from "@/lib/feeds";
import { getSiteChrome, getSitemapOverview, getSitemapPart, siteOf } from "@/db/reader-data";
import { xmlHeaders } from "@/lib/xml";

/** Every public URL; past 50,000 of them, an index of /sitemap/<n>.xml parts instead. */
export async function GET(_request: Request, { params }: RouteContext<"/[site]/sitemap.xml">) {
  const site = await siteOf(params);
  const { origin } = await getSiteChrome(site);
  const { parts, lastModified } = await getSitemapOverview(site.id);
  if (parts === 1) return new Response(buildUrlset((await getSitemapPart(site.id, 1)) ?? [], origin), { headers: xmlHeaders() });
  const entries = Array.from({ length: parts }, (_, i) => ({ path: `/sitemap/${i + 1}.xml`, lastModified }));
  return new Response(buildSitemapIndex([...entries, { path: "/sitemap-news.xml" }], origin), { headers: xmlHeaders() });
}
