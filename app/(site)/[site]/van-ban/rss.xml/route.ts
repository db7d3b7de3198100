import { getDocumentFeed } from "@/db/documents-reader";
import { getSiteChrome, siteOf } from "@/db/reader-data";
import { documentsRss } from "@/lib/document-export";
import { LOGO } from "@/lib/structured-data";
import { xmlHeaders } from "@/lib/xml";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

/** The newest documents of every loại as RSS 2.0. */
export async function GET(_request: Request, { params }: RouteContext<"/[site]/van-ban/rss.xml">) {
  const site = await siteOf(params);
  const [items, { settings, origin }] = await Promise.all([getDocumentFeed(site.id), getSiteChrome(site)]);
  const link = `${origin}/van-ban`;
  const xml = documentsRss({ title: `Văn bản | ${settings.portalName}`, link, self: `${link}/rss.xml`, description: `Văn bản mới ban hành của ${settings.agencyName}.`, imageUrl: origin + LOGO.path }, items, origin);
  return new Response(xml, { headers: xmlHeaders("application/rss+xml") });
}
