import { and, eq, gt, inArray, isNull, ne, or } from "drizzle-orm";
import type { Executor } from "../client.ts";
import {
  opportunityShifts,
  shiftSignups,
  trainingRegistrations,
  trainings,
} from "../schema/index.ts";
import type { CityScope } from "./scope.ts";

// The places a person gives up when they are erased or withdraw their consent for shifts. The
// caller gives each freed place to whoever waits (with the mail that goes with it).

/** Cancels sign-ups for shifts still to come; returns the shifts where a confirmed place freed.
 * Call it inside a transaction. */
export async function giveUpShifts(tx: Executor, scope: CityScope, personId: string, now: Date) {
  const future = tx
    .select({ id: opportunityShifts.id })
    .from(opportunityShifts)
    .where(and(eq(opportunityShifts.cityId, scope.cityId), gt(opportunityShifts.startsAt, now)));
  const open = await tx
    .select({ id: shiftSignups.id, shiftId: shiftSignups.shiftId, status: shiftSignups.status })
    .from(shiftSignups)
    .where(
      and(
        eq(shiftSignups.cityId, scope.cityId),
        eq(shiftSignups.personId, personId),
        ne(shiftSignups.status, "cancelled"),
        inArray(shiftSignups.shiftId, future),
      ),
    );
  if (open.length === 0) return [];
  await tx
    .update(shiftSignups)
    .set({ status: "cancelled", cancelledAt: now })
    .where(
      and(
        eq(shiftSignups.cityId, scope.cityId),
        inArray(
          shiftSignups.id,
          open.map((s) => s.id),
        ),
      ),
    );
  return [...new Set(open.filter((s) => s.status === "confirmed").map((s) => s.shiftId))];
}

/** Cancels registrations for trainings that have not begun; returns those where a place freed. */
export async function giveUpTrainings(tx: Executor, scope: CityScope, personId: string, now: Date) {
  const notBegun = tx
    .select({ id: trainings.id })
    .from(trainings)
    .where(
      and(
        eq(trainings.cityId, scope.cityId),
        or(isNull(trainings.startsAt), gt(trainings.startsAt, now)),
      ),
    );
  const open = await tx
    .select({
      id: trainingRegistrations.id,
      trainingId: trainingRegistrations.trainingId,
      status: trainingRegistrations.status,
    })
    .from(trainingRegistrations)
    .where(
      and(
        eq(trainingRegistrations.cityId, scope.cityId),
        eq(trainingRegistrations.personId, personId),
        ne(trainingRegistrations.status, "cancelled"),
        inArray(trainingRegistrations.trainingId, notBegun),
      ),
    );
  if (open.length === 0) return [];
  await tx
    .update(trainingRegistrations)
    .set({ status: "cancelled", cancelledAt: now })
    .where(
      and(
        eq(trainingRegistrations.cityId, scope.cityId),
        inArray(
          trainingRegistrations.id,
          open.map((r) => r.id),
        ),
      ),
    );
  return [...new Set(open.filter((r) => r.status === "confirmed").map((r) => r.trainingId))];
}
