import { fileURLToPath } from "node:url";
import { BASE_POLICY } from "./lib/csp.mjs";

const securityHeaders = [
  // Each HTML page adds its strict script policy to this one: see lib/csp.mjs.
  { key: "Content-Security-Policy", value: BASE_POLICY },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // PGlite loads its WASM and data files from its own package folder at runtime.
  serverExternalPackages: ["@electric-sql/pglite", "sharp", "@node-rs/argon2"],
  // Reader pages and their data, cached in memory by tag; see the file for why not Next's
  // default (pages prerendered by `next build` are never served from it).
  cacheHandler: fileURLToPath(new URL("./lib/cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  experimental: {
    // forbidden(): a real 403 page when a signed-in user lacks the role.
    authInterrupts: true,
  },
  async rewrites() {
    return {
      // `/chuyen-muc/x?trang=2` (readers' and search engines' URL) is served by the
      // cacheable route `/chuyen-muc/x/2`: a page that read the query string could not be cached.
      beforeFiles: [
        {
          source: "/chuyen-muc/:slug",
          has: [{ type: "query", key: "trang", value: "(?<page>\\d{1,6})" }],
          destination: "/chuyen-muc/:slug/:page",
        },
      ],
    };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
