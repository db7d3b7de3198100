CREATE TABLE "article_view_counts" (
	"article_id" integer PRIMARY KEY NOT NULL,
	"views" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_view_counts" ADD CONSTRAINT "article_view_counts_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Every count moves with its article; an article never viewed needs no row.
INSERT INTO "article_view_counts" ("article_id", "views") SELECT "id", "view_count" FROM "articles" WHERE "view_count" <> 0;--> statement-breakpoint
ALTER TABLE "articles" DROP COLUMN "view_count";