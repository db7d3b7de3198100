// Next's cache for this server: rendered reader pages (ISR) and cached reader data
// (unstable_cache), in memory, invalidated by tag. Next loads this file by path
// (next.config.mjs `cacheHandler`), so it is plain JavaScript.
//
// Why not Next's default: it keeps entries on disk and would serve the pages `next
// build` prerendered (against no real database, see db/index.ts) and it compares a tag's
// invalidation time (Date.now) with entries' ages on another clock, which now and then
// let an entry written just before an edit survive it. Here one clock decides, and only
// what this running server rendered is ever served. The entries live in a store
// (lib/page-store.mjs) that the fast path of `npm start` reads too (lib/fast-path.mjs):
// pages are encoded once when stored, and plain hits are answered without Next. Several
// instances would swap the in-memory store for Redis (REDIS_URL) behind the same interface.

import { inlineScriptHashes, pagePolicy } from "./csp.mjs";
import { edgeUrls, purgeEdges } from "./edge-purge.mjs";
import { encodePage, now, processStore } from "./page-store.mjs";

const TAGS_HEADER = "x-next-cache-tags";

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

export default class CacheHandler {
  /** The store of this process; a test may pass its own. */
  constructor(options = {}) {
    this.storeReady = options.store ? Promise.resolve(options.store) : processStore();
  }

  async get(key, ctx) {
    const store = await this.storeReady;
    const entry = await store.get(key);
    if (!entry) {
      await store.markMissed(key, now());
      return null;
    }
    // Data reads also name the page's implicit tags (softTags: its path, its layouts).
    if (await store.isInvalidated([...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])], entry.lastModified, entry)) {
      await store.delete(key);
      return null;
    }
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(key, value, ctx) {
    const store = await this.storeReady;
    // Next sends a page's first (uncached) response from this same object, so the header
    // set here is on every response of the page, the first one included.
    if (value?.kind === "APP_PAGE" && typeof value.html === "string") {
      value.headers ??= {};
      value.headers["content-security-policy"] = pagePolicy(inlineScriptHashes(value.html));
      // For the edge cache: the tags to purge this page by (only with an edge configured).
      if (edgeUrls().length) value.headers.xkey = tagsOf(value, ctx).join(" ");
    }
    const lastModified = (await store.takeMissed(key)) ?? now();
    await store.set(key, {
      value,
      lastModified,
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
      tags: tagsOf(value, ctx),
      size: key.length + sizeOf(value),
      page: encodePage(value),
    });
  }

  /**
   * Every invalidation expires at once (reader-facing edits must show on the next
   * request); `durations` asks for stale-while-revalidate, which this portal never uses.
   */
  async revalidateTag(tags) {
    const list = typeof tags === "string" ? [tags] : tags;
    await (await this.storeReady).invalidate(list, now());
    await purgeEdges(list);
  }

  resetRequestCache() {}
}
