import { boolean, index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { cityKey, cityOwned, cityRef, createdAt, updatedAt } from "./columns.ts";
import { opportunities } from "./opportunities.ts";
import { organisations } from "./organisations.ts";
import { persons } from "./people.ts";

/**
 * An application and, once accepted, the engagement it becomes: one row through the whole
 * lifecycle (submitted → … → ended). `organisation_id` repeats the opportunity's host so every
 * list is scoped by an index.
 */
export const engagements = pgTable(
  "engagements",
  {
    ...cityOwned(),
    opportunityId: uuid("opportunity_id").notNull(),
    organisationId: uuid("organisation_id").notNull(),
    personId: uuid("person_id").notNull(),
    status: text("status", {
      enum: [
        "submitted",
        "in_contact",
        "onboarding",
        "active",
        "paused",
        "ended",
        "declined",
        "withdrawn",
      ],
    }).notNull(),
    message: text("message"),
    /** Double opt-in: an application counts once the applicant followed the e-mail link. */
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    /** Whether the person was under 18 when applying: guardian consent is then required. */
    isMinor: boolean("is_minor").notNull().default(false),
    guardianEmail: text("guardian_email"),
    guardianConsentAt: timestamp("guardian_consent_at", { withTimezone: true }),
    /** The onboarding checklist (RULES.md): each item with the moment it was done. */
    firstConversationAt: timestamp("first_conversation_at", { withTimezone: true }),
    agreementAt: timestamp("agreement_at", { withTimezone: true }),
    dataProtectionNoticeAt: timestamp("data_protection_notice_at", { withTimezone: true }),
    insuranceInformationAt: timestamp("insurance_information_at", { withTimezone: true }),
    /** Offered on ending (Abschlussgespräch); whether the volunteer wants one. */
    exitConversationWanted: boolean("exit_conversation_wanted"),
    endReason: text("end_reason"),
    startedAt: timestamp("started_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).notNull().defaultNow(),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    cityKey(t),
    cityRef("engagements_opportunity_fk", t, t.opportunityId, opportunities),
    cityRef("engagements_organisation_fk", t, t.organisationId, organisations),
    cityRef("engagements_person_fk", t, t.personId, persons),
    index("engagements_city_organisation_status").on(t.cityId, t.organisationId, t.status),
    index("engagements_city_opportunity_status").on(t.cityId, t.opportunityId, t.status),
    index("engagements_city_status_changed").on(t.cityId, t.status, t.statusChangedAt),
    index("engagements_city_person").on(t.cityId, t.personId),
  ],
);

/** Every move of an engagement, by whom and when: the history staff and the volunteer see. */
export const engagementEvents = pgTable(
  "engagement_events",
  {
    ...cityOwned(),
    engagementId: uuid("engagement_id").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    actorKind: text("actor_kind", { enum: ["organisation", "volunteer", "system"] }).notNull(),
    actorUserId: uuid("actor_user_id"),
    endReason: text("end_reason"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    cityKey(t),
    cityRef("engagement_events_engagement_fk", t, t.engagementId, engagements),
    cityRef("engagement_events_actor_fk", t, t.actorUserId, users),
    index("engagement_events_city_engagement_at").on(t.cityId, t.engagementId, t.at),
  ],
);

/** Staff notes on an application or engagement (not shown to the volunteer). */
export const engagementNotes = pgTable(
  "engagement_notes",
  {
    ...cityOwned(),
    engagementId: uuid("engagement_id").notNull(),
    authorUserId: uuid("author_user_id").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    cityRef("engagement_notes_engagement_fk", t, t.engagementId, engagements),
    cityRef("engagement_notes_author_fk", t, t.authorUserId, users),
    index("engagement_notes_city_engagement").on(t.cityId, t.engagementId, t.createdAt),
  ],
);

/**
 * One-time links sent by e-mail for an engagement: the applicant confirms the application
 * (double opt-in), a parent or guardian gives consent for a minor. Only the token's hash is kept.
 */
export const engagementLinks = pgTable(
  "engagement_links",
  {
    ...cityOwned(),
    engagementId: uuid("engagement_id").notNull(),
    purpose: text("purpose", { enum: ["confirm_application", "guardian_consent"] }).notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    unique("engagement_links_city_token").on(t.cityId, t.tokenHash),
    cityRef("engagement_links_engagement_fk", t, t.engagementId, engagements),
    index("engagement_links_city_expires").on(t.cityId, t.expiresAt),
  ],
);
