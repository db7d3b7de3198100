import { fileURLToPath } from "node:url";
import { BASE_POLICY } from "./lib/csp.mjs";

// SITE_URL is read here at build time (and again at run time for links): a build for a
// public https origin must be made with SITE_URL set, or it sends no HSTS and accepts
// server actions only when Origin matches Host / X-Forwarded-Host.
const siteUrl = process.env.SITE_URL ? new URL(process.env.SITE_URL) : null;

const securityHeaders = [
  // Each HTML page adds its strict script policy to this one: see lib/csp.mjs.
  { key: "Content-Security-Policy", value: BASE_POLICY },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  // Only for an https site: over plain http browsers ignore it, and localhost must stay usable.
  ...(siteUrl?.protocol === "https:" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // proxy.ts redirects trailing slashes itself: Next's redirect carries no security headers.
  skipTrailingSlashRedirect: true,
  // PGlite loads its WASM and data files from its own package folder at runtime.
  serverExternalPackages: ["@electric-sql/pglite", "sharp", "@node-rs/argon2", "@aws-sdk/client-s3", "pdfkit", "fontkit", "unpdf"],
  // Reader pages and their data, cached in memory by tag; see the file for why not Next's
  // default (pages prerendered by `next build` are never served from it).
  cacheHandler: fileURLToPath(new URL("./lib/cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  experimental: {
    // forbidden(): a real 403 page when a signed-in user lacks the role.
    authInterrupts: true,
    // Next refuses a server action whose Origin is neither Host nor X-Forwarded-Host; a
    // proxy that rewrites both still serves the public origin, which this allows.
    serverActions: { allowedOrigins: siteUrl ? [siteUrl.host] : [] },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
