import type { FederalState } from "@engagiert/domain/city";
import {
  AUTOMATIC_GROUPS,
  EHRENAMTSKARTE_RULES,
  ehrenamtskarteStatus,
  windowStart,
  type AutomaticGroup,
  type EhrenamtskarteFacts,
  type EhrenamtskarteRule,
} from "@engagiert/domain/recognition";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { rowsOf, type Executor } from "../client.ts";
import {
  engagements,
  hourEntries,
  opportunities,
  persons,
  qualificationRecords,
} from "../schema/index.ts";
import { countsAsApproved } from "./hours-effective.ts";
import { readCursor } from "./pagination.ts";
import { encodeCursor, type CityScope } from "./scope.ts";

// The facts of the recognition rules, computed in SQL. Approved hours are summed in one pass
// over the city's hour entries per query (a person's or an organisation's entries where that is
// all it needs); the rest are subqueries on the current `persons` row, carried by the city-first
// indexes on engagements and qualification records. An organisation narrows the facts to what
// happened with it.

/**
 * Runs a query that sums approved hours across many people with hash joins. Without planner
 * statistics (the embedded database is not analysed) PostgreSQL checks each approved entry for a
 * later correction by scanning every approved entry of the city again, which takes minutes for
 * a city's hours; a hash anti-join answers the same in one pass.
 */
