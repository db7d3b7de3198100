// Cached reader pages at the cost of a static file. `npm start` (scripts/start.mjs) puts
// this in front of Next's request handler: a plain GET or HEAD of a page the reader cache
// holds, fresh and not invalidated, is answered here from the bytes encoded when the page
// was stored (lib/page-store.mjs), with the status and headers Next would send (the page's
// own CSP included) and a strong ETag; no router, no rendering, no compression per
// request. Anything else returns false and goes to Next exactly as before: RSC and
// prefetch requests, other query strings, other methods, signed-in editors, draft mode, a
// page not (or no longer) cached, stale or not yet encoded.
//
// It sits where proxy.ts would rewrite the URL, so it keys the request the same way
// (lib/reader-url.mjs). Whatever proxy.ts adds to a cached reader page's response must be
// stored with the page (as its CSP is), or it would be missing here.
import { normalizeHost, readerPath, sitePath } from "./reader-url.mjs";
import { memoryStore, now } from "./page-store.mjs";
import { newVisitorId, visitorIdIn, visitorSetCookie, withVisitorId } from "./visitor-cookie.mjs";

/** Auth.js's session cookie (plain and chunked), and Next's draft-mode cookie. */
const BYPASS_COOKIE = /(?:^|;\s*)(?:(?:__Secure-)?authjs\.session-token(?:\.\d+)?|__prerender_bypass)=/;

/** Request headers that make Next answer something other than the page's HTML. */
const NEXT_REQUEST_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "next-url", "x-prerender-revalidate", "next-hmr-refresh"];

/** What Next sends for an app page (routeModule.getVaryHeader) plus the compression's. */
export const PAGE_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

/** Reader paths the fast path looks up: plain segments, no dot segments, no escapes. */
const PLAIN_PATH = /^(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9._~-]+)+$|^\/$/;
const NOT_READER = /^\/(?:_next|api|media|admin)(?:\/|$)/;

/** Cache-Control as Next writes it for a cached page (next/dist/server/lib/cache-control.js). */
export function cacheControlHeader({ revalidate, expire }) {
  const swr = typeof revalidate === "number" && expire !== undefined && revalidate < expire ? `, stale-while-revalidate=${expire - revalidate}` : "";
  return typeof revalidate === "number" ? `s-maxage=${revalidate}${swr}` : `s-maxage=31536000${swr}`;
}

/** The best encoding a request accepts of br, gzip and identity (q-values honoured). */
export function negotiateEncoding(acceptEncoding) {
  if (!acceptEncoding) return "identity";
  let best = "identity";
  let bestQ = 0.001; // identity is acceptable unless refused
  let identityQ;
  let starQ;
  for (const part of acceptEncoding.split(",")) {
    const [rawName, ...params] = part.trim().split(";");
    const name = rawName.trim().toLowerCase();
    let q = 1;
    for (const param of params) {
      const [k, v] = param.trim().split("=");
      if (k?.trim().toLowerCase() === "q") q = Number(v);
    }
    if (!Number.isFinite(q)) q = 0;
    if (name === "identity") identityQ = q;
    else if (name === "*") starQ = q;
    else if ((name === "br" || name === "gzip" || name === "x-gzip") && q > 0) {
      const encoding = name === "br" ? "br" : "gzip";
      // Equal weights: brotli (smaller) first.
      if (q > bestQ || (q === bestQ && encoding === "br")) {
        best = encoding;
        bestQ = q;
      }
    }
  }
  if (best !== "identity") return best;
  if (starQ > 0 && identityQ === undefined) return "br";
  return identityQ === 0 || (starQ === 0 && identityQ === undefined) ? null : "identity";
}

/** True when an If-None-Match header names this ETag (or is `*`). */
function matches(ifNoneMatch, etag) {
  if (ifNoneMatch.trim() === "*") return true;
  for (const candidate of ifNoneMatch.split(",")) {
    const value = candidate.trim();
    if (value === etag || value === `W/${etag}`) return true;
  }
  return false;
}

/**
 * The next.config headers every response carries, from its `headers()` rules. Only rules
 * for every path (`/:path*`, no conditions) are understood; with any other rule the fast
 * path would not know which headers a page gets, so it is turned off (null).
 */
export async function configHeaders(nextConfig) {
  const rules = (await nextConfig.headers?.()) ?? [];
  const headers = [];
  for (const rule of rules) {
    if (rule.source !== "/:path*" || rule.has || rule.missing) return null;
    for (const { key, value } of rule.headers) headers.push(key, value);
  }
  return headers;
}

/**
 * The request layer: `serve(req, res)` answers a plain hit and returns true (or a promise
 * of it, with a store that answers asynchronously), false otherwise.
 */
