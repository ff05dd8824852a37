import type { Executor } from "@engagiert/db/client";
import type {
  allParticipants,
  LockedNetworkEvent,
  MovedUp,
} from "@engagiert/db/queries/network-event-registrations";
import type { EventMember, listPublishedEvents } from "@engagiert/db/queries/network-events";
import { enqueueMail } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import { can } from "@engagiert/domain/access";
import {
  ADMIN_ONLY_EVENT_KINDS,
  networkEventRegistrationRefusal,
  type NetworkEventKind,
  type NetworkEventRefusal,
  type NetworkEventStatus,
} from "@engagiert/domain/network";
import { csvLine, freePlaces } from "@engagiert/domain/shared";
import type { Context } from "../context.ts";
import {
  networkEventMovedUpMail,
  type NetworkEventMailContext,
} from "../mail/network-event-mail.ts";
import { authorize, refuse } from "../trpc.ts";
import { notFound } from "./akquise-helpers.ts";

// What the network event procedures share: how an event is shown, who may organise it, what the
// mails about it say, and its participant CSV.

type SummaryRow = Awaited<ReturnType<typeof listPublishedEvents>>["items"][number];

/** An event as the calendar shows it: no agenda, no online room, no one's name. */
export function summaryOf(row: SummaryRow, now: Date) {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    title: row.title,
    organiserCityName: row.organiserCityName,
    federalState: row.federalState,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    place: row.place,
    isOnline: row.isOnline,
    capacity: row.capacity,
    freePlaces: freePlaces(row.capacity, row.confirmedCount),
    waitingCount: row.waitingCount,
    registrationDeadline: row.registrationDeadline,
    /** Null while members may register; else why not. */
    closedReason: networkEventRegistrationRefusal(row, now),
    myStatus: row.myStatus,
  };
}

export const mayParticipate = (ctx: Pick<Context, "actor">) =>
  can(ctx.actor, "network.participate", { cityId: null }).allowed;

/** The signed-in member who registers, with the name and address kept on the registration. */
export function participant(ctx: Context) {
  authorize(ctx, "network.participate", { cityId: null });
  const member = memberOf(ctx);
  if (!member || !ctx.user) throw refuse("UNAUTHORIZED", "not_signed_in", "Bitte anmelden.");
  return { member, name: ctx.user.displayName, email: ctx.user.email };
}

export const EVENT_NOT_FOUND = "Diese Veranstaltung gibt es nicht (mehr).";

/** The signed-in member asking, or null for a visitor. */
export function memberOf(ctx: Pick<Context, "actor" | "city">): EventMember | null {
  return ctx.actor.kind === "user" ? { cityId: ctx.city.id, userId: ctx.actor.userId } : null;
}

const isNetworkAdmin = (ctx: Pick<Context, "actor">) =>
  can(ctx.actor, "network.administer", { cityId: null }).allowed;

/** Whether the national meeting's kind may be chosen by this member. */
export function mayAnnounceKind(ctx: Pick<Context, "actor">, kind: NetworkEventKind): boolean {
  return !ADMIN_ONLY_EVENT_KINDS.includes(kind) || isNetworkAdmin(ctx);
}

/**
 * The event's organisers: the voices of the city that announced it, and the network's admins
 * for every event. The national meeting is the admins' alone.
 */
export function organises(
  ctx: Pick<Context, "actor" | "city">,
  event: { cityId: string; kind: NetworkEventKind },
): boolean {
  if (!can(ctx.actor, "network.event.announce", { cityId: null }).allowed) return false;
  if (isNetworkAdmin(ctx)) return true;
  return event.cityId === ctx.city.id && mayAnnounceKind(ctx, event.kind);
}

/** Whether the asker may see the event at all: a draft stays with its organisers. */
export function maySee(
  ctx: Pick<Context, "actor" | "city">,
  event: { cityId: string; kind: NetworkEventKind; status: NetworkEventStatus },
): boolean {
  return event.status !== "draft" || organises(ctx, event);
}

/**
 * Refuses anyone but the event's organisers: a draft they may not see is "not found", another
 * city's event "forbidden".
 */
