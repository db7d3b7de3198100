CREATE TYPE "public"."question_state" AS ENUM('moi', 'da_phan_cong', 'dang_xu_ly', 'cho_duyet', 'da_tra_loi', 'tu_choi');--> statement-breakpoint
CREATE TABLE "page_ratings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"site_id" integer NOT NULL,
	"path" text NOT NULL,
	"section" text NOT NULL,
	"title" text NOT NULL,
	"score" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"voter_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "question_attachments" (
	"question_id" integer NOT NULL,
	"media_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "question_attachments_question_id_media_id_pk" PRIMARY KEY("question_id","media_id")
);
--> statement-breakpoint
CREATE TABLE "questions" (
	"id" serial PRIMARY KEY NOT NULL,
	"site_id" integer NOT NULL,
	"tracking_code" text NOT NULL,
	"slug" text,
	"field" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"asker_initials" text NOT NULL,
	"contact_sealed" text NOT NULL,
	"email_hash" text,
	"phone_hash" text,
	"consent_at" timestamp with time zone NOT NULL,
	"state" "question_state" DEFAULT 'moi' NOT NULL,
	"reject_reason" text DEFAULT '' NOT NULL,
	"unit_name" text DEFAULT '' NOT NULL,
	"assigned_at" timestamp with time zone,
	"due_on" date NOT NULL,
	"answer" text DEFAULT '' NOT NULL,
	"answered_by" integer,
	"answer_submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"published_by" integer,
	"spam" boolean DEFAULT false NOT NULL,
	"contact_erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questions_tracking_code_unique" UNIQUE("tracking_code")
);
--> statement-breakpoint
ALTER TABLE "page_ratings" ADD CONSTRAINT "page_ratings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_attachments" ADD CONSTRAINT "question_attachments_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_attachments" ADD CONSTRAINT "question_attachments_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "page_ratings_one_per_voter" ON "page_ratings" USING btree ("site_id","path","voter_hash");--> statement-breakpoint
CREATE INDEX "page_ratings_site_idx" ON "page_ratings" USING btree ("site_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "questions_site_slug" ON "questions" USING btree ("site_id","slug");--> statement-breakpoint
CREATE INDEX "questions_site_state_idx" ON "questions" USING btree ("site_id","state","due_on");--> statement-breakpoint
CREATE INDEX "questions_email_hash_idx" ON "questions" USING btree ("email_hash");--> statement-breakpoint
CREATE INDEX "questions_phone_hash_idx" ON "questions" USING btree ("phone_hash");