import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "../client.ts";
import {
  engagements,
  hourEntries,
  opportunities,
  organisations,
  persons,
  trainingAttendance,
  trainings,
  trainingSessions,
} from "../schema/index.ts";
import { opportunityOfEngagement, organisationOfEngagement, personOfEngagement } from "./joins.ts";
import { keysetPage, readCursor } from "./pagination.ts";
import { approvedEntriesCte, withHashJoins } from "./recognition.ts";
import type { CityScope } from "./scope.ts";

/** A moment as its day in Europe/Berlin, `YYYY-MM-DD`. */
const berlinDay = (column: AnyPgColumn) =>
  sql<string | null>`to_char((${column} at time zone 'Europe/Berlin')::date, 'YYYY-MM-DD')`;

/** Approved minutes per engagement (corrections in place of what they correct). */
async function approvedMinutesOf(db: Executor, scope: CityScope, engagementIds: string[]) {
  if (engagementIds.length === 0) return new Map<string, number>();
  const rows = await withHashJoins<{ engagementId: string; minutes: number }>(
    db,
    sql`with ${approvedEntriesCte(
      scope,
      sql`and ${hourEntries.engagementId} in (${sql.join(
        engagementIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    )}
    select engagement_id as "engagementId", sum(minutes)::int as "minutes"
    from approved group by engagement_id`,
  );
  return new Map(rows.map((r) => [r.engagementId, Number(r.minutes)]));
}

/**
 * What an Engagementnachweis says about one engagement: the person, the hosting organisation,
 * the opportunity as the activity, its period (first and last day, Europe/Berlin), the approved
 * hours and the contact person named on the opportunity. Null when there is no such confirmed
 * engagement in the city.
 */
export async function certificateOf(db: Executor, scope: CityScope, engagementId: string) {
  const [row] = await db
    .select({
      engagementId: engagements.id,
      status: engagements.status,
      personId: engagements.personId,
      organisationId: engagements.organisationId,
      firstName: persons.firstName,
      lastName: persons.lastName,
      organisationName: organisations.name,
      activityTitle: opportunities.title,
      activitySummary: opportunities.summary,
      contactName: sql<string>`${opportunities.contact}->>'name'`,
      firstDay: berlinDay(engagements.startedAt),
      lastDay: berlinDay(engagements.endedAt),
    })
    .from(engagements)
    .innerJoin(persons, personOfEngagement)
    .innerJoin(opportunities, opportunityOfEngagement)
    .innerJoin(organisations, organisationOfEngagement)
    .where(
      and(
        eq(engagements.cityId, scope.cityId),
        eq(engagements.id, engagementId),
        isNotNull(engagements.confirmedAt),
      ),
    );
  if (!row) return null;
  const minutes = await approvedMinutesOf(db, scope, [row.engagementId]);
  return { ...row, approvedMinutes: minutes.get(row.engagementId) ?? 0 };
}

/** A person holds few trainings; a certificate lists at most this many. */
const MAX_TRAININGS = 50;

/**
 * The trainings a person attended: closed trainings with at least one session the person was
 * present at, with the first and last of those days, oldest first.
 */
export async function attendedTrainings(db: Executor, scope: CityScope, personId: string) {
  const firstDay = sql<string>`to_char(min((${trainingSessions.startsAt} at time zone 'Europe/Berlin')::date), 'YYYY-MM-DD')`;
  return db
    .select({
      id: trainings.id,
      title: trainings.title,
      firstDay,
      lastDay: sql<string>`to_char(max((${trainingSessions.startsAt} at time zone 'Europe/Berlin')::date), 'YYYY-MM-DD')`,
    })
    .from(trainingAttendance)
    .innerJoin(
      trainingSessions,
      and(
        eq(trainingSessions.cityId, trainingAttendance.cityId),
        eq(trainingSessions.id, trainingAttendance.sessionId),
      ),
    )
    .innerJoin(
      trainings,
      and(
        eq(trainings.cityId, trainingSessions.cityId),
        eq(trainings.id, trainingSessions.trainingId),
      ),
    )
    .where(
      and(
        eq(trainingAttendance.cityId, scope.cityId),
        eq(trainingAttendance.personId, personId),
        eq(trainingAttendance.isPresent, true),
        eq(trainings.status, "closed"),
      ),
    )
    .groupBy(trainings.id, trainings.title)
    .orderBy(sql`min(${trainingSessions.startsAt})`, trainings.id)
    .limit(MAX_TRAININGS);
}

/**
 * The volunteer's engagements that have a certificate (those that became active), newest start
 * first, each with its approved minutes; page by page (keyset on the start and id).
 */
export async function certificatesOfPerson(
  db: Executor,
  scope: CityScope,
  personId: string,
  page: { limit: number; cursor?: string | null },
) {
  const after = readCursor(page.cursor, ["timestamp", "uuid"]);
  const rows = await db
    .select({
      engagementId: engagements.id,
      status: engagements.status,
      organisationName: organisations.name,
      activityTitle: opportunities.title,
      firstDay: berlinDay(engagements.startedAt),
      lastDay: berlinDay(engagements.endedAt),
      startedAtKey: sql<string>`${engagements.startedAt}::text`,
    })
    .from(engagements)
    .innerJoin(opportunities, opportunityOfEngagement)
    .innerJoin(organisations, organisationOfEngagement)
    .where(
      and(
        eq(engagements.cityId, scope.cityId),
        eq(engagements.personId, personId),
        isNotNull(engagements.startedAt),
        after
          ? sql`(${engagements.startedAt}, ${engagements.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(sql`${engagements.startedAt} desc, ${engagements.id} desc`)
    .limit(page.limit + 1);
  const { items, nextCursor } = keysetPage(rows, page.limit, (last) => [
    last.startedAtKey,
    last.engagementId,
  ]);
  const minutes = await approvedMinutesOf(
    db,
    scope,
    items.map((item) => item.engagementId),
  );
  return {
    items: items.map((item) => ({
      engagementId: item.engagementId,
      status: item.status,
      organisationName: item.organisationName,
      activityTitle: item.activityTitle,
      firstDay: item.firstDay,
      lastDay: item.lastDay,
      approvedMinutes: minutes.get(item.engagementId) ?? 0,
    })),
    nextCursor,
  };
}
