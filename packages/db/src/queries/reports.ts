import { AGE_GROUPS, RETENTION_MONTHS, type AgeGroup } from "@engagiert/domain/recognition";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { rowsOf, type Executor } from "../client.ts";
import { engagements, hourEntries, opportunities, persons } from "../schema/index.ts";
import { countsAsApproved } from "./hours-effective.ts";
import type { CityScope } from "./scope.ts";

/**
 * What a report is about: the days from `from` to `to` (both included, Europe/Berlin), one
 * organisation or (null) the whole city, and the moment it is asked (retention is only known
 * for marks already passed).
 */
export type ReportPeriod = {
  from: string;
  to: string;
  organisationId: string | null;
  now: Date;
};

/** The period's first and last instant as timestamps in the city's time zone. */
function bounds(period: ReportPeriod) {
  return {
    start: sql`((${period.from}::date)::timestamp at time zone 'Europe/Berlin')`,
    end: sql`(((${period.to}::date) + 1)::timestamp at time zone 'Europe/Berlin')`,
  };
}

function engagementScope(scope: CityScope, period: ReportPeriod): SQL {
  return and(
    eq(engagements.cityId, scope.cityId),
    period.organisationId ? eq(engagements.organisationId, period.organisationId) : undefined,
  )!;
}

/**
 * An engagement counts as active in the period from the day it became active until the day it
 * ended; a pause does not interrupt it (a paused volunteer is still with the organisation).
 */
function activeIn(period: ReportPeriod): SQL {
  const { start, end } = bounds(period);
  return sql`(${engagements.startedAt} < ${end}
    and (${engagements.endedAt} is null or ${engagements.endedAt} >= ${start}))`;
}

/** The moment an engagement had lasted `months` months, counted in the city's calendar. */
const markAfter = (months: number) =>
  sql`(((${engagements.startedAt} at time zone 'Europe/Berlin') + ${sql.raw(`interval '${months} months'`)}) at time zone 'Europe/Berlin')`;

const countWhere = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;

export type RetentionFigure = { months: number; cohort: number; retained: number };

/**
 * The headline figures in one pass over the engagements:
 * - active volunteers: distinct people with an engagement active in the period;
 * - new applications: confirmed applications (double opt-in) made in the period, and how many of
 *   them became active (at any time up to now): the conversion;
 * - retention after 6 and 12 months: the engagements whose 6 (12) months mark falls in the period
 *   and has passed, and how many of them had not ended by that mark.
 */
export async function engagementFigures(db: Executor, scope: CityScope, period: ReportPeriod) {
  const { start, end } = bounds(period);
  const now = sql`${period.now.toISOString()}::timestamptz`;
  const applied = sql`${engagements.confirmedAt} is not null
    and ${engagements.createdAt} >= ${start} and ${engagements.createdAt} < ${end}`;
  const cohort = (months: number) => {
    const mark = markAfter(months);
    return sql`${engagements.startedAt} is not null
      and ${mark} >= ${start} and ${mark} < ${end} and ${mark} <= ${now}`;
  };
  const retained = (months: number) =>
    sql`${cohort(months)} and (${engagements.endedAt} is null or ${engagements.endedAt} >= ${markAfter(months)})`;
  const [row] = await db
    .select({
      activeVolunteers: sql<number>`(count(distinct ${engagements.personId})
          filter (where ${activeIn(period)}))::int`,
      activeEngagements: countWhere(activeIn(period)),
      applications: countWhere(applied),
      converted: countWhere(sql`${applied} and ${engagements.startedAt} is not null`),
      cohort6: countWhere(cohort(6)),
      retained6: countWhere(retained(6)),
      cohort12: countWhere(cohort(12)),
      retained12: countWhere(retained(12)),
    })
    .from(engagements)
    .where(engagementScope(scope, period));
  const figures = row ?? {
    activeVolunteers: 0,
    activeEngagements: 0,
    applications: 0,
    converted: 0,
    cohort6: 0,
    retained6: 0,
    cohort12: 0,
    retained12: 0,
  };
  const retention: RetentionFigure[] = RETENTION_MONTHS.map((months) => ({
    months,
    cohort: figures[`cohort${months}`],
    retained: figures[`retained${months}`],
  }));
  return {
    activeVolunteers: figures.activeVolunteers,
    activeEngagements: figures.activeEngagements,
    applications: figures.applications,
    converted: figures.converted,
    retention,
  };
}

