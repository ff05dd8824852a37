import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import {
  persons,
  qualificationRecords,
  trainingAttendance,
  trainingRegistrations,
  trainingSessions,
} from "../schema/index.ts";
import { keysetPage, readCursor } from "./pagination.ts";
import type { CityScope } from "./scope.ts";

// Attendance per session, and what closing a training reads and writes.

const personOfRegistration = and(
  eq(persons.cityId, trainingRegistrations.cityId),
  eq(persons.id, trainingRegistrations.personId),
);

const confirmedOf = (scope: CityScope, trainingId: string) =>
  and(
    eq(trainingRegistrations.cityId, scope.cityId),
    eq(trainingRegistrations.trainingId, trainingId),
    eq(trainingRegistrations.status, "confirmed"),
  );

/** The confirmed participants of a training in the order they registered, page by page. */
export async function confirmedParticipantsPage(
  db: Executor,
  scope: CityScope,
  trainingId: string,
  page: { limit: number; cursor?: string | null },
) {
  const after = readCursor(page.cursor, ["timestamp", "uuid"]);
  const rows = await db
    .select({
      registrationId: trainingRegistrations.id,
      personId: trainingRegistrations.personId,
      firstName: persons.firstName,
      lastName: persons.lastName,
      sortKey: sql<string>`${trainingRegistrations.createdAt}::text`,
    })
    .from(trainingRegistrations)
    .innerJoin(persons, personOfRegistration)
    .where(
      and(
        confirmedOf(scope, trainingId),
        after
          ? sql`(${trainingRegistrations.createdAt}, ${trainingRegistrations.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(trainingRegistrations.createdAt), asc(trainingRegistrations.id))
    .limit(page.limit + 1);
  return keysetPage(rows, page.limit, (last) => [last.sortKey, last.registrationId]);
}

/** The attendance recorded for these people at these sessions. */
export async function attendanceOf(
  db: Executor,
  scope: CityScope,
  sessionIds: readonly string[],
  personIds: readonly string[],
) {
  if (sessionIds.length === 0 || personIds.length === 0) return [];
  return db
    .select({
      sessionId: trainingAttendance.sessionId,
      personId: trainingAttendance.personId,
      isPresent: trainingAttendance.isPresent,
    })
    .from(trainingAttendance)
    .where(
      and(
        eq(trainingAttendance.cityId, scope.cityId),
        inArray(trainingAttendance.sessionId, [...sessionIds]),
        inArray(trainingAttendance.personId, [...personIds]),
      ),
    );
}

/** Which of these people hold a confirmed place in the training. */
export async function confirmedAmong(
  db: Executor,
  scope: CityScope,
  trainingId: string,
  personIds: readonly string[],
): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .select({ personId: trainingRegistrations.personId })
    .from(trainingRegistrations)
    .where(
      and(confirmedOf(scope, trainingId), inArray(trainingRegistrations.personId, [...personIds])),
    );
  return new Set(rows.map((r) => r.personId));
}

/** Records attendance at a session; a second tick for the same person replaces the first. */
export async function upsertAttendance(
  db: Executor,
  scope: CityScope,
  sessionId: string,
  entries: readonly { personId: string; isPresent: boolean }[],
  recordedByUserId: string,
  now: Date,
) {
  if (entries.length === 0) return;
  await db
    .insert(trainingAttendance)
    .values(
      entries.map((e) => ({
        cityId: scope.cityId,
        sessionId,
        personId: e.personId,
        isPresent: e.isPresent,
        recordedByUserId,
        recordedAt: now,
      })),
    )
    .onConflictDoUpdate({
      target: [
        trainingAttendance.cityId,
        trainingAttendance.sessionId,
        trainingAttendance.personId,
      ],
      set: {
        isPresent: sql`excluded.is_present`,
        recordedByUserId: sql`excluded.recorded_by_user_id`,
        recordedAt: sql`excluded.recorded_at`,
      },
    });
}

/** At most this many confirmed participants: the editor's largest capacity. */
const MAX_PARTICIPANTS = 500;

/**
 * What closing a training judges: every confirmed participant with the birth data the age rule
 * needs, their qualifications (for prerequisites and renewal), and the presence ticks.
 */
export async function closingData(
  db: Executor,
  scope: CityScope,
  trainingId: string,
  sessionIds: readonly string[],
) {
  const participants = await db
    .select({
      personId: trainingRegistrations.personId,
      firstName: persons.firstName,
      lastName: persons.lastName,
      birthDate: persons.birthDate,
      birthYear: persons.birthYear,
    })
    .from(trainingRegistrations)
    .innerJoin(persons, personOfRegistration)
    .where(confirmedOf(scope, trainingId))
    .orderBy(asc(persons.lastName), asc(persons.firstName), asc(persons.id))
    .limit(MAX_PARTICIPANTS);
  const personIds = participants.map((p) => p.personId);
  const [held, attendance] = await Promise.all([
    personIds.length === 0
      ? []
      : db
          .select({
            personId: qualificationRecords.personId,
            typeSlug: qualificationRecords.typeSlug,
            validFrom: qualificationRecords.validFrom,
            validUntil: qualificationRecords.validUntil,
          })
          .from(qualificationRecords)
          .where(
            and(
              eq(qualificationRecords.cityId, scope.cityId),
              inArray(qualificationRecords.personId, personIds),
            ),
          ),
    attendanceOf(db, scope, sessionIds, personIds),
  ]);
  return { participants, held, attendance };
}

/** Whether qualification records were already written for this training. */
export async function hasTrainingRecords(db: Executor, scope: CityScope, trainingId: string) {
  const [row] = await db
    .select({ id: qualificationRecords.id })
    .from(qualificationRecords)
    .where(
      and(
        eq(qualificationRecords.cityId, scope.cityId),
        eq(qualificationRecords.trainingId, trainingId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** The qualification records a closed training grants. Call it in the closing transaction. */
export async function insertTrainingRecords(
  tx: Executor,
  scope: CityScope,
  training: { id: string; typeSlug: string; issuer: string },
  granted: readonly {
    personId: string;
    validFrom: string;
    validUntil: string | null;
    units: number;
  }[],
  now: Date,
) {
  if (granted.length === 0) return;
  await tx.insert(qualificationRecords).values(
    granted.map((g) => ({
      cityId: scope.cityId,
      personId: g.personId,
      typeSlug: training.typeSlug,
      validFrom: g.validFrom,
      validUntil: g.validUntil,
      issuer: training.issuer,
      source: "training" as const,
      trainingId: training.id,
      units: g.units,
      createdAt: now,
    })),
  );
}

/** Whether the session belongs to the training, with its start (attendance is taken once begun). */
export async function sessionOfTraining(
  db: Executor,
  scope: CityScope,
  trainingId: string,
  sessionId: string,
) {
  const [row] = await db
    .select({ id: trainingSessions.id, startsAt: trainingSessions.startsAt })
    .from(trainingSessions)
    .where(
      and(
        eq(trainingSessions.cityId, scope.cityId),
        eq(trainingSessions.id, sessionId),
        eq(trainingSessions.trainingId, trainingId),
      ),
    );
  return row ?? null;
}
