// Where the reader cache keeps its entries: shared by Next's cache handler
// (lib/cache-handler.mjs), which fills and invalidates it, and the fast path of `npm start`
// (lib/fast-path.mjs), which answers plain hits from it without running Next. Plain
// JavaScript: both are loaded outside the bundler.
//
// The store is an interface so a shared one can replace this in-memory one (issue
// "Scale-out": Redis); every method may return a promise, and both callers await it:
//   get(key) → Entry | undefined            an entry as stored, no validity check
//   set(key, entry) / delete(key)
//   invalidate(tags, at)                   every entry carrying one of the tags and dated
//                                          at or before `at` is invalid from now on
//   isInvalidated(tags, lastModified) → boolean
//   markMissed(key, at) / takeMissed(key) → number | undefined   (see missedAt below)
//   pageAt(path) → Entry | undefined       the page entry stored for an internal page path
//                                          (`/<host>/<path>`), for the fast path
// An entry is { value, lastModified, cacheControl, tags, size, page? }: `page` holds a page's
// bytes encoded once when it is stored (see encodePage), so no request compresses them.
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Next's own clock for ages and staleness (IncrementalCache uses the same). */
export const now = () => performance.timeOrigin + performance.now();

/**
 * Next scopes a page's storage key by its route
 * (`/route-cache/APP_PAGE/<route hash>/$<page path>`, next/dist/server/lib/route-cache-key.js):
 * the page path is what the fast path knows (it never runs Next's router), so pages are
 * also indexed by it.
 */
const PAGE_KEY = /^\/route-cache\/APP_PAGE\/[0-9a-f]+\/\$(\/.*)$/;

export function pagePathOf(key) {
  const match = PAGE_KEY.exec(key);
  return match ? match[1] : undefined;
}

/**
 * The store of this process: in memory, or Redis's when REDIS_URL is set (shared by every
 * instance, lib/page-store-redis.mjs). One per process, on globalThis (Next loads modules
 * in several bundles, and the fast path of scripts/start.mjs loads its own).
 */
export async function processStore() {
  if (!process.env.REDIS_URL) return memoryStore();
  const { redisStore } = await import("./page-store-redis.mjs");
  return (globalThis.__portalRedisStore ??= redisStore());
}

/** The in-memory store of this process (also the Redis store's copy for outages). */
export function memoryStore() {
  return (globalThis.__portalCacheStore ??= createMemoryStore());
}

export function createMemoryStore() {
  const entries = new Map(); // key → entry; Map order is recency (least recently used first)
  const invalidatedAt = new Map(); // tag → time of its last invalidation
  // key → when a read found it missing. The value then set was read from the database
  // after that moment, so it is dated then: an edit committed while a page was rendering
  // makes that page count as stale, instead of hiding the edit until the time limit.
  const missedAt = new Map();
  const pages = new Map(); // page path → key
  let totalBytes = 0;
  const maxBytes = (Number(process.env.CACHE_MAX_MB) || 256) * 1024 * 1024;

  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    totalBytes -= entry.size + (entry.encodedBytes ?? 0);
    entries.delete(key);
    const path = pagePathOf(key);
    if (path && pages.get(path) === key) pages.delete(path);
  }

  return {
    get(key) {
      const entry = entries.get(key);
      if (entry) {
        // Least recently used goes first when memory runs out: re-insert to mark it used.
        entries.delete(key);
        entries.set(key, entry);
      }
      return entry;
    },
    set(key, entry) {
      remove(key);
      if (entry.size > maxBytes) return;
      entries.set(key, entry);
      totalBytes += entry.size;
      const path = pagePathOf(key);
      if (path) pages.set(path, key);
      entry.page?.ready.then((bytes) => {
        if (entries.get(key) !== entry) return;
        entry.encodedBytes = bytes;
        totalBytes += bytes;
        evict();
      });
      evict();
    },
    delete: remove,
    invalidate(tags, at) {
      for (const tag of tags) invalidatedAt.set(tag, at);
    },
    isInvalidated(tags, lastModified) {
      for (const tag of tags) if ((invalidatedAt.get(tag) ?? -Infinity) >= lastModified) return true;
      return false;
    },
    markMissed(key, at) {
      if (missedAt.size > 10_000) missedAt.clear(); // misses that never rendered (errors)
      if (!missedAt.has(key)) missedAt.set(key, at);
    },
    takeMissed(key) {
      const at = missedAt.get(key);
      missedAt.delete(key);
      return at;
    },
    pageAt(path) {
      const key = pages.get(path);
      return key === undefined ? undefined : entries.get(key);
    },
    /** For tests: forget everything. */
    clear() {
      entries.clear();
      invalidatedAt.clear();
      missedAt.clear();
      pages.clear();
      totalBytes = 0;
    },
  };

  function evict() {
    for (const oldest of entries.keys()) {
      if (totalBytes <= maxBytes) break;
      remove(oldest);
    }
  }
}

/** Page statuses the fast path may answer with (a cached redirect or error goes to Next). */
const SERVABLE_STATUS = new Set([200, 404]);

/**
 * A page's bytes for the fast path: UTF-8, brotli and gzip, each with its strong ETag,
 * encoded once off the main thread. `ready` resolves to the bytes they take once all are
 * there; until then the fast path leaves the page to Next. Only whole HTML pages qualify
 * (not a partial prerender, not a redirect).
 */
export function encodePage(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string" || value.postponed !== undefined) return undefined;
  const status = value.status ?? 200;
  if (!SERVABLE_STATUS.has(status)) return undefined;
  const identity = Buffer.from(value.html, "utf8");
  const tag = createHash("sha256").update(identity).digest("base64url").slice(0, 27);
  const page = {
    status,
    bodies: { identity },
    etags: { identity: `"${tag}"`, br: `"${tag}-br"`, gzip: `"${tag}-gz"` },
    complete: false,
    /** Header lists by encoding, built by the fast path on first use. */
    headers: undefined,
  };
  page.ready = Promise.all([
    brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }),
    gzipAsync(identity, { level: 9 }),
  ]).then(
    ([br, gz]) => {
      page.bodies.br = br;
      page.bodies.gzip = gz;
      page.complete = true;
      return br.length + gz.length;
    },
    () => 0, // never served from the fast path; Next still has it
  );
  return page;
}
