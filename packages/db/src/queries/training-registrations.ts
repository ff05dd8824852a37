import { waitingToPromote } from "@engagiert/domain/trainings";
import { and, asc, count, eq, inArray, isNull, ne } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { calendarFeeds, persons, trainingRegistrations, trainings } from "../schema/index.ts";
import type { CityScope } from "./scope.ts";

// Registering for a training, cancelling, the waiting list and the personal calendar feed. Every
// change to a training's places runs under a row lock on the training, so concurrent
// registrations are counted one after another and the capacity is never exceeded.

const personOfRegistration = and(
  eq(persons.cityId, trainingRegistrations.cityId),
  eq(persons.id, trainingRegistrations.personId),
);

/**
 * The training with what registering needs, its row locked until the transaction ends: this
 * lock serialises all registrations, cancellations and promotions of the training.
 */
export async function lockTraining(db: Executor, scope: CityScope, trainingId: string) {
  const [row] = await db
    .select({
      id: trainings.id,
      title: trainings.title,
      status: trainings.status,
      capacity: trainings.capacity,
      registrationDeadline: trainings.registrationDeadline,
      startsAt: trainings.startsAt,
      place: trainings.place,
      onlineUrl: trainings.onlineUrl,
      trainer: trainings.trainer,
    })
    .from(trainings)
    .where(and(eq(trainings.cityId, scope.cityId), eq(trainings.id, trainingId)))
    .for("update");
  return row ?? null;
}
export type LockedTraining = NonNullable<Awaited<ReturnType<typeof lockTraining>>>;

export async function countConfirmedRegistrations(
  db: Executor,
  scope: CityScope,
  trainingId: string,
) {
  const [row] = await db
    .select({ n: count() })
    .from(trainingRegistrations)
    .where(
      and(
        eq(trainingRegistrations.cityId, scope.cityId),
        eq(trainingRegistrations.trainingId, trainingId),
        eq(trainingRegistrations.status, "confirmed"),
      ),
    );
  return row?.n ?? 0;
}

/** A person's registration for a training that is not cancelled, if any. */
export async function findOpenRegistration(
  db: Executor,
  scope: CityScope,
  trainingId: string,
  personId: string,
) {
  const [row] = await db
    .select()
    .from(trainingRegistrations)
    .where(
      and(
        eq(trainingRegistrations.cityId, scope.cityId),
        eq(trainingRegistrations.trainingId, trainingId),
        eq(trainingRegistrations.personId, personId),
        ne(trainingRegistrations.status, "cancelled"),
      ),
    );
  return row ?? null;
}

export async function insertRegistration(
  db: Executor,
  scope: CityScope,
  registration: {
    trainingId: string;
    personId: string;
    status: "confirmed" | "waiting";
    now: Date;
  },
) {
  const [row] = await db
    .insert(trainingRegistrations)
    .values({
      cityId: scope.cityId,
      trainingId: registration.trainingId,
      personId: registration.personId,
      status: registration.status,
      createdAt: registration.now,
    })
    .returning();
  return row!;
}

export async function cancelRegistration(
  db: Executor,
  scope: CityScope,
  registrationId: string,
  now: Date,
) {
  await db
    .update(trainingRegistrations)
    .set({ status: "cancelled", cancelledAt: now })
    .where(
      and(
        eq(trainingRegistrations.cityId, scope.cityId),
        eq(trainingRegistrations.id, registrationId),
      ),
    );
}

/** Whom to write to about a registration. */
export async function getRegistrant(db: Executor, scope: CityScope, personId: string) {
  const [row] = await db
    .select({ email: persons.email, firstName: persons.firstName, lastName: persons.lastName })
    .from(persons)
    .where(and(eq(persons.cityId, scope.cityId), eq(persons.id, personId)));
  return row ?? null;
}

export type PromotedRegistration = {
  registrationId: string;
  personId: string;
  email: string;
  firstName: string;
  lastName: string;
};

