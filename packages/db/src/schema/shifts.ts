import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { cityKey, cityOwned, cityRef, createdAt } from "./columns.ts";
import { opportunities } from "./opportunities.ts";
import { persons } from "./people.ts";

/** A shift of a one-off opportunity: a time slot with its own number of places. */
export const opportunityShifts = pgTable(
  "opportunity_shifts",
  {
    ...cityOwned(),
    opportunityId: uuid("opportunity_id").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    capacity: integer("capacity").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    cityRef("opportunity_shifts_opportunity_fk", t, t.opportunityId, opportunities),
    index("opportunity_shifts_city_opportunity").on(t.cityId, t.opportunityId, t.startsAt),
    index("opportunity_shifts_city_starts").on(t.cityId, t.startsAt),
  ],
);

/**
 * A person's place on a shift, as in a shift planner: confirmed while places are free, else on
 * the waiting list in order of sign-up; a cancelled place goes to the first who waits.
 */
export const shiftSignups = pgTable(
  "shift_signups",
  {
    ...cityOwned(),
    shiftId: uuid("shift_id").notNull(),
    personId: uuid("person_id").notNull(),
    status: text("status", { enum: ["pending", "confirmed", "waiting", "cancelled"] }).notNull(),
    createdAt: createdAt(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    /** When the reminder the day before was queued, so it goes out once. */
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
  },
  (t) => [
    cityKey(t),
    cityRef("shift_signups_shift_fk", t, t.shiftId, opportunityShifts),
    cityRef("shift_signups_person_fk", t, t.personId, persons),
    uniqueIndex("shift_signups_one_open_per_person")
      .on(t.cityId, t.shiftId, t.personId)
      .where(sql`status <> 'cancelled'`),
    index("shift_signups_city_shift_status").on(t.cityId, t.shiftId, t.status, t.createdAt),
    index("shift_signups_city_person").on(t.cityId, t.personId),
  ],
);
