CREATE TABLE "qualification_types" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"rules" jsonb NOT NULL,
	"is_archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "qualification_types_city_id_id_pk" PRIMARY KEY("city_id","id"),
	CONSTRAINT "qualification_types_city_slug" UNIQUE("city_id","slug")
);
--> statement-breakpoint
CREATE TABLE "quality_assessments" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"standard_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"evidence_note" text DEFAULT '' NOT NULL,
	"assessed_on" date NOT NULL,
	"assessed_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quality_assessments_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
CREATE TABLE "quality_standards" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"evidence" text NOT NULL,
	"position" integer NOT NULL,
	"is_archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quality_standards_city_id_id_pk" PRIMARY KEY("city_id","id"),
	CONSTRAINT "quality_standards_city_slug" UNIQUE("city_id","slug")
);
--> statement-breakpoint
CREATE TABLE "survey_invitations" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"is_used" boolean DEFAULT false NOT NULL,
	CONSTRAINT "survey_invitations_city_id_id_pk" PRIMARY KEY("city_id","id"),
	CONSTRAINT "survey_invitations_city_token" UNIQUE("city_id","token_hash")
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"submitted_on" date NOT NULL,
	"answers" jsonb NOT NULL,
	CONSTRAINT "survey_responses_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid,
	"title" text NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"questions" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"opened_at" timestamp with time zone,
	"closes_on" date,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"is_present" boolean NOT NULL,
	"recorded_by_user_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_attendance_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_registrations" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"training_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "training_registrations_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"training_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"units" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_sessions_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"audience" text DEFAULT '' NOT NULL,
	"topic" text NOT NULL,
	"qualification_type_slug" text,
	"required_units" integer DEFAULT 0 NOT NULL,
	"trainer" text NOT NULL,
	"place" text,
	"online_url" text,
	"capacity" integer NOT NULL,
	"registration_deadline" timestamp with time zone NOT NULL,
	"cost_cents" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"starts_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by_user_id" uuid NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trainings_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
