import { createSignInLink, findUserByEmail, reserveAttempts } from "@engagiert/db/queries/accounts";
import {
  ensureVolunteerUser,
  findOrCreatePerson,
  insertConsent,
  lockApplicant,
} from "@engagiert/db/queries/applications";
import {
  cancelSignup,
  confirmSignup,
  countConfirmed,
  findOpenSignup,
  getShift,
  getShiftVolunteer,
  getSignup,
  insertSignup,
  listMySignups,
  listShifts,
  openSignupsOf,
  settleSignup,
  waitingList,
  type ShiftDetails,
} from "@engagiert/db/queries/shifts";
import type { Executor } from "@engagiert/db/client";
import { enqueueMail } from "@engagiert/db/queries/outbox";
import { markPersonActive } from "@engagiert/db/queries/retention";
import { getPublishedOpportunity } from "@engagiert/db/queries/search";
import { secondsUntilWindowFrees } from "@engagiert/domain/access";
import { canApply } from "@engagiert/domain/engagement";
import {
  canChangeShift,
  freePlaces,
  MyShiftsInput,
  nextInLine,
  SHIFT_CONSENT,
  SHIFT_REQUEST_LIMITS,
  ShiftConfirmInput,
  ShiftListInput,
  ShiftRef,
  ShiftRequestInput,
  shiftSignupDecision,
} from "@engagiert/domain/opportunities";
import type { TRPCRouterRecord } from "@trpc/server";
import { hashToken, newToken } from "../auth/tokens.ts";
import type { Context } from "../context.ts";
import { shiftPromotedMail, shiftRequestMail } from "../mail/shift-mails.ts";
import { authorize, publicProcedure, refuse, volunteerProcedure } from "../trpc.ts";
import { notFound, todayIn } from "./akquise-helpers.ts";

/** The public address of a shift's iCalendar file (served by apps/api through the app's origin). */
export function shiftCalendarUrl(ctx: Pick<Context, "settings" | "city">, shiftId: string) {
  const url = new URL(`/api/calendar/shift/${shiftId}.ics`, ctx.settings.publicAppUrl);
  url.searchParams.set("city", ctx.city.slug);
  return url.toString();
}

const SHIFT_STARTED = "Diese Schicht hat schon begonnen; sie kann nicht mehr geändert werden.";

function assertNotStarted(shift: ShiftDetails, now: Date) {
  if (!canChangeShift(shift, now).ok) throw refuse("CONFLICT", "shift_started", SHIFT_STARTED);
}

/**
 * The age rule of RULES.md for taking a shift directly: a minor needs a guardian's consent
 * (RULES.md, Minors), which runs through the application form, not through a shift.
 */
async function assertOldEnough(
  tx: Executor,
  ctx: Context,
  shift: ShiftDetails,
  person: { birthYear: number; birthDate: string | null } | null,
  now: Date,
) {
  const opportunity = await getPublishedOpportunity(tx, ctx.scope, shift.opportunityId);
  const age = canApply(
    { birthYear: person?.birthYear ?? 0, birthDate: person?.birthDate ?? null },
    opportunity?.opportunity.minimumAge ?? 0,
    todayIn(now),
  );
  if (!age.ok) {
    throw refuse(
      "FORBIDDEN",
      age.reason === "too_young" ? "too_young" : "minor_needs_application",
      age.reason === "too_young"
        ? `Für dieses Angebot muss man mindestens ${age.minimumAge} Jahre alt sein.`
        : "Bitte bewerben Sie sich über das Formular, damit wir die Einwilligung Ihrer Eltern einholen können.",
    );
  }
}

/** Counts a shift request against the limits per e-mail address and per client, or refuses. */
async function reserveShiftRequest(ctx: Context, email: string) {
  const now = ctx.now();
  const since = new Date(now.getTime() - SHIFT_REQUEST_LIMITS.windowMinutes * 60_000);
  const reservation = await reserveAttempts(
    ctx.db,
    ctx.scope,
    [
      { key: `shift:${email}`, limit: SHIFT_REQUEST_LIMITS.perEmail },
      { key: `shift-client:${ctx.clientAddress}`, limit: SHIFT_REQUEST_LIMITS.perClient },
    ],
    now,
    since,
  );
  if (!reservation.allowed) {
    const seconds = secondsUntilWindowFrees(
      reservation.oldest,
      now,
      SHIFT_REQUEST_LIMITS.windowMinutes,
    );
    const minutes = Math.ceil(seconds / 60);
    throw refuse(
      "TOO_MANY_REQUESTS",
      "too_many_attempts",
      `Zu viele Anfragen in kurzer Zeit. Bitte versuchen Sie es in ${minutes} Minute${minutes === 1 ? "" : "n"} erneut.`,
      seconds,
    );
  }
}

/** Turns a locked shift's pending sign-up into confirmed or waiting, by the capacity rule. */
async function settlePending(
  tx: Executor,
  ctx: Context,
  shift: ShiftDetails,
  signupId: string,
  now: Date,
) {
  const status = shiftSignupDecision(shift.capacity, await countConfirmed(tx, ctx.scope, shift.id));
  await settleSignup(tx, ctx.scope, signupId, status, now);
  return status;
}

