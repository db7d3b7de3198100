/** Types of lib/cache-handler.mjs for its tests; Next itself loads the JavaScript. */
type Entry = { value: unknown; lastModified: number; cacheControl?: unknown } | null;
import type { CacheStore } from "./page-store.mjs";
export default class CacheHandler {
  constructor(options?: { store?: CacheStore | unknown });
  get(key: string, ctx?: { kind?: string; tags?: string[]; softTags?: string[] }): Promise<Entry>;
  set(key: string, value: unknown, ctx?: { fetchCache?: boolean; tags?: string[]; cacheControl?: unknown }): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
