CREATE TABLE "disclosure_files" (
	"id" serial PRIMARY KEY NOT NULL,
	"site_id" integer NOT NULL,
	"disclosure_id" integer NOT NULL,
	"label" text NOT NULL,
	"stored_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disclosures" (
	"id" serial PRIMARY KEY NOT NULL,
	"site_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"year" integer,
	"stage" text,
	"investor" text DEFAULT '' NOT NULL,
	"value_vnd" bigint,
	"start_date" date,
	"end_date" date,
	"status" text DEFAULT '' NOT NULL,
	"link" text DEFAULT '' NOT NULL,
	"published_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"id" serial PRIMARY KEY NOT NULL,
	"site_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"field" text NOT NULL,
	"field_slug" text NOT NULL,
	"level" text NOT NULL,
	"processing_time" text DEFAULT '' NOT NULL,
	"fee" text DEFAULT '' NOT NULL,
	"agency" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schedule_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"site_id" integer NOT NULL,
	"day" date NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text,
	"content" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"chair" text DEFAULT '' NOT NULL,
	"participants" text DEFAULT '' NOT NULL,
	"preparing_unit" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text DEFAULT '' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schedule_entry_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"site_id" integer NOT NULL,
	"entry_id" integer NOT NULL,
	"kind" text NOT NULL,
	"summary" text NOT NULL,
	"user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schedule_entry_leaders" (
	"id" serial PRIMARY KEY NOT NULL,
	"site_id" integer NOT NULL,
	"entry_id" integer NOT NULL,
	"name" text NOT NULL,
	"position" text DEFAULT '' NOT NULL,
	"slug" text NOT NULL,
	"ordinal" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "disclosure_files" ADD CONSTRAINT "disclosure_files_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_files" ADD CONSTRAINT "disclosure_files_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_entries" ADD CONSTRAINT "schedule_entries_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_entries" ADD CONSTRAINT "schedule_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_entry_changes" ADD CONSTRAINT "schedule_entry_changes_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_entry_changes" ADD CONSTRAINT "schedule_entry_changes_entry_id_schedule_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."schedule_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_entry_changes" ADD CONSTRAINT "schedule_entry_changes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_entry_leaders" ADD CONSTRAINT "schedule_entry_leaders_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_entry_leaders" ADD CONSTRAINT "schedule_entry_leaders_entry_id_schedule_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."schedule_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disclosure_files_disclosure_idx" ON "disclosure_files" USING btree ("disclosure_id");--> statement-breakpoint
CREATE INDEX "disclosures_site_kind_idx" ON "disclosures" USING btree ("site_id","kind","published_on");--> statement-breakpoint
CREATE UNIQUE INDEX "disclosures_site_budget_cell_idx" ON "disclosures" USING btree ("site_id","year","stage") WHERE kind = 'budget';--> statement-breakpoint
CREATE UNIQUE INDEX "procedures_site_code_idx" ON "procedures" USING btree ("site_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "procedures_site_slug_idx" ON "procedures" USING btree ("site_id","slug");--> statement-breakpoint
CREATE INDEX "procedures_site_field_idx" ON "procedures" USING btree ("site_id","field_slug");--> statement-breakpoint
CREATE INDEX "schedule_entries_site_day_idx" ON "schedule_entries" USING btree ("site_id","day","start_time");--> statement-breakpoint
CREATE INDEX "schedule_entry_changes_entry_idx" ON "schedule_entry_changes" USING btree ("entry_id","created_at");--> statement-breakpoint
CREATE INDEX "schedule_entry_leaders_entry_idx" ON "schedule_entry_leaders" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "schedule_entry_leaders_site_slug_idx" ON "schedule_entry_leaders" USING btree ("site_id","slug");