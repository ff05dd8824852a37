import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { cityKey, cityOwned, cityRef, createdAt } from "./columns.ts";
import { persons } from "./people.ts";

/**
 * An inspection of an erweitertes Führungszeugnis (§72a SGB VIII). Only what the law allows is
 * kept: the person, the certificate's date, the inspection's date, who inspected it, and whether
 * it contains a relevant entry. Never the certificate itself.
 */
export const fuehrungszeugnisInspections = pgTable(
  "fuehrungszeugnis_inspections",
  {
    ...cityOwned(),
    personId: uuid("person_id").notNull(),
    certificateIssuedOn: date("certificate_issued_on").notNull(),
    inspectedOn: date("inspected_on").notNull(),
    inspectedByUserId: uuid("inspected_by_user_id").notNull(),
    hasRelevantEntry: boolean("has_relevant_entry").notNull(),
    /** A self-commitment declaration for the years between inspections, if recorded. */
    selfDeclarationOn: date("self_declaration_on"),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    cityRef("fuehrungszeugnis_person_fk", t, t.personId, persons),
    cityRef("fuehrungszeugnis_inspector_fk", t, t.inspectedByUserId, users),
    index("fuehrungszeugnis_city_person").on(t.cityId, t.personId, t.inspectedOn),
  ],
);

/**
 * A kind of qualification the city recognises (first aid, Juleica, …), with its validity and
 * prerequisites as data (`QualificationRules` in the domain), so a city can add its own.
 */
export const qualificationTypes = pgTable(
  "qualification_types",
  {
    ...cityOwned(),
    slug: text("slug").notNull(),
    nameDe: text("name_de").notNull(),
    nameEn: text("name_en").notNull(),
    description: text("description").notNull().default(""),
    /** Validity, prerequisites and renewal: `QualificationRules` of the domain. */
    rules: jsonb("rules").notNull(),
    isArchived: boolean("is_archived").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [cityKey(t), unique("qualification_types_city_slug").on(t.cityId, t.slug)],
);

/** A qualification a person holds (first aid, Juleica, …), from a training or a certificate. */
export const qualificationRecords = pgTable(
  "qualification_records",
  {
    ...cityOwned(),
    personId: uuid("person_id").notNull(),
    typeSlug: text("type_slug").notNull(),
    validFrom: date("valid_from").notNull(),
    validUntil: date("valid_until"),
    issuer: text("issuer"),
    source: text("source", { enum: ["training", "external"] }).notNull(),
    /** The training it was earned in (source "training"). */
    trainingId: uuid("training_id"),
    /** Training units (45 minutes each) it rests on, e.g. Juleica's 40. */
    units: integer("units"),
    /** Staff who entered an external certificate. */
    recordedByUserId: uuid("recorded_by_user_id"),
    /** When the reminder before expiry was queued, so it goes out once. */
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    cityRef("qualification_records_person_fk", t, t.personId, persons),
    cityRef("qualification_records_recorded_by_fk", t, t.recordedByUserId, users),
    foreignKey({
      name: "qualification_records_type_fk",
      columns: [t.cityId, t.typeSlug],
      foreignColumns: [qualificationTypes.cityId, qualificationTypes.slug],
    }),
    index("qualification_records_city_person").on(t.cityId, t.personId, t.typeSlug),
    index("qualification_records_city_valid_until").on(t.cityId, t.validUntil),
  ],
);
