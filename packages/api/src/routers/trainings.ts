import type { Executor } from "@engagiert/db/client";
import { enqueueMail } from "@engagiert/db/queries/outbox";
import {
  activeCalendarFeed,
  cancelRegistration,
  countConfirmedRegistrations,
  findOpenRegistration,
  getRegistrant,
  insertRegistration,
  lockTraining,
  promoteFromWaitingList,
  replaceCalendarFeed,
  type LockedTraining,
  type PromotedRegistration,
} from "@engagiert/db/queries/training-registrations";
import {
  getPublishedTraining,
  listMyTrainings,
  listTrainingCalendar,
  listTrainingSessions,
  openRegistrationOf,
  waitingPosition,
} from "@engagiert/db/queries/trainings";
import { freePlaces } from "@engagiert/domain/shared";
import {
  calendarSpan,
  canCancel,
  canRegister,
  MyTrainingsInput,
  registrationClosedReason,
  registrationStatusFor,
  TrainingCalendarInput,
  TrainingRef,
  type RegistrationRefusal,
} from "@engagiert/domain/trainings";
import type { TRPCRouterRecord } from "@trpc/server";
import { hashToken, newToken } from "../auth/tokens.ts";
import type { Context } from "../context.ts";
import {
  trainingCancelledMail,
  trainingConfirmedMail,
  trainingPromotedMail,
  trainingWaitingMail,
  type TrainingMailContext,
} from "../mail/training-mails.ts";
import { authorize, publicProcedure, refuse, volunteerProcedure } from "../trpc.ts";
import { notFound, todayIn } from "./akquise-helpers.ts";

type UrlContext = Pick<Context, "settings" | "city">;

/** An address served by apps/api through the public app's origin, naming the city. */
function apiUrl(ctx: UrlContext, path: string) {
  const url = new URL(path, ctx.settings.publicAppUrl);
  url.searchParams.set("city", ctx.city.slug);
  return url.toString();
}

/** The iCalendar file with every session of a training. */
export const trainingCalendarUrl = (ctx: UrlContext, trainingId: string) =>
  apiUrl(ctx, `/api/calendar/training/${trainingId}.ics`);

/** The training's page in the public app. */
export const trainingPageUrl = (ctx: UrlContext, trainingId: string) =>
  new URL(`/schulungen/${trainingId}`, ctx.settings.publicAppUrl).toString();

const calendarFeedUrl = (ctx: UrlContext, token: string) =>
  apiUrl(ctx, `/api/calendar/feed/${token}.ics`);

const REFUSALS: Record<Exclude<RegistrationRefusal, "not_published">, string> = {
  no_sessions: "Für diese Schulung stehen noch keine Termine fest.",
  already_registered: "Sie sind für diese Schulung schon angemeldet.",
  training_started: "Diese Schulung hat schon begonnen; das geht jetzt nicht mehr.",
  deadline_passed: "Der Anmeldeschluss für diese Schulung ist vorbei.",
};

/** Everything a mail about one training says; the caller adds to whom. */
async function mailAbout(
  tx: Executor,
  ctx: Context,
  training: LockedTraining,
): Promise<Omit<TrainingMailContext, "to" | "firstName">> {
  return {
    cityName: ctx.city.name,
    trainingTitle: training.title,
    sessions: await listTrainingSessions(tx, ctx.scope, training.id),
    place: training.place,
    onlineUrl: training.onlineUrl,
    pageUrl: trainingPageUrl(ctx, training.id),
    calendarUrl: trainingCalendarUrl(ctx, training.id),
  };
}

const to = (person: { email: string; firstName: string }) => ({
  to: person.email,
  firstName: person.firstName,
});

/**
 * Fills the free places of a training from its waiting list and writes to each who moved up, in
 * the caller's transaction — after a cancellation, or when staff raise the capacity.
 */
