import { IsoDate } from "@engagiert/domain/shared";
import { and, asc, desc, eq, inArray, isNotNull, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../client.ts";
import {
  engagements,
  hourEntries,
  opportunities,
  organisations,
  persons,
  users,
} from "../schema/index.ts";
import { countsAsApproved } from "./hours-effective.ts";
import { opportunityOfEngagement, organisationOfEngagement, personOfEngagement } from "./joins.ts";
import { keysetPage, readCursor } from "./pagination.ts";
import type { CityScope } from "./scope.ts";

export type HourEntryRow = typeof hourEntries.$inferSelect;

// The joins of an hour entry, each with `city_id` as the keys have it.
export const engagementOfEntry = and(
  eq(engagements.cityId, hourEntries.cityId),
  eq(engagements.id, hourEntries.engagementId),
);
export const personOfEntry = and(
  eq(persons.cityId, hourEntries.cityId),
  eq(persons.id, hourEntries.personId),
);
export const enteredBy = alias(users, "entered_by");
const reviewedBy = alias(users, "reviewed_by");

/** What every list shows of an entry: figures, status, engagement, person and who did what. */
export const entryColumns = {
  id: hourEntries.id,
  workedOn: hourEntries.workedOn,
  minutes: hourEntries.minutes,
  activity: hourEntries.activity,
  status: hourEntries.status,
  returnComment: hourEntries.returnComment,
  correctsEntryId: hourEntries.correctsEntryId,
  correctionReason: hourEntries.correctionReason,
  createdAt: hourEntries.createdAt,
  reviewedAt: hourEntries.reviewedAt,
  engagementId: hourEntries.engagementId,
  organisationId: hourEntries.organisationId,
  personId: hourEntries.personId,
  firstName: persons.firstName,
  lastName: persons.lastName,
  opportunityTitle: opportunities.title,
  organisationName: organisations.name,
  enteredByName: enteredBy.displayName,
  isEnteredByStaff: sql<boolean>`(${enteredBy.role} <> 'volunteer')`,
  reviewedByName: reviewedBy.displayName,
};

/** The entries with everything `entryColumns` names joined in. */
export function selectEntries(db: Executor) {
  return db
    .select(entryColumns)
    .from(hourEntries)
    .innerJoin(engagements, engagementOfEntry)
    .innerJoin(opportunities, opportunityOfEngagement)
    .innerJoin(organisations, organisationOfEngagement)
    .innerJoin(persons, personOfEntry)
    .innerJoin(
      enteredBy,
      and(eq(enteredBy.cityId, hourEntries.cityId), eq(enteredBy.id, hourEntries.enteredByUserId)),
    )
    .leftJoin(
      reviewedBy,
      and(
        eq(reviewedBy.cityId, hourEntries.cityId),
        eq(reviewedBy.id, hourEntries.reviewedByUserId),
      ),
    );
}

/** A keyset cursor of (day, id); a cursor that does not fit reads as none. */
export function readDayCursor(cursor: string | null | undefined) {
  const parts = readCursor(cursor, ["text", "uuid"]);
  return parts && IsoDate.safeParse(parts[0]).success ? { day: parts[0]!, id: parts[1]! } : null;
}

/**
 * Locks the person's row for the rest of the transaction. Every change to a person's hours takes
 * this lock first, so two entries for the same day — from two engagements, two tabs or a staff
 * member at the same moment — are checked against the 24 hours one after the other.
 */
export async function lockPerson(db: Executor, scope: CityScope, personId: string) {
  const [row] = await db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.cityId, scope.cityId), eq(persons.id, personId)))
    .for("update");
  return row ?? null;
}

/** A confirmed engagement with what the hour rules and an e-mail need to know about it. */
export async function engagementForHours(db: Executor, scope: CityScope, engagementId: string) {
  const [row] = await db
    .select({
      id: engagements.id,
      personId: engagements.personId,
      organisationId: engagements.organisationId,
      status: engagements.status,
      startedAt: engagements.startedAt,
      endedAt: engagements.endedAt,
      statusChangedAt: engagements.statusChangedAt,
      opportunityTitle: opportunities.title,
      organisationName: organisations.name,
      firstName: persons.firstName,
      email: persons.email,
    })
    .from(engagements)
    .innerJoin(opportunities, opportunityOfEngagement)
    .innerJoin(organisations, organisationOfEngagement)
    .innerJoin(persons, personOfEngagement)
    .where(
      and(
        eq(engagements.cityId, scope.cityId),
        eq(engagements.id, engagementId),
        isNotNull(engagements.confirmedAt),
      ),
    );
  return row ?? null;
}
export type EngagementForHours = NonNullable<Awaited<ReturnType<typeof engagementForHours>>>;

