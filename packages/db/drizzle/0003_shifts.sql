CREATE TABLE "opportunity_shifts" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opportunity_shifts_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
CREATE TABLE "shift_signups" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"shift_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	CONSTRAINT "shift_signups_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
ALTER TABLE "opportunity_shifts" ADD CONSTRAINT "opportunity_shifts_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_shifts" ADD CONSTRAINT "opportunity_shifts_opportunity_fk" FOREIGN KEY ("city_id","opportunity_id") REFERENCES "public"."opportunities"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shift_signups" ADD CONSTRAINT "shift_signups_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shift_signups" ADD CONSTRAINT "shift_signups_shift_fk" FOREIGN KEY ("city_id","shift_id") REFERENCES "public"."opportunity_shifts"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shift_signups" ADD CONSTRAINT "shift_signups_person_fk" FOREIGN KEY ("city_id","person_id") REFERENCES "public"."persons"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opportunity_shifts_city_opportunity" ON "opportunity_shifts" USING btree ("city_id","opportunity_id","starts_at");--> statement-breakpoint
CREATE INDEX "opportunity_shifts_city_starts" ON "opportunity_shifts" USING btree ("city_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "shift_signups_one_open_per_person" ON "shift_signups" USING btree ("city_id","shift_id","person_id") WHERE status <> 'cancelled';--> statement-breakpoint
CREATE INDEX "shift_signups_city_shift_status" ON "shift_signups" USING btree ("city_id","shift_id","status","created_at");--> statement-breakpoint
CREATE INDEX "shift_signups_city_person" ON "shift_signups" USING btree ("city_id","person_id");