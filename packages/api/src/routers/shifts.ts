import {
  cancelSignup,
  confirmSignup,
  countConfirmed,
  findOpenSignup,
  getShift,
  getShiftVolunteer,
  insertSignup,
  listMySignups,
  listShifts,
  openSignupsOf,
  waitingList,
  type ShiftDetails,
} from "@engagiert/db/queries/shifts";
import { enqueueMail } from "@engagiert/db/queries/outbox";
import { getPublishedOpportunity } from "@engagiert/db/queries/search";
import { canApply } from "@engagiert/domain/engagement";
import {
  canChangeShift,
  freePlaces,
  MyShiftsInput,
  nextInLine,
  ShiftListInput,
  ShiftRef,
  shiftSignupDecision,
} from "@engagiert/domain/opportunities";
import type { TRPCRouterRecord } from "@trpc/server";
import type { Context } from "../context.ts";
import { shiftPromotedMail } from "../mail/shift-mails.ts";
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
      const opportunity = await getPublishedOpportunity(tx, ctx.scope, shift.opportunityId);
      const age = canApply(
        { birthYear: person?.birthYear ?? 0, birthDate: person?.birthDate ?? null },
        opportunity?.opportunity.minimumAge ?? 0,
        todayIn(now),
      );
      if (!age.ok) {
        // A minor needs a guardian's consent (RULES.md, Minors): that runs through the application.
        throw refuse(
          "FORBIDDEN",
          age.reason === "too_young" ? "too_young" : "minor_needs_application",
          age.reason === "too_young"
            ? `Für dieses Angebot muss man mindestens ${age.minimumAge} Jahre alt sein.`
            : "Bitte bewerben Sie sich über das Formular, damit wir die Einwilligung Ihrer Eltern einholen können.",
        );
      }
      if (await findOpenSignup(tx, ctx.scope, shift.id, personId)) {
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
