import { and, asc, count, eq, gt, inArray, isNull, lt, ne, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import {
  cities,
  opportunities,
  opportunityShifts,
  organisations,
  persons,
  shiftSignups,
} from "../schema/index.ts";
import { keysetPage, readCursor } from "./pagination.ts";
import type { CityScope } from "./scope.ts";
import {
  opportunityOfShift,
  organisationOfOpportunity,
  personOfSignup,
  shiftOfSignup,
} from "./joins.ts";

export type ShiftTimes = { startsAt: Date; endsAt: Date; capacity: number };

const sameShift = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) =>
  a.startsAt.getTime() === b.startsAt.getTime() && a.endsAt.getTime() === b.endsAt.getTime();

/**
 * Keeps the shift rows of an opportunity in line with its schedule: a shift with the same times
 * keeps its row (and its sign-ups) with the new capacity, new times get a row, and a shift no
 * longer in the schedule goes away — unless people signed up for it, whose places are kept.
 */
export async function syncOpportunityShifts(
  db: Executor,
  scope: CityScope,
  opportunityId: string,
  shifts: readonly ShiftTimes[],
) {
  const existing = await db
    .select()
    .from(opportunityShifts)
    .where(
      and(
        eq(opportunityShifts.cityId, scope.cityId),
        eq(opportunityShifts.opportunityId, opportunityId),
      ),
    );
  const wanted = shifts.map((s) => ({
    startsAt: new Date(s.startsAt),
    endsAt: new Date(s.endsAt),
    capacity: s.capacity,
  }));
  for (const row of existing) {
    const match = wanted.find((w) => sameShift(w, row));
    if (match && match.capacity !== row.capacity) {
      await db
        .update(opportunityShifts)
        .set({ capacity: match.capacity })
        .where(and(eq(opportunityShifts.cityId, scope.cityId), eq(opportunityShifts.id, row.id)));
    }
  }
  const gone = existing.filter((row) => !wanted.some((w) => sameShift(w, row)));
  if (gone.length > 0) {
    const taken = await db
      .selectDistinct({ shiftId: shiftSignups.shiftId })
      .from(shiftSignups)
      .where(
        and(
          eq(shiftSignups.cityId, scope.cityId),
          inArray(
            shiftSignups.shiftId,
            gone.map((g) => g.id),
          ),
        ),
      );
    const keep = new Set(taken.map((t) => t.shiftId));
    const removable = gone.filter((g) => !keep.has(g.id)).map((g) => g.id);
    if (removable.length > 0) {
      await db
        .delete(opportunityShifts)
        .where(
          and(eq(opportunityShifts.cityId, scope.cityId), inArray(opportunityShifts.id, removable)),
        );
    }
  }
  const added = wanted.filter((w) => !existing.some((row) => sameShift(w, row)));
  if (added.length > 0) {
    await db
      .insert(opportunityShifts)
      .values(added.map((s) => ({ cityId: scope.cityId, opportunityId, ...s })));
  }
}

const placesTaken = (status: "confirmed" | "waiting") =>
  sql<number>`(count(${shiftSignups.id}) filter (where ${shiftSignups.status} = ${status}))::int`;

/** The shifts of an opportunity with their confirmed and waiting counts, earliest first. */
export async function listShifts(db: Executor, scope: CityScope, opportunityId: string) {
  return db
    .select({
      id: opportunityShifts.id,
      startsAt: opportunityShifts.startsAt,
      endsAt: opportunityShifts.endsAt,
      capacity: opportunityShifts.capacity,
      confirmedCount: placesTaken("confirmed"),
      waitingCount: placesTaken("waiting"),
    })
    .from(opportunityShifts)
    .leftJoin(shiftSignups, shiftOfSignup)
    .where(
      and(
        eq(opportunityShifts.cityId, scope.cityId),
        eq(opportunityShifts.opportunityId, opportunityId),
      ),
    )
    .groupBy(opportunityShifts.cityId, opportunityShifts.id)
    .orderBy(asc(opportunityShifts.startsAt), asc(opportunityShifts.id));
}

/** A person's open sign-ups for the given shifts (for "your place" on the opportunity page). */
export async function openSignupsOf(
  db: Executor,
  scope: CityScope,
  personId: string,
  shiftIds: string[],
) {
  if (shiftIds.length === 0) return [];
  return db
    .select({ id: shiftSignups.id, shiftId: shiftSignups.shiftId, status: shiftSignups.status })
    .from(shiftSignups)
    .where(
      and(
        eq(shiftSignups.cityId, scope.cityId),
        eq(shiftSignups.personId, personId),
        inArray(shiftSignups.shiftId, shiftIds),
        ne(shiftSignups.status, "cancelled"),
      ),
    );
}

