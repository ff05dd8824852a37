import { QualificationRules } from "@engagiert/domain/qualifications";
import {
  and,
  asc,
  count,
  eq,
  exists,
  gte,
  inArray,
  isNull,
  ne,
  notExists,
  or,
  sql,
} from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../client.ts";
import { engagements, persons, qualificationRecords, qualificationTypes } from "../schema/index.ts";
import { keysetPage, readCursor } from "./pagination.ts";
import type { CityScope } from "./scope.ts";

/** A qualification type as the coordination office writes it (`QualificationTypeInput`, parsed). */
export type QualificationTypeValues = {
  slug: string;
  nameDe: string;
  nameEn: string;
  description: string;
  rules: QualificationRules;
};

/** More types than this a city does not keep; the list is read whole, like its categories. */
const MAX_TYPES = 200;
/** A person's records over the years; renewals add one every few years. */
const MAX_RECORDS_OF_PERSON = 100;
/** The engagement statuses whose volunteers are expected to keep their qualifications valid. */
const ENGAGED = ["active", "onboarding"] as const;

const typeColumns = {
  slug: qualificationTypes.slug,
  nameDe: qualificationTypes.nameDe,
  nameEn: qualificationTypes.nameEn,
  description: qualificationTypes.description,
  rules: qualificationTypes.rules,
  isArchived: qualificationTypes.isArchived,
  updatedAt: qualificationTypes.updatedAt,
};

/** The rules are stored as written through the domain schema; reading parses them again. */
const withRules = <T extends { rules: unknown }>(row: T) => ({
  ...row,
  rules: QualificationRules.parse(row.rules),
});

const typeKey = (scope: CityScope, slug: string) =>
  and(eq(qualificationTypes.cityId, scope.cityId), eq(qualificationTypes.slug, slug));

const typeOfRecord = and(
  eq(qualificationTypes.cityId, qualificationRecords.cityId),
  eq(qualificationTypes.slug, qualificationRecords.typeSlug),
);

const personOfRecord = and(
  eq(persons.cityId, qualificationRecords.cityId),
  eq(persons.id, qualificationRecords.personId),
);

const reminderDays = sql<number>`(${qualificationTypes.rules}->>'reminderDays')::int`;

/** The city's qualification types, archived ones included (flagged), by German name. */
export async function listQualificationTypes(db: Executor, scope: CityScope) {
  const rows = await db
    .select(typeColumns)
    .from(qualificationTypes)
    .where(eq(qualificationTypes.cityId, scope.cityId))
    .orderBy(asc(qualificationTypes.nameDe), asc(qualificationTypes.slug))
    .limit(MAX_TYPES);
  return rows.map(withRules);
}
export type QualificationTypeRow = Awaited<ReturnType<typeof listQualificationTypes>>[number];

export async function getQualificationType(db: Executor, scope: CityScope, slug: string) {
  const [row] = await db.select(typeColumns).from(qualificationTypes).where(typeKey(scope, slug));
  return row ? withRules(row) : null;
}

/** Which of these slugs are types of the city (archived or not). */
export async function existingTypeSlugs(db: Executor, scope: CityScope, slugs: string[]) {
  if (slugs.length === 0) return new Set<string>();
  const rows = await db
    .select({ slug: qualificationTypes.slug })
    .from(qualificationTypes)
    .where(
      and(eq(qualificationTypes.cityId, scope.cityId), inArray(qualificationTypes.slug, slugs)),
    );
  return new Set(rows.map((r) => r.slug));
}

/** A new type; null when the city already has one with this slug. */
export async function insertQualificationType(
  db: Executor,
  scope: CityScope,
  type: QualificationTypeValues,
) {
  const [row] = await db
    .insert(qualificationTypes)
    .values({ cityId: scope.cityId, ...type })
    .onConflictDoNothing()
    .returning(typeColumns);
  return row ? withRules(row) : null;
}

/**
 * Changes a type's names and rules; its slug stays, since records and opportunities refer to
 * it. Records keep the dates they were stored with: new rules apply to new records.
 */
