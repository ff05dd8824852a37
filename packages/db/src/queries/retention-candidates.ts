import {
  and,
  asc,
  eq,
  exists,
  gt,
  inArray,
  isNull,
  lte,
  ne,
  notExists,
  or,
  sql,
} from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "../client.ts";
import {
  engagements,
  fuehrungszeugnisInspections,
  hourEntries,
  opportunityShifts,
  outbox,
  persons,
  shiftSignups,
  trainingRegistrations,
  trainings,
} from "../schema/index.ts";
import type { CityScope } from "./scope.ts";

// What each retention rule may delete, selected by the same cutoffs the domain rule states
// (`@engagiert/domain/privacy`). Each query reads one batch in id order after a cursor; the
// caller confirms every row with the domain rule before acting on it.

/** A moment as a parameter of raw SQL (both drivers take it as text). */
export const moment = (at: Date) => sql`${at.toISOString()}::timestamptz`;

const RUNNING = ["submitted", "in_contact", "onboarding", "active", "paused"] as const;

const afterId = (column: AnyPgColumn, after: string | null) =>
  after ? gt(column, after) : undefined;

/** Applications that closed without starting, at or before the cutoff (declined, withdrawn, never confirmed). */
export async function closedApplications(
  db: Executor,
  scope: CityScope,
  cutoff: Date,
  batch: { after: string | null; limit: number },
) {
  return db
    .select({
      id: engagements.id,
      personId: engagements.personId,
      status: engagements.status,
      confirmedAt: engagements.confirmedAt,
      startedAt: engagements.startedAt,
      createdAt: engagements.createdAt,
      statusChangedAt: engagements.statusChangedAt,
    })
    .from(engagements)
    .where(
      and(
        eq(engagements.cityId, scope.cityId),
        isNull(engagements.startedAt),
        or(
          and(
            inArray(engagements.status, ["declined", "withdrawn"]),
            lte(engagements.statusChangedAt, cutoff),
          ),
          and(
            eq(engagements.status, "submitted"),
            isNull(engagements.confirmedAt),
            lte(engagements.createdAt, cutoff),
          ),
        ),
        // Hours belong to engagements that started; an application never has any.
        notExists(
          db
            .select({ one: sql`1` })
            .from(hourEntries)
            .where(
              and(
                eq(hourEntries.cityId, engagements.cityId),
                eq(hourEntries.engagementId, engagements.id),
              ),
            ),
        ),
        afterId(engagements.id, batch.after),
      ),
    )
    .orderBy(asc(engagements.id))
    .limit(batch.limit);
}

/** The latest sign of life of a person: sign-in, application, hours, a change of an engagement. */
const lastActivity = sql<Date>`greatest(
  coalesce(${persons.lastActiveAt}, ${persons.createdAt}),
  (select max(h.created_at) from hour_entries h where h.city_id = ${persons.cityId} and h.person_id = ${persons.id}),
  (select max(e.status_changed_at) from engagements e where e.city_id = ${persons.cityId} and e.person_id = ${persons.id})
)`;

/**
 * Whether something still runs for the person: an application or engagement, a place in a shift
 * or a training still to come. Such a person is not inactive, whatever the dates say.
 */
function hasSomethingRunning(db: Executor, now: Date) {
  return or(
    exists(
      db
        .select({ one: sql`1` })
        .from(engagements)
        .where(
          and(
            eq(engagements.cityId, persons.cityId),
            eq(engagements.personId, persons.id),
            inArray(engagements.status, [...RUNNING]),
          ),
        ),
    ),
    exists(
      db
        .select({ one: sql`1` })
        .from(shiftSignups)
        .innerJoin(
          opportunityShifts,
          and(
            eq(opportunityShifts.cityId, shiftSignups.cityId),
            eq(opportunityShifts.id, shiftSignups.shiftId),
          ),
        )
        .where(
          and(
            eq(shiftSignups.cityId, persons.cityId),
            eq(shiftSignups.personId, persons.id),
            ne(shiftSignups.status, "cancelled"),
            gt(opportunityShifts.startsAt, now),
          ),
        ),
    ),
    exists(
      db
        .select({ one: sql`1` })
        .from(trainingRegistrations)
        .innerJoin(
          trainings,
          and(
            eq(trainings.cityId, trainingRegistrations.cityId),
            eq(trainings.id, trainingRegistrations.trainingId),
          ),
        )
        .where(
          and(
            eq(trainingRegistrations.cityId, persons.cityId),
            eq(trainingRegistrations.personId, persons.id),
            ne(trainingRegistrations.status, "cancelled"),
            or(isNull(trainings.startsAt), gt(trainings.startsAt, now)),
          ),
        ),
    ),
  );
}