/** A shift with what a calendar or an e-mail says about it: public event data only. */
export async function getShift(
  db: Executor,
  scope: CityScope,
  shiftId: string,
  options: { lock?: boolean } = {},
) {
  const query = db
    .select({
      id: opportunityShifts.id,
      opportunityId: opportunityShifts.opportunityId,
      startsAt: opportunityShifts.startsAt,
      endsAt: opportunityShifts.endsAt,
      capacity: opportunityShifts.capacity,
      title: opportunities.title,
      summary: opportunities.summary,
      status: opportunities.status,
      format: opportunities.format,
      address: opportunities.address,
      isRemote: opportunities.isRemote,
      organisationName: organisations.name,
    })
    .from(opportunityShifts)
    .innerJoin(opportunities, opportunityOfShift)
    .innerJoin(organisations, organisationOfOpportunity)
    .where(and(eq(opportunityShifts.cityId, scope.cityId), eq(opportunityShifts.id, shiftId)));
  // The shift's row lock serialises all sign-ups and cancellations of this shift.
  const [row] = options.lock ? await query.for("update", { of: opportunityShifts }) : await query;
  return row ?? null;
}
export type ShiftDetails = NonNullable<Awaited<ReturnType<typeof getShift>>>;

export async function countConfirmed(db: Executor, scope: CityScope, shiftId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(shiftSignups)
    .where(
      and(
        eq(shiftSignups.cityId, scope.cityId),
        eq(shiftSignups.shiftId, shiftId),
        eq(shiftSignups.status, "confirmed"),
      ),
    );
  return row?.n ?? 0;
}

export async function findOpenSignup(
  db: Executor,
  scope: CityScope,
  shiftId: string,
  personId: string,
) {
  const [row] = await db
    .select()
    .from(shiftSignups)
    .where(
      and(
        eq(shiftSignups.cityId, scope.cityId),
        eq(shiftSignups.shiftId, shiftId),
        eq(shiftSignups.personId, personId),
        ne(shiftSignups.status, "cancelled"),
      ),
    );
  return row ?? null;
}

export async function insertSignup(
  db: Executor,
  scope: CityScope,
  signup: {
    shiftId: string;
    personId: string;
    status: "pending" | "confirmed" | "waiting";
    now: Date;
  },
) {
  const [row] = await db
    .insert(shiftSignups)
    .values({
      cityId: scope.cityId,
      shiftId: signup.shiftId,
      personId: signup.personId,
      status: signup.status,
      createdAt: signup.now,
      confirmedAt: signup.status === "confirmed" ? signup.now : null,
    })
    .returning();
  return row!;
}

export async function cancelSignup(db: Executor, scope: CityScope, signupId: string, now: Date) {
  await db
    .update(shiftSignups)
    .set({ status: "cancelled", cancelledAt: now })
    .where(and(eq(shiftSignups.cityId, scope.cityId), eq(shiftSignups.id, signupId)));
}

/** The waiting sign-ups of a shift in order of sign-up, with whom to write to. */
export async function waitingList(db: Executor, scope: CityScope, shiftId: string, limit: number) {
  return db
    .select({
      id: shiftSignups.id,
      createdAt: shiftSignups.createdAt,
      personId: shiftSignups.personId,
      email: persons.email,
      firstName: persons.firstName,
    })
    .from(shiftSignups)
    .innerJoin(persons, personOfSignup)
    .where(
      and(
        eq(shiftSignups.cityId, scope.cityId),
        eq(shiftSignups.shiftId, shiftId),
        eq(shiftSignups.status, "waiting"),
      ),
    )
    .orderBy(asc(shiftSignups.createdAt), asc(shiftSignups.id))
    .limit(limit);
}

/**
 * A pending sign-up, once its e-mail link was followed, becomes confirmed or waiting. Its place in
 * the waiting list counts from now, not from the request, so nobody jumps the queue by asking early.
 */
export async function settleSignup(
  db: Executor,
  scope: CityScope,
  signupId: string,
  status: "confirmed" | "waiting",
  now: Date,
) {
  await db
    .update(shiftSignups)
    .set({ status, createdAt: now, confirmedAt: status === "confirmed" ? now : null })
    .where(
      and(
        eq(shiftSignups.cityId, scope.cityId),
        eq(shiftSignups.id, signupId),
        eq(shiftSignups.status, "pending"),
      ),
    );
}

