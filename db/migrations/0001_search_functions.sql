-- Accent-insensitive search ("cai cach" finds "Cải cách"). unaccent is a trusted
-- extension (PostgreSQL 13+): the database owner may create it; PGlite loads it from
-- its contrib bundle (db/client.ts).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change), so it cannot feed a generated
-- column or an index; this wrapper names the dictionary explicitly and is IMMUTABLE.
-- đ/Đ are letters of their own, not a d with a mark: map them explicitly rather than rely
-- on the rules file. Lower-casing last keeps the result plain ASCII for Vietnamese text.
CREATE OR REPLACE FUNCTION public.f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, translate($1, 'đĐ', 'dD'))) $$;
