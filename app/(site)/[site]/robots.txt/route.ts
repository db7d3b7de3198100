import { connection } from "next/server";
import { getSiteChrome, siteOf } from "@/db/reader-data";

// The editors' area (article previews under /admin/xem-truoc included) and machine
// endpoints are not for search engines.
const DISALLOWED_PATHS = ["/admin", "/api/"];

/** Read at request time: the site's origin belongs to the running server, not to the build. */
export async function GET(_request: Request, { params }: RouteContext<"/[site]/robots.txt">) {
  await connection();
  const { origin } = await getSiteChrome(await siteOf(params));
  const body = [
    "User-agent: *",
    "Allow: /",
    ...DISALLOWED_PATHS.map((p) => `Disallow: ${p}`),
    "",
    `Sitemap: ${origin}/sitemap.xml`,
    `Sitemap: ${origin}/sitemap-news.xml`,
    "",
  ].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
