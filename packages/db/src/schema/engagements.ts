import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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
    index("engagements_city_person").on(t.cityId, t.personId),
  ],
);
