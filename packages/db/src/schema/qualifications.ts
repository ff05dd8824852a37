import { boolean, date, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
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
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    cityRef("qualification_records_person_fk", t, t.personId, persons),
    index("qualification_records_city_person").on(t.cityId, t.personId, t.typeSlug),
  ],
);
