CREATE TABLE "allowance_payments" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"allowance" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"paid_on" date NOT NULL,
	"activity" text NOT NULL,
	"excess_accepted" boolean DEFAULT false NOT NULL,
	"recorded_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allowance_payments_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
CREATE TABLE "hour_entries" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"worked_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"activity" text NOT NULL,
	"status" text NOT NULL,
	"corrects_entry_id" uuid,
	"correction_reason" text,
	"return_comment" text,
	"entered_by_user_id" uuid NOT NULL,
	"reviewed_by_user_id" uuid,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hour_entries_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
CREATE TABLE "recognition_events" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"invitation_text" text NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recognition_events_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
CREATE TABLE "recognition_invitations" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"mailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recognition_invitations_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "recognition_groups" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "allowance_payments" ADD CONSTRAINT "allowance_payments_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_payments" ADD CONSTRAINT "allowance_payments_person_fk" FOREIGN KEY ("city_id","person_id") REFERENCES "public"."persons"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_payments" ADD CONSTRAINT "allowance_payments_organisation_fk" FOREIGN KEY ("city_id","organisation_id") REFERENCES "public"."organisations"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_payments" ADD CONSTRAINT "allowance_payments_recorded_by_fk" FOREIGN KEY ("city_id","recorded_by_user_id") REFERENCES "public"."users"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_person_fk" FOREIGN KEY ("city_id","person_id") REFERENCES "public"."persons"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_engagement_fk" FOREIGN KEY ("city_id","engagement_id") REFERENCES "public"."engagements"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_organisation_fk" FOREIGN KEY ("city_id","organisation_id") REFERENCES "public"."organisations"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_entered_by_fk" FOREIGN KEY ("city_id","entered_by_user_id") REFERENCES "public"."users"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_reviewed_by_fk" FOREIGN KEY ("city_id","reviewed_by_user_id") REFERENCES "public"."users"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_corrects_fk" FOREIGN KEY ("city_id","corrects_entry_id") REFERENCES "public"."hour_entries"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_events" ADD CONSTRAINT "recognition_events_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_events" ADD CONSTRAINT "recognition_events_created_by_fk" FOREIGN KEY ("city_id","created_by_user_id") REFERENCES "public"."users"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_invitations" ADD CONSTRAINT "recognition_invitations_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_invitations" ADD CONSTRAINT "recognition_invitations_event_fk" FOREIGN KEY ("city_id","event_id") REFERENCES "public"."recognition_events"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_invitations" ADD CONSTRAINT "recognition_invitations_person_fk" FOREIGN KEY ("city_id","person_id") REFERENCES "public"."persons"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allowance_payments_city_person_day" ON "allowance_payments" USING btree ("city_id","person_id","paid_on");--> statement-breakpoint
CREATE INDEX "allowance_payments_city_org_day" ON "allowance_payments" USING btree ("city_id","organisation_id","paid_on");--> statement-breakpoint
CREATE INDEX "hour_entries_city_org_status_day" ON "hour_entries" USING btree ("city_id","organisation_id","status","worked_on");--> statement-breakpoint
CREATE INDEX "hour_entries_city_status_day" ON "hour_entries" USING btree ("city_id","status","worked_on");--> statement-breakpoint
CREATE INDEX "hour_entries_city_person_day" ON "hour_entries" USING btree ("city_id","person_id","worked_on");--> statement-breakpoint
CREATE INDEX "hour_entries_city_engagement_day" ON "hour_entries" USING btree ("city_id","engagement_id","worked_on");--> statement-breakpoint
CREATE INDEX "hour_entries_city_corrects" ON "hour_entries" USING btree ("city_id","corrects_entry_id");--> statement-breakpoint
CREATE INDEX "recognition_events_city_day" ON "recognition_events" USING btree ("city_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "recognition_invitations_city_event_person" ON "recognition_invitations" USING btree ("city_id","event_id","person_id");