// The PostgreSQL extensions the migrations create, as PGlite needs them: it ships them in
// its contrib bundle and loads only those it is given. Every PGlite that opens the
// portal's database (the server, the upgrade test, the reliability scripts) passes these.
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

/** unaccent: search folds accents (migration 0001); btree_gin: the pairs index's day (0014). */
export const pgliteExtensions = { unaccent, btree_gin };
