// Fails when a reader page that must be served from the cache was built as a page
// rendered on every request (ƒ in `next build`'s table): e.g. after someone reads
// cookies, headers or the query string in the shared layout. Run after `next build`.
import { readFileSync } from "node:fs";

const CACHED_ROUTES = [
  "/",
  "/chuyen-muc/[slug]/[[...trang]]",
  "/bai-viet/[slug]",
  "/thu-vien-anh",
  "/thu-vien-anh/[slug]",
  "/rss.xml",
  "/chuyen-muc/[slug]/rss.xml",
];

const manifest = JSON.parse(readFileSync(".next/prerender-manifest.json", "utf8"));
// Static routes are prerendered once; dynamic ones (generateStaticParams) on first request.
const cacheable = new Set([...Object.keys(manifest.routes), ...Object.keys(manifest.dynamicRoutes)]);
const regressed = CACHED_ROUTES.filter((route) => !cacheable.has(route));

if (regressed.length) {
  console.error(`These reader routes are no longer static or prerendered on demand:\n  ${regressed.join("\n  ")}`);
  console.error("They would render (and query the database) on every request. See lib/reader-data.ts.");
  process.exit(1);
}
console.log(`Reader routes served from the cache: ${CACHED_ROUTES.length} of ${CACHED_ROUTES.length}.`);
