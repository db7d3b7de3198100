export declare const BASE_POLICY: string;
export declare function pagePolicy(scriptSources: string[]): string;
export declare function inlineScriptHashes(html: string): string[];