/**
 * The minutes of a person's day that count against the 24 hours, across all their engagements:
 * pending and approved entries, a corrected entry with its latest correction's figures, returned
 * ones not at all. `exceptEntryId` leaves out an entry and its corrections — the one being edited
 * or corrected, whose minutes the new figure replaces.
 */
export async function countedMinutesOnDay(
  db: Executor,
  scope: CityScope,
  personId: string,
  workedOn: string,
  exceptEntryId: string | null = null,
) {
  const [row] = await db
    .select({ minutes: sql<number>`coalesce(sum(${hourEntries.minutes}), 0)::int` })
    .from(hourEntries)
    .where(
      and(
        eq(hourEntries.cityId, scope.cityId),
        eq(hourEntries.personId, personId),
        eq(hourEntries.workedOn, workedOn),
        or(eq(hourEntries.status, "pending"), countsAsApproved(scope)),
        exceptEntryId
          ? sql`coalesce(${hourEntries.correctsEntryId}, ${hourEntries.id}) <> ${exceptEntryId}`
          : undefined,
      ),
    );
  return row?.minutes ?? 0;
}

export type NewHourEntry = {
  personId: string;
  engagementId: string;
  organisationId: string;
  workedOn: string;
  minutes: number;
  activity: string;
  status: "pending" | "approved";
  enteredByUserId: string;
  reviewedByUserId?: string | null;
  correctsEntryId?: string | null;
  correctionReason?: string | null;
  now: Date;
};

export async function insertHourEntry(db: Executor, scope: CityScope, entry: NewHourEntry) {
  const [row] = await db
    .insert(hourEntries)
    .values({
      cityId: scope.cityId,
      personId: entry.personId,
      engagementId: entry.engagementId,
      organisationId: entry.organisationId,
      workedOn: entry.workedOn,
      minutes: entry.minutes,
      activity: entry.activity,
      status: entry.status,
      enteredByUserId: entry.enteredByUserId,
      reviewedByUserId: entry.status === "approved" ? (entry.reviewedByUserId ?? null) : null,
      reviewedAt: entry.status === "approved" ? entry.now : null,
      correctsEntryId: entry.correctsEntryId ?? null,
      correctionReason: entry.correctionReason ?? null,
      createdAt: entry.now,
    })
    .returning();
  return row!;
}

