// Headers every response carries. Scripts still need 'unsafe-inline' because Next's
// streamed RSC payload is inline; hashes/nonces are the security issue's job.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

// SITE_URL is read here at build time (and again at run time for links): a build for a
// public https origin must be made with SITE_URL set, or it sends no HSTS and accepts
// server actions only when Origin matches Host / X-Forwarded-Host.
const siteUrl = process.env.SITE_URL ? new URL(process.env.SITE_URL) : null;

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
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
  serverExternalPackages: ["@electric-sql/pglite", "sharp", "@node-rs/argon2"],
  experimental: {
    // Cached reader data belongs to one database, but one build can serve several (the
    // e2e run, a fresh data folder…): keep it in memory so a restart never serves
    // another database's pages. A shared cache across instances is Redis's job.
    isrFlushToDisk: false,
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
