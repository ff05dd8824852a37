import { and, desc, eq, gt, isNull, ne, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import {
  consents,
  engagements,
  fuehrungszeugnisInspections,
  hourEntries,
  opportunities,
  opportunityShifts,
  organisations,
  persons,
  shiftSignups,
  trainingRegistrations,
  trainings,
} from "../schema/index.ts";
import { opportunityOfEngagement, organisationOfEngagement } from "./joins.ts";
import type { CityScope } from "./scope.ts";

const RUNNING = ["submitted", "in_contact", "onboarding", "active", "paused"] as const;

/**
 * What the retention rules of `@engagiert/domain/privacy` need about one person, and their
 * consents: the person's dates, every application and engagement (confirmed or not), and the
 * Führungszeugnis records. Null for a person the city does not know.
 */
export async function personPrivacyFacts(
  db: Executor,
  scope: CityScope,
  personId: string,
  now: Date,
) {
  const [person] = await db
    .select({
      id: persons.id,
      firstName: persons.firstName,
      lastName: persons.lastName,
      email: persons.email,
      createdAt: persons.createdAt,
      erasedAt: persons.erasedAt,
      lastActiveAt: persons.lastActiveAt,
      inactivityNoticeAt: persons.inactivityNoticeAt,
    })
    .from(persons)
    .where(and(eq(persons.cityId, scope.cityId), eq(persons.id, personId)));
  if (!person) return null;
  const [consentRows, engagementRows, inspections, latest] = await Promise.all([
    db
      .select({
        id: consents.id,
        purpose: consents.purpose,
        version: consents.version,
        givenAt: consents.givenAt,
        withdrawnAt: consents.withdrawnAt,
        deleteBy: consents.deleteBy,
      })
      .from(consents)
      .where(and(eq(consents.cityId, scope.cityId), eq(consents.personId, personId)))
      .orderBy(desc(consents.givenAt))
      .limit(100),
    db
      .select({
        id: engagements.id,
        status: engagements.status,
        confirmedAt: engagements.confirmedAt,
        startedAt: engagements.startedAt,
        endedAt: engagements.endedAt,
        createdAt: engagements.createdAt,
        statusChangedAt: engagements.statusChangedAt,
        opportunityTitle: opportunities.title,
        organisationName: organisations.name,
      })
      .from(engagements)
      .innerJoin(opportunities, opportunityOfEngagement)
      .innerJoin(organisations, organisationOfEngagement)
      .where(and(eq(engagements.cityId, scope.cityId), eq(engagements.personId, personId)))
      .orderBy(desc(engagements.createdAt))
      .limit(200),
    db
      .select({
        id: fuehrungszeugnisInspections.id,
        inspectedOn: fuehrungszeugnisInspections.inspectedOn,
        createdAt: fuehrungszeugnisInspections.createdAt,
      })
      .from(fuehrungszeugnisInspections)
      .where(
        and(
          eq(fuehrungszeugnisInspections.cityId, scope.cityId),
          eq(fuehrungszeugnisInspections.personId, personId),
        ),
      )
      .orderBy(desc(fuehrungszeugnisInspections.createdAt))
      .limit(20),
    latestSigns(db, scope, personId, now),
  ]);
  // The latest sign of life, as the inactivity rule counts it: sign-in, application, hours
  // logged, a change of an engagement, or else the day the person was created.
  const lastActivityAt = [
    person.lastActiveAt ?? person.createdAt,
    latest.hoursAt,
    ...engagementRows.map((e) => e.statusChangedAt),
  ]
    .filter((d): d is Date => d instanceof Date)
    .reduce((a, b) => (b > a ? b : a));
  const hasOpenEngagement =
    engagementRows.some((e) => (RUNNING as readonly string[]).includes(e.status)) ||
    latest.hasComingShiftOrTraining;
  return {
    person,
    consents: consentRows,
    engagements: engagementRows,
    inspections,
    lastActivityAt,
    hasOpenEngagement,
  };
}

/** The person's newest hour entry, and whether a shift or training is still to come. */
async function latestSigns(db: Executor, scope: CityScope, personId: string, now: Date) {
  const [hours, coming] = await Promise.all([
    db
      .select({ at: sql<Date | null>`max(${hourEntries.createdAt})` })
      .from(hourEntries)
      .where(and(eq(hourEntries.cityId, scope.cityId), eq(hourEntries.personId, personId))),
    db
      .select({ id: shiftSignups.id })
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
          eq(shiftSignups.cityId, scope.cityId),
          eq(shiftSignups.personId, personId),
          ne(shiftSignups.status, "cancelled"),
          gt(opportunityShifts.startsAt, now),
        ),
      )
      .limit(1)
      .union(
        db
          .select({ id: trainingRegistrations.id })
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
              eq(trainingRegistrations.cityId, scope.cityId),
              eq(trainingRegistrations.personId, personId),
              ne(trainingRegistrations.status, "cancelled"),
              or(isNull(trainings.startsAt), gt(trainings.startsAt, now)),
            ),
          )
          .limit(1),
      ),
  ]);
  const at = hours[0]?.at;
  return {
    hoursAt: at ? new Date(at) : null,
    hasComingShiftOrTraining: coming.length > 0,
  };
}
