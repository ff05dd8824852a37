import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { cityKey, cityOwned, cityRef, createdAt, updatedAt } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { persons } from "./people.ts";

/**
 * A training (Schulung) offered by the coordination office (no organisation) or an organisation:
 * one or more sessions, a capacity with a waiting list, and a registration deadline. Closing it
 * writes qualification records for those who attended enough units.
 */
export const trainings = pgTable(
  "trainings",
  {
    ...cityOwned(),
    /** Null: offered by the city's coordination office. */
    organisationId: uuid("organisation_id"),
    title: text("title").notNull(),
    description: text("description").notNull(),
    audience: text("audience").notNull().default(""),
    /** One of the domain's training topics, for the calendar's filter. */
    topic: text("topic").notNull(),
    /** The qualification earned by attending enough; null for a training without one. */
    qualificationTypeSlug: text("qualification_type_slug"),
    /** Units (45 minutes) a participant must attend to earn the qualification. */
    requiredUnits: integer("required_units").notNull().default(0),
    trainer: text("trainer").notNull(),
    place: text("place"),
    onlineUrl: text("online_url"),
    capacity: integer("capacity").notNull(),
    registrationDeadline: timestamp("registration_deadline", { withTimezone: true }).notNull(),
    /** Cost to the participant in euro cents; 0 is free of charge. */
    costCents: integer("cost_cents").notNull().default(0),
    status: text("status", { enum: ["draft", "published", "cancelled", "closed"] })
      .notNull()
      .default("draft"),
    /** First session's start, kept with the sessions so the calendar sorts and filters by it. */
    startsAt: timestamp("starts_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    createdByUserId: uuid("created_by_user_id").notNull(),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    cityKey(t),
    cityRef("trainings_organisation_fk", t, t.organisationId, organisations),
    cityRef("trainings_created_by_fk", t, t.createdByUserId, users),
    index("trainings_city_status_starts").on(t.cityId, t.status, t.startsAt, t.id),
    index("trainings_city_organisation").on(t.cityId, t.organisationId, t.startsAt),
  ],
);

/** One date of a training; units count 45 minutes each, as training hours are counted. */
export const trainingSessions = pgTable(
  "training_sessions",
  {
    ...cityOwned(),
    trainingId: uuid("training_id").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    units: integer("units").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    cityRef("training_sessions_training_fk", t, t.trainingId, trainings),
    index("training_sessions_city_training").on(t.cityId, t.trainingId, t.startsAt),
  ],
);

/** A person's place in a training: confirmed while places are free, else waiting in order. */
export const trainingRegistrations = pgTable(
  "training_registrations",
  {
    ...cityOwned(),
    trainingId: uuid("training_id").notNull(),
    personId: uuid("person_id").notNull(),
    status: text("status", { enum: ["confirmed", "waiting", "cancelled"] }).notNull(),
    createdAt: createdAt(),
    /** When a waiting registration got a freed place. */
    promotedAt: timestamp("promoted_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
  },
  (t) => [
    cityKey(t),
    cityRef("training_registrations_training_fk", t, t.trainingId, trainings),
    cityRef("training_registrations_person_fk", t, t.personId, persons),
    uniqueIndex("training_registrations_one_open_per_person")
      .on(t.cityId, t.trainingId, t.personId)
      .where(sql`status <> 'cancelled'`),
    index("training_registrations_city_training_status").on(
      t.cityId,
      t.trainingId,
      t.status,
      t.createdAt,
    ),
    index("training_registrations_city_person").on(t.cityId, t.personId),
  ],
);

/** Attendance of one person at one session, as taken by staff. */
export const trainingAttendance = pgTable(
  "training_attendance",
  {
    ...cityOwned(),
    sessionId: uuid("session_id").notNull(),
    personId: uuid("person_id").notNull(),
    isPresent: boolean("is_present").notNull(),
    recordedByUserId: uuid("recorded_by_user_id").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    cityKey(t),
    cityRef("training_attendance_session_fk", t, t.sessionId, trainingSessions),
    cityRef("training_attendance_person_fk", t, t.personId, persons),
    cityRef("training_attendance_recorded_by_fk", t, t.recordedByUserId, users),
    uniqueIndex("training_attendance_city_session_person").on(t.cityId, t.sessionId, t.personId),
    index("training_attendance_city_person").on(t.cityId, t.personId),
  ],
);

/**
 * A volunteer's personal calendar feed: a secret address a calendar app subscribes to (it cannot
 * sign in). Only the token's hash is stored; making a new link revokes the old one.
 */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    ...cityOwned(),
    personId: uuid("person_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    cityKey(t),
    cityRef("calendar_feeds_person_fk", t, t.personId, persons),
    uniqueIndex("calendar_feeds_city_token").on(t.cityId, t.tokenHash),
    index("calendar_feeds_city_person").on(t.cityId, t.personId),
  ],
);
