import { siteUrl } from "@/lib/config";
import { buildSitemapIndex, buildUrlset } from "@/lib/feeds";
import { getSitemapOverview, getSitemapPart } from "@/lib/reader-data";
import { xmlHeaders } from "@/lib/xml";

/** Every public URL; past 50,000 of them, an index of /sitemap/<n>.xml parts instead. */
export async function GET() {
  const origin = siteUrl();
  const { parts, lastModified } = await getSitemapOverview();
  if (parts === 1) return new Response(buildUrlset((await getSitemapPart(1)) ?? [], origin), { headers: xmlHeaders() });
  const entries = Array.from({ length: parts }, (_, i) => ({ path: `/sitemap/${i + 1}.xml`, lastModified }));
  return new Response(buildSitemapIndex([...entries, { path: "/sitemap-news.xml" }], origin), { headers: xmlHeaders() });
}