export async function withHashJoins<T>(db: Executor, query: SQL): Promise<T[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_nestloop = off`);
    const rows = rowsOf<T>(await tx.execute(query));
    // Within a caller's transaction the setting would last until that one ends.
    await tx.execute(sql`set local enable_nestloop = on`);
    return rows;
  });
}

/**
 * The approved entries (corrections in place of what they correct) as a CTE named `approved`,
 * narrowed by `filter` on `hour_entries` (a person, an organisation, days).
 */
export const approvedEntriesCte = (scope: CityScope, filter: SQL = sql``) => sql`approved as (
  select ${hourEntries.personId} as person_id, ${hourEntries.engagementId} as engagement_id,
    ${hourEntries.workedOn} as worked_on, ${hourEntries.minutes} as minutes
  from ${hourEntries}
  where ${countsAsApproved(scope)} ${filter})`;

/** The first day (Europe/Berlin) an engagement of the person became active. */
export const engagedSinceSql = (organisationId: string | null = null): SQL => sql`(
  select min((${engagements.startedAt} at time zone 'Europe/Berlin')::date)
  from ${engagements}
  where ${engagements.cityId} = ${persons.cityId} and ${engagements.personId} = ${persons.id}
    and ${engagements.startedAt} is not null
    ${organisationId ? sql`and ${engagements.organisationId} = ${organisationId}` : sql``})`;

/** Whether the person holds a Juleica valid today. */
const hasValidJuleicaSql = (today: string) => sql<boolean>`exists (
  select 1 from ${qualificationRecords}
  where ${qualificationRecords.cityId} = ${persons.cityId}
    and ${qualificationRecords.personId} = ${persons.id}
    and ${qualificationRecords.typeSlug} = 'juleica'
    and ${qualificationRecords.validFrom} <= ${today}::date
    and (${qualificationRecords.validUntil} is null or ${qualificationRecords.validUntil} >= ${today}::date))`;

/** A person's engagement with the organisation (or any) that became active. */
export const hasStartedEngagementSql = (organisationId: string | null = null) => sql`exists (
  select 1 from ${engagements}
  where ${engagements.cityId} = ${persons.cityId} and ${engagements.personId} = ${persons.id}
    and ${engagements.startedAt} is not null
    ${organisationId ? sql`and ${engagements.organisationId} = ${organisationId}` : sql``})`;

/** People sorted by name, page by page: the keyset of (last name, first name, id). */
export type NameKey = [lastName: string, firstName: string, id: string];

export const afterName = (after: NameKey | null) =>
  after
    ? sql`and (${persons.lastName}, ${persons.firstName}, ${persons.id}) > (${after[0]}, ${after[1]}, ${after[2]}::uuid)`
    : sql``;

/**
 * One page of people a rule decides about: candidates come from SQL in name order, batch by
 * batch, and `decide` keeps those the domain rule accepts, until the page is full (one more is
 * looked for, so the next cursor is only given when there is a next page).
 */
export async function pageByRule<
  Row extends { id: string; lastName: string; firstName: string },
  Item,
>(
  page: { limit: number; cursor?: string | null },
  fetchBatch: (after: NameKey | null, size: number) => Promise<Row[]>,
  decide: (row: Row) => Item | null,
): Promise<{ items: Item[]; nextCursor: string | null }> {
  let after = readCursor(page.cursor, ["text", "text", "uuid"]) as NameKey | null;
  const size = Math.min(Math.max(page.limit + 1, 50), 1000);
  const found: { item: Item; key: NameKey }[] = [];
  for (;;) {
    const rows = await fetchBatch(after, size);
    for (const row of rows) {
      const item = decide(row);
      if (item !== null) found.push({ item, key: [row.lastName, row.firstName, row.id] });
      if (found.length > page.limit) break;
    }
    const last = rows.at(-1);
    if (found.length > page.limit || rows.length < size || !last) break;
    after = [last.lastName, last.firstName, last.id];
  }
  const items = found.slice(0, page.limit);
  const lastKey = items.at(-1)?.key;
  return {
    items: items.map((f) => f.item),
    nextCursor: found.length > page.limit && lastKey ? encodeCursor(lastKey) : null,
  };
}

type FactsRow = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  birthYear: number;
  recognitionGroups: string[];
  engagedSince: string | null;
  minutesInWindow: number;
  mostMinutesInOneProject: number;
  hasValidJuleica: boolean;
};

/** The domain's facts from a row: recorded groups, plus Juleica while one is valid. */
export function factsOf(row: FactsRow): EhrenamtskarteFacts {
  const recorded = row.recognitionGroups.filter((g): g is AutomaticGroup =>
    (AUTOMATIC_GROUPS as readonly string[]).includes(g),
  );
  return {
    engagedSince: row.engagedSince,
    minutesInWindow: Number(row.minutesInWindow),
    mostMinutesInOneProject: Number(row.mostMinutesInOneProject),
    groups: row.hasValidJuleica ? [...recorded, "juleica"] : recorded,
  };
}

/**
 * People with their Ehrenamtskarte facts as of `today`. `people` narrows the people (a person,
 * or the candidates of a list) and `entries` the hour entries summed for them; `having` filters
 * on the computed facts.
 */
async function selectFacts(
  db: Executor,
  scope: CityScope,
  span: { from: string; today: string },
  options: { people: SQL; entries?: SQL; having?: SQL; limit: number },
): Promise<FactsRow[]> {
  return withHashJoins<FactsRow>(
    db,
    sql`
    with ${approvedEntriesCte(scope, options.entries)},
    in_window as (
      select person_id, sum(minutes)::int as minutes from approved
      where worked_on between ${span.from}::date and ${span.today}::date
      group by person_id
    ),
    per_project as (
      select person_id, max(minutes)::int as minutes from (
        select approved.person_id, sum(approved.minutes) as minutes
        from approved
        join ${engagements} on ${engagements.cityId} = ${scope.cityId}
          and ${engagements.id} = approved.engagement_id
        join ${opportunities} on ${opportunities.cityId} = ${engagements.cityId}
          and ${opportunities.id} = ${engagements.opportunityId}
        where ${opportunities.format} = 'project'
        group by approved.person_id, approved.engagement_id
      ) as per_engagement
      group by person_id
    )
    select * from (
      select ${persons.id} as "id", ${persons.firstName} as "firstName",
        ${persons.lastName} as "lastName", ${persons.email} as "email",
        ${persons.birthYear} as "birthYear", ${persons.recognitionGroups} as "recognitionGroups",
        to_char(${engagedSinceSql()}, 'YYYY-MM-DD') as "engagedSince",
        coalesce(in_window.minutes, 0) as "minutesInWindow",
        coalesce(per_project.minutes, 0) as "mostMinutesInOneProject",
        ${hasValidJuleicaSql(span.today)} as "hasValidJuleica"
      from ${persons}
      left join in_window on in_window.person_id = ${persons.id}
      left join per_project on per_project.person_id = ${persons.id}
      where ${persons.cityId} = ${scope.cityId} ${options.people}
    ) as facts
    ${options.having ? sql`where ${options.having}` : sql``}
    order by "lastName", "firstName", "id"
    limit ${options.limit}`,
  );
}

/** The rule's window ending today. */
function windowOf(rule: EhrenamtskarteRule, today: string) {
  return { from: windowStart(rule, today), today };
}

/** One person's Ehrenamtskarte facts under a rule as of `today`; null for a stranger. */
export async function ehrenamtskarteFacts(
  db: Executor,
  scope: CityScope,
  personId: string,
  rule: EhrenamtskarteRule,
  today: string,
) {
  const span = windowOf(rule, today);
  const [row] = await selectFacts(db, scope, span, {
    people: sql`and ${persons.id} = ${personId}`,
    entries: sql`and ${hourEntries.personId} = ${personId}`,
    limit: 1,
  });
  return row ? { facts: factsOf(row), windowFrom: span.from } : null;
}

export type EligiblePerson = {
  personId: string;
  firstName: string;
  lastName: string;
  email: string;
  birthYear: number;
  engagedSince: string | null;
  minutesInWindow: number;
  basis: "group" | "hours" | "project";
  group: AutomaticGroup | null;
};

/**
 * The people who may apply for the Ehrenamtskarte today, by name, page by page. Candidates are
 * people with an engagement that became active and who pass one of the rule's paths on its
 * figures (a group, the hours in the window, the hours in one project); the domain rule then
 * decides, which also checks the year of engagement.
 */
export async function listEhrenamtskarteEligible(
  db: Executor,
  scope: CityScope,
  options: { state: FederalState; today: string },
  page: { limit: number; cursor?: string | null },
) {
  const rule = EHRENAMTSKARTE_RULES[options.state];
  if (!rule) return { hasRule: false, items: [] as EligiblePerson[], nextCursor: null };
  const span = windowOf(rule, options.today);
  const groups = rule.automaticGroups.filter((g) => g !== "juleica");
  const having = sql.join(
    [
      groups.length > 0
        ? sql`"recognitionGroups" && array[${sql.join(
            groups.map((g) => sql`${g}`),
            sql`, `,
          )}]::text[]`
        : null,
      rule.automaticGroups.includes("juleica") ? sql`"hasValidJuleica"` : null,
      sql`"minutesInWindow" >= ${rule.minimumHoursInWindow * 60}`,
      sql`"mostMinutesInOneProject" >= ${rule.minimumHoursInProject * 60}`,
    ].filter((c): c is SQL => c !== null),
    sql` or `,
  );
  const result = await pageByRule(
    page,
    (after, size) =>
      selectFacts(db, scope, span, {
        // An erased person can no longer apply for anything: not on the list.
        people: sql`and ${persons.erasedAt} is null and ${hasStartedEngagementSql()} ${afterName(after)}`,
        having,
        limit: size,
      }),
    (row): EligiblePerson | null => {
      const status = ehrenamtskarteStatus(options.state, factsOf(row), options.today);
      if (status.kind !== "eligible") return null;
      return {
        personId: row.id,
        firstName: row.firstName,
        lastName: row.lastName,
        email: row.email,
        birthYear: row.birthYear,
        engagedSince: row.engagedSince,
        minutesInWindow: Number(row.minutesInWindow),
        basis: status.basis,
        group: status.basis === "group" ? status.group : null,
      };
    },
  );
  return { hasRule: true, ...result };
}

/** The groups recorded on a person, locked for a change in the same transaction. */
export async function lockRecognitionGroups(db: Executor, scope: CityScope, personId: string) {
  const [row] = await db
    .select({ groups: persons.recognitionGroups })
    .from(persons)
    .where(and(eq(persons.cityId, scope.cityId), eq(persons.id, personId)))
    .for("update");
  return row ? row.groups : null;
}

export async function setRecognitionGroups(
  db: Executor,
  scope: CityScope,
  personId: string,
  groups: readonly string[],
  now: Date,
) {
  await db
    .update(persons)
    .set({ recognitionGroups: [...groups], updatedAt: now })
    .where(and(eq(persons.cityId, scope.cityId), eq(persons.id, personId)));
}