ALTER TABLE "qualification_records" ADD COLUMN "training_id" uuid;--> statement-breakpoint
ALTER TABLE "qualification_records" ADD COLUMN "units" integer;--> statement-breakpoint
ALTER TABLE "qualification_records" ADD COLUMN "recorded_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "qualification_records" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "qualification_types" ADD CONSTRAINT "qualification_types_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_assessments" ADD CONSTRAINT "quality_assessments_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_assessments" ADD CONSTRAINT "quality_assessments_organisation_fk" FOREIGN KEY ("city_id","organisation_id") REFERENCES "public"."organisations"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_assessments" ADD CONSTRAINT "quality_assessments_standard_fk" FOREIGN KEY ("city_id","standard_id") REFERENCES "public"."quality_standards"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_assessments" ADD CONSTRAINT "quality_assessments_assessed_by_fk" FOREIGN KEY ("city_id","assessed_by_user_id") REFERENCES "public"."users"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_standards" ADD CONSTRAINT "quality_standards_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_survey_fk" FOREIGN KEY ("city_id","survey_id") REFERENCES "public"."surveys"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_organisation_fk" FOREIGN KEY ("city_id","organisation_id") REFERENCES "public"."organisations"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_fk" FOREIGN KEY ("city_id","survey_id") REFERENCES "public"."surveys"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_organisation_fk" FOREIGN KEY ("city_id","organisation_id") REFERENCES "public"."organisations"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_organisation_fk" FOREIGN KEY ("city_id","organisation_id") REFERENCES "public"."organisations"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_created_by_fk" FOREIGN KEY ("city_id","created_by_user_id") REFERENCES "public"."users"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_session_fk" FOREIGN KEY ("city_id","session_id") REFERENCES "public"."training_sessions"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_person_fk" FOREIGN KEY ("city_id","person_id") REFERENCES "public"."persons"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_recorded_by_fk" FOREIGN KEY ("city_id","recorded_by_user_id") REFERENCES "public"."users"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_training_fk" FOREIGN KEY ("city_id","training_id") REFERENCES "public"."trainings"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_person_fk" FOREIGN KEY ("city_id","person_id") REFERENCES "public"."persons"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_training_fk" FOREIGN KEY ("city_id","training_id") REFERENCES "public"."trainings"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_organisation_fk" FOREIGN KEY ("city_id","organisation_id") REFERENCES "public"."organisations"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_created_by_fk" FOREIGN KEY ("city_id","created_by_user_id") REFERENCES "public"."users"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quality_assessments_city_org_standard" ON "quality_assessments" USING btree ("city_id","organisation_id","standard_id","assessed_on","created_at");--> statement-breakpoint
CREATE INDEX "quality_standards_city_position" ON "quality_standards" USING btree ("city_id","position");--> statement-breakpoint
CREATE INDEX "survey_invitations_city_survey" ON "survey_invitations" USING btree ("city_id","survey_id");--> statement-breakpoint
CREATE INDEX "survey_responses_city_survey_org" ON "survey_responses" USING btree ("city_id","survey_id","organisation_id");--> statement-breakpoint
CREATE INDEX "surveys_city_organisation" ON "surveys" USING btree ("city_id","organisation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendance_city_session_person" ON "training_attendance" USING btree ("city_id","session_id","person_id");--> statement-breakpoint
CREATE INDEX "training_attendance_city_person" ON "training_attendance" USING btree ("city_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_registrations_one_open_per_person" ON "training_registrations" USING btree ("city_id","training_id","person_id") WHERE status <> 'cancelled';--> statement-breakpoint
CREATE INDEX "training_registrations_city_training_status" ON "training_registrations" USING btree ("city_id","training_id","status","created_at");--> statement-breakpoint
CREATE INDEX "training_registrations_city_person" ON "training_registrations" USING btree ("city_id","person_id");--> statement-breakpoint
CREATE INDEX "training_sessions_city_training" ON "training_sessions" USING btree ("city_id","training_id","starts_at");--> statement-breakpoint
CREATE INDEX "trainings_city_status_starts" ON "trainings" USING btree ("city_id","status","starts_at","id");--> statement-breakpoint
CREATE INDEX "trainings_city_organisation" ON "trainings" USING btree ("city_id","organisation_id","starts_at");--> statement-breakpoint
ALTER TABLE "qualification_records" ADD CONSTRAINT "qualification_records_recorded_by_fk" FOREIGN KEY ("city_id","recorded_by_user_id") REFERENCES "public"."users"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Every existing city gets the built-in qualification types (the domain's
-- DEFAULT_QUALIFICATION_TYPES as of this migration), and any slug its records already use.
INSERT INTO "qualification_types" ("city_id", "slug", "name_de", "name_en", "description", "rules")
SELECT c."id", t.slug, t.name_de, t.name_en, t.description, t.rules::jsonb
FROM "cities" c CROSS JOIN (VALUES
  ('erste-hilfe', 'Erste Hilfe', 'First aid', 'Ein Erste-Hilfe-Kurs. Für die Juleica darf er höchstens 2 Jahre alt sein.', '{"validityMonths":null,"minimumAge":null,"minimumAgeJustified":null,"requiredUnits":0,"requires":[],"renewalHours":null,"reminderDays":60}'),
  ('juleica', 'Juleica (Jugendleiter/in-Card)', 'Juleica (youth leader card)', 'Ab 16 Jahren (in begründeten Fällen ab 15), nach 40 Unterrichtseinheiten (30 Stunden) Ausbildung und einem Erste-Hilfe-Kurs, der höchstens 2 Jahre alt ist. Gültig 3 Jahre; Verlängerung nach 8 Stunden Fortbildung.', '{"validityMonths":36,"minimumAge":16,"minimumAgeJustified":15,"requiredUnits":40,"requires":[{"typeSlug":"erste-hilfe","maxAgeMonths":24}],"renewalHours":8,"reminderDays":90}'),
  ('datenschutz-belehrung', 'Datenschutz-Belehrung', 'Data-protection briefing', 'Belehrung über den Umgang mit personenbezogenen Daten.', '{"validityMonths":null,"minimumAge":null,"minimumAgeJustified":null,"requiredUnits":0,"requires":[],"renewalHours":null,"reminderDays":60}'),
  ('hygiene-belehrung', 'Hygiene-Belehrung (§43 IfSG)', 'Hygiene briefing (§43 IfSG)', 'Belehrung nach §43 Infektionsschutzgesetz für den Umgang mit Lebensmitteln.', '{"validityMonths":null,"minimumAge":null,"minimumAgeJustified":null,"requiredUnits":0,"requires":[],"renewalHours":null,"reminderDays":60}')
) AS t(slug, name_de, name_en, description, rules)
ON CONFLICT ("city_id", "slug") DO NOTHING;--> statement-breakpoint
INSERT INTO "qualification_types" ("city_id", "slug", "name_de", "name_en", "rules")
SELECT DISTINCT r."city_id", r."type_slug", r."type_slug", r."type_slug",
  '{"validityMonths":null,"minimumAge":null,"minimumAgeJustified":null,"requiredUnits":0,"requires":[],"renewalHours":null,"reminderDays":60}'::jsonb
FROM "qualification_records" r
ON CONFLICT ("city_id", "slug") DO NOTHING;--> statement-breakpoint
ALTER TABLE "qualification_records" ADD CONSTRAINT "qualification_records_type_fk" FOREIGN KEY ("city_id","type_slug") REFERENCES "public"."qualification_types"("city_id","slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "qualification_records_city_valid_until" ON "qualification_records" USING btree ("city_id","valid_until");