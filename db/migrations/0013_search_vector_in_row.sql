-- Checking a match reads the row's whole search vector: the phrase on every candidate
-- (db/bounded-ranking.ts), the query on each row of a date-ordered index walk. A vector is
-- a few kB, past the 2 kB at which PostgreSQL starts moving a row's values to the TOAST
-- table, so each check looked it up there (an index probe and two chunks). With the target
-- at a whole page, a row is only cut down when it would not fit one: the body (the largest
-- value) goes to TOAST as before, the vector stays in the row, compressed when needed.
-- (STORAGE MAIN on the vector alone would push every other value above 24 bytes out of the
-- row instead, titles and the small ranking vectors included.)
ALTER TABLE "articles" SET (toast_tuple_target = 8160);--> statement-breakpoint
ALTER TABLE "documents" SET (toast_tuple_target = 8160);--> statement-breakpoint
-- Rows already stored keep their layout until written again: rewrite them (an update
-- recomputes the generated columns: the same values, stored as above).
UPDATE "articles" SET "summary" = "summary";--> statement-breakpoint
UPDATE "documents" SET "summary" = "summary";