export function requireOrganiser(
  ctx: Pick<Context, "actor" | "city">,
  event: { cityId: string; kind: NetworkEventKind; status: NetworkEventStatus } | null,
): asserts event is NonNullable<typeof event> {
  authorize(ctx, "network.event.announce", { cityId: null });
  if (!event || !maySee(ctx, event)) throw notFound(EVENT_NOT_FOUND);
  if (!organises(ctx, event)) {
    throw refuse(
      "FORBIDDEN",
      ADMIN_ONLY_EVENT_KINDS.includes(event.kind) ? "event_admin_only" : "event_other_city",
      ADMIN_ONLY_EVENT_KINDS.includes(event.kind)
        ? "Das Bundesnetzwerktreffen betreuen nur die Admins des Netzwerks."
        : "Diese Veranstaltung betreut die Stadt, die sie angekündigt hat.",
    );
  }
}

export const REGISTRATION_REFUSALS: Record<NetworkEventRefusal, string> = {
  not_published:
    "Die Anmeldung ist noch nicht geöffnet: Die Veranstaltung ist noch nicht veröffentlicht.",
  cancelled: "Diese Veranstaltung ist abgesagt; eine Anmeldung ist nicht mehr möglich.",
  started: "Diese Veranstaltung hat schon begonnen; eine Anmeldung ist nicht mehr möglich.",
  deadline_passed: "Der Anmeldeschluss für diese Veranstaltung ist vorbei.",
};

/** The refusal's stable reason: prefixed, so it never clashes with another area's. */
export const refusalReason = (refusal: NetworkEventRefusal) =>
  refusal === "deadline_passed" ? "deadline_passed" : `event_${refusal}`;

type UrlContext = Pick<Context, "settings">;

/** The network app, which also forwards /api to the API (links in mails open there). */
const networkAppUrl = (ctx: UrlContext) => ctx.settings.networkAppUrl ?? "http://localhost:5175";

/** The event's page in the network app. */
export const eventPageUrl = (ctx: UrlContext, eventId: string) =>
  new URL(`/veranstaltungen/${eventId}`, networkAppUrl(ctx)).toString();

/** The event's iCalendar file. */
export const eventCalendarUrl = (ctx: UrlContext, eventId: string) =>
  new URL(`/api/network/events/${eventId}.ics`, networkAppUrl(ctx)).toString();

/** Everything a mail about one event says; the caller adds to whom and whether a place is held. */
export function mailAbout(
  ctx: UrlContext,
  event: LockedNetworkEvent,
): Omit<NetworkEventMailContext, "to" | "name"> {
  return {
    eventTitle: event.title,
    kind: event.kind,
    organiserCityName: event.organiserCityName,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    place: event.place,
    onlineUrl: event.onlineUrl,
    contactEmail: event.contactEmail,
    pageUrl: eventPageUrl(ctx, event.id),
    calendarUrl: eventCalendarUrl(ctx, event.id),
  };
}

/**
 * Writes to each member who moved up, in the caller's transaction. A member's mail goes to
 * their own city's outbox: the city they registered from.
 */
export async function tellMovedUp(
  tx: Executor,
  about: Omit<NetworkEventMailContext, "to" | "name">,
  moved: readonly MovedUp[],
) {
  for (const member of moved) {
    await enqueueMail(
      tx,
      cityScope(member.cityId),
      networkEventMovedUpMail({
        ...about,
        to: member.participantEmail,
        name: member.participantName,
      }),
    );
  }
}

const STATUS_NAMES = { confirmed: "Platz", waiting: "Warteliste", cancelled: "Abgemeldet" };

const berlin = (at: Date) =>
  new Intl.DateTimeFormat("de-DE", {
    timeZone: "Europe/Berlin",
    dateStyle: "medium",
    timeStyle: "short",
  }).format(at);

/**
 * The organiser's list as CSV for a spreadsheet: places first, then the waiting list in the
 * order it moves up, then who cancelled. Formula-safe through csvLine.
 */
export function participantsCsv(rows: Awaited<ReturnType<typeof allParticipants>>): string {
  let waiting = 0;
  const lines = [
    csvLine([
      "Status",
      "Platz auf der Warteliste",
      "Name",
      "E-Mail",
      "Stadt",
      "Angemeldet am",
      "Abgemeldet am",
    ]),
  ];
  for (const row of rows) {
    lines.push(
      csvLine([
        STATUS_NAMES[row.status],
        row.status === "waiting" ? ++waiting : null,
        row.participantName,
        row.participantEmail,
        row.cityName,
        berlin(row.queuedAt),
        row.cancelledAt ? berlin(row.cancelledAt) : null,
      ]),
    );
  }
  return lines.join("");
}
