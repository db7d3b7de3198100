ALTER TABLE "articles" ADD COLUMN "search_rank" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, public.f_unaccent("title")), 'A') || setweight(to_tsvector('simple'::regconfig, public.f_unaccent("summary")), 'B')) STORED;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search_rank_exact" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, "summary"), 'B')) STORED;--> statement-breakpoint
-- Ranking reads search_rank / search_rank_exact now; the whole document with its accents
-- was only ever read for ranking.
ALTER TABLE "articles" DROP COLUMN "search_exact";