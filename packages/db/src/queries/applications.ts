import { OPEN_ENGAGEMENT_STATUSES } from "@engagiert/domain/engagement";
import { and, count, desc, eq, exists, gt, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import {
  consents,
  engagementEvents,
  engagementLinks,
  engagements,
  opportunities,
  organisations,
  persons,
  signInAttempts,
  users,
} from "../schema/index.ts";
import { readTimestampCursor } from "./pagination.ts";
import { encodeCursor, type CityScope } from "./scope.ts";
import { opportunityOfEngagement, organisationOfEngagement, personOfEngagement } from "./joins.ts";

/**
 * A keyset cursor of a timestamp (as the database wrote it) and an id. Anything else reads as
 * no cursor, so a forged one gives the first page instead of a database error.
 */

type LinkPurpose = (typeof engagementLinks.$inferSelect)["purpose"];

/**
 * Serialises applications of one e-mail address within the transaction, so two requests at once
 * can neither create the person twice nor both pass the duplicate check.
 */
export async function lockApplicant(db: Executor, scope: CityScope, email: string) {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`${scope.cityId}:apply:${email}`}))`,
  );
}

/** Attempts for a key within the window (every attempt counts, not only failed ones). */
export async function countAttempts(db: Executor, scope: CityScope, key: string, since: Date) {
  const [row] = await db
    .select({ n: count(), oldest: sql<Date | null>`min(${signInAttempts.at})` })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.cityId, scope.cityId),
        eq(signInAttempts.key, key),
        gt(signInAttempts.at, since),
      ),
    );
  return { attempts: row?.n ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
}

/** The person with this e-mail address in the city, or a new one; never a second row. */
export async function findOrCreatePerson(
  db: Executor,
  scope: CityScope,
  person: {
    firstName: string;
    lastName: string;
    email: string;
    phone: string | null;
    birthYear: number;
    birthDate: string | null;
  },
): Promise<{ id: string; isNew: boolean }> {
  const [created] = await db
    .insert(persons)
    .values({ cityId: scope.cityId, ...person })
    .onConflictDoNothing({ target: [persons.cityId, persons.email] })
    .returning({ id: persons.id });
  if (created) return { id: created.id, isNew: true };
  const [existing] = await db
    .select({ id: persons.id, birthDate: persons.birthDate })
    .from(persons)
    .where(and(eq(persons.cityId, scope.cityId), eq(persons.email, person.email)))
    .limit(1);
  if (!existing) throw new Error("Person vanished while applying.");
  // A birth date asked for now fills the gap; anything already known stays as the person left it.
  if (!existing.birthDate && person.birthDate) {
    await db
      .update(persons)
      .set({ birthDate: person.birthDate, updatedAt: sql`now()` })
      .where(and(eq(persons.cityId, scope.cityId), eq(persons.id, existing.id)));
  }
  return { id: existing.id, isNew: false };
}

/**
 * Whether the person has an application to this opportunity that is still open: confirmed and
 * not over, or unconfirmed with a confirmation link that can still be followed.
 */
export async function hasOpenApplication(
  db: Executor,
  scope: CityScope,
  personId: string,
  opportunityId: string,
  now: Date,
): Promise<boolean> {
  const [row] = await db
    .select({ id: engagements.id })
    .from(engagements)
    .where(
      and(
        eq(engagements.cityId, scope.cityId),
        eq(engagements.personId, personId),
        eq(engagements.opportunityId, opportunityId),
        inArray(engagements.status, [...OPEN_ENGAGEMENT_STATUSES]),
        or(
          isNotNull(engagements.confirmedAt),
          exists(
            db
              .select({ one: sql`1` })
              .from(engagementLinks)
              .where(
                and(
                  eq(engagementLinks.cityId, engagements.cityId),
                  eq(engagementLinks.engagementId, engagements.id),
                  eq(engagementLinks.purpose, "confirm_application"),
                  isNull(engagementLinks.usedAt),
                  gt(engagementLinks.expiresAt, now),
                ),
              ),
          ),
        ),
      ),
    )
    .limit(1);
  return Boolean(row);
}

export async function insertApplication(
  db: Executor,
  scope: CityScope,
  application: {
    opportunityId: string;
    organisationId: string;
    personId: string;
    message: string | null;
    isMinor: boolean;
    guardianEmail: string | null;
    now: Date;
  },
) {
  const { now, ...values } = application;
  const [row] = await db
    .insert(engagements)
    .values({
      cityId: scope.cityId,
      ...values,
      status: "submitted",
      confirmedAt: null,
      statusChangedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: engagements.id });
  return row!.id;
}

export async function insertConsent(
  db: Executor,
  scope: CityScope,
  consent: { personId: string; purpose: string; version: string; givenAt: Date },
) {
  await db.insert(consents).values({ cityId: scope.cityId, ...consent });
}

export async function createEngagementLink(
  db: Executor,
  scope: CityScope,
  link: { engagementId: string; purpose: LinkPurpose; tokenHash: string; expiresAt: Date },
) {
  await db.insert(engagementLinks).values({ cityId: scope.cityId, ...link });
}

/** Uses a one-time link of this purpose; the update is the check, so it succeeds only once. */
export async function consumeEngagementLink(
  db: Executor,
  scope: CityScope,
  purpose: LinkPurpose,
  tokenHash: string,
  now: Date,
): Promise<string | null> {
  const [link] = await db
    .update(engagementLinks)
    .set({ usedAt: now })
    .where(
      and(
        eq(engagementLinks.cityId, scope.cityId),
        eq(engagementLinks.tokenHash, tokenHash),
        eq(engagementLinks.purpose, purpose),
        isNull(engagementLinks.usedAt),
        gt(engagementLinks.expiresAt, now),
      ),
    )
    .returning({ engagementId: engagementLinks.engagementId });
  return link?.engagementId ?? null;
}

/** The engagement behind a link that can still be used, without using it. */
export async function findEngagementByLink(
  db: Executor,
  scope: CityScope,
  purpose: LinkPurpose,
  tokenHash: string,
  now: Date,
): Promise<string | null> {
  const [link] = await db
    .select({ engagementId: engagementLinks.engagementId })
    .from(engagementLinks)
    .where(
      and(
        eq(engagementLinks.cityId, scope.cityId),
        eq(engagementLinks.tokenHash, tokenHash),
        eq(engagementLinks.purpose, purpose),
        isNull(engagementLinks.usedAt),
        gt(engagementLinks.expiresAt, now),
      ),
    )
    .limit(1);
  return link?.engagementId ?? null;
}

/** An application with what the applicant, a guardian and the mails need to know. */
export async function getApplication(db: Executor, scope: CityScope, engagementId: string) {
  const [row] = await db
    .select({
      id: engagements.id,
      status: engagements.status,
      confirmedAt: engagements.confirmedAt,
      isMinor: engagements.isMinor,
      guardianEmail: engagements.guardianEmail,
      guardianConsentAt: engagements.guardianConsentAt,
      personId: persons.id,
      firstName: persons.firstName,
      lastName: persons.lastName,
      email: persons.email,
      opportunityId: opportunities.id,
      opportunityTitle: opportunities.title,
      opportunitySummary: opportunities.summary,
      minimumAge: opportunities.minimumAge,
      involvesMinorContact: opportunities.involvesMinorContact,
      organisationName: organisations.name,
    })
    .from(engagements)
    .innerJoin(persons, personOfEngagement)
    .innerJoin(opportunities, opportunityOfEngagement)
    .innerJoin(organisations, organisationOfEngagement)
    .where(and(eq(engagements.cityId, scope.cityId), eq(engagements.id, engagementId)))
    .limit(1);
  return row ?? null;
}

/** Double opt-in: the application counts from now on, and its history starts here. */
export async function markApplicationConfirmed(
  db: Executor,
  scope: CityScope,
  engagementId: string,
  now: Date,
): Promise<boolean> {
  const [row] = await db
    .update(engagements)
    .set({ confirmedAt: now, updatedAt: now })
    .where(
      and(
        eq(engagements.cityId, scope.cityId),
        eq(engagements.id, engagementId),
        isNull(engagements.confirmedAt),
      ),
    )
    .returning({ id: engagements.id });
  if (!row) return false;
  await db.insert(engagementEvents).values({
    cityId: scope.cityId,
    engagementId,
    fromStatus: null,
    toStatus: "submitted",
    actorKind: "volunteer",
    at: now,
  });
  return true;
}

export async function recordGuardianConsent(
  db: Executor,
  scope: CityScope,
  engagementId: string,
  now: Date,
) {
  await db
    .update(engagements)
    .set({ guardianConsentAt: now, updatedAt: now })
    .where(
      and(
        eq(engagements.cityId, scope.cityId),
        eq(engagements.id, engagementId),
        isNull(engagements.guardianConsentAt),
      ),
    );
}

/**
 * The volunteer account of a person: created on the first confirmed application so they can
 * sign in by link. An address that already belongs to another account is left alone.
 */
export async function ensureVolunteerUser(
  db: Executor,
  scope: CityScope,
  person: { id: string; email: string; displayName: string },
): Promise<{ created: boolean }> {
  const [created] = await db
    .insert(users)
    .values({
      cityId: scope.cityId,
      email: person.email,
      displayName: person.displayName,
      role: "volunteer",
      personId: person.id,
    })
    .onConflictDoNothing({ target: [users.cityId, users.email] })
    .returning({ id: users.id });
  return { created: Boolean(created) };
}

export type MyEngagement = {
  id: string;
  status: (typeof engagements.$inferSelect)["status"];
  opportunityId: string;
  opportunityTitle: string;
  organisationName: string;
  isMinor: boolean;
  hasGuardianConsent: boolean;
  appliedAt: Date;
  statusChangedAt: Date;
};

/** A person's confirmed applications and engagements, newest first (keyset on created_at, id). */
export async function listMyEngagements(
  db: Executor,
  scope: CityScope,
  personId: string,
  page: { limit: number; cursor?: string | null },
): Promise<{ items: MyEngagement[]; nextCursor: string | null }> {
  const after = readTimestampCursor(page.cursor);
  const afterCursor = after
    ? sql`(${engagements.createdAt}, ${engagements.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`
    : undefined;
  const rows = await db
    .select({
      id: engagements.id,
      status: engagements.status,
      opportunityId: opportunities.id,
      opportunityTitle: opportunities.title,
      organisationName: organisations.name,
      isMinor: engagements.isMinor,
      hasGuardianConsent: sql<boolean>`${engagements.guardianConsentAt} is not null`,
      appliedAt: engagements.createdAt,
      // The database's own text of the moment: exact to the microsecond, unlike a JS Date.
      cursorAt: sql<string>`${engagements.createdAt}::text`,
      statusChangedAt: engagements.statusChangedAt,
    })
    .from(engagements)
    .innerJoin(opportunities, opportunityOfEngagement)
    .innerJoin(organisations, organisationOfEngagement)
    .where(
      and(
        eq(engagements.cityId, scope.cityId),
        eq(engagements.personId, personId),
        isNotNull(engagements.confirmedAt),
        afterCursor,
      ),
    )
    .orderBy(desc(engagements.createdAt), desc(engagements.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit).map(({ cursorAt: _c, ...item }) => item);
  const last = rows[page.limit - 1];
  return {
    items,
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.cursorAt, last.id]) : null,
  };
}