export async function promoteAndNotify(
  tx: Executor,
  ctx: Context,
  trainingId: string,
  now: Date,
): Promise<PromotedRegistration[]> {
  const promoted = await promoteFromWaitingList(tx, ctx.scope, trainingId, now);
  const training = promoted.length > 0 ? await lockTraining(tx, ctx.scope, trainingId) : null;
  if (!training) return promoted;
  const about = await mailAbout(tx, ctx, training);
  for (const person of promoted) {
    await enqueueMail(tx, ctx.scope, trainingPromotedMail({ ...about, ...to(person) }));
  }
  return promoted;
}

/** The person the signed-in volunteer acts for, after the policy allowed it. */
function ownPerson(ctx: Context): string {
  const personId = ctx.actor.kind === "user" ? ctx.actor.personId : null;
  authorize(ctx, "training.register", { cityId: ctx.city.id, personId });
  if (!personId) throw refuse("FORBIDDEN", "forbidden", "Nur für Engagierte.");
  return personId;
}

type TrainingRow = Awaited<ReturnType<typeof listTrainingCalendar>>["items"][number];

/** A training as the calendar shows it: no online room, no one's name. */
function summaryOf(row: TrainingRow, now: Date) {
  return {
    id: row.id,
    title: row.title,
    topic: row.topic,
    audience: row.audience,
    trainer: row.trainer,
    organisationName: row.organisationName,
    place: row.place,
    isOnline: row.onlineUrl !== null,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    sessionCount: row.sessionCount,
    costCents: row.costCents,
    capacity: row.capacity,
    freePlaces: freePlaces(row.capacity, row.confirmedCount),
    waitingCount: row.waitingCount,
    registrationDeadline: row.registrationDeadline,
    /** Null while anyone may register; else why not (deadline passed, started). */
    closedReason: registrationClosedReason(row, now),
  };
}

