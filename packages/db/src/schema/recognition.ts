import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { cityKey, cityOwned, cityRef, createdAt } from "./columns.ts";
import { engagements } from "./engagements.ts";
import { organisations } from "./organisations.ts";
import { persons } from "./people.ts";

/**
 * Hours given in one engagement on one day. Pending until staff approve or return them; an
 * approved entry never changes: a correction is a new entry that names the one it corrects.
 * The organisation is kept on the entry so approval queues and reports stay within one index.
 */
export const hourEntries = pgTable(
  "hour_entries",
  {
    ...cityOwned(),
    personId: uuid("person_id").notNull(),
    engagementId: uuid("engagement_id").notNull(),
    organisationId: uuid("organisation_id").notNull(),
    workedOn: date("worked_on").notNull(),
    minutes: integer("minutes").notNull(),
    activity: text("activity").notNull(),
    status: text("status", { enum: ["pending", "approved", "returned"] }).notNull(),
    /** Set on a correction: the approved entry whose figures it replaces. */
    correctsEntryId: uuid("corrects_entry_id"),
    correctionReason: text("correction_reason"),
    /** Why staff returned it, for the volunteer to act on. */
    returnComment: text("return_comment"),
    enteredByUserId: uuid("entered_by_user_id").notNull(),
    reviewedByUserId: uuid("reviewed_by_user_id"),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    cityRef("hour_entries_person_fk", t, t.personId, persons),
    cityRef("hour_entries_engagement_fk", t, t.engagementId, engagements),
    cityRef("hour_entries_organisation_fk", t, t.organisationId, organisations),
    cityRef("hour_entries_entered_by_fk", t, t.enteredByUserId, users),
    cityRef("hour_entries_reviewed_by_fk", t, t.reviewedByUserId, users),
    foreignKey({
      name: "hour_entries_corrects_fk",
      columns: [t.cityId, t.correctsEntryId],
      foreignColumns: [t.cityId, t.id],
    }),
    index("hour_entries_city_org_status_day").on(t.cityId, t.organisationId, t.status, t.workedOn),
    index("hour_entries_city_status_day").on(t.cityId, t.status, t.workedOn),
    index("hour_entries_city_person_day").on(t.cityId, t.personId, t.workedOn),
    index("hour_entries_city_engagement_day").on(t.cityId, t.engagementId, t.workedOn),
    index("hour_entries_city_corrects").on(t.cityId, t.correctsEntryId),
  ],
);

/** A payment of the Übungsleiter- or Ehrenamtspauschale to a volunteer, in euro cents. */
export const allowancePayments = pgTable(
  "allowance_payments",
  {
    ...cityOwned(),
    personId: uuid("person_id").notNull(),
    organisationId: uuid("organisation_id").notNull(),
    allowance: text("allowance", {
      enum: ["uebungsleiterpauschale", "ehrenamtspauschale"],
    }).notNull(),
    amountCents: integer("amount_cents").notNull(),
    paidOn: date("paid_on").notNull(),
    activity: text("activity").notNull(),
    /** Staff confirmed that the part above the yearly limit is paid as taxable income. */
    excessAccepted: boolean("excess_accepted").notNull().default(false),
    recordedByUserId: uuid("recorded_by_user_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    cityRef("allowance_payments_person_fk", t, t.personId, persons),
    cityRef("allowance_payments_organisation_fk", t, t.organisationId, organisations),
    cityRef("allowance_payments_recorded_by_fk", t, t.recordedByUserId, users),
    index("allowance_payments_city_person_day").on(t.cityId, t.personId, t.paidOn),
    index("allowance_payments_city_org_day").on(t.cityId, t.organisationId, t.paidOn),
  ],
);

/** A recognition event of the city (Dankeschön-Fest), with its invitation list. */
export const recognitionEvents = pgTable(
  "recognition_events",
  {
    ...cityOwned(),
    title: text("title").notNull(),
    heldOn: date("held_on").notNull(),
    place: text("place").notNull(),
    invitationText: text("invitation_text").notNull(),
    createdByUserId: uuid("created_by_user_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    cityRef("recognition_events_created_by_fk", t, t.createdByUserId, users),
    index("recognition_events_city_day").on(t.cityId, t.heldOn),
  ],
);

/** A person on an event's invitation list, with why (a milestone) and when the mail went out. */
export const recognitionInvitations = pgTable(
  "recognition_invitations",
  {
    ...cityOwned(),
    eventId: uuid("event_id").notNull(),
    personId: uuid("person_id").notNull(),
    reason: text("reason").notNull(),
    mailedAt: timestamp("mailed_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    cityRef("recognition_invitations_event_fk", t, t.eventId, recognitionEvents),
    cityRef("recognition_invitations_person_fk", t, t.personId, persons),
    uniqueIndex("recognition_invitations_city_event_person").on(t.cityId, t.eventId, t.personId),
  ],
);
