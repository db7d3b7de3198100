-- A phrase ("chỉnh trang đô thị") is found by the GIN index only as the AND of its words,
-- and each document holding them all had its whole (TOASTed) vector read to check the
-- phrase: thousands for common words. Indexing the adjacent pairs of words ("chinh trang",
-- "trang do", "do thi") narrows the candidates to documents holding every pair, nearly all
-- of them real matches; the phrase is still checked on each (db/bounded-ranking.ts).
-- Built from the stored vector's own positions, so every phrase match holds all its pairs.
-- Positions beyond 16383 are all stored as 16383: pairs across that edge are added too.
CREATE OR REPLACE FUNCTION public.tsvector_pairs(tsvector) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    WITH pos AS (SELECT u.lexeme, p FROM unnest($1) u, unnest(u.positions) p)
    SELECT coalesce(array_to_tsvector(array_agg(pair)), ''::tsvector) FROM (
      SELECT lexeme || ' ' || lead(lexeme) OVER w AS pair, lead(p) OVER w - p AS gap FROM pos WINDOW w AS (ORDER BY p)
      UNION ALL
      SELECT a.lexeme || ' ' || b.lexeme, 1 FROM pos a JOIN pos b ON a.p = 16382 AND b.p = 16383
    ) s WHERE gap = 1
  $$;
--> statement-breakpoint
CREATE INDEX "articles_search_pairs_idx" ON "articles" USING gin (public.tsvector_pairs("search_vector"));--> statement-breakpoint
CREATE INDEX "documents_search_pairs_idx" ON "documents" USING gin (public.tsvector_pairs("search_vector"));--> statement-breakpoint
-- ANALYZE would compute every sampled row's pairs (about a millisecond each): the planner's
-- default estimate for a few pairs is small, which is right.
ALTER INDEX "articles_search_pairs_idx" ALTER COLUMN 1 SET STATISTICS 0;--> statement-breakpoint
ALTER INDEX "documents_search_pairs_idx" ALTER COLUMN 1 SET STATISTICS 0;--> statement-breakpoint
-- Lists (newest first, then by id) are written `order by published_at desc, id desc`, which
-- is NULLS FIRST; the indexes were NULLS LAST and without the id, so no list could walk
-- them: the homepage's "Tin mới nhất" read every article of the site (a parallel seq scan,
-- 90 ms on the bench data), each block its whole category (up to 30 ms).
DROP INDEX "articles_public_idx";--> statement-breakpoint
DROP INDEX "articles_category_idx";--> statement-breakpoint
DROP INDEX "articles_featured_idx";--> statement-breakpoint
DROP INDEX "documents_public_idx";--> statement-breakpoint
CREATE INDEX "articles_public_idx" ON "articles" USING btree ("site_id","status","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "articles_category_idx" ON "articles" USING btree ("category_id","status","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "articles_featured_idx" ON "articles" USING btree ("site_id","featured","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "documents_public_idx" ON "documents" USING btree ("site_id","status","issued_on" DESC NULLS FIRST,"id" DESC NULLS FIRST);