export const trainingsRouter = {
  /** The public training calendar, filtered by topic, dates and free places; earliest first. */
  calendar: publicProcedure.input(TrainingCalendarInput).query(async ({ ctx, input }) => {
    authorize(ctx, "training.browse", { cityId: ctx.city.id });
    const now = ctx.now();
    const span = calendarSpan(input, todayIn(now));
    const page = await listTrainingCalendar(ctx.db, ctx.scope, {
      topic: input.topic,
      from: span.from,
      until: span.until,
      onlyWithPlaces: input.onlyWithPlaces,
      now,
      limit: input.limit,
      cursor: input.cursor,
    });
    return { items: page.items.map((row) => summaryOf(row, now)), nextCursor: page.nextCursor };
  }),

  /** One published training with its sessions; a signed-in volunteer also sees their place. */
  get: publicProcedure.input(TrainingRef).query(async ({ ctx, input }) => {
    authorize(ctx, "training.browse", { cityId: ctx.city.id });
    const training = await getPublishedTraining(ctx.db, ctx.scope, input.trainingId);
    if (!training) throw notFound("Diese Schulung gibt es nicht (mehr).");
    const personId =
      ctx.actor.kind === "user" && ctx.actor.role === "volunteer" ? ctx.actor.personId : null;
    const mine = personId
      ? await openRegistrationOf(ctx.db, ctx.scope, training.id, personId)
      : null;
    const position =
      mine?.status === "waiting"
        ? await waitingPosition(ctx.db, ctx.scope, { ...mine, trainingId: training.id })
        : null;
    const now = ctx.now();
    return {
      ...summaryOf(training, now),
      description: training.description,
      sessions: training.sessions,
      // The online room only for those who hold a place, so it stays among the participants.
      onlineUrl: mine?.status === "confirmed" ? training.onlineUrl : null,
      myRegistration: mine ? { status: mine.status, waitingPosition: position } : null,
      canCancel: mine !== null && canCancel(training, now).ok,
      calendarUrl: trainingCalendarUrl(ctx, training.id),
    };
  }),

  /**
   * Registers the signed-in volunteer: a place while one is free, else the waiting list. The
   * training's row is locked for the transaction, so concurrent registrations are counted one
   * after another; the e-mail is queued in the same transaction.
   */
  register: volunteerProcedure.input(TrainingRef).mutation(async ({ ctx, input }) => {
    const personId = ownPerson(ctx);
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const training = await lockTraining(tx, ctx.scope, input.trainingId);
      if (!training || training.status !== "published") throw notFound();
      const open = await findOpenRegistration(tx, ctx.scope, training.id, personId);
      const decision = canRegister(training, open, now);
      if (!decision.ok) {
        if (decision.reason === "not_published") throw notFound();
        throw refuse("CONFLICT", decision.reason, REFUSALS[decision.reason]);
      }
      const confirmed = await countConfirmedRegistrations(tx, ctx.scope, training.id);
      const status = registrationStatusFor(training.capacity, confirmed);
      const registration = await insertRegistration(tx, ctx.scope, {
        trainingId: training.id,
        personId,
        status,
        now,
      });
      const person = await getRegistrant(tx, ctx.scope, personId);
      if (!person) throw notFound();
      const mail = { ...(await mailAbout(tx, ctx, training)), ...to(person) };
      const position =
        status === "waiting"
          ? await waitingPosition(tx, ctx.scope, { ...registration, trainingId: training.id })
          : null;
      await enqueueMail(
        tx,
        ctx.scope,
        position === null ? trainingConfirmedMail(mail) : trainingWaitingMail(mail, position),
      );
      return {
        registrationId: registration.id,
        status,
        waitingPosition: position,
        calendarUrl: trainingCalendarUrl(ctx, training.id),
      };
    });
  }),

  /**
   * Cancels the volunteer's registration until the first session begins. A freed place goes at
   * once to the first who waits, who is told by e-mail — in the same transaction.
   */
  cancel: volunteerProcedure.input(TrainingRef).mutation(async ({ ctx, input }) => {
    const personId = ownPerson(ctx);
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const training = await lockTraining(tx, ctx.scope, input.trainingId);
      const registration = training
        ? await findOpenRegistration(tx, ctx.scope, training.id, personId)
        : null;
      if (!training || !registration) {
        throw notFound("Sie sind für diese Schulung nicht angemeldet.");
      }
      const decision = canCancel(training, now);
      if (!decision.ok) throw refuse("CONFLICT", decision.reason, REFUSALS[decision.reason]);
      await cancelRegistration(tx, ctx.scope, registration.id, now);
      const person = await getRegistrant(tx, ctx.scope, personId);
      if (person) {
        const mail = { ...(await mailAbout(tx, ctx, training)), ...to(person) };
        await enqueueMail(tx, ctx.scope, trainingCancelledMail(mail));
      }
      const promoted =
        registration.status === "confirmed"
          ? await promoteAndNotify(tx, ctx, training.id, now)
          : [];
      return { cancelled: true as const, promoted: promoted.length };
    });
  }),

  /** The volunteer's registrations (places and waiting list), soonest training first. */
  mine: volunteerProcedure.input(MyTrainingsInput).query(async ({ ctx, input }) => {
    const personId = ownPerson(ctx);
    const page = await listMyTrainings(ctx.db, ctx.scope, personId, input);
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((item) => ({
        ...item,
        calendarUrl: trainingCalendarUrl(ctx, item.trainingId),
      })),
    };
  }),

  /** Whether the volunteer has a working calendar feed, and since when. */
  feedStatus: volunteerProcedure.query(async ({ ctx }) => {
    const personId = ownPerson(ctx);
    return { feed: await activeCalendarFeed(ctx.db, ctx.scope, personId) };
  }),

  /**
   * A new personal calendar feed address; the previous one stops working. The address is shown
   * only now: the database keeps just its hash.
   */
  feedLink: volunteerProcedure.mutation(async ({ ctx }) => {
    const personId = ownPerson(ctx);
    const token = newToken();
    const feed = await ctx.db.transaction((tx) =>
      replaceCalendarFeed(tx, ctx.scope, { personId, tokenHash: hashToken(token), now: ctx.now() }),
    );
    return { url: calendarFeedUrl(ctx, token), createdAt: feed.createdAt };
  }),
} satisfies TRPCRouterRecord;
