import {
  allParticipants,
  cancelEventRegistration,
  countConfirmed,
  eventWaitingPosition,
  findLiveRegistration,
  insertEventRegistration,
  listParticipants,
  liveRegistrants,
  lockNetworkEvent,
  moveUpFromWaitingList,
  registrationCounts,
} from "@engagiert/db/queries/network-event-registrations";
import {
  getNetworkEvent,
  insertNetworkEvent,
  listOrganisedEvents,
  listPublishedEvents,
  setNetworkEventStatus,
  updateNetworkEvent,
} from "@engagiert/db/queries/network-events";
import { enqueueMail } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import { can } from "@engagiert/domain/access";
import {
  canCancelNetworkRegistration,
  NetworkEventInput,
  NetworkEventParticipantsQuery,
  NetworkEventQuery,
  NetworkEventRef,
  networkEventRegistrationRefusal,
} from "@engagiert/domain/network";
import { PageInput, placeDecision } from "@engagiert/domain/shared";
import type { TRPCRouterRecord } from "@trpc/server";
import {
  networkEventCancelledMail,
  networkEventConfirmedMail,
  networkEventWaitingMail,
} from "../mail/network-event-mail.ts";
import { authorize, publicProcedure, refuse, signedInProcedure } from "../trpc.ts";
import { fieldErrors, notFound } from "./akquise-helpers.ts";
import {
  EVENT_NOT_FOUND,
  eventCalendarUrl,
  mailAbout,
  mayAnnounceKind,
  maySee,
  mayParticipate,
  memberOf,
  organises,
  participant,
  participantsCsv,
  refusalReason,
  REGISTRATION_REFUSALS,
  requireOrganiser,
  summaryOf,
  tellMovedUp,
} from "./network-event-helpers.ts";

