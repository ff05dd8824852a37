import type { Executor } from "@engagiert/db/client";
import { enqueueMail } from "@engagiert/db/queries/outbox";
import { confirmSignup, countConfirmed, getShift, waitingList } from "@engagiert/db/queries/shifts";
import { freePlaces, nextInLine } from "@engagiert/domain/opportunities";
import type { Context } from "../context.ts";
import { shiftPromotedMail } from "../mail/shift-mails.ts";
import { shiftCalendarUrl } from "./shifts.ts";
import { promoteAndNotify } from "./trainings.ts";

/**
 * Gives the places a person gave up (by withdrawing a consent or deleting their account) to the
 * first who wait, each told by e-mail, in the caller's transaction — as a cancellation does.
 */
export async function releasePlaces(
  tx: Executor,
  ctx: Context,
  freed: { shiftIds: readonly string[]; trainingIds: readonly string[] },
  now: Date,
): Promise<number> {
  let promoted = 0;
  for (const shiftId of freed.shiftIds) {
    const shift = await getShift(tx, ctx.scope, shiftId, { lock: true });
    if (!shift || shift.startsAt <= now) continue;
    const free = freePlaces(shift.capacity, await countConfirmed(tx, ctx.scope, shift.id));
    const next = free > 0 ? nextInLine(await waitingList(tx, ctx.scope, shift.id, 1)) : null;
    if (!next) continue;
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
    promoted += 1;
  }
  for (const trainingId of freed.trainingIds) {
    promoted += (await promoteAndNotify(tx, ctx, trainingId, now)).length;
  }
  return promoted;
}
