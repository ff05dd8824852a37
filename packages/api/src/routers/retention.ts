import { previewRetention } from "@engagiert/db/queries/retention-preview";
import { runRetention } from "@engagiert/db/queries/retention";
import { listRetentionRuns } from "@engagiert/db/queries/retention-runs";
import {
  FUEHRUNGSZEUGNIS_MONTHS_AFTER_END,
  INACTIVITY_NOTICE_DAYS,
  RetentionPreviewInput,
  RetentionRunInput,
  retentionSettingsOf,
} from "@engagiert/domain/privacy";
import { PageInput } from "@engagiert/domain/shared";
import type { TRPCRouterRecord } from "@trpc/server";
import type { Context } from "../context.ts";
import { inactivityNoticeWriter } from "../mail/retention-mail.ts";
import { authorize, coordinatorProcedure } from "../trpc.ts";

/** A run for the request's city with its own periods, by the signed-in user. */
function runFor(ctx: Context & { user: { userId: string } }, dryRun: boolean) {
  const settings = retentionSettingsOf(ctx.city.config);
  return runRetention(ctx.db, ctx.scope, {
    now: ctx.now(),
    settings,
    dryRun,
    triggeredByUserId: ctx.user.userId,
    noticeMail: inactivityNoticeWriter(
      ctx.city,
      settings.inactivityMonths,
      ctx.settings.publicAppUrl,
    ),
  });
}

/**
 * Deletion periods (Löschfristen) for the coordination office and city admins: the periods in
 * force, the runs so far, what a run would delete now (a dry run), and a run on demand. Reading
 * takes `audit.read`; running takes `city.dashboard` (both: coordinators and city admins).
 */
export const retentionRouter = {
  /** The city's periods, as the rules apply them. */
  settings: coordinatorProcedure.query(({ ctx }) => {
    authorize(ctx, "audit.read", { cityId: ctx.city.id });
    return {
      ...retentionSettingsOf(ctx.city.config),
      inactivityNoticeDays: INACTIVITY_NOTICE_DAYS,
      fuehrungszeugnisMonthsAfterEnd: FUEHRUNGSZEUGNIS_MONTHS_AFTER_END,
    };
  }),

  /** Runs so far, on schedule and on demand, newest first. */
  runs: coordinatorProcedure.input(PageInput).query(async ({ ctx, input }) => {
    authorize(ctx, "audit.read", { cityId: ctx.city.id });
    return listRetentionRuns(ctx.db, ctx.scope, input);
  }),

  /** One page of what a run would delete now, of one kind: ids and reasons, no names. */
  preview: coordinatorProcedure.input(RetentionPreviewInput).query(async ({ ctx, input }) => {
    authorize(ctx, "audit.read", { cityId: ctx.city.id });
    return previewRetention(ctx.db, ctx.scope, {
      ...input,
      now: ctx.now(),
      settings: retentionSettingsOf(ctx.city.config),
    });
  }),

  /** A dry run: counts what would go now and records the run; nothing else changes. */
  dryRun: coordinatorProcedure.mutation(async ({ ctx }) => {
    authorize(ctx, "audit.read", { cityId: ctx.city.id });
    return runFor(ctx, true);
  }),

  /** Deletes what is due now, as the daily schedule would. */
  run: coordinatorProcedure.input(RetentionRunInput).mutation(async ({ ctx }) => {
    authorize(ctx, "city.dashboard", { cityId: ctx.city.id });
    return runFor(ctx, false);
  }),
} satisfies TRPCRouterRecord;
