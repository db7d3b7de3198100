import { getDraftFeed, getSiteChrome, siteOf } from "@/db/reader-data";
import { draftsRss } from "@/lib/feeds";
import { LOGO } from "@/lib/structured-data";
import { xmlHeaders } from "@/lib/xml";

// Served from the cache like the pages; each opening moment expires it (the scheduler).
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

/** Drafts put out for public comment, newest opened first, as RSS 2.0. */
export async function GET(_request: Request, { params }: RouteContext<"/[site]/du-thao/rss.xml">) {
  const site = await siteOf(params);
  const [items, { settings, origin }] = await Promise.all([getDraftFeed(site.id), getSiteChrome(site)]);
  const link = `${origin}/du-thao`;
  const xml = draftsRss(
    { title: `Lấy ý kiến dự thảo | ${settings.portalName}`, link, self: `${link}/rss.xml`, description: `Dự thảo văn bản ${settings.agencyName} lấy ý kiến nhân dân.`, imageUrl: origin + LOGO.path },
    items,
    origin,
  );
  return new Response(xml, { headers: xmlHeaders("application/rss+xml") });
}
