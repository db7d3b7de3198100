/** Types of lib/page-store.mjs for tests; the server loads the JavaScript. */
export type PageBytes = {
  status: number;
  bodies: { identity: Buffer; br?: Buffer; gzip?: Buffer };
  etags: { identity: string; br: string; gzip: string };
  complete: boolean;
  ready: Promise<number>;
};
export type StoredEntry = { value: unknown; lastModified: number; cacheControl?: { revalidate?: number | false; expire?: number }; tags: string[]; size: number; page?: PageBytes };
export type CacheStore = {
  get(key: string): StoredEntry | undefined | Promise<StoredEntry | undefined>;
  set(key: string, entry: StoredEntry): void | Promise<void>;
  delete(key: string): void | Promise<void>;
  invalidate(tags: string[], at: number): void | Promise<void>;
  /** `entry`: the one just looked up (a shared store read its own tags with it). */
  isInvalidated(tags: string[], lastModified: number, entry?: StoredEntry): boolean | Promise<boolean>;
  markMissed(key: string, at: number): void | Promise<void>;
  takeMissed(key: string): number | undefined | Promise<number | undefined>;
  pageAt(path: string): StoredEntry | undefined | Promise<StoredEntry | undefined>;
};
export declare const now: () => number;
export declare function pagePathOf(key: string): string | undefined;
export declare function processStore(): Promise<CacheStore>;
export declare function memoryStore(): CacheStore & { clear(): void };
export declare function createMemoryStore(): CacheStore & { clear(): void };
export declare function encodePage(value: unknown): PageBytes | undefined;
