import type { Allowance } from "@engagiert/domain/recognition";
import { and, asc, count, eq, isNotNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../client.ts";
import { allowancePayments, engagements, persons } from "../schema/index.ts";
import { personOfEngagement } from "./joins.ts";
import { keysetPage, readCursor } from "./pagination.ts";
import type { CityScope } from "./scope.ts";

const yearBounds = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/**
 * Locks the person's row for the rest of the transaction: every payment to a person runs after
 * the previous one committed, so two payments at once cannot both stay under the limit.
 * Returns false when the person does not exist in the city.
 */
export async function lockPersonForPayment(db: Executor, scope: CityScope, personId: string) {
  const rows = await db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.cityId, scope.cityId), eq(persons.id, personId)))
    .for("update");
  return rows.length === 1;
}

/**
 * What the allowance rule needs before a payment: what this allowance already paid the person
 * in the calendar year (all organisations), and the activities paid under the other allowance
 * in any year. One statement over the person's payments.
 */
export async function allowanceStanding(
  db: Executor,
  scope: CityScope,
  personId: string,
  allowance: Allowance,
  year: number,
) {
  const { from, to } = yearBounds(year);
  const [row] = await db
    .select({
      paidCents: sql<number>`coalesce(sum(${allowancePayments.amountCents}) filter (
          where ${allowancePayments.allowance} = ${allowance}
            and ${allowancePayments.paidOn} between ${from} and ${to}), 0)::bigint`.mapWith(Number),
      otherActivities: sql<string[] | null>`array_agg(distinct ${allowancePayments.activity})
          filter (where ${allowancePayments.allowance} <> ${allowance})`,
    })
    .from(allowancePayments)
    .where(
      and(eq(allowancePayments.cityId, scope.cityId), eq(allowancePayments.personId, personId)),
    );
  return {
    paidCents: row?.paidCents ?? 0,
    otherAllowanceActivities: row?.otherActivities ?? [],
  };
}

/** What each allowance paid the person in a calendar year, summed in the database. */
export async function yearSumsOfPerson(
  db: Executor,
  scope: CityScope,
  personId: string,
  year: number,
) {
  const { from, to } = yearBounds(year);
  return db
    .select({
      allowance: allowancePayments.allowance,
      paidCents: sql<number>`sum(${allowancePayments.amountCents})::bigint`.mapWith(Number),
    })
    .from(allowancePayments)
    .where(
      and(
        eq(allowancePayments.cityId, scope.cityId),
        eq(allowancePayments.personId, personId),
        sql`${allowancePayments.paidOn} between ${from} and ${to}`,
      ),
    )
    .groupBy(allowancePayments.allowance);
}

/** A person's payments of one year, oldest first, of one organisation or (null) all. */
export async function paymentsOfPerson(
  db: Executor,
  scope: CityScope,
  personId: string,
  year: number,
  organisationId: string | null,
) {
  const { from, to } = yearBounds(year);
  return db
    .select({
      id: allowancePayments.id,
      organisationId: allowancePayments.organisationId,
      allowance: allowancePayments.allowance,
      amountCents: allowancePayments.amountCents,
      paidOn: allowancePayments.paidOn,
      activity: allowancePayments.activity,
      isExcessAccepted: allowancePayments.excessAccepted,
    })
    .from(allowancePayments)
    .where(
      and(
        eq(allowancePayments.cityId, scope.cityId),
        eq(allowancePayments.personId, personId),
        sql`${allowancePayments.paidOn} between ${from} and ${to}`,
        organisationId ? eq(allowancePayments.organisationId, organisationId) : undefined,
      ),
    )
    .orderBy(asc(allowancePayments.paidOn), asc(allowancePayments.id))
    .limit(500);
}