/** The SQL that puts an age in whole years into its group (AGE_GROUPS, one source of bounds). */
const AGE_GROUP_CASE = sql.raw(
  `case ${AGE_GROUPS.map((g) => (g.max === null ? `else '${g.key}'` : `when age <= ${g.max} then '${g.key}'`)).join(" ")} end`,
);

export type Breakdowns = {
  ageGroups: { key: AgeGroup; volunteers: number }[];
  categories: { key: string; volunteers: number }[];
  /** `key` is the district's slug, or null where the person gave none. */
  districts: { key: string | null; volunteers: number }[];
};

/**
 * The active volunteers of the period by age group (age reached in the period's last year), by
 * district, and by field of engagement (a person counts once in each field they are active in).
 * One statement: the active engagements once, then three grouped counts.
 */
export async function volunteerBreakdowns(
  db: Executor,
  scope: CityScope,
  period: ReportPeriod,
): Promise<Breakdowns> {
  const lastYear = Number(period.to.slice(0, 4));
  const result = await db.execute(sql`
    with active as (
      select ${engagements.personId} as person_id, ${engagements.opportunityId} as opportunity_id
      from ${engagements}
      where ${engagementScope(scope, period)} and ${activeIn(period)}
    ), people as (
      select distinct ${persons.id} as person_id, ${lastYear}::int - ${persons.birthYear} as age,
        ${persons.district} as district
      from active join ${persons}
        on ${persons.cityId} = ${scope.cityId} and ${persons.id} = active.person_id
    )
    select 'age' as dimension, ${AGE_GROUP_CASE} as key, count(*)::int as volunteers
      from people group by 2
    union all
    select 'district', district, count(*)::int from people group by 2
    union all
    select 'category', category, count(distinct active.person_id)::int
      from active join ${opportunities}
        on ${opportunities.cityId} = ${scope.cityId} and ${opportunities.id} = active.opportunity_id
      cross join lateral unnest(${opportunities.categories}) as field(category)
      group by 2`);
  const rows = rowsOf<{ dimension: string; key: string | null; volunteers: number }>(result);
  const of = (dimension: string) => rows.filter((r) => r.dimension === dimension);
  const byAge = new Map(of("age").map((r) => [r.key, r.volunteers]));
  // Most volunteers first; equal counts by key, "not given" last.
  const byCount = (
    a: { key: string | null; volunteers: number },
    b: { key: string | null; volunteers: number },
  ) =>
    b.volunteers - a.volunteers ||
    (a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key));
  return {
    ageGroups: AGE_GROUPS.map((g) => ({ key: g.key, volunteers: byAge.get(g.key) ?? 0 })),
    categories: of("category")
      .map((r) => ({ key: r.key ?? "", volunteers: r.volunteers }))
      .sort(byCount),
    districts: of("district")
      .map((r) => ({ key: r.key, volunteers: r.volunteers }))
      .sort(byCount),
  };
}

export type HoursMonth = { month: string; minutes: number; volunteers: number };

/**
 * Approved hours per month of the period (corrections replace what they correct), with how many
 * people logged them; every month of the period appears, empty ones with zero. Grouped in the
 * database on the city-first indexes of `hour_entries`.
 */
export async function hoursPerMonth(
  db: Executor,
  scope: CityScope,
  period: ReportPeriod,
): Promise<HoursMonth[]> {
  const result = await db.execute(sql`
    select to_char(series.month, 'YYYY-MM') as month,
      coalesce(counted.minutes, 0)::int as minutes,
      coalesce(counted.volunteers, 0)::int as volunteers
    from generate_series(
      date_trunc('month', (${period.from}::date)::timestamp),
      (${period.to}::date)::timestamp,
      interval '1 month') as series(month)
    left join (
      -- Per person and month first, so people are counted by hashing rather than sorting; a
      -- person whose entries were all corrected to zero gave no hours that month.
      select month, sum(minutes) as minutes, count(*) as volunteers
      from (
        select date_trunc('month', ${hourEntries.workedOn}::timestamp) as month,
          ${hourEntries.personId} as person_id, sum(${hourEntries.minutes}) as minutes
        from ${hourEntries}
        where ${countsAsApproved(scope)}
          and ${hourEntries.workedOn} between ${period.from}::date and ${period.to}::date
          ${period.organisationId ? sql`and ${hourEntries.organisationId} = ${period.organisationId}` : sql``}
        group by 1, 2
        having sum(${hourEntries.minutes}) > 0
      ) as per_person
      group by month
    ) as counted on counted.month = series.month
    order by series.month`);
  return rowsOf<HoursMonth>(result);
}
