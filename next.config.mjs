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

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
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
  experimental: {
    // Cached reader data belongs to one database, but one build can serve several (the
    // e2e run, a fresh data folder…): keep it in memory so a restart never serves
    // another database's pages. A shared cache across instances is Redis's job.
    isrFlushToDisk: false,
    // forbidden(): a real 403 page when a signed-in user lacks the role.
    authInterrupts: true,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