export async function insertAllowancePayment(
  db: Executor,
  scope: CityScope,
  payment: {
    personId: string;
    organisationId: string;
    allowance: Allowance;
    amountCents: number;
    paidOn: string;
    activity: string;
    isExcessAccepted: boolean;
    recordedByUserId: string;
    now: Date;
  },
) {
  const [row] = await db
    .insert(allowancePayments)
    .values({
      cityId: scope.cityId,
      personId: payment.personId,
      organisationId: payment.organisationId,
      allowance: payment.allowance,
      amountCents: payment.amountCents,
      paidOn: payment.paidOn,
      activity: payment.activity.trim(),
      excessAccepted: payment.isExcessAccepted,
      recordedByUserId: payment.recordedByUserId,
      createdAt: payment.now,
    })
    .returning({ id: allowancePayments.id });
  return row!.id;
}

const sameAllowance = alias(allowancePayments, "same_allowance");

/** A cursor's day must be a real calendar day, or the database would refuse the cast. */
const isCalendarDay = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) &&
  new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;

/**
 * The payments of an organisation, newest payment day first (keyset on day and id), each with
 * what the same allowance paid the person in that calendar year across all organisations.
 */
export async function listAllowancePayments(
  db: Executor,
  scope: CityScope,
  organisationId: string,
  filter: { year?: number | null },
  page: { limit: number; cursor?: string | null },
) {
  const parts = readCursor(page.cursor, ["text", "uuid"]);
  const after = parts && isCalendarDay(parts[0]!) ? parts : null;
  const year = filter.year ? yearBounds(filter.year) : null;
  const where = and(
    eq(allowancePayments.cityId, scope.cityId),
    eq(allowancePayments.organisationId, organisationId),
    year ? sql`${allowancePayments.paidOn} between ${year.from} and ${year.to}` : undefined,
  );
  const rows = await db
    .select({
      id: allowancePayments.id,
      personId: allowancePayments.personId,
      firstName: persons.firstName,
      lastName: persons.lastName,
      allowance: allowancePayments.allowance,
      amountCents: allowancePayments.amountCents,
      paidOn: allowancePayments.paidOn,
      activity: allowancePayments.activity,
      isExcessAccepted: allowancePayments.excessAccepted,
      yearPaidCents: sql<number>`(
          select coalesce(sum(${sameAllowance.amountCents}), 0)::bigint from ${allowancePayments} as ${sameAllowance}
          where ${sameAllowance.cityId} = ${allowancePayments.cityId}
            and ${sameAllowance.personId} = ${allowancePayments.personId}
            and ${sameAllowance.allowance} = ${allowancePayments.allowance}
            and ${sameAllowance.paidOn} between date_trunc('year', ${allowancePayments.paidOn})::date
              and (date_trunc('year', ${allowancePayments.paidOn}) + interval '1 year - 1 day')::date
        )`.mapWith(Number),
    })
    .from(allowancePayments)
    .innerJoin(
      persons,
      and(eq(persons.cityId, allowancePayments.cityId), eq(persons.id, allowancePayments.personId)),
    )
    .where(
      and(
        where,
        after
          ? sql`(${allowancePayments.paidOn}, ${allowancePayments.id}) < (${after[0]}::date, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(sql`${allowancePayments.paidOn} desc, ${allowancePayments.id} desc`)
    .limit(page.limit + 1);
  const [totals] = await db.select({ total: count() }).from(allowancePayments).where(where);
  return {
    ...keysetPage(rows, page.limit, (last) => [last.paidOn, last.id]),
    total: totals?.total ?? 0,
  };
}

/**
 * The people with a confirmed application or engagement with the organisation, found by name,
 * to choose whom a payment goes to.
 */
export async function volunteersOfOrganisation(
  db: Executor,
  scope: CityScope,
  organisationId: string,
  search: string,
  limit: number,
) {
  const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return db
    .selectDistinct({
      id: persons.id,
      firstName: persons.firstName,
      lastName: persons.lastName,
      birthYear: persons.birthYear,
    })
    .from(engagements)
    .innerJoin(persons, personOfEngagement)
    .where(
      and(
        eq(engagements.cityId, scope.cityId),
        eq(engagements.organisationId, organisationId),
        isNotNull(engagements.confirmedAt),
        pattern
          ? sql`(${persons.firstName} || ' ' || ${persons.lastName}) ilike ${pattern}`
          : undefined,
      ),
    )
    .orderBy(asc(persons.lastName), asc(persons.firstName), asc(persons.id))
    .limit(limit);
}