/** One entry as stored; `lock` keeps it for the transaction (an edit against an approval). */
export async function getHourEntry(
  db: Executor,
  scope: CityScope,
  entryId: string,
  options: { lock?: boolean } = {},
) {
  const query = db
    .select()
    .from(hourEntries)
    .where(and(eq(hourEntries.cityId, scope.cityId), eq(hourEntries.id, entryId)));
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

/**
 * Changes an entry that is not approved. A returned entry goes back to pending: sent again, it
 * waits in the queue once more; the comment stays for staff to see what was asked.
 */
export async function updateOpenEntry(
  db: Executor,
  scope: CityScope,
  entryId: string,
  change: { workedOn: string; minutes: number; activity: string },
) {
  const rows = await db
    .update(hourEntries)
    .set({ ...change, status: "pending" })
    .where(
      and(
        eq(hourEntries.cityId, scope.cityId),
        eq(hourEntries.id, entryId),
        ne(hourEntries.status, "approved"),
      ),
    )
    .returning({ id: hourEntries.id });
  return rows.length === 1;
}

/** Removes an entry that is not approved; an approved one stays (it is corrected instead). */
export async function deleteOpenEntry(db: Executor, scope: CityScope, entryId: string) {
  const rows = await db
    .delete(hourEntries)
    .where(
      and(
        eq(hourEntries.cityId, scope.cityId),
        eq(hourEntries.id, entryId),
        ne(hourEntries.status, "approved"),
      ),
    )
    .returning({ id: hourEntries.id });
  return rows.length === 1;
}

export type HistoryFilter = {
  personId?: string | null;
  engagementId?: string | null;
  /** Staff see only the entries of their own organisation. */
  organisationId?: string | null;
};

/**
 * Entries newest day first, page by page, each original with its corrections beside it (oldest
 * first, the last one counts): the whole history, returned and corrected entries included.
 */
export async function hourHistory(
  db: Executor,
  scope: CityScope,
  filter: HistoryFilter,
  page: { limit: number; cursor?: string | null },
) {
  const after = readDayCursor(page.cursor);
  const rows = await selectEntries(db)
    .where(
      and(
        eq(hourEntries.cityId, scope.cityId),
        isNull(hourEntries.correctsEntryId),
        filter.personId ? eq(hourEntries.personId, filter.personId) : undefined,
        filter.engagementId ? eq(hourEntries.engagementId, filter.engagementId) : undefined,
        filter.organisationId ? eq(hourEntries.organisationId, filter.organisationId) : undefined,
        after
          ? sql`(${hourEntries.workedOn}, ${hourEntries.id}) < (${after.day}::date, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(hourEntries.workedOn), desc(hourEntries.id))
    .limit(page.limit + 1);
  const result = keysetPage(rows, page.limit, (last) => [last.workedOn, last.id]);
  const corrections = await correctionsOf(
    db,
    scope,
    result.items.filter((i) => i.status === "approved").map((i) => i.id),
  );
  return {
    nextCursor: result.nextCursor,
    items: result.items.map((item) => {
      const own = corrections.filter((c) => c.correctsEntryId === item.id);
      return { ...item, corrections: own, current: own.at(-1) ?? item };
    }),
  };
}

/** The corrections of the given entries, oldest first. */
async function correctionsOf(db: Executor, scope: CityScope, entryIds: string[]) {
  if (entryIds.length === 0) return [];
  return selectEntries(db)
    .where(
      and(eq(hourEntries.cityId, scope.cityId), inArray(hourEntries.correctsEntryId, entryIds)),
    )
    .orderBy(asc(hourEntries.createdAt), asc(hourEntries.id));
}

export type HourPeriodTotals = { period: string; approvedMinutes: number; pendingMinutes: number };

function totalsBy(db: Executor, scope: CityScope, period: SQL<string>, where: SQL | undefined) {
  return db
    .select({
      period,
      approvedMinutes: sql<number>`coalesce(sum(${hourEntries.minutes}) filter (where ${countsAsApproved(scope)}), 0)::int`,
      pendingMinutes: sql<number>`coalesce(sum(${hourEntries.minutes}) filter (where ${hourEntries.status} = 'pending'), 0)::int`,
    })
    .from(hourEntries)
    .where(and(eq(hourEntries.cityId, scope.cityId), where))
    .groupBy(period)
    .orderBy(period);
}

/**
 * A person's minutes per year and, for one year, per month: approved (corrections in place of
 * what they correct) and pending apart; returned entries count for neither.
 */
export async function hourTotalsOfPerson(
  db: Executor,
  scope: CityScope,
  personId: string,
  year: number,
) {
  const ofPerson = eq(hourEntries.personId, personId);
  const [years, months] = await Promise.all([
    totalsBy(db, scope, sql<string>`to_char(${hourEntries.workedOn}, 'YYYY')`, ofPerson),
    totalsBy(
      db,
      scope,
      sql<string>`to_char(${hourEntries.workedOn}, 'YYYY-MM')`,
      and(
        ofPerson,
        sql`${hourEntries.workedOn} >= ${`${year}-01-01`}::date`,
        sql`${hourEntries.workedOn} <= ${`${year}-12-31`}::date`,
      ),
    ),
  ]);
  const live = (t: HourPeriodTotals) => t.approvedMinutes > 0 || t.pendingMinutes > 0;
  return { years: years.filter(live), months: months.filter(live) };
}

/**
 * A person's engagements that take hours now or took them once (active, paused, ended after a
 * start), active first. A person has a handful; the list is capped all the same.
 */
export async function engagementsForHours(db: Executor, scope: CityScope, personId: string) {
  return db
    .select({
      id: engagements.id,
      status: engagements.status,
      startedAt: engagements.startedAt,
      endedAt: engagements.endedAt,
      statusChangedAt: engagements.statusChangedAt,
      opportunityTitle: opportunities.title,
      organisationName: organisations.name,
    })
    .from(engagements)
    .innerJoin(opportunities, opportunityOfEngagement)
    .innerJoin(organisations, organisationOfEngagement)
    .where(
      and(
        eq(engagements.cityId, scope.cityId),
        eq(engagements.personId, personId),
        isNotNull(engagements.confirmedAt),
        inArray(engagements.status, ["active", "paused", "ended"]),
      ),
    )
    .orderBy(
      sql`case ${engagements.status} when 'active' then 0 when 'paused' then 1 else 2 end`,
      desc(engagements.statusChangedAt),
      asc(engagements.id),
    )
    .limit(100);
}
