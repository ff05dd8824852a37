import type { TimeWindow } from "@engagiert/domain/opportunities";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { cityKey, cityOwned, createdAt, updatedAt } from "./columns.ts";

/** A volunteer's personal data. Only staff with a reason read it, and every read is audited. */
export const persons = pgTable(
  "persons",
  {
    ...cityOwned(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email").notNull(),
    phone: text("phone"),
    birthYear: integer("birth_year").notNull(),
    birthDate: date("birth_date"),
    district: text("district"),
    interests: text("interests").array().notNull().default([]),
    skills: text("skills").array().notNull().default([]),
    availability: jsonb("availability").$type<TimeWindow[]>().notNull().default([]),
    accessibilityNeeds: text("accessibility_needs"),
    /** Groups that qualify for the Ehrenamtskarte without counting hours (fire brigade, THW, …),
     * as staff recorded them. */
    recognitionGroups: text("recognition_groups").array().notNull().default([]),
    isDemo: boolean("is_demo").notNull().default(false),
    /**
     * Erasure (DSGVO Art. 17): personal fields are cleared and this is set; the row stays so
     * hours and figures remain as anonymous aggregates, shown as "deleted person".
     */
    erasedAt: timestamp("erased_at", { withTimezone: true }),
    /** When the notice before deletion for inactivity was sent; cleared by new activity. */
    inactivityNoticeAt: timestamp("inactivity_notice_at", { withTimezone: true }),
    /** The last time the person signed in, applied or logged hours: inactivity counts from it. */
    lastActiveAt: timestamp("last_active_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    cityKey(t),
    unique("persons_city_email").on(t.cityId, t.email),
    index("persons_city_last_active").on(t.cityId, t.lastActiveAt),
    index("persons_city_name").on(t.cityId, t.lastName, t.firstName),
  ],
);
