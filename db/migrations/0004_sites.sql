CREATE TYPE "public"."site_kind" AS ENUM('tinh', 'thanh_pho', 'xa', 'phuong', 'dac_khu', 'co_quan', 'huyen');--> statement-breakpoint
CREATE TYPE "public"."site_state" AS ENUM('live', 'archived', 'hidden');--> statement-breakpoint
CREATE TYPE "public"."syndication_status" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TABLE "article_syndications" (
	"article_id" integer PRIMARY KEY NOT NULL,
	"target_site_id" integer NOT NULL,
	"status" "syndication_status" DEFAULT 'pending' NOT NULL,
	"requested_by" integer,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "site_hosts" (
	"host" text PRIMARY KEY NOT NULL,
	"site_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "site_members" (
	"site_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"role" "user_role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "site_members_site_id_user_id_pk" PRIMARY KEY("site_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "sites" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"kind" "site_kind" NOT NULL,
	"name" text NOT NULL,
	"parent_id" integer,
	"state" "site_state" DEFAULT 'live' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sites_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "platform_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Secrets and the demo marker belong to the platform, not to a site.
INSERT INTO "platform_settings" ("key", "value", "updated_at") SELECT "key", "value", "updated_at" FROM "settings" WHERE "key" LIKE 'secret:%' OR "key" = 'seed';
--> statement-breakpoint
DELETE FROM "settings" WHERE "key" LIKE 'secret:%' OR "key" = 'seed';
--> statement-breakpoint
-- An existing portal (the single-site release) becomes site 1 with all its data; a new,
-- empty database gets its sites from the demo seed or at first start (db/sites.ts).
INSERT INTO "sites" ("id", "slug", "kind", "name")
SELECT 1,
  coalesce(nullif(trim(both '-' from lower(regexp_replace(public.f_unaccent(n.name), '[^a-zA-Z0-9]+', '-', 'g'))), ''), 'trang-chinh'),
  'huyen', n.name
FROM (
  SELECT coalesce(nullif(regexp_replace(coalesce((SELECT "value"->>'agencyName' FROM "settings" WHERE "key" = 'site'), ''),
    '^\s*(Ủy ban nhân dân|UBND)\s+(huyện|thị xã|thành phố|quận)\s+', '', 'i'), ''), 'Cổng thông tin điện tử') AS name
) n
WHERE EXISTS (SELECT 1 FROM "users") OR EXISTS (SELECT 1 FROM "articles") OR EXISTS (SELECT 1 FROM "categories")
  OR EXISTS (SELECT 1 FROM "media") OR EXISTS (SELECT 1 FROM "polls") OR EXISTS (SELECT 1 FROM "albums") OR EXISTS (SELECT 1 FROM "settings");
--> statement-breakpoint
SELECT setval(pg_get_serial_sequence('sites', 'id'), greatest(1, (SELECT coalesce(max("id"), 0) FROM "sites")), (SELECT count(*) > 0 FROM "sites"));
--> statement-breakpoint
INSERT INTO "site_members" ("site_id", "user_id", "role") SELECT 1, "id", "role" FROM "users" WHERE EXISTS (SELECT 1 FROM "sites" WHERE "id" = 1);
--> statement-breakpoint
ALTER TABLE "albums" DROP CONSTRAINT "albums_slug_unique";--> statement-breakpoint
ALTER TABLE "articles" DROP CONSTRAINT "articles_slug_unique";--> statement-breakpoint
ALTER TABLE "categories" DROP CONSTRAINT "categories_slug_unique";--> statement-breakpoint
DROP INDEX "articles_public_idx";--> statement-breakpoint
DROP INDEX "articles_featured_idx";--> statement-breakpoint
ALTER TABLE "article_slugs" DROP CONSTRAINT "article_slugs_pkey";--> statement-breakpoint
ALTER TABLE "category_slugs" DROP CONSTRAINT "category_slugs_pkey";--> statement-breakpoint
ALTER TABLE "settings" DROP CONSTRAINT "settings_pkey";--> statement-breakpoint
ALTER TABLE "albums" ADD COLUMN "site_id" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "albums" ALTER COLUMN "site_id" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "article_slugs" ADD COLUMN "site_id" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "article_slugs" ALTER COLUMN "site_id" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "site_id" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ALTER COLUMN "site_id" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "site_id" integer;--> statement-breakpoint
UPDATE "audit_log" SET "site_id" = 1 WHERE EXISTS (SELECT 1 FROM "sites" WHERE "id" = 1);--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "site_id" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "categories" ALTER COLUMN "site_id" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "category_slugs" ADD COLUMN "site_id" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "category_slugs" ALTER COLUMN "site_id" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "media" ADD COLUMN "site_id" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "media" ALTER COLUMN "site_id" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "polls" ADD COLUMN "site_id" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "polls" ALTER COLUMN "site_id" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "site_id" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ALTER COLUMN "site_id" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "platform_admin" boolean DEFAULT false NOT NULL;--> statement-breakpoint
UPDATE "users" SET "platform_admin" = true WHERE "role" = 'admin';--> statement-breakpoint
ALTER TABLE "article_slugs" ADD CONSTRAINT "article_slugs_site_id_slug_pk" PRIMARY KEY("site_id","slug");--> statement-breakpoint
ALTER TABLE "category_slugs" ADD CONSTRAINT "category_slugs_site_id_slug_pk" PRIMARY KEY("site_id","slug");--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_site_id_key_pk" PRIMARY KEY("site_id","key");--> statement-breakpoint
ALTER TABLE "article_syndications" ADD CONSTRAINT "article_syndications_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_syndications" ADD CONSTRAINT "article_syndications_target_site_id_sites_id_fk" FOREIGN KEY ("target_site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_syndications" ADD CONSTRAINT "article_syndications_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_syndications" ADD CONSTRAINT "article_syndications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_hosts" ADD CONSTRAINT "site_hosts_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_members" ADD CONSTRAINT "site_members_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_members" ADD CONSTRAINT "site_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Deferred: a backup restores sites in id order, and a parent may have a later id.
ALTER TABLE "sites" ADD CONSTRAINT "sites_parent_id_sites_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
CREATE INDEX "article_syndications_target_idx" ON "article_syndications" USING btree ("target_site_id","status","decided_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "site_hosts_site_idx" ON "site_hosts" USING btree ("site_id","position");--> statement-breakpoint
CREATE INDEX "site_members_user_idx" ON "site_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sites_parent_idx" ON "sites" USING btree ("parent_id");--> statement-breakpoint
ALTER TABLE "albums" ADD CONSTRAINT "albums_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_slugs" ADD CONSTRAINT "article_slugs_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "category_slugs" ADD CONSTRAINT "category_slugs_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "albums_site_slug_idx" ON "albums" USING btree ("site_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_site_slug_idx" ON "articles" USING btree ("site_id","slug");--> statement-breakpoint
CREATE INDEX "audit_log_site_idx" ON "audit_log" USING btree ("site_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "categories_site_slug_idx" ON "categories" USING btree ("site_id","slug");--> statement-breakpoint
CREATE INDEX "articles_public_idx" ON "articles" USING btree ("site_id","status","published_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "articles_featured_idx" ON "articles" USING btree ("site_id","featured","published_at" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "role";