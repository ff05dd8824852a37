CREATE TABLE "recovery_codes" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recovery_codes_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
CREATE TABLE "retention_runs" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"dry_run" boolean NOT NULL,
	"triggered_by_user_id" uuid,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "retention_runs_city_id_id_pk" PRIMARY KEY("city_id","id")
);
--> statement-breakpoint
CREATE TABLE "staff_invitations" (
	"city_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"organisation_id" uuid,
	"token_hash" text NOT NULL,
	"invited_by_user_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_invitations_city_id_id_pk" PRIMARY KEY("city_id","id"),
	CONSTRAINT "staff_invitations_city_token" UNIQUE("city_id","token_hash")
);
--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "inactivity_notice_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "last_active_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "pending_second_factor" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_secret" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_enabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "password_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "deactivated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_fk" FOREIGN KEY ("city_id","user_id") REFERENCES "public"."users"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_runs" ADD CONSTRAINT "retention_runs_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_runs" ADD CONSTRAINT "retention_runs_user_fk" FOREIGN KEY ("city_id","triggered_by_user_id") REFERENCES "public"."users"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_invitations" ADD CONSTRAINT "staff_invitations_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_invitations" ADD CONSTRAINT "staff_invitations_organisation_fk" FOREIGN KEY ("city_id","organisation_id") REFERENCES "public"."organisations"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_invitations" ADD CONSTRAINT "staff_invitations_invited_by_fk" FOREIGN KEY ("city_id","invited_by_user_id") REFERENCES "public"."users"("city_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recovery_codes_city_user" ON "recovery_codes" USING btree ("city_id","user_id");--> statement-breakpoint
CREATE INDEX "retention_runs_city_started" ON "retention_runs" USING btree ("city_id","started_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "staff_invitations_city_created" ON "staff_invitations" USING btree ("city_id","created_at");--> statement-breakpoint
CREATE INDEX "engagements_city_status_changed" ON "engagements" USING btree ("city_id","status","status_changed_at");--> statement-breakpoint
CREATE INDEX "persons_city_last_active" ON "persons" USING btree ("city_id","last_active_at");--> statement-breakpoint
CREATE INDEX "users_city_role" ON "users" USING btree ("city_id","role","display_name");--> statement-breakpoint
CREATE INDEX "users_city_last_sign_in" ON "users" USING btree ("city_id","last_sign_in_at");--> statement-breakpoint
-- Inactivity counts from the last sign-in, or else from when the person was created.
UPDATE "persons" p SET "last_active_at" = coalesce(
  (select max(u."last_sign_in_at") from "users" u where u."city_id" = p."city_id" and u."person_id" = p."id"),
  p."created_at");
