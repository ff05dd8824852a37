import {
  ANNIVERSARY_YEARS,
  HOUR_MILESTONES,
  milestonesInMonth,
  type Milestone,
  type MilestoneKind,
} from "@engagiert/domain/recognition";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { hourEntries, persons } from "../schema/index.ts";
import {
  afterName,
  approvedEntriesCte,
  engagedSinceSql,
  hasStartedEngagementSql,
  pageByRule,
  withHashJoins,
} from "./recognition.ts";
import type { CityScope } from "./scope.ts";

export type MilestoneQuery = {
  /** `YYYY-MM`. */
  month: string;
  /** Only what happened with this organisation; null: across the city. */
  organisationId: string | null;
  kinds?: readonly MilestoneKind[];
};

export type MilestonePerson = {
  personId: string;
  firstName: string;
  lastName: string;
  engagedSince: string | null;
  /** Approved minutes up to the month's last day. */
  minutesAtMonthEnd: number;
  milestones: Milestone[];
};

type Row = {
  id: string;
  firstName: string;
  lastName: string;
  engagedSince: string | null;
  minutesBefore: number;
  minutesAfter: number;
};

/** The first day of the month and of the month after it. */
function monthBounds(month: string) {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const pad = (n: number) => String(n).padStart(2, "0");
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${pad(m + 1)}-01`;
  return { first: `${month}-01`, next, year, month: m };
}

/**
 * Candidates for a month's milestones, in name order: people with an engagement that became
 * active whose first engagement's anniversary month is this one in a year of the list, or whose
 * approved hours cross a threshold between the month's start and its end. The figures (approved
 * minutes before the month and up to its end) are summed per person in SQL, never by loading
 * the entries.
 */
async function milestoneCandidates(
  db: Executor,
  scope: CityScope,
  query: MilestoneQuery,
  after: Parameters<typeof afterName>[0],
  limit: number,
): Promise<Row[]> {
  const bounds = monthBounds(query.month);
  const org = query.organisationId;
  const kinds = query.kinds ?? ["anniversary", "hours"];
  const conditions: SQL[] = [];
  if (kinds.includes("anniversary")) {
    conditions.push(sql`("since" is not null
      and extract(month from "since") = ${bounds.month}
      and ${bounds.year} - extract(year from "since") in (${sql.join(
        ANNIVERSARY_YEARS.map((y) => sql`${y}`),
        sql`, `,
      )}))`);
  }
  if (kinds.includes("hours")) {
    for (const hours of HOUR_MILESTONES) {
      conditions.push(sql`("minutesBefore" < ${hours * 60} and "minutesAfter" >= ${hours * 60})`);
    }
  }
  if (conditions.length === 0) return [];
  const entries = sql`and ${hourEntries.workedOn} < ${bounds.next}::date
    ${org ? sql`and ${hourEntries.organisationId} = ${org}` : sql``}`;
  return withHashJoins<Row>(
    db,
    sql`
    with ${approvedEntriesCte(scope, entries)},
    sums as (
      select person_id,
        coalesce(sum(minutes) filter (where worked_on < ${bounds.first}::date), 0)::int as before,
        sum(minutes)::int as after
      from approved group by person_id
    )
    select "id", "firstName", "lastName", to_char("since", 'YYYY-MM-DD') as "engagedSince",
      "minutesBefore", "minutesAfter"
    from (
      select ${persons.id} as "id", ${persons.firstName} as "firstName",
        ${persons.lastName} as "lastName", ${engagedSinceSql(org)} as "since",
        coalesce(sums.before, 0) as "minutesBefore", coalesce(sums.after, 0) as "minutesAfter"
      from ${persons}
      left join sums on sums.person_id = ${persons.id}
      where ${persons.cityId} = ${scope.cityId} and ${persons.erasedAt} is null
        and ${hasStartedEngagementSql(org)}
        ${afterName(after)}
    ) as facts
    where ${sql.join(conditions, sql` or `)}
    order by "lastName", "firstName", "id"
    limit ${limit}`,
  );
}

/**
 * The milestones people reach in a month, by name, page by page: anniversaries of their first
 * engagement and hour thresholds crossed, as the domain's `milestonesInMonth` decides.
 */
export async function listMilestones(
  db: Executor,
  scope: CityScope,
  query: MilestoneQuery,
  page: { limit: number; cursor?: string | null },
) {
  const kinds = query.kinds ?? ["anniversary", "hours"];
  return pageByRule(
    page,
    (after, size) => milestoneCandidates(db, scope, query, after, size),
    (row): MilestonePerson | null => {
      const minutesBefore = Number(row.minutesBefore);
      const minutesAfter = Number(row.minutesAfter);
      const milestones = milestonesInMonth(
        { engagedSince: row.engagedSince, minutesBefore, minutesAfter },
        query.month,
      ).filter((m) => kinds.includes(m.kind));
      if (milestones.length === 0) return null;
      return {
        personId: row.id,
        firstName: row.firstName,
        lastName: row.lastName,
        engagedSince: row.engagedSince,
        minutesAtMonthEnd: minutesAfter,
        milestones,
      };
    },
  );
}
