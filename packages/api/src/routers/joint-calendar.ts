import { listJointCalendar, nextJointCalendarDate } from "@engagiert/db/queries/joint-calendar";
import { JointCalendarQuery } from "@engagiert/domain/network";
import { berlinDayOf } from "@engagiert/domain/opportunities";
import type { TRPCRouterRecord } from "@trpc/server";
import { authorize, signedInProcedure } from "../trpc.ts";

/**
 * The joint calendar of a city's local partners and every member of the network: the city's own
 * published trainings and the network's published events, from now on, month by month.
 */
export const jointCalendarProcedures = {
  jointCalendar: signedInProcedure.input(JointCalendarQuery).query(async ({ ctx, input }) => {
    authorize(ctx, "network.participate", { cityId: ctx.city.id });
    const now = ctx.now();
    const currentMonth = berlinDayOf(now).slice(0, 7);
    const month = input.month ?? currentMonth;
    const page = await listJointCalendar(ctx.db, ctx.scope, {
      month,
      notBefore: now,
      limit: input.limit,
      cursor: input.cursor,
    });
    // A month without dates points on to the next one that has some.
    const isEmpty = page.items.length === 0 && !input.cursor;
    return {
      month,
      currentMonth,
      items: page.items.map((entry) => ({
        ...entry,
        // A training's page lives in the public app, where volunteers register.
        url:
          entry.source === "training"
            ? new URL(`/schulungen/${entry.id}`, ctx.settings.publicAppUrl).toString()
            : null,
      })),
      nextCursor: page.nextCursor,
      nextDate: isEmpty ? await nextJointCalendarDate(ctx.db, ctx.scope, month) : null,
    };
  }),
} satisfies TRPCRouterRecord;
