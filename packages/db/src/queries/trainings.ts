import { and, asc, count, eq, gt, gte, inArray, lt, ne, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import {
  organisations,
  trainingRegistrations,
  trainings,
  trainingSessions,
} from "../schema/index.ts";
import { keysetPage, readTimestampCursor } from "./pagination.ts";
import type { CityScope } from "./scope.ts";

// The public side of trainings: the calendar, one training's page, a volunteer's own trainings
// and their calendar feed. Only published trainings are shown to the public.

const organisationOfTraining = and(
  eq(organisations.cityId, trainings.cityId),
  eq(organisations.id, trainings.organisationId),
);

const trainingOfRegistration = and(
  eq(trainings.cityId, trainingRegistrations.cityId),
  eq(trainings.id, trainingRegistrations.trainingId),
);

/** Registrations of the training in the outer query with one status (index city, training, status). */
const registrationsWith = (status: "confirmed" | "waiting") =>
  sql<number>`(select count(*) from ${trainingRegistrations}
    where ${trainingRegistrations.cityId} = ${trainings.cityId}
      and ${trainingRegistrations.trainingId} = ${trainings.id}
      and ${trainingRegistrations.status} = ${status})`.mapWith(Number);

const sessionCount = sql<number>`(select count(*) from ${trainingSessions}
  where ${trainingSessions.cityId} = ${trainings.cityId}
    and ${trainingSessions.trainingId} = ${trainings.id})`.mapWith(Number);

const lastSessionEnd =
  sql<Date | null>`(select max(${trainingSessions.endsAt}) from ${trainingSessions}
  where ${trainingSessions.cityId} = ${trainings.cityId}
    and ${trainingSessions.trainingId} = ${trainings.id})`.mapWith(trainingSessions.endsAt);

/** What the calendar and a training's page show about a training; no one's personal data. */
const publicColumns = {
  id: trainings.id,
  title: trainings.title,
  topic: trainings.topic,
  audience: trainings.audience,
  trainer: trainings.trainer,
  place: trainings.place,
  onlineUrl: trainings.onlineUrl,
  capacity: trainings.capacity,
  costCents: trainings.costCents,
  registrationDeadline: trainings.registrationDeadline,
  status: trainings.status,
  startsAt: trainings.startsAt,
  endsAt: lastSessionEnd,
  sessionCount,
  confirmedCount: registrationsWith("confirmed"),
  waitingCount: registrationsWith("waiting"),
  organisationName: organisations.name,
};

export type TrainingCalendarFilter = {
  topic?: string | null;
  /** First sessions from this instant on. */
  from: Date;
  /** First sessions before this instant; null for no end. */
  until: Date | null;
  /** Only trainings where a place is free and registration is still open at `now`. */
  onlyWithPlaces: boolean;
  now: Date;
  limit: number;
  cursor?: string | null;
};

/**
 * The public training calendar: published trainings of the city by their first session, page by
 * page along (starts_at, id) — the index trainings_city_status_starts.
 */
export async function listTrainingCalendar(
  db: Executor,
  scope: CityScope,
  filter: TrainingCalendarFilter,
) {
  const after = readTimestampCursor(filter.cursor);
  const rows = await db
    .select(publicColumns)
    .from(trainings)
    .leftJoin(organisations, organisationOfTraining)
    .where(
      and(
        eq(trainings.cityId, scope.cityId),
        eq(trainings.status, "published"),
        gte(trainings.startsAt, filter.from),
        filter.until ? lt(trainings.startsAt, filter.until) : undefined,
        filter.topic ? eq(trainings.topic, filter.topic) : undefined,
        filter.onlyWithPlaces
          ? and(
              sql`${registrationsWith("confirmed")} < ${trainings.capacity}`,
              gt(trainings.registrationDeadline, filter.now),
              gt(trainings.startsAt, filter.now),
            )
          : undefined,
        after
          ? sql`(${trainings.startsAt}, ${trainings.id}) > (${after.at}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(trainings.startsAt), asc(trainings.id))
    .limit(filter.limit + 1);
  return keysetPage(rows, filter.limit, (last) => [last.startsAt!.toISOString(), last.id]);
}

/** The dates of a training, earliest first (a training has a handful, never a growing list). */
export async function listTrainingSessions(db: Executor, scope: CityScope, trainingId: string) {
  return db
    .select({
      id: trainingSessions.id,
      startsAt: trainingSessions.startsAt,
      endsAt: trainingSessions.endsAt,
      units: trainingSessions.units,
    })
    .from(trainingSessions)
    .where(
      and(eq(trainingSessions.cityId, scope.cityId), eq(trainingSessions.trainingId, trainingId)),
    )
    .orderBy(asc(trainingSessions.startsAt), asc(trainingSessions.id));
}

/** One published training with its description, sessions, free places and waiting list length. */
export async function getPublishedTraining(db: Executor, scope: CityScope, trainingId: string) {
  const [row] = await db
    .select({ ...publicColumns, description: trainings.description })
    .from(trainings)
    .leftJoin(organisations, organisationOfTraining)
    .where(
      and(
        eq(trainings.cityId, scope.cityId),
        eq(trainings.id, trainingId),
        eq(trainings.status, "published"),
      ),
    );
  if (!row) return null;
  return { ...row, sessions: await listTrainingSessions(db, scope, trainingId) };
}
export type PublishedTraining = NonNullable<Awaited<ReturnType<typeof getPublishedTraining>>>;

/** A person's open registration for one training, for "your place" on its page. */
export async function openRegistrationOf(
  db: Executor,
  scope: CityScope,
  trainingId: string,
  personId: string,
) {
  const [row] = await db
    .select({
      id: trainingRegistrations.id,
      status: trainingRegistrations.status,
      createdAt: trainingRegistrations.createdAt,
    })
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

/** Where a training without a date sorts in a person's list: after every dated one. */
const NO_DATE_YET = "9999-12-31T00:00:00.000Z";

/** A waiting registration's place in the line: 1 moves up first. */
export async function waitingPosition(
  db: Executor,
  scope: CityScope,
  registration: { id: string; trainingId: string; createdAt: Date },
) {
  const [row] = await db
    .select({ ahead: count() })
    .from(trainingRegistrations)
    .where(
      and(
        eq(trainingRegistrations.cityId, scope.cityId),
        eq(trainingRegistrations.trainingId, registration.trainingId),
        eq(trainingRegistrations.status, "waiting"),
        sql`(${trainingRegistrations.createdAt}, ${trainingRegistrations.id}) < (${registration.createdAt.toISOString()}::timestamptz, ${registration.id}::uuid)`,
      ),
    );
  return (row?.ahead ?? 0) + 1;
}

/**
 * A volunteer's open registrations, soonest training first, page by page (a training without a
 * date yet sorts last).
 */
export async function listMyTrainings(
  db: Executor,
  scope: CityScope,
  personId: string,
  page: { limit: number; cursor?: string | null },
) {
  const after = readTimestampCursor(page.cursor);
  const sortKey = sql<string>`coalesce(${trainings.startsAt}, ${NO_DATE_YET}::timestamptz)`;
  const rows = await db
    .select({
      registrationId: trainingRegistrations.id,
      status: trainingRegistrations.status,
      registeredAt: trainingRegistrations.createdAt,
      trainingId: trainings.id,
      trainingStatus: trainings.status,
      title: trainings.title,
      topic: trainings.topic,
      place: trainings.place,
      isOnline: sql<boolean>`${trainings.onlineUrl} is not null`.mapWith(Boolean),
      startsAt: trainings.startsAt,
      endsAt: lastSessionEnd,
      sessionCount,
    })
    .from(trainingRegistrations)
    .innerJoin(trainings, trainingOfRegistration)
    .where(
      and(
        eq(trainingRegistrations.cityId, scope.cityId),
        eq(trainingRegistrations.personId, personId),
        ne(trainingRegistrations.status, "cancelled"),
        after
          ? sql`(${sortKey}, ${trainingRegistrations.id}) > (${after.at}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(sortKey), asc(trainingRegistrations.id))
    .limit(page.limit + 1);
  return keysetPage(rows, page.limit, (last) => [
    (last.startsAt ?? new Date(NO_DATE_YET)).toISOString(),
    last.registrationId,
  ]);
}

/** At most this many sessions go into one feed; a calendar app reads it whole. */
const FEED_LIMIT = 500;

/**
 * The sessions of a person's confirmed trainings from `since` on, for their calendar feed.
 * Trainings that were cancelled drop out; closed ones stay as the record of what took place.
 */
export async function feedSessions(db: Executor, scope: CityScope, personId: string, since: Date) {
  return db
    .select({
      sessionId: trainingSessions.id,
      startsAt: trainingSessions.startsAt,
      endsAt: trainingSessions.endsAt,
      trainingId: trainings.id,
      title: trainings.title,
      description: trainings.description,
      trainer: trainings.trainer,
      place: trainings.place,
      onlineUrl: trainings.onlineUrl,
    })
    .from(trainingRegistrations)
    .innerJoin(trainings, trainingOfRegistration)
    .innerJoin(
      trainingSessions,
      and(
        eq(trainingSessions.cityId, trainingRegistrations.cityId),
        eq(trainingSessions.trainingId, trainingRegistrations.trainingId),
      ),
    )
    .where(
      and(
        eq(trainingRegistrations.cityId, scope.cityId),
        eq(trainingRegistrations.personId, personId),
        eq(trainingRegistrations.status, "confirmed"),
        inArray(trainings.status, ["published", "closed"]),
        gte(trainingSessions.startsAt, since),
      ),
    )
    .orderBy(asc(trainingSessions.startsAt), asc(trainingSessions.id))
    .limit(FEED_LIMIT);
}

export type TrainingSessionEvent = Awaited<ReturnType<typeof feedSessions>>[number];
