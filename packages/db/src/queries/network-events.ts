import type { NetworkEventInput, NetworkEventKind } from "@engagiert/domain/network";
import { and, asc, desc, eq, gt, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { cities, networkEventRegistrations, networkEvents } from "../schema/index.ts";
import { keysetPage, readTimestampCursor } from "./pagination.ts";

// The network's event calendar: reference data across cities. Published (and cancelled) events
// are shown to everyone; a draft only to its organiser city and the network's admins. No query
// here returns anyone's name: who registered is in network-event-registrations.ts, for the
// organiser alone.

/** A member of a city, to show their own registration beside an event. */
export type EventMember = { cityId: string; userId: string };

const organiserCity = eq(cities.id, networkEvents.cityId);

/** Registrations of the event in the outer query with one status (index event, status). */
const registrationsWith = (status: "confirmed" | "waiting") =>
  sql<number>`(select count(*) from ${networkEventRegistrations}
    where ${networkEventRegistrations.eventId} = ${networkEvents.id}
      and ${networkEventRegistrations.status} = ${status})`.mapWith(Number);

/** The member's live registration of the event in the outer query: confirmed, waiting or null. */
const statusOf = (member: EventMember | null) =>
  member
    ? sql<"confirmed" | "waiting" | null>`(select ${networkEventRegistrations.status}
        from ${networkEventRegistrations}
        where ${networkEventRegistrations.eventId} = ${networkEvents.id}
          and ${networkEventRegistrations.cityId} = ${member.cityId}
          and ${networkEventRegistrations.userId} = ${member.userId}
          and ${networkEventRegistrations.status} <> 'cancelled'
        limit 1)`
    : sql<null>`null`;

/** What the calendar shows of an event: no agenda, no online room, no one's name. */
const summaryColumns = (member: EventMember | null) => ({
  id: networkEvents.id,
  cityId: networkEvents.cityId,
  organiserCityName: cities.name,
  kind: networkEvents.kind,
  status: networkEvents.status,
  title: networkEvents.title,
  federalState: networkEvents.federalState,
  startsAt: networkEvents.startsAt,
  endsAt: networkEvents.endsAt,
  place: networkEvents.place,
  isOnline: sql<boolean>`${networkEvents.onlineUrl} is not null`,
  capacity: networkEvents.capacity,
  registrationDeadline: networkEvents.registrationDeadline,
  confirmedCount: registrationsWith("confirmed"),
  waitingCount: registrationsWith("waiting"),
  myStatus: statusOf(member),
});

export type NetworkEventFilter = {
  kind?: NetworkEventKind;
  federalState?: string;
  when: "upcoming" | "past";
  now: Date;
  limit: number;
  cursor?: string | null;
  member: EventMember | null;
};

/**
 * The published calendar, page by page: events not yet over soonest first, or those that have
 * ended, latest first — along (starts_at, id) of the index network_events_status_starts. A
 * federal state filter finds the events held for that state (regional meetings).
 */
export async function listPublishedEvents(db: Executor, filter: NetworkEventFilter) {
  const after = readTimestampCursor(filter.cursor);
  const isUpcoming = filter.when === "upcoming";
  const rows = await db
    .select(summaryColumns(filter.member))
    .from(networkEvents)
    .innerJoin(cities, organiserCity)
    .where(
      and(
        eq(networkEvents.status, "published"),
        isUpcoming ? gt(networkEvents.endsAt, filter.now) : lte(networkEvents.endsAt, filter.now),
        filter.kind ? eq(networkEvents.kind, filter.kind) : undefined,
        filter.federalState ? eq(networkEvents.federalState, filter.federalState) : undefined,
        after ? keysetAfter(after, isUpcoming ? ">" : "<") : undefined,
      ),
    )
    .orderBy(
      ...(isUpcoming
        ? [asc(networkEvents.startsAt), asc(networkEvents.id)]
        : [desc(networkEvents.startsAt), desc(networkEvents.id)]),
    )
    .limit(filter.limit + 1);
  return keysetPage(rows, filter.limit, (last) => [last.startsAt.toISOString(), last.id]);
}

function keysetAfter(after: { at: string; id: string }, direction: ">" | "<"): SQL {
  return sql`(${networkEvents.startsAt}, ${networkEvents.id}) ${sql.raw(direction)} (${after.at}::timestamptz, ${after.id}::uuid)`;
}

/** One event in any status, with its agenda and counts; the caller decides who may see it. */
export async function getNetworkEvent(db: Executor, eventId: string, member: EventMember | null) {
  const [row] = await db
    .select({
      ...summaryColumns(member),
      description: networkEvents.description,
      agenda: networkEvents.agenda,
      onlineUrl: networkEvents.onlineUrl,
      contactEmail: networkEvents.contactEmail,
      createdByUserId: networkEvents.createdByUserId,
      publishedAt: networkEvents.publishedAt,
      updatedAt: networkEvents.updatedAt,
    })
    .from(networkEvents)
    .innerJoin(cities, organiserCity)
    .where(eq(networkEvents.id, eventId));
  return row ?? null;
}
export type NetworkEventRow = NonNullable<Awaited<ReturnType<typeof getNetworkEvent>>>;

/**
 * The organiser's list: every event of one city in any status (or of all cities, for the
 * network's admins), latest first — along (city_id, starts_at) of network_events_city.
 */
export async function listOrganisedEvents(
  db: Executor,
  filter: { cityId: string | null; limit: number; cursor?: string | null },
) {
  const after = readTimestampCursor(filter.cursor);
  const rows = await db
    .select(summaryColumns(null))
    .from(networkEvents)
    .innerJoin(cities, organiserCity)
    .where(
      and(
        filter.cityId ? eq(networkEvents.cityId, filter.cityId) : undefined,
        after ? keysetAfter(after, "<") : undefined,
      ),
    )
    .orderBy(desc(networkEvents.startsAt), desc(networkEvents.id))
    .limit(filter.limit + 1);
  return keysetPage(rows, filter.limit, (last) => [last.startsAt.toISOString(), last.id]);
}

const columnsOf = (input: NetworkEventInput) => ({
  kind: input.kind,
  title: input.title,
  description: input.description,
  agenda: input.agenda,
  federalState: input.federalState,
  startsAt: input.startsAt,
  endsAt: input.endsAt,
  place: input.place,
  onlineUrl: input.onlineUrl,
  capacity: input.capacity,
  registrationDeadline: input.registrationDeadline,
  contactEmail: input.contactEmail,
});

/** A new event of the organiser's city, as a draft. */
export async function insertNetworkEvent(
  db: Executor,
  event: { cityId: string; createdByUserId: string; input: NetworkEventInput; now: Date },
) {
  const [row] = await db
    .insert(networkEvents)
    .values({
      ...columnsOf(event.input),
      cityId: event.cityId,
      createdByUserId: event.createdByUserId,
      status: "draft",
      createdAt: event.now,
      updatedAt: event.now,
    })
    .returning({ id: networkEvents.id, status: networkEvents.status });
  return row!;
}

export async function updateNetworkEvent(
  db: Executor,
  eventId: string,
  input: NetworkEventInput,
  now: Date,
) {
  await db
    .update(networkEvents)
    .set({ ...columnsOf(input), updatedAt: now })
    .where(eq(networkEvents.id, eventId));
}

/** Moves an event to a new status; publishing stamps the moment it went public. */
export async function setNetworkEventStatus(
  db: Executor,
  eventId: string,
  status: "published" | "cancelled",
  now: Date,
) {
  await db
    .update(networkEvents)
    .set({
      status,
      updatedAt: now,
      ...(status === "published" ? { publishedAt: now } : {}),
    })
    .where(eq(networkEvents.id, eventId));
}

/**
 * A public calendar feed of one kind: published and cancelled events that end after `since`
 * (so a calendar learns of a cancellation), soonest first, at most `limit`.
 */
export async function feedEvents(
  db: Executor,
  filter: { kind: NetworkEventKind; since: Date; limit: number },
) {
  return db
    .select({
      id: networkEvents.id,
      kind: networkEvents.kind,
      status: networkEvents.status,
      title: networkEvents.title,
      description: networkEvents.description,
      startsAt: networkEvents.startsAt,
      endsAt: networkEvents.endsAt,
      place: networkEvents.place,
      isOnline: sql<boolean>`${networkEvents.onlineUrl} is not null`,
      organiserCityName: cities.name,
      updatedAt: networkEvents.updatedAt,
    })
    .from(networkEvents)
    .innerJoin(cities, organiserCity)
    .where(
      and(
        eq(networkEvents.kind, filter.kind),
        inArray(networkEvents.status, ["published", "cancelled"]),
        gt(networkEvents.endsAt, filter.since),
      ),
    )
    .orderBy(asc(networkEvents.startsAt), asc(networkEvents.id))
    .limit(filter.limit);
}
export type FeedEvent = Awaited<ReturnType<typeof feedEvents>>[number];