export async function updateQualificationType(
  db: Executor,
  scope: CityScope,
  type: QualificationTypeValues,
  now: Date,
) {
  const { slug, ...values } = type;
  const [row] = await db
    .update(qualificationTypes)
    .set({ ...values, updatedAt: now })
    .where(typeKey(scope, slug))
    .returning(typeColumns);
  return row ? withRules(row) : null;
}

/** Archives or restores a type. Types are never deleted: records keep pointing at them. */
export async function setQualificationTypeArchived(
  db: Executor,
  scope: CityScope,
  slug: string,
  isArchived: boolean,
  now: Date,
) {
  const [row] = await db
    .update(qualificationTypes)
    .set({ isArchived, updatedAt: now })
    .where(typeKey(scope, slug))
    .returning(typeColumns);
  return row ? withRules(row) : null;
}

/** A person's records with their type's names, newest first. */
export async function recordsOfPerson(db: Executor, scope: CityScope, personId: string) {
  return db
    .select({
      id: qualificationRecords.id,
      typeSlug: qualificationRecords.typeSlug,
      nameDe: qualificationTypes.nameDe,
      nameEn: qualificationTypes.nameEn,
      isTypeArchived: qualificationTypes.isArchived,
      reminderDays,
      validFrom: qualificationRecords.validFrom,
      validUntil: qualificationRecords.validUntil,
      issuer: qualificationRecords.issuer,
      source: qualificationRecords.source,
      units: qualificationRecords.units,
      createdAt: qualificationRecords.createdAt,
    })
    .from(qualificationRecords)
    .innerJoin(qualificationTypes, typeOfRecord)
    .where(
      and(
        eq(qualificationRecords.cityId, scope.cityId),
        eq(qualificationRecords.personId, personId),
      ),
    )
    .orderBy(sql`${qualificationRecords.validFrom} desc`, asc(qualificationRecords.id))
    .limit(MAX_RECORDS_OF_PERSON);
}
export type PersonRecordRow = Awaited<ReturnType<typeof recordsOfPerson>>[number];

/** Stores a certificate staff entered from the paper. */
export async function insertExternalRecord(
  db: Executor,
  scope: CityScope,
  record: {
    personId: string;
    typeSlug: string;
    validFrom: string;
    validUntil: string | null;
    issuer: string;
    recordedByUserId: string;
    now: Date;
  },
) {
  const { now, ...values } = record;
  const [row] = await db
    .insert(qualificationRecords)
    .values({ cityId: scope.cityId, ...values, source: "external", createdAt: now })
    .returning({ id: qualificationRecords.id });
  return row!.id;
}

const later = alias(qualificationRecords, "later_record");

/**
 * Neither renewed nor replaced: no other record of the same person and type lasts longer (or
 * equally long and was stored later). A renewed card is not chased for its old expiry date.
 */
function isLatestOfItsType(db: Executor) {
  return notExists(
    db
      .select({ one: sql`1` })
      .from(later)
      .where(
        and(
          eq(later.cityId, qualificationRecords.cityId),
          eq(later.personId, qualificationRecords.personId),
          eq(later.typeSlug, qualificationRecords.typeSlug),
          ne(later.id, qualificationRecords.id),
          or(
            isNull(later.validUntil),
            sql`${later.validUntil} > ${qualificationRecords.validUntil}`,
            sql`(${later.validUntil} = ${qualificationRecords.validUntil} and ${later.id} > ${qualificationRecords.id})`,
          ),
        ),
      ),
  );
}

/**
 * Records that run out from `today` up to `withinDays` ahead, or each type's own reminder
 * period when no number is chosen. Archived types are no longer asked for, so not listed.
 */
function expiringWithin(db: Executor, scope: CityScope, today: string, withinDays: number | null) {
  const horizon =
    withinDays === null
      ? sql`${today}::date + ${reminderDays}`
      : sql`${today}::date + ${withinDays}::int`;
  return and(
    eq(qualificationRecords.cityId, scope.cityId),
    gte(qualificationRecords.validUntil, today),
    sql`${qualificationRecords.validUntil} <= ${horizon}`,
    eq(qualificationTypes.isArchived, false),
    isLatestOfItsType(db),
  )!;
}

