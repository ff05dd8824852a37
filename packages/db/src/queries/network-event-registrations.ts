import { nextInLine } from "@engagiert/domain/shared";
import { and, asc, count, eq, inArray, ne, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { cities, networkEventRegistrations, networkEvents } from "../schema/index.ts";
import { keysetPage, readCursor } from "./pagination.ts";
import type { EventMember } from "./network-events.ts";

// Registering for a network event, cancelling, the waiting list and the organiser's list of
// participants. Every change to an event's places runs under a row lock on the event, so
// concurrent registrations from any city are counted one after another and the capacity is
// never exceeded.

const regs = networkEventRegistrations;

/**
 * The event with what registering needs, its row locked until the transaction ends: this lock
 * serialises all registrations, cancellations and promotions of the event.
 */
export async function lockNetworkEvent(db: Executor, eventId: string) {
  const [row] = await db
    .select({
      id: networkEvents.id,
      cityId: networkEvents.cityId,
      kind: networkEvents.kind,
      status: networkEvents.status,
      title: networkEvents.title,
      startsAt: networkEvents.startsAt,
      endsAt: networkEvents.endsAt,
      place: networkEvents.place,
      onlineUrl: networkEvents.onlineUrl,
      capacity: networkEvents.capacity,
      registrationDeadline: networkEvents.registrationDeadline,
      contactEmail: networkEvents.contactEmail,
      organiserCityName: cities.name,
    })
    .from(networkEvents)
    .innerJoin(cities, eq(cities.id, networkEvents.cityId))
    .where(eq(networkEvents.id, eventId))
    // Only the event's row: the organiser city stays free for its other events.
    .for("update", { of: networkEvents });
  return row ?? null;
}
export type LockedNetworkEvent = NonNullable<Awaited<ReturnType<typeof lockNetworkEvent>>>;

export async function countConfirmed(db: Executor, eventId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(regs)
    .where(and(eq(regs.eventId, eventId), eq(regs.status, "confirmed")));
  return row?.n ?? 0;
}

/** The member's registration that is not cancelled, if any. */
export async function findLiveRegistration(db: Executor, eventId: string, member: EventMember) {
  const [row] = await db
    .select({
      id: regs.id,
      status: regs.status,
      queuedAt: regs.queuedAt,
      participantName: regs.participantName,
      participantEmail: regs.participantEmail,
    })
    .from(regs)
    .where(
      and(
        eq(regs.eventId, eventId),
        eq(regs.cityId, member.cityId),
        eq(regs.userId, member.userId),
        ne(regs.status, "cancelled"),
      ),
    );
  return row ?? null;
}

/** A new registration with the member's name and address as they are now. */
export async function insertEventRegistration(
  db: Executor,
  registration: EventMember & {
    eventId: string;
    participantName: string;
    participantEmail: string;
    status: "confirmed" | "waiting";
    now: Date;
  },
) {
  const [row] = await db
    .insert(regs)
    .values({
      eventId: registration.eventId,
      cityId: registration.cityId,
      userId: registration.userId,
      participantName: registration.participantName,
      participantEmail: registration.participantEmail,
      status: registration.status,
      queuedAt: registration.now,
      createdAt: registration.now,
    })
    .returning({ id: regs.id, status: regs.status, queuedAt: regs.queuedAt });
  return row!;
}

export async function cancelEventRegistration(db: Executor, registrationId: string, now: Date) {
  await db
    .update(regs)
    .set({ status: "cancelled", cancelledAt: now })
    .where(eq(regs.id, registrationId));
}

/** A waiting registration's place in the line: 1 moves up first. */
export async function eventWaitingPosition(
  db: Executor,
  registration: { id: string; eventId: string; queuedAt: Date },
) {
  const [row] = await db
    .select({ ahead: count() })
    .from(regs)
    .where(
      and(
        eq(regs.eventId, registration.eventId),
        eq(regs.status, "waiting"),
        sql`(${regs.queuedAt}, ${regs.id}) < (${registration.queuedAt.toISOString()}::timestamptz, ${registration.id}::uuid)`,
      ),
    );
  return (row?.ahead ?? 0) + 1;
}

export type MovedUp = {
  registrationId: string;
  cityId: string;
  participantName: string;
  participantEmail: string;
};

/**
 * Fills every free place of a published event from its waiting list, first come first served,
 * and returns who moved up. Call it inside the transaction that freed the places (a
 * cancellation, a raised capacity) after `lockNetworkEvent`.
 */
export async function moveUpFromWaitingList(
  tx: Executor,
  event: Pick<LockedNetworkEvent, "id" | "status" | "capacity">,
): Promise<MovedUp[]> {
  if (event.status !== "published") return [];
  const free = Math.max(0, event.capacity - (await countConfirmed(tx, event.id)));
  if (free === 0) return [];
  const candidates = await tx
    .select({
      id: regs.id,
      createdAt: regs.queuedAt,
      cityId: regs.cityId,
      participantName: regs.participantName,
      participantEmail: regs.participantEmail,
    })
    .from(regs)
    .where(and(eq(regs.eventId, event.id), eq(regs.status, "waiting")))
    .orderBy(asc(regs.queuedAt), asc(regs.id))
    .limit(free);
  const moved: typeof candidates = [];
  let line = candidates;
  for (let place = 0; place < free; place++) {
    const next = nextInLine(line);
    if (!next) break;
    moved.push(next);
    line = line.filter((candidate) => candidate.id !== next.id);
  }
  if (moved.length === 0) return [];
  await tx
    .update(regs)
    .set({ status: "confirmed" })
    .where(
      inArray(
        regs.id,
        moved.map((m) => m.id),
      ),
    );
  return moved.map((m) => ({
    registrationId: m.id,
    cityId: m.cityId,
    participantName: m.participantName,
    participantEmail: m.participantEmail,
  }));
}

/** Everyone holding a place or waiting, to tell them the event is cancelled. */
export async function liveRegistrants(db: Executor, eventId: string) {
  return db
    .select({
      cityId: regs.cityId,
      status: regs.status,
      participantName: regs.participantName,
      participantEmail: regs.participantEmail,
    })
    .from(regs)
    .where(and(eq(regs.eventId, eventId), inArray(regs.status, ["confirmed", "waiting"])))
    .orderBy(asc(regs.queuedAt), asc(regs.id));
}

/** Registrations of an event by status, for the organiser's tabs. */
export async function registrationCounts(db: Executor, eventId: string) {
  const rows = await db
    .select({ status: regs.status, n: count() })
    .from(regs)
    .where(eq(regs.eventId, eventId))
    .groupBy(regs.status);
  const of = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
  return { confirmed: of("confirmed"), waiting: of("waiting"), cancelled: of("cancelled") };
}

const participantColumns = {
  id: regs.id,
  status: regs.status,
  participantName: regs.participantName,
  participantEmail: regs.participantEmail,
  cityName: cities.name,
  queuedAt: regs.queuedAt,
  cancelledAt: regs.cancelledAt,
};

/**
 * The organiser's list of one status, in the order of the line (queued_at, id) — the index
 * network_event_registrations_event. Only for the event's organiser: it holds names.
 */
export async function listParticipants(
  db: Executor,
  filter: {
    eventId: string;
    status: "confirmed" | "waiting" | "cancelled";
    limit: number;
    cursor?: string | null;
  },
) {
  const after = readCursor(filter.cursor, ["timestamp", "uuid"]);
  const rows = await db
    .select(participantColumns)
    .from(regs)
    .innerJoin(cities, eq(cities.id, regs.cityId))
    .where(
      and(
        eq(regs.eventId, filter.eventId),
        eq(regs.status, filter.status),
        after
          ? sql`(${regs.queuedAt}, ${regs.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(regs.queuedAt), asc(regs.id))
    .limit(filter.limit + 1);
  return keysetPage(rows, filter.limit, (last) => [last.queuedAt.toISOString(), last.id]);
}

/** Every registration of an event for the organiser's CSV: places first, then the line. */
export async function allParticipants(db: Executor, eventId: string) {
  return db
    .select(participantColumns)
    .from(regs)
    .innerJoin(cities, eq(cities.id, regs.cityId))
    .where(eq(regs.eventId, eventId))
    .orderBy(
      sql`case ${regs.status} when 'confirmed' then 0 when 'waiting' then 1 else 2 end`,
      asc(regs.queuedAt),
      asc(regs.id),
    );
}
