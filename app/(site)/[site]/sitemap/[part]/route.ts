import { buildUrlset } from "@/lib/feeds";
import { getSiteChrome, getSitemapOverview, getSitemapPart, siteOf } from "@/db/reader-data";
import { xmlHeaders } from "@/lib/xml";

/** /sitemap/<n>.xml: one part of a large sitemap (see /sitemap.xml). */
export async function GET(_request: Request, { params }: RouteContext<"/[site]/sitemap/[part]">) {
  const site = await siteOf(params);
  const match = /^([1-9]\d{0,5})\.xml$/.exec((await params).part);
  // A small site has no parts: /sitemap.xml lists everything itself.
  const split = match ? (await getSitemapOverview(site.id)).parts > 1 : false;
  const entries = match && split ? await getSitemapPart(site.id, Number(match[1])) : null;
  if (!entries) return new Response("Không tìm thấy", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(buildUrlset(entries, (await getSiteChrome(site)).origin), { headers: xmlHeaders() });
}
