import type { Accessibility, ContactPerson, Schedule } from "@engagiert/domain/opportunities";
import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { cityKey, cityOwned, cityRef, createdAt, updatedAt } from "./columns.ts";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
import { organisations } from "./organisations.ts";

/** A way to help, published by an organisation (RULES.md, Akquise). */
export const opportunities = pgTable(
  "opportunities",
  {
    ...cityOwned(),
    organisationId: uuid("organisation_id").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    description: text("description").notNull(),
    categories: text("categories").array().notNull(),
    format: text("format", { enum: ["one_off", "project", "regular"] }).notNull(),
    schedule: jsonb("schedule").$type<Schedule>().notNull(),
    isRemote: boolean("is_remote").notNull(),
    address: text("address"),
    district: text("district"),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    accessibility: jsonb("accessibility").$type<Accessibility>().notNull(),
    minimumAge: integer("minimum_age").notNull(),
    involvesMinorContact: boolean("involves_minor_contact").notNull(),
    requiredQualifications: text("required_qualifications").array().notNull().default([]),
    languages: text("languages").array().notNull(),
    capacity: integer("capacity").notNull(),
    contact: jsonb("contact").$type<ContactPerson>().notNull(),
    status: text("status", { enum: ["draft", "published", "paused", "closed", "archived"] })
      .notNull()
      .default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** Derived from the schedule on every write (domain `scheduleFacets`), for search filters. */
    weekdays: text("weekdays").array().notNull().default([]),
    dayParts: text("day_parts").array().notNull().default([]),
    startsOn: date("starts_on"),
    endsOn: date("ends_on"),
    /** German full-text search over title, summary and description (weighted in that order). */
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B') || setweight(to_tsvector('german', coalesce(description, '')), 'C')`,
    ),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    cityKey(t),
    cityRef("opportunities_organisation_fk", t, t.organisationId, organisations),
    index("opportunities_city_status_published").on(t.cityId, t.status, t.publishedAt.desc(), t.id),
    index("opportunities_city_organisation").on(t.cityId, t.organisationId, t.status),
    // City first in both: a search never leaves its city, so neither index scans other cities.
    index("opportunities_city_search").using("gin", t.cityId, t.searchVector),
    index("opportunities_city_title_trgm").using("gin", t.cityId, sql`${t.title} gin_trgm_ops`),
    index("opportunities_weekdays").using("gin", t.weekdays),
  ],
);