export const networkEventsRouter = {
  /** The network's published events, upcoming or past, by kind and state; anyone may read. */
  list: publicProcedure.input(NetworkEventQuery).query(async ({ ctx, input }) => {
    authorize(ctx, "network.directory.read", { cityId: null });
    const now = ctx.now();
    const page = await listPublishedEvents(ctx.db, {
      ...input,
      now,
      member: memberOf(ctx),
    });
    return { items: page.items.map((row) => summaryOf(row, now)), nextCursor: page.nextCursor };
  }),

  /** One event with its agenda; a draft only for its organisers, the online room only for
   * those who hold a place (and the organisers). */
  get: publicProcedure.input(NetworkEventRef).query(async ({ ctx, input }) => {
    authorize(ctx, "network.directory.read", { cityId: null });
    const member = memberOf(ctx);
    const event = await getNetworkEvent(ctx.db, input.eventId, member);
    if (!event || !maySee(ctx, event)) throw notFound(EVENT_NOT_FOUND);
    const now = ctx.now();
    const isOrganiser = organises(ctx, event);
    const mine = member ? await findLiveRegistration(ctx.db, event.id, member) : null;
    const position =
      mine?.status === "waiting"
        ? await eventWaitingPosition(ctx.db, { ...mine, eventId: event.id })
        : null;
    return {
      ...summaryOf(event, now),
      description: event.description,
      agenda: event.agenda,
      contactEmail: event.contactEmail,
      onlineUrl: mine?.status === "confirmed" || isOrganiser ? event.onlineUrl : null,
      myRegistration: mine ? { status: mine.status, waitingPosition: position } : null,
      mayRegister: mayParticipate(ctx),
      canCancel: mine !== null && canCancelNetworkRegistration(event, now),
      isOrganiser,
      calendarUrl: eventCalendarUrl(ctx, event.id),
    };
  }),

  /** The organiser's list: the own city's events in any status; the network's admins see all. */
  organised: signedInProcedure.input(PageInput).query(async ({ ctx, input }) => {
    authorize(ctx, "network.event.announce", { cityId: null });
    const isAdmin = can(ctx.actor, "network.administer", { cityId: null }).allowed;
    const now = ctx.now();
    const page = await listOrganisedEvents(ctx.db, {
      ...input,
      cityId: isAdmin ? null : ctx.city.id,
    });
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((row) => ({
        ...summaryOf(row, now),
        confirmedCount: row.confirmedCount,
        canManage: organises(ctx, row),
      })),
      mayAnnounceNational: mayAnnounceKind(ctx, "national_meeting"),
    };
  }),

  /** An event as its editor fills it in, for its organisers. */
  forEdit: signedInProcedure.input(NetworkEventRef).query(async ({ ctx, input }) => {
    const event = await getNetworkEvent(ctx.db, input.eventId, null);
    requireOrganiser(ctx, event);
    return {
      id: event.id,
      status: event.status,
      input: {
        kind: event.kind,
        title: event.title,
        description: event.description,
        agenda: event.agenda,
        federalState: event.federalState,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        place: event.place,
        onlineUrl: event.onlineUrl,
        capacity: event.capacity,
        registrationDeadline: event.registrationDeadline,
        contactEmail: event.contactEmail,
      },
    };
  }),

  /**
   * Announces a new event of the member's city as a draft, or changes one. More places on a
   * published event go at once to the waiting list, each with an e-mail; fewer places than
   * are taken are refused.
   */
  save: signedInProcedure.input(NetworkEventInput).mutation(async ({ ctx, input }) => {
    authorize(ctx, "network.event.announce", { cityId: null });
    if (!mayAnnounceKind(ctx, input.kind)) {
      throw refuse(
        "FORBIDDEN",
        "event_admin_only",
        "Das Bundesnetzwerktreffen kündigen nur die Admins des Netzwerks an.",
      );
    }
    const now = ctx.now();
    const eventId = input.id;
    if (!eventId) {
      const created = await insertNetworkEvent(ctx.db, {
        cityId: ctx.city.id,
        createdByUserId: ctx.user.userId,
        input,
        now,
      });
      return { id: created.id, movedUp: 0 };
    }
    return ctx.db.transaction(async (tx) => {
      const event = await lockNetworkEvent(tx, eventId);
      requireOrganiser(ctx, event);
      if (event.status === "cancelled") {
        throw refuse(
          "CONFLICT",
          "event_cancelled",
          "Eine abgesagte Veranstaltung lässt sich nicht mehr ändern.",
        );
      }
      const confirmed = await countConfirmed(tx, event.id);
      if (input.capacity < confirmed) {
        throw fieldErrors([
          {
            path: ["capacity"],
            message: `Es sind schon ${confirmed} Plätze vergeben; weniger Plätze gehen nicht.`,
          },
        ]);
      }
      await updateNetworkEvent(tx, event.id, input, now);
      const updated = { ...event, ...input, id: event.id };
      const moved = await moveUpFromWaitingList(tx, updated);
      await tellMovedUp(tx, mailAbout(ctx, updated), moved);
      return { id: event.id, movedUp: moved.length };
    });
  }),

  /** Makes a draft public; members may register from now on until the deadline. */
  publish: signedInProcedure.input(NetworkEventRef).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const event = await lockNetworkEvent(tx, input.eventId);
      requireOrganiser(ctx, event);
      if (event.status !== "draft") {
        throw refuse(
          "CONFLICT",
          "event_not_draft",
          "Diese Veranstaltung ist schon veröffentlicht.",
        );
      }
      if (event.startsAt <= ctx.now()) {
        throw refuse(
          "CONFLICT",
          "event_in_past",
          "Der Beginn liegt in der Vergangenheit. Bitte zuerst das Datum anpassen.",
        );
      }
      await setNetworkEventStatus(tx, event.id, "published", ctx.now());
      return { id: event.id, status: "published" as const };
    });
  }),

  /** Calls an event off; everyone with a place or on the waiting list gets an e-mail. */
  cancel: signedInProcedure.input(NetworkEventRef).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const event = await lockNetworkEvent(tx, input.eventId);
      requireOrganiser(ctx, event);
      if (event.status === "cancelled") {
        throw refuse("CONFLICT", "event_cancelled", "Diese Veranstaltung ist schon abgesagt.");
      }
      if (event.endsAt <= now) {
        throw refuse("CONFLICT", "event_over", "Diese Veranstaltung ist schon vorbei.");
      }
      await setNetworkEventStatus(tx, event.id, "cancelled", now);
      const about = mailAbout(ctx, event);
      const registrants = event.status === "published" ? await liveRegistrants(tx, event.id) : [];
      for (const person of registrants) {
        await enqueueMail(
          tx,
          cityScope(person.cityId),
          networkEventCancelledMail({
            ...about,
            to: person.participantEmail,
            name: person.participantName,
          }),
        );
      }
      return { id: event.id, status: "cancelled" as const, notified: registrants.length };
    });
  }),

  /**
   * Registers the signed-in member: a place while one is free, else the waiting list. The
   * event's row is locked for the transaction, so concurrent registrations from every city are
   * counted one after another; the e-mail is queued in the same transaction.
   */
  register: signedInProcedure.input(NetworkEventRef).mutation(async ({ ctx, input }) => {
    const who = participant(ctx);
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const event = await lockNetworkEvent(tx, input.eventId);
      if (!event || !maySee(ctx, event)) throw notFound(EVENT_NOT_FOUND);
      const refusal = networkEventRegistrationRefusal(event, now);
      if (refusal) {
        throw refuse("CONFLICT", refusalReason(refusal), REGISTRATION_REFUSALS[refusal]);
      }
      if (await findLiveRegistration(tx, event.id, who.member)) {
        throw refuse(
          "CONFLICT",
          "already_registered",
          "Sie sind für diese Veranstaltung schon angemeldet.",
        );
      }
      const status = placeDecision(event.capacity, await countConfirmed(tx, event.id));
      const registration = await insertEventRegistration(tx, {
        ...who.member,
        eventId: event.id,
        participantName: who.name,
        participantEmail: who.email,
        status,
        now,
      });
      const position =
        status === "waiting"
          ? await eventWaitingPosition(tx, { ...registration, eventId: event.id })
          : null;
      const mail = { ...mailAbout(ctx, event), to: who.email, name: who.name };
      await enqueueMail(
        tx,
        ctx.scope,
        position === null
          ? networkEventConfirmedMail(mail)
          : networkEventWaitingMail(mail, position),
      );
      return {
        status,
        waitingPosition: position,
        calendarUrl: eventCalendarUrl(ctx, event.id),
      };
    });
  }),

  /** Gives up the member's place or leaves the waiting list; a freed place moves the line up. */
  cancelRegistration: signedInProcedure.input(NetworkEventRef).mutation(async ({ ctx, input }) => {
    const who = participant(ctx);
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const event = await lockNetworkEvent(tx, input.eventId);
      if (!event || !maySee(ctx, event)) throw notFound(EVENT_NOT_FOUND);
      const mine = await findLiveRegistration(tx, event.id, who.member);
      if (!mine) {
        throw refuse(
          "NOT_FOUND",
          "not_registered",
          "Sie sind für diese Veranstaltung nicht angemeldet.",
        );
      }
      if (!canCancelNetworkRegistration(event, now)) {
        const refusal = event.status === "cancelled" ? "cancelled" : "started";
        throw refuse("CONFLICT", refusalReason(refusal), REGISTRATION_REFUSALS[refusal]);
      }
      await cancelEventRegistration(tx, mine.id, now);
      const moved = mine.status === "confirmed" ? await moveUpFromWaitingList(tx, event) : [];
      await tellMovedUp(tx, mailAbout(ctx, event), moved);
      return { cancelled: true as const, movedUp: moved.length };
    });
  }),

  /** Who holds a place, waits or cancelled, for the event's organisers only, page by page. */
  participants: signedInProcedure
    .input(NetworkEventParticipantsQuery)
    .query(async ({ ctx, input }) => {
      const event = await getNetworkEvent(ctx.db, input.eventId, null);
      requireOrganiser(ctx, event);
      const page = await listParticipants(ctx.db, input);
      const first = page.items[0];
      const firstPosition =
        input.status === "waiting" && first
          ? await eventWaitingPosition(ctx.db, { ...first, eventId: event.id })
          : null;
      return {
        title: event.title,
        counts: await registrationCounts(ctx.db, event.id),
        nextCursor: page.nextCursor,
        items: page.items.map((row, i) => ({
          id: row.id,
          status: row.status,
          name: row.participantName,
          email: row.participantEmail,
          cityName: row.cityName,
          registeredAt: row.queuedAt,
          cancelledAt: row.cancelledAt,
          waitingPosition: firstPosition === null ? null : firstPosition + i,
        })),
      };
    }),

  /** The whole list of participants as CSV, for the event's organisers only. */
  participantsCsv: signedInProcedure.input(NetworkEventRef).query(async ({ ctx, input }) => {
    const event = await getNetworkEvent(ctx.db, input.eventId, null);
    requireOrganiser(ctx, event);
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(
      event.startsAt,
    );
    return {
      fileName: `teilnehmende-${day}.csv`,
      content: participantsCsv(await allParticipants(ctx.db, event.id)),
    };
  }),
} satisfies TRPCRouterRecord;
