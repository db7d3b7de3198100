import type { IncomingMessage, ServerResponse } from "node:http";
import type { CacheStore } from "./page-store.mjs";
export declare const PAGE_VARY: string;
export declare function cacheControlHeader(cacheControl: { revalidate?: number | false; expire?: number }): string;
export declare function negotiateEncoding(acceptEncoding: string | undefined): "br" | "gzip" | "identity" | null;
export declare function configHeaders(nextConfig: { headers?: () => Promise<Array<{ source: string; has?: unknown; missing?: unknown; headers: Array<{ key: string; value: string }> }>> }): Promise<string[] | null>;
export declare function createFastPath(options?: { headers?: string[] | null; store?: CacheStore; clock?: () => number }): (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
export declare function mintVisitorCookie(req: IncomingMessage, res: ServerResponse): void;
