import { getDocumentFeed, getDocumentLists } from "@/db/documents-reader";
import { getSiteChrome, siteOf } from "@/db/reader-data";
import { documentsRss } from "@/lib/document-export";
import { isValidSlug } from "@/lib/slug";
import { LOGO } from "@/lib/structured-data";
import { xmlHeaders } from "@/lib/xml";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

/** One loại văn bản's newest documents as RSS 2.0. */
export async function GET(_request: Request, { params }: RouteContext<"/[site]/van-ban/loai/[slug]/rss.xml">) {
  const { slug } = await params;
  const site = await siteOf(params);
  const type = isValidSlug(slug) ? (await getDocumentLists(site.id)).types.find((t) => t.slug === slug) : undefined;
  if (!type) return new Response("Không tìm thấy loại văn bản", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const [items, { settings, origin }] = await Promise.all([getDocumentFeed(site.id, type.slug), getSiteChrome(site)]);
  const link = `${origin}/van-ban?loai=${type.slug}`;
  const xml = documentsRss(
    { title: `${type.name} | ${settings.portalName}`, link, self: `${origin}/van-ban/loai/${type.slug}/rss.xml`, description: `${type.name} mới ban hành của ${settings.agencyName}.`, imageUrl: origin + LOGO.path },
    items,
    origin,
  );
  return new Response(xml, { headers: xmlHeaders("application/rss+xml") });
}
