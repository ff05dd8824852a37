import type {
  RegistrationStatusFilter,
  TrainingEditorInput,
  TrainingSessionInput,
  TrainingStatus,
} from "@engagiert/domain/trainings";
import { and, asc, count, eq, inArray, isNull, notInArray, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client.ts";
import {
  organisations,
  persons,
  qualificationRecords,
  trainingAttendance,
  trainingRegistrations,
  trainings,
  trainingSessions,
} from "../schema/index.ts";
import { keysetPage, readCursor, readTimestampCursor } from "./pagination.ts";
import type { CityScope } from "./scope.ts";

// Trainings as staff manage them: the list, one training with its sessions and counts, writing
// it, status moves and the registrations. Attendance and closing are in training-attendance.ts.

export type TrainingRow = typeof trainings.$inferSelect;

const organisationOfTraining = and(
  eq(organisations.cityId, trainings.cityId),
  eq(organisations.id, trainings.organisationId),
);

const personOfRegistration = and(
  eq(persons.cityId, trainingRegistrations.cityId),
  eq(persons.id, trainingRegistrations.personId),
);

/** Registrations of the training in the outer query with one status (index city, training, status). */
const registrationsWith = (status: RegistrationStatusFilter) =>
  sql<number>`(select count(*) from ${trainingRegistrations}
    where ${trainingRegistrations.cityId} = ${trainings.cityId}
      and ${trainingRegistrations.trainingId} = ${trainings.id}
      and ${trainingRegistrations.status} = ${status})`.mapWith(Number);

/**
 * Whose trainings a list shows: one organisation's, the coordination office's own ("city"), or,
 * with null, the whole city's.
 */
export type TrainingOwnerFilter = string | "city" | null;

/**
 * The staff's list of trainings, latest first session first, page by page along
 * (starts_at, id). Every training has at least one session, so `starts_at` is always set.
 */
export async function listTrainingsForAdmin(
  db: Executor,
  scope: CityScope,
  filter: { organisationId: TrainingOwnerFilter; status: TrainingStatus | null },
  page: { limit: number; cursor?: string | null },
) {
  const where = and(
    eq(trainings.cityId, scope.cityId),
    filter.organisationId === "city"
      ? isNull(trainings.organisationId)
      : filter.organisationId
        ? eq(trainings.organisationId, filter.organisationId)
        : undefined,
    filter.status ? eq(trainings.status, filter.status) : undefined,
  );
  const after = readTimestampCursor(page.cursor);
  const rows = await db
    .select({
      id: trainings.id,
      title: trainings.title,
      status: trainings.status,
      topic: trainings.topic,
      organisationId: trainings.organisationId,
      organisationName: organisations.name,
      qualificationTypeSlug: trainings.qualificationTypeSlug,
      startsAt: trainings.startsAt,
      capacity: trainings.capacity,
      confirmedCount: registrationsWith("confirmed"),
      waitingCount: registrationsWith("waiting"),
    })
    .from(trainings)
    .leftJoin(organisations, organisationOfTraining)
    .where(
      and(
        where,
        after
          ? sql`(${trainings.startsAt}, ${trainings.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(sql`${trainings.startsAt} desc nulls last, ${trainings.id} desc`)
    .limit(page.limit + 1);
  const [totals] = await db.select({ total: count() }).from(trainings).where(where);
  return {
    ...keysetPage(rows, page.limit, (last) => [
      (last.startsAt ?? new Date(0)).toISOString(),
      last.id,
    ]),
    total: totals?.total ?? 0,
  };
}

export async function getTrainingRow(
  db: Executor,
  scope: CityScope,
  trainingId: string,
  options: { lock?: boolean } = {},
): Promise<TrainingRow | null> {
  const query = db
    .select()
    .from(trainings)
    .where(and(eq(trainings.cityId, scope.cityId), eq(trainings.id, trainingId)));
  // The training's row lock serialises its changes with registrations and promotions.
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

/** The sessions of a training, earliest first (at most 20 by the editor's rule). */
export async function sessionsOfTraining(db: Executor, scope: CityScope, trainingId: string) {
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
export type TrainingSessionRow = Awaited<ReturnType<typeof sessionsOfTraining>>[number];

/** How many registrations a training has in each status. */
export async function registrationCounts(db: Executor, scope: CityScope, trainingId: string) {
  const rows = await db
    .select({ status: trainingRegistrations.status, n: count() })
    .from(trainingRegistrations)
    .where(
      and(
        eq(trainingRegistrations.cityId, scope.cityId),
        eq(trainingRegistrations.trainingId, trainingId),
      ),
    )
    .groupBy(trainingRegistrations.status);
  const of = (status: RegistrationStatusFilter) => rows.find((r) => r.status === status)?.n ?? 0;
  return { confirmed: of("confirmed"), waiting: of("waiting"), cancelled: of("cancelled") };
}

export async function organisationName(db: Executor, scope: CityScope, organisationId: string) {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.cityId, scope.cityId), eq(organisations.id, organisationId)));
  return row?.name ?? null;
}

const earliestStart = (sessions: readonly TrainingSessionInput[]) =>
  new Date(Math.min(...sessions.map((s) => s.startsAt.getTime())));

/** The columns the editor writes. Without a qualification no units are required. */
function trainingColumns(input: TrainingEditorInput) {
  return {
    organisationId: input.organisationId,
    title: input.title,
    description: input.description,
    audience: input.audience,
    topic: input.topic,
    qualificationTypeSlug: input.qualificationTypeSlug,
    requiredUnits: input.qualificationTypeSlug ? input.requiredUnits : 0,
    trainer: input.trainer,
    place: input.place,
    onlineUrl: input.onlineUrl,
    capacity: input.capacity,
    registrationDeadline: input.registrationDeadline,
    costCents: input.costCents,
    startsAt: earliestStart(input.sessions),
  };
}

/** A new training as a draft, with its sessions. Call it inside a transaction. */
export async function insertTraining(
  tx: Executor,
  scope: CityScope,
  input: TrainingEditorInput,
  createdByUserId: string,
  now: Date,
): Promise<TrainingRow> {
  const [row] = await tx
    .insert(trainings)
    .values({
      cityId: scope.cityId,
      ...trainingColumns(input),
      status: "draft",
      createdByUserId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await tx.insert(trainingSessions).values(
    input.sessions.map((s) => ({
      cityId: scope.cityId,
      trainingId: row!.id,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      units: s.units,
    })),
  );
  return row!;
}

/**
 * What stands against replacing a training's sessions: sessions named that are not the
 * training's (by their index in the input), and how many sessions would go although attendance
 * was taken at them (attendance is never thrown away).
 */
export async function sessionReplacementProblems(
  db: Executor,
  scope: CityScope,
  trainingId: string,
  sessions: readonly TrainingSessionInput[],
) {
  const existing = await sessionsOfTraining(db, scope, trainingId);
  const known = new Set(existing.map((s) => s.id));
  const unknownIndexes = sessions.flatMap((s, i) => (s.id && !known.has(s.id) ? [i] : []));
  const kept = new Set(sessions.flatMap((s) => (s.id ? [s.id] : [])));
  const removed = existing.filter((s) => !kept.has(s.id)).map((s) => s.id);
  let removedWithAttendance = 0;
  if (removed.length > 0) {
    const [row] = await db
      .select({ n: sql<number>`count(distinct ${trainingAttendance.sessionId})`.mapWith(Number) })
      .from(trainingAttendance)
      .where(
        and(
          eq(trainingAttendance.cityId, scope.cityId),
          inArray(trainingAttendance.sessionId, removed),
        ),
      );
    removedWithAttendance = row?.n ?? 0;
  }
  return { unknownIndexes, removedWithAttendance };
}

/**
 * Writes the editor's fields and replaces the sessions: a session named by its id keeps its row
 * (and its attendance) with the new times, the others go, new ones are added. Call it inside a
 * transaction, after `sessionReplacementProblems` found none.
 */
export async function updateTraining(
  tx: Executor,
  scope: CityScope,
  trainingId: string,
  input: TrainingEditorInput,
  now: Date,
): Promise<TrainingRow> {
  const [row] = await tx
    .update(trainings)
    .set({ ...trainingColumns(input), updatedAt: now })
    .where(and(eq(trainings.cityId, scope.cityId), eq(trainings.id, trainingId)))
    .returning();
  const keptIds = input.sessions.flatMap((s) => (s.id ? [s.id] : []));
  await tx
    .delete(trainingSessions)
    .where(
      and(
        eq(trainingSessions.cityId, scope.cityId),
        eq(trainingSessions.trainingId, trainingId),
        keptIds.length > 0 ? notInArray(trainingSessions.id, keptIds) : undefined,
      ),
    );
  for (const session of input.sessions.filter((s) => s.id)) {
    await tx
      .update(trainingSessions)
      .set({ startsAt: session.startsAt, endsAt: session.endsAt, units: session.units })
      .where(and(eq(trainingSessions.cityId, scope.cityId), eq(trainingSessions.id, session.id!)));
  }
  const added = input.sessions.filter((s) => !s.id);
  if (added.length > 0) {
    await tx.insert(trainingSessions).values(
      added.map((s) => ({
        cityId: scope.cityId,
        trainingId,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        units: s.units,
      })),
    );
  }
  return row!;
}

export async function setTrainingStatus(
  db: Executor,
  scope: CityScope,
  trainingId: string,
  status: TrainingStatus,
  now: Date,
): Promise<TrainingRow> {
  const [row] = await db
    .update(trainings)
    .set({
      status,
      updatedAt: now,
      ...(status === "published" ? { publishedAt: now } : {}),
      ...(status === "closed" ? { closedAt: now } : {}),
    })
    .where(and(eq(trainings.cityId, scope.cityId), eq(trainings.id, trainingId)))
    .returning();
  return row!;
}

/** Units a person attended at this training's sessions (ticked present). */
const attendedUnits = (trainingId: string) =>
  sql<number>`(select coalesce(sum(${trainingSessions.units}), 0) from ${trainingAttendance}
    join ${trainingSessions} on ${trainingSessions.cityId} = ${trainingAttendance.cityId}
      and ${trainingSessions.id} = ${trainingAttendance.sessionId}
    where ${trainingAttendance.cityId} = ${trainingRegistrations.cityId}
      and ${trainingAttendance.personId} = ${trainingRegistrations.personId}
      and ${trainingAttendance.isPresent}
      and ${trainingSessions.trainingId} = ${trainingId})`.mapWith(Number);

/** The day from which the qualification earned in this training counts, if it was granted. */
const grantedFrom = (trainingId: string) =>
  sql<
    string | null
  >`(select max(${qualificationRecords.validFrom})::text from ${qualificationRecords}
    where ${qualificationRecords.cityId} = ${trainingRegistrations.cityId}
      and ${qualificationRecords.personId} = ${trainingRegistrations.personId}
      and ${qualificationRecords.trainingId} = ${trainingId})`;

/**
 * One kind of registration of a training in the order people registered (for the waiting list,
 * the order in which they move up), page by page along (created_at, id).
 */
export async function listRegistrations(
  db: Executor,
  scope: CityScope,
  trainingId: string,
  status: RegistrationStatusFilter,
  page: { limit: number; cursor?: string | null },
) {
  const where = and(
    eq(trainingRegistrations.cityId, scope.cityId),
    eq(trainingRegistrations.trainingId, trainingId),
    eq(trainingRegistrations.status, status),
  );
  const after = readCursor(page.cursor, ["timestamp", "uuid"]);
  const rows = await db
    .select({
      id: trainingRegistrations.id,
      personId: trainingRegistrations.personId,
      firstName: persons.firstName,
      lastName: persons.lastName,
      email: persons.email,
      status: trainingRegistrations.status,
      createdAt: trainingRegistrations.createdAt,
      promotedAt: trainingRegistrations.promotedAt,
      cancelledAt: trainingRegistrations.cancelledAt,
      attendedUnits: attendedUnits(trainingId),
      grantedFrom: grantedFrom(trainingId),
      sortKey: sql<string>`${trainingRegistrations.createdAt}::text`,
    })
    .from(trainingRegistrations)
    .innerJoin(persons, personOfRegistration)
    .where(
      and(
        where,
        after
          ? sql`(${trainingRegistrations.createdAt}, ${trainingRegistrations.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(trainingRegistrations.createdAt), asc(trainingRegistrations.id))
    .limit(page.limit + 1);
  const [totals] = await db.select({ total: count() }).from(trainingRegistrations).where(where);
  return {
    ...keysetPage(rows, page.limit, (last) => [last.sortKey, last.id]),
    total: totals?.total ?? 0,
  };
}

/**
 * Everyone holding a place or waiting, with whom to write to, a batch at a time along
 * (id): for the e-mail when a training is cancelled.
 */
export async function openRegistrantsBatch(
  db: Executor,
  scope: CityScope,
  trainingId: string,
  afterId: string | null,
  limit: number,
) {
  const conditions: (SQL | undefined)[] = [
    eq(trainingRegistrations.cityId, scope.cityId),
    eq(trainingRegistrations.trainingId, trainingId),
    inArray(trainingRegistrations.status, ["confirmed", "waiting"]),
    afterId ? sql`${trainingRegistrations.id} > ${afterId}::uuid` : undefined,
  ];
  return db
    .select({
      id: trainingRegistrations.id,
      status: trainingRegistrations.status,
      email: persons.email,
      firstName: persons.firstName,
    })
    .from(trainingRegistrations)
    .innerJoin(persons, personOfRegistration)
    .where(and(...conditions))
    .orderBy(asc(trainingRegistrations.id))
    .limit(limit);
}
