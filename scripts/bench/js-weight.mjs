// JavaScript a reader downloads for one page: every script and modulepreload under
// /_next/ referenced by the HTML, each gzipped at level 9 (what a CDN would serve).
import { gzipSync } from "node:zlib";
import { BROWSER_USER_AGENT } from "./config.mjs";

const TAG = /<(script|link)\b([^>]*)>/gi;
const attribute = (attributes, name) => new RegExp(`\\b${name}="([^"]*)"`, "i").exec(attributes)?.[1];

/**
 * Script URLs a modern browser fetches: <script src> except `nomodule` (legacy polyfills,
 * skipped by every browser that runs modules), and script preloads/modulepreloads.
 */
export function scriptUrls(html) {
  const urls = new Set();
  for (const [, tag, attributes] of html.matchAll(TAG)) {
    let url;
    if (tag.toLowerCase() === "script") url = /\bnomodule\b/i.test(attributes) ? undefined : attribute(attributes, "src");
    else if (/^(modulepreload|preload)$/i.test(attribute(attributes, "rel") ?? "") && /\.js(\?|$)/.test(attribute(attributes, "href") ?? "")) url = attribute(attributes, "href");
    if (url?.startsWith("/_next/")) urls.add(url.replaceAll("&amp;", "&"));
  }
  return [...urls];
}

/** { files, rawBytes, gzipBytes } for the page at origin + path. */
export async function pageJsWeight(origin, path) {
  const get = (p) => fetch(origin + p, { headers: { "user-agent": BROWSER_USER_AGENT } });
  const page = await get(path);
  if (!page.ok) throw new Error(`${path} answered ${page.status}`);
  const urls = scriptUrls(await page.text());
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const url of urls) {
    const response = await get(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: urls.length, rawBytes, gzipBytes };
}
