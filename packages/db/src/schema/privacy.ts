import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { cityKey, cityOwned, cityRef, createdAt } from "./columns.ts";
import { users } from "./accounts.ts";
import { persons } from "./people.ts";

/** Consent per purpose with its version and time, withdrawable (DSGVO Art. 7). */
export const consents = pgTable(
  "consents",
  {
    ...cityOwned(),
    personId: uuid("person_id").notNull(),
    purpose: text("purpose").notNull(),
    version: text("version").notNull(),
    givenAt: timestamp("given_at", { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    /** Fixed at collection: when the data collected for this purpose is deleted at the latest. */
    deleteBy: timestamp("delete_by", { withTimezone: true }),
  },
  (t) => [
    cityKey(t),
    cityRef("consents_person_fk", t, t.personId, persons),
    index("consents_city_person").on(t.cityId, t.personId),
  ],
);

/** Who read or changed which person's data, and when. */
export const auditLog = pgTable(
  "audit_log",
  {
    ...cityOwned(),
    actorUserId: uuid("actor_user_id"),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: uuid("subject_id"),
    personId: uuid("person_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    cityKey(t),
    cityRef("audit_log_actor_fk", t, t.actorUserId, users),
    index("audit_log_city_at").on(t.cityId, t.at.desc()),
    index("audit_log_city_person_at").on(t.cityId, t.personId, t.at.desc()),
  ],
);

/** E-mail written in the same transaction as the change that causes it; a worker delivers it. */
export const outbox = pgTable(
  "outbox",
  {
    ...cityOwned(),
    kind: text("kind").notNull(),
    toEmail: text("to_email").notNull(),
    subject: text("subject").notNull(),
    bodyText: text("body_text").notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** Without SMTP the mail stays here and is printed to the log once, at this time. */
    loggedAt: timestamp("logged_at", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    index("outbox_pending").on(t.sentAt, t.nextAttemptAt),
    index("outbox_city_to").on(t.cityId, t.toEmail, t.createdAt),
  ],
);

/**
 * One run of a retention job (on schedule or on demand, for real or as a dry run): what it
 * found or deleted, counted per kind, for the data-protection officer.
 */
export const retentionRuns = pgTable(
  "retention_runs",
  {
    ...cityOwned(),
    /** `applications`, `inactive_accounts`, `fuehrungszeugnis` or `all`. */
    kind: text("kind").notNull(),
    dryRun: boolean("dry_run").notNull(),
    /** Null when run by the schedule. */
    triggeredByUserId: uuid("triggered_by_user_id"),
    counts: jsonb("counts").$type<Record<string, number>>().notNull().default({}),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    cityRef("retention_runs_user_fk", t, t.triggeredByUserId, users),
    index("retention_runs_city_started").on(t.cityId, t.startedAt.desc()),
  ],
);
