-- A phrase's candidates (the rows holding all its pairs, migration 0012) were read all at
-- once to be sorted newest first: a phrase of common words ("làng nghề dệt truyền thống")
-- had 4,405 on the bench data, about one heap page each, when 501 are ranked. With the
-- row's month in the same GIN index (btree_gin), they are looked for window by window, as
-- words are, and each window's candidates come from the index alone (db/bounded-ranking.ts).
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
-- The first day of a timestamp's month in UTC (of a date's month). Months, not timestamps
-- or days: a window of years is a few dozen index entries, where a range of days is
-- hundreds and a range of timestamps one entry per row. Immutable, as an index needs:
-- AT TIME ZONE with a named zone, and date_trunc of a timestamp without time zone.
CREATE OR REPLACE FUNCTION public.search_month(timestamptz) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT date_trunc('month', $1 AT TIME ZONE 'UTC')::date $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.search_month(date) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT date_trunc('month', $1::timestamp)::date $$;--> statement-breakpoint
DROP INDEX "articles_search_pairs_idx";--> statement-breakpoint
DROP INDEX "documents_search_pairs_idx";--> statement-breakpoint
CREATE INDEX "articles_search_pairs_idx" ON "articles" USING gin (public.search_month("published_at"),public.tsvector_pairs("search_vector"));--> statement-breakpoint
CREATE INDEX "documents_search_pairs_idx" ON "documents" USING gin (public.search_month("issued_on"),public.tsvector_pairs("search_vector"));--> statement-breakpoint
-- As in 0012: ANALYZE would compute every sampled row's pairs. The month keeps its statistics.
ALTER INDEX "articles_search_pairs_idx" ALTER COLUMN 2 SET STATISTICS 0;--> statement-breakpoint
ALTER INDEX "documents_search_pairs_idx" ALTER COLUMN 2 SET STATISTICS 0;