/**
 * Fills every free place of a published training from its waiting list, first come first served,
 * and returns who moved up, with what an e-mail to them needs. Call it inside the transaction
 * that freed the places (a cancellation, a raised capacity); it takes the training's lock itself.
 */
export async function promoteFromWaitingList(
  tx: Executor,
  scope: CityScope,
  trainingId: string,
  now: Date,
): Promise<PromotedRegistration[]> {
  const training = await lockTraining(tx, scope, trainingId);
  if (!training || training.status !== "published") return [];
  const confirmed = await countConfirmedRegistrations(tx, scope, trainingId);
  const free = Math.max(0, training.capacity - confirmed);
  if (free === 0) return [];
  const waiting = await tx
    .select({
      id: trainingRegistrations.id,
      createdAt: trainingRegistrations.createdAt,
      personId: trainingRegistrations.personId,
      email: persons.email,
      firstName: persons.firstName,
      lastName: persons.lastName,
    })
    .from(trainingRegistrations)
    .innerJoin(persons, personOfRegistration)
    .where(
      and(
        eq(trainingRegistrations.cityId, scope.cityId),
        eq(trainingRegistrations.trainingId, trainingId),
        eq(trainingRegistrations.status, "waiting"),
      ),
    )
    .orderBy(asc(trainingRegistrations.createdAt), asc(trainingRegistrations.id))
    .limit(free);
  const promoted = waitingToPromote(training.capacity, confirmed, waiting);
  if (promoted.length === 0) return [];
  await tx
    .update(trainingRegistrations)
    .set({ status: "confirmed", promotedAt: now })
    .where(
      and(
        eq(trainingRegistrations.cityId, scope.cityId),
        inArray(
          trainingRegistrations.id,
          promoted.map((p) => p.id),
        ),
      ),
    );
  return promoted.map((p) => ({
    registrationId: p.id,
    personId: p.personId,
    email: p.email,
    firstName: p.firstName,
    lastName: p.lastName,
  }));
}

/**
 * Gives a person a new calendar feed: any earlier one stops working. Only the token's hash is
 * stored. The person's row is locked, so two clicks never leave two working feeds.
 */
export async function replaceCalendarFeed(
  tx: Executor,
  scope: CityScope,
  feed: { personId: string; tokenHash: string; now: Date },
) {
  await tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.cityId, scope.cityId), eq(persons.id, feed.personId)))
    .for("update");
  await tx
    .update(calendarFeeds)
    .set({ revokedAt: feed.now })
    .where(
      and(
        eq(calendarFeeds.cityId, scope.cityId),
        eq(calendarFeeds.personId, feed.personId),
        isNull(calendarFeeds.revokedAt),
      ),
    );
  const [row] = await tx
    .insert(calendarFeeds)
    .values({
      cityId: scope.cityId,
      personId: feed.personId,
      tokenHash: feed.tokenHash,
      createdAt: feed.now,
    })
    .returning({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt });
  return row!;
}

/** The person whose working feed has this token hash, or null (unknown or revoked). */
export async function findCalendarFeedPerson(db: Executor, scope: CityScope, tokenHash: string) {
  const [row] = await db
    .select({ personId: calendarFeeds.personId })
    .from(calendarFeeds)
    .where(
      and(
        eq(calendarFeeds.cityId, scope.cityId),
        eq(calendarFeeds.tokenHash, tokenHash),
        isNull(calendarFeeds.revokedAt),
      ),
    );
  return row?.personId ?? null;
}

/** When the person's working feed was made, or null without one (the address is never shown again). */
export async function activeCalendarFeed(db: Executor, scope: CityScope, personId: string) {
  const [row] = await db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(
      and(
        eq(calendarFeeds.cityId, scope.cityId),
        eq(calendarFeeds.personId, personId),
        isNull(calendarFeeds.revokedAt),
      ),
    )
    .orderBy(asc(calendarFeeds.createdAt))
    .limit(1);
  return row ?? null;
}
