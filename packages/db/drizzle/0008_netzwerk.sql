CREATE TABLE "network_event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"city_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"participant_name" text NOT NULL,
	"participant_email" text NOT NULL,
	"status" text NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"city_id" uuid NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"agenda" text DEFAULT '' NOT NULL,
	"federal_state" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text,
	"online_url" text,
	"capacity" integer NOT NULL,
	"registration_deadline" timestamp with time zone NOT NULL,
	"contact_email" text NOT NULL,
	"published_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_adoptions" (
	"practice_id" uuid NOT NULL,
	"city_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_adoptions_practice_id_city_id_pk" PRIMARY KEY("practice_id","city_id")
);
--> statement-breakpoint
CREATE TABLE "practice_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"parent_id" uuid,
	"city_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"city_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"problem" text NOT NULL,
	"approach" text NOT NULL,
	"resources_people" text DEFAULT '' NOT NULL,
	"resources_money" text DEFAULT '' NOT NULL,
	"resources_time" text DEFAULT '' NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"themes" text[] NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B') || setweight(to_tsvector('german', coalesce(problem, '') || ' ' || coalesce(approach, '') || ' ' || coalesce(results, '')), 'C')) STORED,
	"published_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shared_figures" (
	"city_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"metric" text NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"value" integer NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shared_figures_city_id_year_metric_category_pk" PRIMARY KEY("city_id","year","metric","category")
);
--> statement-breakpoint
ALTER TABLE "cities" ADD COLUMN "shares_figures" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cities" ADD COLUMN "shares_figures_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "network_event_registrations" ADD CONSTRAINT "network_event_registrations_event_id_network_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."network_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_event_registrations" ADD CONSTRAINT "network_event_registrations_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_events" ADD CONSTRAINT "network_events_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_adoptions" ADD CONSTRAINT "practice_adoptions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_adoptions" ADD CONSTRAINT "practice_adoptions_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_adoptions" ADD CONSTRAINT "practice_adoptions_user_fk" FOREIGN KEY ("city_id","user_id") REFERENCES "public"."users"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_posts" ADD CONSTRAINT "practice_posts_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_posts" ADD CONSTRAINT "practice_posts_parent_id_practice_posts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practice_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_posts" ADD CONSTRAINT "practice_posts_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shared_figures" ADD CONSTRAINT "shared_figures_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "network_event_registrations_live" ON "network_event_registrations" USING btree ("event_id","city_id","user_id") WHERE status <> 'cancelled';--> statement-breakpoint
CREATE INDEX "network_event_registrations_event" ON "network_event_registrations" USING btree ("event_id","status","queued_at","id");--> statement-breakpoint
CREATE INDEX "network_event_registrations_user" ON "network_event_registrations" USING btree ("city_id","user_id","created_at");--> statement-breakpoint
CREATE INDEX "network_events_status_starts" ON "network_events" USING btree ("status","starts_at","id");--> statement-breakpoint
CREATE INDEX "network_events_kind_starts" ON "network_events" USING btree ("kind","status","starts_at");--> statement-breakpoint
CREATE INDEX "network_events_city" ON "network_events" USING btree ("city_id","starts_at");--> statement-breakpoint
CREATE INDEX "practice_adoptions_city" ON "practice_adoptions" USING btree ("city_id","created_at");--> statement-breakpoint
CREATE INDEX "practice_posts_practice" ON "practice_posts" USING btree ("practice_id","created_at","id");--> statement-breakpoint
CREATE INDEX "practice_posts_parent" ON "practice_posts" USING btree ("parent_id","created_at");--> statement-breakpoint
CREATE INDEX "practices_status_published" ON "practices" USING btree ("status","published_at","id");--> statement-breakpoint
CREATE INDEX "practices_city_status" ON "practices" USING btree ("city_id","status","updated_at");--> statement-breakpoint
CREATE INDEX "practices_themes" ON "practices" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "practices_search" ON "practices" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "shared_figures_year_metric" ON "shared_figures" USING btree ("year","metric","category");