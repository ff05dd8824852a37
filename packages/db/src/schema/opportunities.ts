import type { Accessibility, ContactPerson, Schedule } from "@engagiert/domain/opportunities";
import {
  boolean,
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
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    cityKey(t),
    cityRef("opportunities_organisation_fk", t, t.organisationId, organisations),
    index("opportunities_city_status_published").on(t.cityId, t.status, t.publishedAt.desc(), t.id),
    index("opportunities_city_organisation").on(t.cityId, t.organisationId, t.status),
  ],
);