export const shiftsRouter = {
  /** The shifts of a published one-off opportunity with free places; anyone may read them. */
  list: publicProcedure.input(ShiftListInput).query(async ({ ctx, input }) => {
    authorize(ctx, "opportunity.browse", { cityId: ctx.city.id });
    const found = await getPublishedOpportunity(ctx.db, ctx.scope, input.opportunityId);
    if (!found || found.opportunity.format !== "one_off") throw notFound();
    const rows = await listShifts(ctx.db, ctx.scope, input.opportunityId);
    const personId = ctx.actor.kind === "user" ? ctx.actor.personId : null;
    const mine = personId
      ? await openSignupsOf(
          ctx.db,
          ctx.scope,
          personId,
          rows.map((r) => r.id),
        )
      : [];
    const now = ctx.now();
    return rows.map((row) => ({
      id: row.id,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      capacity: row.capacity,
      freePlaces: freePlaces(row.capacity, row.confirmedCount),
      waitingCount: row.waitingCount,
      hasStarted: !canChangeShift(row, now).ok,
      myStatus: mine.find((m) => m.shiftId === row.id)?.status ?? null,
    }));
  }),

  /**
   * Takes a place: confirmed while one is free, else on the waiting list. The shift's row is
   * locked for the transaction, so concurrent sign-ups are counted one after another and the
   * capacity is never exceeded.
   */
  take: volunteerProcedure.input(ShiftRef).mutation(async ({ ctx, input }) => {
    const personId = ctx.actor.personId;
    authorize(ctx, "application.submit", { cityId: ctx.city.id });
    if (!personId) throw refuse("FORBIDDEN", "forbidden", "Nur für Engagierte.");
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const shift = await getShift(tx, ctx.scope, input.shiftId, { lock: true });
      if (!shift || shift.status !== "published" || shift.format !== "one_off") throw notFound();
      assertNotStarted(shift, now);
      const person = await getShiftVolunteer(tx, ctx.scope, personId);
      await assertOldEnough(tx, ctx, shift, person, now);
      const open = await findOpenSignup(tx, ctx.scope, shift.id, personId);
      if (open?.status === "pending") {
        // Signed in anyway: the request by e-mail is confirmed here, as by its link.
        const settled = await settlePending(tx, ctx, shift, open.id, now);
        return { signupId: open.id, status: settled, calendarUrl: shiftCalendarUrl(ctx, shift.id) };
      }
      if (open) {
        throw refuse(
          "CONFLICT",
          "already_signed_up",
          "Sie sind für diese Schicht schon eingetragen.",
        );
      }
      const status = shiftSignupDecision(
        shift.capacity,
        await countConfirmed(tx, ctx.scope, shift.id),
      );
      const signup = await insertSignup(tx, ctx.scope, {
        shiftId: shift.id,
        personId,
        status,
        now,
      });
      return { signupId: signup.id, status, calendarUrl: shiftCalendarUrl(ctx, shift.id) };
    });
  }),

  /**
   * A visitor without an account asks for a shift. The sign-up is stored pending — it holds no
   * place — and the person gets one e-mail with a sign-in link that leads back to the shift,
   * where following it confirms the place (double opt-in, like an application).
   */
  request: publicProcedure.input(ShiftRequestInput).mutation(async ({ ctx, input }) => {
    authorize(ctx, "application.submit", { cityId: ctx.city.id });
    await reserveShiftRequest(ctx, input.email);
    const now = ctx.now();
    await ctx.db.transaction(async (tx) => {
      const shift = await getShift(tx, ctx.scope, input.shiftId, { lock: true });
      if (!shift || shift.status !== "published" || shift.format !== "one_off") throw notFound();
      assertNotStarted(shift, now);
      await lockApplicant(tx, ctx.scope, input.email);
      const person = await findOrCreatePerson(tx, ctx.scope, {
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        phone: null,
        birthYear: input.birthYear,
        birthDate: null,
      });
      await markPersonActive(tx, ctx.scope, person.id, now);
      // What is already known about a person counts, not what a form says about them.
      await assertOldEnough(tx, ctx, shift, await getShiftVolunteer(tx, ctx.scope, person.id), now);
      if (await findOpenSignup(tx, ctx.scope, shift.id, person.id)) {
        throw refuse(
          "CONFLICT",
          "already_signed_up",
          "Für diese Schicht liegt schon eine Anmeldung vor. Bitte schauen Sie in Ihr Postfach oder melden Sie sich an.",
        );
      }
      await insertConsent(tx, ctx.scope, {
        personId: person.id,
        purpose: SHIFT_CONSENT.purpose,
        version: SHIFT_CONSENT.version,
        givenAt: now,
      });
      await ensureVolunteerUser(tx, ctx.scope, {
        id: person.id,
        email: input.email,
        displayName: `${input.firstName} ${input.lastName}`,
      });
      const user = await findUserByEmail(tx, ctx.scope, input.email);
      // An address that belongs to a staff account gets no volunteer link; the answer stays the same.
      if (!user || !user.isActive || user.role !== "volunteer" || user.personId !== person.id) {
        return;
      }
      const signup = await insertSignup(tx, ctx.scope, {
        shiftId: shift.id,
        personId: person.id,
        status: "pending",
        now,
      });
      const token = newToken();
      const minutes = ctx.settings.signInLinkMinutes;
      await createSignInLink(tx, ctx.scope, {
        tokenHash: hashToken(token),
        userId: user.id,
        expiresAt: new Date(now.getTime() + minutes * 60_000),
      });
      const link = new URL("/anmelden/link", ctx.settings.publicAppUrl);
      link.searchParams.set("token", token);
      link.searchParams.set("weiter", `/angebote/${shift.opportunityId}?schicht=${signup.id}`);
      await enqueueMail(
        tx,
        ctx.scope,
        shiftRequestMail(
          {
            to: input.email,
            firstName: input.firstName,
            cityName: ctx.city.name,
            opportunityTitle: shift.title,
            startsAt: shift.startsAt,
            endsAt: shift.endsAt,
            address: shift.isRemote ? null : shift.address,
            calendarUrl: shiftCalendarUrl(ctx, shift.id),
          },
          link.toString(),
          minutes,
        ),
      );
    });
    return { email: input.email };
  }),

  /**
   * Confirms one's own pending sign-up after following the e-mail link: confirmed while a place is
   * free, else waiting. Asking again answers the status it already has.
   */
  confirm: volunteerProcedure.input(ShiftConfirmInput).mutation(async ({ ctx, input }) => {
    const personId = ctx.actor.personId;
    authorize(ctx, "application.submit", { cityId: ctx.city.id });
    if (!personId) throw refuse("FORBIDDEN", "forbidden", "Nur für Engagierte.");
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const found = await getSignup(tx, ctx.scope, input.signupId);
      if (!found || found.personId !== personId || found.status === "cancelled") {
        throw notFound("Diese Anmeldung gibt es nicht (mehr).");
      }
      const shift = await getShift(tx, ctx.scope, found.shiftId, { lock: true });
      if (!shift) throw notFound();
      // Read again under the shift's lock: a cancellation or a second click may have come first.
      const signup = await getSignup(tx, ctx.scope, input.signupId);
      if (!signup || signup.status === "cancelled") {
        throw notFound("Diese Anmeldung gibt es nicht (mehr).");
      }
      const result = { signupId: signup.id, calendarUrl: shiftCalendarUrl(ctx, shift.id) };
      if (signup.status !== "pending") return { ...result, status: signup.status };
      assertNotStarted(shift, now);
      return { ...result, status: await settlePending(tx, ctx, shift, signup.id, now) };
    });
  }),

  /**
   * Cancels one's own place. A freed confirmed place goes at once to the first on the waiting
   * list, who is told by e-mail — in the same transaction, so no place is lost or given twice.
   */
  cancel: volunteerProcedure.input(ShiftRef).mutation(async ({ ctx, input }) => {
    const personId = ctx.actor.personId;
    authorize(ctx, "engagement.move", { cityId: ctx.city.id, personId });
    if (!personId) throw notFound();
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const shift = await getShift(tx, ctx.scope, input.shiftId, { lock: true });
      const signup = shift ? await findOpenSignup(tx, ctx.scope, shift.id, personId) : null;
      if (!shift || !signup) throw notFound("Sie sind für diese Schicht nicht eingetragen.");
      assertNotStarted(shift, now);
      await cancelSignup(tx, ctx.scope, signup.id, now);
      let promoted = false;
      if (signup.status === "confirmed") {
        const free = freePlaces(shift.capacity, await countConfirmed(tx, ctx.scope, shift.id));
        const next = free > 0 ? nextInLine(await waitingList(tx, ctx.scope, shift.id, 1)) : null;
        if (next) {
          await confirmSignup(tx, ctx.scope, next.id, now);
          await enqueueMail(
            tx,
            ctx.scope,
            shiftPromotedMail({
              to: next.email,
              firstName: next.firstName,
              cityName: ctx.city.name,
              opportunityTitle: shift.title,
              startsAt: shift.startsAt,
              endsAt: shift.endsAt,
              address: shift.isRemote ? null : shift.address,
              calendarUrl: shiftCalendarUrl(ctx, shift.id),
            }),
          );
          promoted = true;
        }
      }
      return { cancelled: true, promoted };
    });
  }),

  /** The signed-in volunteer's shifts, soonest first. */
  mine: volunteerProcedure.input(MyShiftsInput).query(async ({ ctx, input }) => {
    const personId = ctx.actor.personId;
    authorize(ctx, "engagement.read", { cityId: ctx.city.id, personId });
    if (!personId) return { items: [], nextCursor: null };
    const page = await listMySignups(ctx.db, ctx.scope, personId, input);
    return {
      ...page,
      items: page.items.map((item) => ({
        ...item,
        calendarUrl: shiftCalendarUrl(ctx, item.shiftId),
      })),
    };
  }),
} satisfies TRPCRouterRecord;