/** One sign-up with its shift, to confirm it (only the person's own). */
export async function getSignup(db: Executor, scope: CityScope, signupId: string) {
  const [row] = await db
    .select()
    .from(shiftSignups)
    .where(and(eq(shiftSignups.cityId, scope.cityId), eq(shiftSignups.id, signupId)));
  return row ?? null;
}

export async function confirmSignup(db: Executor, scope: CityScope, signupId: string, now: Date) {
  await db
    .update(shiftSignups)
    .set({ status: "confirmed", confirmedAt: now })
    .where(and(eq(shiftSignups.cityId, scope.cityId), eq(shiftSignups.id, signupId)));
}

/** A volunteer's open sign-ups, soonest shift first, page by page. */
export async function listMySignups(
  db: Executor,
  scope: CityScope,
  personId: string,
  page: { limit: number; cursor?: string | null },
) {
  const after = readCursor(page.cursor, ["timestamp", "uuid"]);
  const rows = await db
    .select({
      signupId: shiftSignups.id,
      status: shiftSignups.status,
      shiftId: opportunityShifts.id,
      startsAt: opportunityShifts.startsAt,
      endsAt: opportunityShifts.endsAt,
      opportunityId: opportunities.id,
      title: opportunities.title,
      address: opportunities.address,
    })
    .from(shiftSignups)
    .innerJoin(opportunityShifts, shiftOfSignup)
    .innerJoin(opportunities, opportunityOfShift)
    .where(
      and(
        eq(shiftSignups.cityId, scope.cityId),
        eq(shiftSignups.personId, personId),
        ne(shiftSignups.status, "cancelled"),
        after
          ? sql`(${opportunityShifts.startsAt}, ${shiftSignups.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(opportunityShifts.startsAt), asc(shiftSignups.id))
    .limit(page.limit + 1);
  return keysetPage(rows, page.limit, (last) => [last.startsAt.toISOString(), last.signupId]);
}

/**
 * Confirmed sign-ups not yet reminded whose shift starts within the window, with what the
 * reminder needs. Read page by page by the reminder job.
 */
export async function signupsToRemind(
  db: Executor,
  scope: CityScope,
  window: { from: Date; to: Date },
  limit: number,
) {
  return db
    .select({
      signupId: shiftSignups.id,
      shiftId: opportunityShifts.id,
      startsAt: opportunityShifts.startsAt,
      endsAt: opportunityShifts.endsAt,
      title: opportunities.title,
      address: opportunities.address,
      email: persons.email,
      firstName: persons.firstName,
    })
    .from(opportunityShifts)
    .innerJoin(shiftSignups, shiftOfSignup)
    .innerJoin(opportunities, opportunityOfShift)
    .innerJoin(persons, personOfSignup)
    .where(
      and(
        eq(opportunityShifts.cityId, scope.cityId),
        gt(opportunityShifts.startsAt, window.from),
        lt(opportunityShifts.startsAt, window.to),
        eq(shiftSignups.status, "confirmed"),
        isNull(shiftSignups.remindedAt),
      ),
    )
    .orderBy(asc(opportunityShifts.startsAt), asc(shiftSignups.id))
    .limit(limit);
}

/** Marks a reminder as queued; false if another run got there first. */
export async function markReminded(db: Executor, scope: CityScope, signupId: string, now: Date) {
  const rows = await db
    .update(shiftSignups)
    .set({ remindedAt: now })
    .where(
      and(
        eq(shiftSignups.cityId, scope.cityId),
        eq(shiftSignups.id, signupId),
        eq(shiftSignups.status, "confirmed"),
        isNull(shiftSignups.remindedAt),
      ),
    )
    .returning({ id: shiftSignups.id });
  return rows.length === 1;
}

/** What the age rule needs to know about a volunteer who takes a shift. */
export async function getShiftVolunteer(db: Executor, scope: CityScope, personId: string) {
  const [row] = await db
    .select({
      birthYear: persons.birthYear,
      birthDate: persons.birthDate,
      firstName: persons.firstName,
    })
    .from(persons)
    .where(and(eq(persons.cityId, scope.cityId), eq(persons.id, personId)));
  return row ?? null;
}

/** The city's name and slug for the reminder's text and calendar link. */
export async function getReminderCity(db: Executor, scope: CityScope) {
  const [row] = await db
    .select({ slug: cities.slug, name: cities.name })
    .from(cities)
    .where(eq(cities.id, scope.cityId));
  return row ?? null;
}
