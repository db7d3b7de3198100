/** Types of lib/page-store-redis.mjs for its tests; the server loads the JavaScript. */
import type Redis from "ioredis";
type Page = { status: number; bodies: { identity: Buffer; br: Buffer; gzip: Buffer }; etags: Record<string, string>; complete: boolean; ready: Promise<number> };
type Entry = { value: unknown; lastModified: number; cacheControl?: unknown; tags: string[]; size: number; page?: Page };
type LocalStore = { get(key: string): Entry | undefined; clear(): void };
export type RedisPageStore = {
  get(key: string): Promise<Entry | undefined>;
  set(key: string, entry: Entry): Promise<void>;
  delete(key: string): Promise<void>;
  invalidate(tags: string[], at: number): Promise<void>;
  isInvalidated(tags: string[], lastModified: number, entry?: Entry): Promise<boolean>;
  pageAt(path: string): Promise<Entry | undefined>;
  local: LocalStore;
};
export declare function redisStore(options?: { redis?: Redis; prefix?: string }): RedisPageStore;
