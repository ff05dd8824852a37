import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { cities } from "./network.ts";

/*
 * The network's shared spaces: reference data across cities. Each row names the city it comes
 * from (`city_id`) and the member who wrote it. Reference tables point only at other reference
 * tables (so the schema distributes by city with Citus): a member is kept by id, with the name
 * shown at the time of writing, not by a foreign key into the city's users.
 */

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * A practice (Praxislösung) a member city shares with the network: reference data readable by
 * every city once published. It names its author city and author; drafts stay with that city.
 */
export const practices = pgTable(
  "practices",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    /** The city that shares the practice; its members edit it. */
    cityId: uuid("city_id")
      .notNull()
      .references(() => cities.id),
    authorUserId: uuid("author_user_id").notNull(),
    authorName: text("author_name").notNull(),
    status: text("status", { enum: ["draft", "published"] })
      .notNull()
      .default("draft"),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    problem: text("problem").notNull(),
    approach: text("approach").notNull(),
    /** What it took: people, money and time, each in the author's words. */
    resourcesPeople: text("resources_people").notNull().default(""),
    resourcesMoney: text("resources_money").notNull().default(""),
    resourcesTime: text("resources_time").notNull().default(""),
    results: text("results").notNull().default(""),
    contactName: text("contact_name").notNull(),
    contactEmail: text("contact_email").notNull(),
    links: jsonb("links").$type<{ label: string; url: string }[]>().notNull().default([]),
    /** The domain's practice themes (at least one). */
    themes: text("themes").array().notNull(),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B') || setweight(to_tsvector('german', coalesce(problem, '') || ' ' || coalesce(approach, '') || ' ' || coalesce(results, '')), 'C')`,
    ),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("practices_status_published").on(t.status, t.publishedAt, t.id),
    index("practices_city_status").on(t.cityId, t.status, t.updatedAt),
    index("practices_themes").using("gin", t.themes),
    index("practices_search").using("gin", t.searchVector),
  ],
);

/** "We adopted this": one mark per city and practice, with a short note. */
export const practiceAdoptions = pgTable(
  "practice_adoptions",
  {
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    cityId: uuid("city_id")
      .notNull()
      .references(() => cities.id),
    userId: uuid("user_id").notNull(),
    note: text("note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.cityId] }),
    foreignKey({
      name: "practice_adoptions_user_fk",
      columns: [t.cityId, t.userId],
      foreignColumns: [users.cityId, users.id],
    }),
    index("practice_adoptions_city").on(t.cityId, t.createdAt),
  ],
);

/**
 * Collegial support under a practice: a question from any member, and answers to it. An answer
 * has `parent_id` set to its question.
 */
export const practicePosts = pgTable(
  "practice_posts",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id").references((): AnyPgColumn => practicePosts.id, {
      onDelete: "cascade",
    }),
    cityId: uuid("city_id")
      .notNull()
      .references(() => cities.id),
    userId: uuid("user_id").notNull(),
    authorName: text("author_name").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("practice_posts_practice").on(t.practiceId, t.createdAt, t.id),
    index("practice_posts_parent").on(t.parentId, t.createdAt),
  ],
);

/**
 * A network event: a national or regional meeting, an exchange meeting or a training/webinar.
 * Announced by the network's admins or by a member city (`city_id`, the organiser).
 */
export const networkEvents = pgTable(
  "network_events",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    cityId: uuid("city_id")
      .notNull()
      .references(() => cities.id),
    createdByUserId: uuid("created_by_user_id").notNull(),
    kind: text("kind", {
      enum: ["national_meeting", "regional_meeting", "exchange_meeting", "training"],
    }).notNull(),
    status: text("status", { enum: ["draft", "published", "cancelled"] })
      .notNull()
      .default("draft"),
    title: text("title").notNull(),
    description: text("description").notNull(),
    agenda: text("agenda").notNull().default(""),
    /** For regional meetings: the federal state it is for; null for everyone. */
    federalState: text("federal_state"),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    place: text("place"),
    onlineUrl: text("online_url"),
    capacity: integer("capacity").notNull(),
    registrationDeadline: timestamp("registration_deadline", { withTimezone: true }).notNull(),
    contactEmail: text("contact_email").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("network_events_status_starts").on(t.status, t.startsAt, t.id),
    index("network_events_kind_starts").on(t.kind, t.status, t.startsAt),
    index("network_events_city").on(t.cityId, t.startsAt),
  ],
);

/** A member's registration for a network event: confirmed, waiting (in order) or cancelled. */
export const networkEventRegistrations = pgTable(
  "network_event_registrations",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    eventId: uuid("event_id")
      .notNull()
      .references(() => networkEvents.id),
    cityId: uuid("city_id")
      .notNull()
      .references(() => cities.id),
    userId: uuid("user_id").notNull(),
    /** Name and address at registration, for the organiser's list and the confirmation. */
    participantName: text("participant_name").notNull(),
    participantEmail: text("participant_email").notNull(),
    status: text("status", { enum: ["confirmed", "waiting", "cancelled"] }).notNull(),
    /** When the person joined the queue; the waiting list moves up in this order. */
    queuedAt: timestamp("queued_at", { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One live registration per person and event; a cancelled one may be followed by a new one.
    uniqueIndex("network_event_registrations_live")
      .on(t.eventId, t.cityId, t.userId)
      .where(sql`status <> 'cancelled'`),
    index("network_event_registrations_event").on(t.eventId, t.status, t.queuedAt, t.id),
    index("network_event_registrations_user").on(t.cityId, t.userId, t.createdAt),
  ],
);

/**
 * Anonymous figures a city has chosen to share with the network, per year: counts only, written
 * by the city's own job from its own data. Opting out deletes them.
 */
export const sharedFigures = pgTable(
  "shared_figures",
  {
    cityId: uuid("city_id")
      .notNull()
      .references(() => cities.id),
    year: integer("year").notNull(),
    /** `active_volunteers`, `hours` (whole hours) or `opportunities`. */
    metric: text("metric", { enum: ["active_volunteers", "hours", "opportunities"] }).notNull(),
    /** A category slug for opportunities by category; "" for the total. */
    category: text("category").notNull().default(""),
    value: integer("value").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.cityId, t.year, t.metric, t.category] }),
    index("shared_figures_year_metric").on(t.year, t.metric, t.category),
  ],
);