/**
 * People whose last activity lies at or before `activeBefore` (not erased), with what the
 * inactivity rule needs. `noticed`: only those with a notice that still stands, or only those
 * without one.
 */
export async function inactivePersons(
  db: Executor,
  scope: CityScope,
  options: {
    activeBefore: Date;
    noticed: boolean;
    now: Date;
    after: string | null;
    limit: number;
  },
) {
  const { activeBefore } = options;
  const standingNotice = sql`${persons.inactivityNoticeAt} is not null and ${persons.inactivityNoticeAt} >= ${lastActivity}`;
  return db
    .select({
      id: persons.id,
      email: persons.email,
      firstName: persons.firstName,
      lastActivityAt: sql<Date>`${lastActivity}`.mapWith(persons.createdAt),
      inactivityNoticeAt: persons.inactivityNoticeAt,
      hasOpenEngagement: sql<boolean>`${hasSomethingRunning(db, options.now)}`,
    })
    .from(persons)
    .where(
      and(
        eq(persons.cityId, scope.cityId),
        isNull(persons.erasedAt),
        // The index narrows by the stored date; the full rule follows.
        or(
          lte(persons.lastActiveAt, activeBefore),
          and(isNull(persons.lastActiveAt), lte(persons.createdAt, activeBefore)),
        ),
        sql`${lastActivity} <= ${moment(activeBefore)}`,
        options.noticed ? standingNotice : sql`not coalesce(${standingNotice}, false)`,
        options.after ? gt(persons.id, options.after) : undefined,
      ),
    )
    .orderBy(asc(persons.id))
    .limit(options.limit);
}

/**
 * Führungszeugnis records of people for whom nothing runs any more: those who never started, and
 * those whose last started engagement ended at or before `endedBefore` (§72a(5) SGB VIII).
 */
export async function deletableInspections(
  db: Executor,
  scope: CityScope,
  endedBefore: Date,
  batch: { after: string | null; limit: number },
) {
  const ofPerson = and(
    eq(engagements.cityId, fuehrungszeugnisInspections.cityId),
    eq(engagements.personId, fuehrungszeugnisInspections.personId),
  );
  const lastEnd = db
    .select({ end: sql`max(coalesce(${engagements.endedAt}, ${engagements.statusChangedAt}))` })
    .from(engagements)
    .where(and(ofPerson, sql`${engagements.startedAt} is not null`));
  return db
    .select({
      id: fuehrungszeugnisInspections.id,
      personId: fuehrungszeugnisInspections.personId,
      createdAt: fuehrungszeugnisInspections.createdAt,
    })
    .from(fuehrungszeugnisInspections)
    .where(
      and(
        eq(fuehrungszeugnisInspections.cityId, scope.cityId),
        notExists(
          db
            .select({ one: sql`1` })
            .from(engagements)
            .where(and(ofPerson, inArray(engagements.status, [...RUNNING]))),
        ),
        sql`coalesce((${lastEnd}) <= ${moment(endedBefore)}, true)`,
        afterId(fuehrungszeugnisInspections.id, batch.after),
      ),
    )
    .orderBy(asc(fuehrungszeugnisInspections.id))
    .limit(batch.limit);
}

/** The engagements of people, as the Führungszeugnis rule reads them. */
export async function engagementsForInspection(
  db: Executor,
  scope: CityScope,
  personIds: string[],
) {
  if (personIds.length === 0) return [];
  return db
    .select({
      personId: engagements.personId,
      status: engagements.status,
      startedAt: engagements.startedAt,
      endedAt: engagements.endedAt,
      statusChangedAt: engagements.statusChangedAt,
    })
    .from(engagements)
    .where(and(eq(engagements.cityId, scope.cityId), inArray(engagements.personId, personIds)));
}

/** Delivered mail (sent, or printed to the log without SMTP) at or before the cutoff that still has a text. */
export async function deliveredMailWithText(
  db: Executor,
  scope: CityScope,
  deliveredBefore: Date,
  batch: { after: string | null; limit: number },
) {
  return db
    .select({
      id: outbox.id,
      kind: outbox.kind,
      deliveredAt: sql<Date>`coalesce(${outbox.sentAt}, ${outbox.loggedAt})`.mapWith(
        outbox.createdAt,
      ),
    })
    .from(outbox)
    .where(
      and(
        eq(outbox.cityId, scope.cityId),
        lte(outbox.createdAt, deliveredBefore),
        sql`coalesce(${outbox.sentAt}, ${outbox.loggedAt}) <= ${moment(deliveredBefore)}`,
        ne(outbox.bodyText, ""),
        afterId(outbox.id, batch.after),
      ),
    )
    .orderBy(asc(outbox.id))
    .limit(batch.limit);
}