export function createFastPath({ headers: baseHeaders, store = memoryStore(), clock = now } = {}) {
  if (!baseHeaders) return () => false;
  const acceptCache = new Map();
  const encodingFor = (accept) => {
    let encoding = acceptCache.get(accept);
    if (encoding === undefined) {
      encoding = negotiateEncoding(accept);
      if (acceptCache.size > 200) acceptCache.clear();
      acceptCache.set(accept, encoding);
    }
    return encoding;
  };

  function headerList(entry, encoding) {
    const page = entry.page;
    page.headers ??= {};
    let list = page.headers[encoding];
    if (list) return list;
    list = [...baseHeaders, "content-type", "text/html; charset=utf-8"];
    for (const [name, value] of Object.entries(entry.value.headers ?? {})) {
      if (name === "x-next-cache-tags" || value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) list.push(name, String(v));
    }
    list.push("x-nextjs-cache", "HIT", "x-nextjs-prerender", "1", "cache-control", cacheControlHeader(entry.cacheControl), "vary", PAGE_VARY, "etag", page.etags[encoding]);
    if (encoding !== "identity") list.push("content-encoding", encoding);
    list.push("content-length", String(page.bodies[encoding].length));
    page.headers[encoding] = list;
    return list;
  }

  /** A fresh, valid, encoded page entry for the request, or undefined. */
  function usable(entry, invalidated) {
    if (!entry?.page?.complete || invalidated) return false;
    const { cacheControl, lastModified } = entry;
    if (!cacheControl || cacheControl.revalidate === 0) return false;
    const at = clock();
    if (typeof cacheControl.revalidate === "number" && lastModified + cacheControl.revalidate * 1000 < at) return false;
    if (typeof cacheControl.expire === "number" && lastModified + cacheControl.expire * 1000 < at) return false;
    return true;
  }

  function send(req, res, entry) {
    const encoding = encodingFor(req.headers["accept-encoding"]);
    if (encoding === null) return false; // nothing acceptable: Next decides
    const page = entry.page;
    const headers = headerList(entry, encoding);
    const ifNoneMatch = req.headers["if-none-match"];
    if (ifNoneMatch && page.status === 200 && matches(ifNoneMatch, page.etags[encoding])) {
      res.writeHead(304, notModifiedHeaders(headers));
      res.end();
      return true;
    }
    res.writeHead(page.status, headers);
    if (req.method === "HEAD") res.end();
    else res.end(page.bodies[encoding]);
    return true;
  }

  return function serve(req, res) {
    const method = req.method;
    if (method !== "GET" && method !== "HEAD") return false;
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const pathname = q === -1 ? url : url.slice(0, q);
    if (!PLAIN_PATH.test(pathname) || NOT_READER.test(pathname)) return false;
    let page = null;
    if (q !== -1) {
      // The one cacheable query: a category's page number.
      const query = url.slice(q + 1);
      const match = /^trang=(\d{1,6})$/.exec(query);
      if (!match || !pathname.startsWith("/chuyen-muc/")) return false;
      page = match[1];
    }
    const h = req.headers;
    for (const name of NEXT_REQUEST_HEADERS) if (h[name] !== undefined) return false;
    if (h.cookie && BYPASS_COOKIE.test(h.cookie)) return false;
    const path = readerPath(pathname, page);
    if (q !== -1 && path === pathname) return false; // ?trang= that is not a page number of a category
    const key = sitePath(normalizeHost(h.host), path);

    const entry = store.pageAt(key);
    if (entry && typeof entry.then === "function") {
      return entry.then((e) => e && Promise.resolve(store.isInvalidated(e.tags, e.lastModified, e)).then((invalid) => usable(e, invalid) && send(req, res, e)));
    }
    if (!entry) return false;
    const invalid = store.isInvalidated(entry.tags, entry.lastModified, entry);
    if (typeof invalid?.then === "function") return invalid.then((i) => usable(entry, i) && send(req, res, entry));
    return usable(entry, invalid) && send(req, res, entry);
  };
}

/** A 304 carries the validators and caching headers of the 200, no body headers. */
function notModifiedHeaders(headers) {
  const keep = [];
  for (let i = 0; i < headers.length; i += 2) {
    const name = headers[i].toLowerCase();
    if (name === "etag" || name === "cache-control" || name === "vary" || name === "x-nextjs-cache" || name === "content-security-policy") keep.push(headers[i], headers[i + 1]);
  }
  return keep;
}

/**
 * A reader's server action (a POST with Next-Action, or a form posted without JavaScript)
 * from a visitor without the visitor cookie: the cookie is minted here, onto the request
 * Next reads and the response, so the action finds a visitor and sets no cookie itself
 * (which would make Next render the page's payload into the action's answer). Admin
 * requests are left alone.
 */
export function mintVisitorCookie(req, res) {
  if (req.method !== "POST" || (req.url ?? "").startsWith("/admin")) return;
  const h = req.headers;
  if (h["next-action"] === undefined && !/^multipart\/form-data/i.test(h["content-type"] ?? "")) return;
  if (visitorIdIn(h.cookie)) return;
  const id = newVisitorId();
  h.cookie = withVisitorId(h.cookie, id);
  res.appendHeader("set-cookie", visitorSetCookie(id));
}
