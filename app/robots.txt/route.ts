import { connection } from "next/server";
import { siteUrl } from "@/lib/config";

// The editors' area (article previews at /admin/xem-truoc/ included) and machine
// endpoints are not for search engines. Only paths that exist: robots.txt is public, and
// a path it names that nothing serves only tells a visitor where to look.
const DISALLOWED_PATHS = ["/admin", "/api/"];

/** Read at request time: SITE_URL belongs to the running server, not to the build. */
export async function GET() {
  await connection();
  const origin = siteUrl();
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
