// Next's cache for this server: rendered reader pages (ISR) and cached reader data
// (unstable_cache), in memory, invalidated by tag. Next loads this file by path
// (next.config.mjs `cacheHandler`), so it is plain JavaScript.
//
// Why not Next's default: it keeps entries on disk and would serve the pages `next
// build` prerendered (against no real database, see db/index.ts) and it compares a tag's
// invalidation time (Date.now) with entries' ages on another clock, which now and then
// let an entry written just before an edit survive it. Here one clock decides, and only
// what this running server rendered is ever served. Several instances would swap the
// Map for Redis (REDIS_URL); the interface stays the same.

import { inlineScriptHashes, pagePolicy } from "./csp.mjs";

const MAX_BYTES = (Number(process.env.CACHE_MAX_MB) || 256) * 1024 * 1024;
const TAGS_HEADER = "x-next-cache-tags";

/** Next's own clock for ages and staleness (IncrementalCache uses the same). */
const now = () => performance.timeOrigin + performance.now();

/**
 * One store per process, on globalThis: Next creates a handler per request, and a module
 * loaded by several bundles would otherwise keep several stores.
 */
const store = (globalThis.__portalCache ??= {
  entries: new Map(), // key → { value, lastModified, cacheControl, tags, size }
  invalidatedAt: new Map(), // tag → time of its last invalidation
  // key → when a read found it missing. The value then set was read from the database
  // after that moment, so it is dated then: an edit committed while a page was rendering
  // makes that page count as stale, instead of hiding the edit until the time limit.
  missedAt: new Map(),
  totalBytes: 0,
});
const { entries, invalidatedAt, missedAt } = store;

function sizeOf(value) {
  if (!value) return 64;
  switch (value.kind) {
    case "APP_PAGE": {
      let size = String(value.html ?? "").length + (value.rscData?.length ?? 0);
      for (const [segment, buffer] of value.segmentData ?? []) size += segment.length + buffer.length;
      return size;
    }
    case "APP_ROUTE":
      return value.body?.length ?? 0;
    case "FETCH":
      return JSON.stringify(value.data ?? "").length;
    default:
      return JSON.stringify(value).length;
  }
}

/** The tags an entry answers to: given with it (data) or recorded in its headers (pages). */
function tagsOf(value, ctx) {
  const tags = [...(ctx?.tags ?? []), ...(value?.tags ?? [])];
  const header = value?.headers?.[TAGS_HEADER];
  if (typeof header === "string") tags.push(...header.split(","));
  return [...new Set(tags)];
}

function isInvalidated(tags, lastModified) {
  return tags.some((tag) => (invalidatedAt.get(tag) ?? -Infinity) >= lastModified);
}

function remove(key) {
  const entry = entries.get(key);
  if (!entry) return;
  store.totalBytes -= entry.size;
  entries.delete(key);
}

export default class CacheHandler {
  async get(key, ctx) {
    const entry = entries.get(key);
    if (!entry) {
      if (missedAt.size > 10_000) missedAt.clear(); // misses that never rendered (errors)
      if (!missedAt.has(key)) missedAt.set(key, now());
      return null;
    }
    // Data reads also name the page's implicit tags (softTags: its path, its layouts).
    if (isInvalidated([...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])], entry.lastModified)) {
      remove(key);
      return null;
    }
    // Least recently used goes first when memory runs out: re-insert to mark it used.
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(key, value, ctx) {
    remove(key);
    // Next sends a page's first (uncached) response from this same object, so the header
    // set here is on every response of the page, the first one included.
    if (value?.kind === "APP_PAGE" && typeof value.html === "string") {
      value.headers ??= {};
      value.headers["content-security-policy"] = pagePolicy(inlineScriptHashes(value.html));
    }
    const lastModified = missedAt.get(key) ?? now();
    missedAt.delete(key);
    const entry = {
      value,
      lastModified,
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
      tags: tagsOf(value, ctx),
      size: key.length + sizeOf(value),
    };
    if (entry.size > MAX_BYTES) return;
    entries.set(key, entry);
    store.totalBytes += entry.size;
    for (const oldest of entries.keys()) {
      if (store.totalBytes <= MAX_BYTES) break;
      remove(oldest);
    }
  }

  /**
   * Every invalidation expires at once (reader-facing edits must show on the next
   * request); `durations` asks for stale-while-revalidate, which this portal never uses.
   */
  async revalidateTag(tags) {
    const at = now();
    for (const tag of typeof tags === "string" ? [tags] : tags) invalidatedAt.set(tag, at);
  }

  resetRequestCache() {}
}
