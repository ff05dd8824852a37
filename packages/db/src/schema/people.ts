import type { TimeWindow } from "@engagiert/domain/opportunities";
import { boolean, date, index, integer, jsonb, pgTable, text, unique } from "drizzle-orm/pg-core";
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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    cityKey(t),
    unique("persons_city_email").on(t.cityId, t.email),
    index("persons_city_name").on(t.cityId, t.lastName, t.firstName),
  ],
);
