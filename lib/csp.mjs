// The portal's Content-Security-Policy, in two layers (plain JavaScript: next.config.mjs
// and lib/cache-handler.mjs load it outside the bundler).
//
// Every response carries BASE_POLICY (next.config.mjs). It does not restrict scripts,
// because Next's pages need inline scripts (the streamed RSC payload) that differ per
// page. Each HTML page adds a second, strict policy, and a browser enforces both:
// - cached reader pages: the hashes of their own inline scripts (lib/cache-handler.mjs),
//   since a cached page cannot carry a per-request nonce;
// - pages rendered per request (search, poll results, admin): a nonce (proxy.ts).
// No policy anywhere allows 'unsafe-inline' scripts.
import { createHash } from "node:crypto";

export const BASE_POLICY = [
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** The strict policy of one HTML page: scripts from this origin plus the given sources. */
export function pagePolicy(scriptSources) {
  return ["default-src 'self'", `script-src 'self' ${scriptSources.join(" ")}`.trim(), BASE_POLICY].join("; ");
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** 'sha256-…' sources for the inline scripts of an HTML document (external ones are 'self'). */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}