export type ExpiringQuery = {
  /** One organisation's engaged volunteers, or with null those of the whole city. */
  organisationId: string | null;
  withinDays: number | null;
  today: string;
};

/**
 * The "expiring soon" list: records of persons with an active or onboarding engagement (in the
 * organisation, or anywhere in the city), soonest first, page by page (keyset on valid_until, id).
 */
export async function listExpiring(
  db: Executor,
  scope: CityScope,
  query: ExpiringQuery,
  page: { limit: number; cursor?: string | null },
) {
  const engaged = exists(
    db
      .select({ one: sql`1` })
      .from(engagements)
      .where(
        and(
          eq(engagements.cityId, qualificationRecords.cityId),
          eq(engagements.personId, qualificationRecords.personId),
          inArray(engagements.status, [...ENGAGED]),
          sql`${engagements.confirmedAt} is not null`,
          query.organisationId ? eq(engagements.organisationId, query.organisationId) : undefined,
        ),
      ),
  );
  const where = and(expiringWithin(db, scope, query.today, query.withinDays), engaged);
  const cursor = readCursor(page.cursor, ["text", "uuid"]);
  const after =
    cursor && /^\d{4}-\d{2}-\d{2}$/.test(cursor[0]!)
      ? sql`(${qualificationRecords.validUntil}, ${qualificationRecords.id}) > (${cursor[0]}::date, ${cursor[1]}::uuid)`
      : undefined;
  const rows = await db
    .select({
      id: qualificationRecords.id,
      personId: qualificationRecords.personId,
      firstName: persons.firstName,
      lastName: persons.lastName,
      typeSlug: qualificationRecords.typeSlug,
      nameDe: qualificationTypes.nameDe,
      nameEn: qualificationTypes.nameEn,
      validFrom: qualificationRecords.validFrom,
      validUntil: sql<string>`${qualificationRecords.validUntil}::text`,
    })
    .from(qualificationRecords)
    .innerJoin(qualificationTypes, typeOfRecord)
    .innerJoin(persons, personOfRecord)
    .where(and(where, after))
    .orderBy(asc(qualificationRecords.validUntil), asc(qualificationRecords.id))
    .limit(page.limit + 1);
  const [totals] = await db
    .select({ total: count() })
    .from(qualificationRecords)
    .innerJoin(qualificationTypes, typeOfRecord)
    .where(where);
  return {
    ...keysetPage(rows, page.limit, (last) => [last.validUntil, last.id]),
    total: totals?.total ?? 0,
  };
}
export type ExpiringItem = Awaited<ReturnType<typeof listExpiring>>["items"][number];

/**
 * Records whose holder is due a reminder: inside their type's reminder period, not expired,
 * not reminded yet. Read page by page by the reminder job.
 */
export async function recordsToRemind(
  db: Executor,
  scope: CityScope,
  today: string,
  limit: number,
) {
  return db
    .select({
      id: qualificationRecords.id,
      email: persons.email,
      firstName: persons.firstName,
      nameDe: qualificationTypes.nameDe,
      nameEn: qualificationTypes.nameEn,
      validUntil: sql<string>`${qualificationRecords.validUntil}::text`,
    })
    .from(qualificationRecords)
    .innerJoin(qualificationTypes, typeOfRecord)
    .innerJoin(persons, personOfRecord)
    .where(and(expiringWithin(db, scope, today, null), isNull(qualificationRecords.remindedAt)))
    .orderBy(asc(qualificationRecords.validUntil), asc(qualificationRecords.id))
    .limit(limit);
}

/** Marks a record's reminder as queued; false if another run got there first. */
export async function markReminded(db: Executor, scope: CityScope, recordId: string, now: Date) {
  const rows = await db
    .update(qualificationRecords)
    .set({ remindedAt: now })
    .where(
      and(
        eq(qualificationRecords.cityId, scope.cityId),
        eq(qualificationRecords.id, recordId),
        isNull(qualificationRecords.remindedAt),
      ),
    )
    .returning({ id: qualificationRecords.id });
  return rows.length === 1;
}
