CREATE TYPE "public"."draft_comment_state" AS ENUM('cho_duyet', 'da_duyet', 'tu_choi', 'rac');--> statement-breakpoint
CREATE TABLE "draft_comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"site_id" integer NOT NULL,
	"draft_id" integer NOT NULL,
	"author_name" text NOT NULL,
	"clause" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"state" "draft_comment_state" DEFAULT 'cho_duyet' NOT NULL,
	"contact_sealed" text DEFAULT '' NOT NULL,
	"email_hash" text,
	"phone_hash" text,
	"consent_at" timestamp with time zone,
	"moderated_at" timestamp with time zone,
	"moderated_by" integer,
	"contact_erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "draft_files" (
	"id" serial PRIMARY KEY NOT NULL,
	"site_id" integer NOT NULL,
	"draft_id" integer NOT NULL,
	"kind" text NOT NULL,
	"path" text NOT NULL,
	"original_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"uploaded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "draft_files_path_unique" UNIQUE("path")
);
--> statement-breakpoint
CREATE TABLE "drafts" (
	"id" serial PRIMARY KEY NOT NULL,
	"site_id" integer NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"drafting_unit" text NOT NULL,
	"field" text NOT NULL,
	"summary" text NOT NULL,
	"ways_to_respond" text DEFAULT '' NOT NULL,
	"contact_person" text DEFAULT '' NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"moderated" boolean DEFAULT true NOT NULL,
	"report" text DEFAULT '' NOT NULL,
	"report_published_at" timestamp with time zone,
	"open_handled_at" timestamp with time zone,
	"close_handled_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
--> statement-breakpoint
--> statement-breakpoint
--> statement-breakpoint
ALTER TABLE "draft_comments" ADD CONSTRAINT "draft_comments_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draft_comments" ADD CONSTRAINT "draft_comments_draft_id_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."drafts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draft_comments" ADD CONSTRAINT "draft_comments_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draft_files" ADD CONSTRAINT "draft_files_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draft_files" ADD CONSTRAINT "draft_files_draft_id_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."drafts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draft_files" ADD CONSTRAINT "draft_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "draft_comments_draft_idx" ON "draft_comments" USING btree ("draft_id","state","created_at");--> statement-breakpoint
CREATE INDEX "draft_comments_site_state_idx" ON "draft_comments" USING btree ("site_id","state","created_at");--> statement-breakpoint
CREATE INDEX "draft_comments_email_hash_idx" ON "draft_comments" USING btree ("email_hash");--> statement-breakpoint
CREATE INDEX "draft_comments_phone_hash_idx" ON "draft_comments" USING btree ("phone_hash");--> statement-breakpoint
CREATE INDEX "draft_files_draft_idx" ON "draft_files" USING btree ("draft_id","kind","position");--> statement-breakpoint
CREATE UNIQUE INDEX "drafts_site_slug_idx" ON "drafts" USING btree ("site_id","slug");--> statement-breakpoint
CREATE INDEX "drafts_site_closes_idx" ON "drafts" USING btree ("site_id","closes_at");
