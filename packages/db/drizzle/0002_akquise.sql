CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "engagement_events" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_user_id" uuid,
	"end_reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagement_events_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
CREATE TABLE "engagement_links" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagement_links_city_id_id_pk" PRIMARY KEY("city_id","id"),
	CONSTRAINT "engagement_links_city_token" UNIQUE("city_id","token_hash")
);
--> statement-breakpoint
CREATE TABLE "engagement_notes" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagement_notes_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
CREATE TABLE "fuehrungszeugnis_inspections" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"certificate_issued_on" date NOT NULL,
	"inspected_on" date NOT NULL,
	"inspected_by_user_id" uuid NOT NULL,
	"has_relevant_entry" boolean NOT NULL,
	"self_declaration_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fuehrungszeugnis_inspections_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
CREATE TABLE "qualification_records" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"type_slug" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"issuer" text,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "qualification_records_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "is_minor" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "guardian_email" text;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "guardian_consent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "first_conversation_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "agreement_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "data_protection_notice_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "insurance_information_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "exit_conversation_wanted" boolean;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "weekdays" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "day_parts" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "starts_on" date;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "ends_on" date;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B') || setweight(to_tsvector('german', coalesce(description, '')), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "engagement_events" ADD CONSTRAINT "engagement_events_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_events" ADD CONSTRAINT "engagement_events_engagement_fk" FOREIGN KEY ("city_id","engagement_id") REFERENCES "public"."engagements"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_events" ADD CONSTRAINT "engagement_events_actor_fk" FOREIGN KEY ("city_id","actor_user_id") REFERENCES "public"."users"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_links" ADD CONSTRAINT "engagement_links_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_links" ADD CONSTRAINT "engagement_links_engagement_fk" FOREIGN KEY ("city_id","engagement_id") REFERENCES "public"."engagements"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_notes" ADD CONSTRAINT "engagement_notes_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_notes" ADD CONSTRAINT "engagement_notes_engagement_fk" FOREIGN KEY ("city_id","engagement_id") REFERENCES "public"."engagements"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_notes" ADD CONSTRAINT "engagement_notes_author_fk" FOREIGN KEY ("city_id","author_user_id") REFERENCES "public"."users"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fuehrungszeugnis_inspections" ADD CONSTRAINT "fuehrungszeugnis_inspections_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fuehrungszeugnis_inspections" ADD CONSTRAINT "fuehrungszeugnis_person_fk" FOREIGN KEY ("city_id","person_id") REFERENCES "public"."persons"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fuehrungszeugnis_inspections" ADD CONSTRAINT "fuehrungszeugnis_inspector_fk" FOREIGN KEY ("city_id","inspected_by_user_id") REFERENCES "public"."users"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualification_records" ADD CONSTRAINT "qualification_records_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualification_records" ADD CONSTRAINT "qualification_records_person_fk" FOREIGN KEY ("city_id","person_id") REFERENCES "public"."persons"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "engagement_events_city_engagement_at" ON "engagement_events" USING btree ("city_id","engagement_id","at");--> statement-breakpoint
CREATE INDEX "engagement_links_city_expires" ON "engagement_links" USING btree ("city_id","expires_at");--> statement-breakpoint
CREATE INDEX "engagement_notes_city_engagement" ON "engagement_notes" USING btree ("city_id","engagement_id","created_at");--> statement-breakpoint
CREATE INDEX "fuehrungszeugnis_city_person" ON "fuehrungszeugnis_inspections" USING btree ("city_id","person_id","inspected_on");--> statement-breakpoint
CREATE INDEX "qualification_records_city_person" ON "qualification_records" USING btree ("city_id","person_id","type_slug");--> statement-breakpoint
CREATE INDEX "opportunities_search" ON "opportunities" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "opportunities_title_trgm" ON "opportunities" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "opportunities_weekdays" ON "opportunities" USING gin ("weekdays");