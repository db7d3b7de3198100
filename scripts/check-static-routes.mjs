// Fails when a reader page that must be served from the cache was built as a page
// rendered on every request (ƒ in `next build`'s table): e.g. after someone reads
// cookies, headers or the query string in the shared layout. Run after `next build`.
import { readFileSync } from "node:fs";

// Reader pages live under the site segment: proxy.ts rewrites host/path to /<host>/path.
const CACHED_ROUTES = [
  "/[site]",
  "/[site]/chuyen-muc/[slug]/[[...trang]]",
  "/[site]/bai-viet/[slug]",
  "/[site]/thu-vien-anh",
  "/[site]/thu-vien-anh/[slug]",
  "/[site]/trang-thanh-phan",
  "/[site]/rss.xml",
  "/[site]/chuyen-muc/[slug]/rss.xml",
  // The unit and the pages around the content (issue 14).
  "/[site]/gioi-thieu",
  "/[site]/gioi-thieu/lanh-dao",
  "/[site]/gioi-thieu/co-cau-to-chuc",
  "/[site]/en",
  "/[site]/so-do-cong",
  "/[site]/tiep-can-thong-tin",
  "/[site]/kha-nang-tiep-can",
  "/[site]/chinh-sach-bao-ve-du-lieu-ca-nhan",
  // The documents register (issue 14).
  "/[site]/van-ban/[slug]",
  "/[site]/van-ban/rss.xml",
  "/[site]/van-ban/loai/[slug]/rss.xml",
  // Schedule, procedures, budget disclosures (issue 14).
  "/[site]/lich-cong-tac/[[...chon]]",
  "/[site]/thu-tuc-hanh-chinh",
  "/[site]/thu-tuc-hanh-chinh/[slug]",
  "/[site]/cong-khai-ngan-sach",
  "/[site]/cong-khai-ngan-sach/[danh-sach]",
  // Citizens' voice (issue 15).
  "/[site]/danh-gia",
  "/[site]/hoi-dap",
  "/[site]/hoi-dap/[slug]",
  "/[site]/hoi-dap/gui-cau-hoi",
  "/[site]/du-thao",
  "/[site]/du-thao/[slug]",
  "/[site]/du-thao/rss.xml",
];
// Rendered per request: a cached copy would show one reader's search or votes to the next.
const PER_REQUEST_ROUTES = ["/[site]/tim-kiem", "/[site]/binh-chon/[id]", "/[site]/danh-ba", "/[site]/van-ban", "/[site]/van-ban.json", "/[site]/van-ban.csv", "/[site]/thu-tuc-hanh-chinh/tra-cuu", "/[site]/hoi-dap/tim-kiem", "/[site]/hoi-dap/tra-cuu"];

const manifest = JSON.parse(readFileSync(".next/prerender-manifest.json", "utf8"));
// Static routes are prerendered once; dynamic ones (generateStaticParams) on first request.
const cacheable = new Set([...Object.keys(manifest.routes), ...Object.keys(manifest.dynamicRoutes)]);
const regressed = CACHED_ROUTES.filter((route) => !cacheable.has(route));
const wronglyCached = PER_REQUEST_ROUTES.filter((route) => cacheable.has(route));

if (wronglyCached.length) {
  console.error(`These reader routes must render per request but would be cached:\n  ${wronglyCached.join("\n  ")}`);
  process.exit(1);
}
if (regressed.length) {
  console.error(`These reader routes are no longer static or prerendered on demand:\n  ${regressed.join("\n  ")}`);
  console.error("They would render (and query the database) on every request. See db/reader-data.ts.");
  process.exit(1);
}
console.log(`Reader routes served from the cache: ${CACHED_ROUTES.length} of ${CACHED_ROUTES.length}.`);
