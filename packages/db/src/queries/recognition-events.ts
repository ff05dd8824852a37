import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { persons, recognitionEvents, recognitionInvitations } from "../schema/index.ts";
import { keysetPage, readCursor } from "./pagination.ts";
import type { NameKey } from "./recognition.ts";
import type { CityScope } from "./scope.ts";

export type RecognitionEventValues = {
  title: string;
  heldOn: string;
  place: string;
  invitationText: string;
};

// A select from one table leaves its columns unqualified, so the correlated subqueries name the
// event's row in full.
const event = (column: "city_id" | "id") =>
  sql`${sql.identifier("recognition_events")}.${sql.identifier(column)}`;

const invitedCount = sql<number>`(
  select count(*)::int from ${recognitionInvitations}
  where ${recognitionInvitations.cityId} = ${event("city_id")}
    and ${recognitionInvitations.eventId} = ${event("id")})`.mapWith(Number);

const mailedCount = sql<number>`(
  select count(*)::int from ${recognitionInvitations}
  where ${recognitionInvitations.cityId} = ${event("city_id")}
    and ${recognitionInvitations.eventId} = ${event("id")}
    and ${recognitionInvitations.mailedAt} is not null)`.mapWith(Number);

const eventColumns = {
  id: recognitionEvents.id,
  title: recognitionEvents.title,
  heldOn: recognitionEvents.heldOn,
  place: recognitionEvents.place,
  invitationText: recognitionEvents.invitationText,
  createdAt: recognitionEvents.createdAt,
  invited: invitedCount,
  mailed: mailedCount,
};

export async function insertRecognitionEvent(
  db: Executor,
  scope: CityScope,
  values: RecognitionEventValues & { createdByUserId: string; now: Date },
) {
  const { now, ...rest } = values;
  const [row] = await db
    .insert(recognitionEvents)
    .values({ cityId: scope.cityId, ...rest, createdAt: now })
    .returning({ id: recognitionEvents.id });
  return row!.id;
}

/** One event with how many are invited and how many were mailed; null for another city's. */
export async function getRecognitionEvent(db: Executor, scope: CityScope, eventId: string) {
  const [row] = await db
    .select(eventColumns)
    .from(recognitionEvents)
    .where(and(eq(recognitionEvents.cityId, scope.cityId), eq(recognitionEvents.id, eventId)));
  return row ?? null;
}

/** The city's recognition events, the latest day first, page by page (keyset on day and id). */
export async function listRecognitionEvents(
  db: Executor,
  scope: CityScope,
  page: { limit: number; cursor?: string | null },
) {
  const after = readCursor(page.cursor, ["text", "uuid"]);
  const validDay = after && /^\d{4}-\d{2}-\d{2}$/.test(after[0]!) ? after : null;
  const rows = await db
    .select(eventColumns)
    .from(recognitionEvents)
    .where(
      and(
        eq(recognitionEvents.cityId, scope.cityId),
        validDay
          ? sql`(${recognitionEvents.heldOn}, ${recognitionEvents.id}) < (${validDay[0]}::date, ${validDay[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(sql`${recognitionEvents.heldOn} desc, ${recognitionEvents.id} desc`)
    .limit(page.limit + 1);
  return keysetPage(rows, page.limit, (last) => [last.heldOn, last.id]);
}

/** Big lists are written in parts, so one statement never carries too many parameters. */
const INSERT_CHUNK = 500;

/**
 * Puts people on an event's invitation list with why; whoever is on it already stays as they
 * are (also with the mail they got). Returns how many were added.
 */
export async function addInvitations(
  db: Executor,
  scope: CityScope,
  eventId: string,
  entries: readonly { personId: string; reason: string }[],
  now: Date,
) {
  let added = 0;
  for (let i = 0; i < entries.length; i += INSERT_CHUNK) {
    const rows = await db
      .insert(recognitionInvitations)
      .values(
        entries.slice(i, i + INSERT_CHUNK).map((e) => ({
          cityId: scope.cityId,
          eventId,
          personId: e.personId,
          reason: e.reason,
          createdAt: now,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: recognitionInvitations.id });
    added += rows.length;
  }
  return added;
}

const personOfInvitation = and(
  eq(persons.cityId, recognitionInvitations.cityId),
  eq(persons.id, recognitionInvitations.personId),
);

const invitationColumns = {
  id: recognitionInvitations.id,
  personId: recognitionInvitations.personId,
  firstName: persons.firstName,
  lastName: persons.lastName,
  email: persons.email,
  reason: recognitionInvitations.reason,
  mailedAt: recognitionInvitations.mailedAt,
};

/** An event's invitation list by name, page by page (keyset on last name, first name, id). */
export async function listInvitations(
  db: Executor,
  scope: CityScope,
  eventId: string,
  page: { limit: number; cursor?: string | null },
) {
  const after = readCursor(page.cursor, ["text", "text", "uuid"]) as NameKey | null;
  const rows = await db
    .select(invitationColumns)
    .from(recognitionInvitations)
    .innerJoin(persons, personOfInvitation)
    .where(
      and(
        eq(recognitionInvitations.cityId, scope.cityId),
        eq(recognitionInvitations.eventId, eventId),
        after
          ? sql`(${persons.lastName}, ${persons.firstName}, ${recognitionInvitations.id}) > (${after[0]}, ${after[1]}, ${after[2]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(persons.lastName, persons.firstName, recognitionInvitations.id)
    .limit(page.limit + 1);
  return keysetPage(rows, page.limit, (last) => [last.lastName, last.firstName, last.id]);
}

/**
 * Invitations not mailed yet, locked for this transaction; one that another transaction holds
 * is skipped, so two sends at once never mail a person twice.
 */
export async function lockUnmailedInvitations(
  db: Executor,
  scope: CityScope,
  eventId: string,
  limit: number,
) {
  return db
    .select(invitationColumns)
    .from(recognitionInvitations)
    .innerJoin(persons, personOfInvitation)
    .where(
      and(
        eq(recognitionInvitations.cityId, scope.cityId),
        eq(recognitionInvitations.eventId, eventId),
        isNull(recognitionInvitations.mailedAt),
      ),
    )
    .orderBy(recognitionInvitations.id)
    .limit(limit)
    .for("update", { of: recognitionInvitations, skipLocked: true });
}

export async function markInvitationsMailed(
  db: Executor,
  scope: CityScope,
  ids: readonly string[],
  now: Date,
) {
  if (ids.length === 0) return;
  await db
    .update(recognitionInvitations)
    .set({ mailedAt: now })
    .where(
      and(
        eq(recognitionInvitations.cityId, scope.cityId),
        inArray(recognitionInvitations.id, [...ids]),
      ),
    );
}
