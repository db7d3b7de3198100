export declare function normalizeHost(host: string | null | undefined): string;
export declare function readerPath(pathname: string, page: string | null): string;
export declare function sitePath(host: string, path: string): string;
