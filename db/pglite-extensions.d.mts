import type { Extension } from "@electric-sql/pglite";

export declare const pgliteExtensions: { unaccent: Extension; btree_gin: Extension };
