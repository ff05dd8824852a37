import { writeAudit } from "@engagiert/db/queries/audit";
import { listMilestones } from "@engagiert/db/queries/milestones";
import { enqueueMail } from "@engagiert/db/queries/outbox";
import {
  addInvitations,
  getRecognitionEvent,
  insertRecognitionEvent,
  listInvitations,
  listRecognitionEvents,
  lockUnmailedInvitations,
  markInvitationsMailed,
} from "@engagiert/db/queries/recognition-events";
import {
  InvitationListInput,
  invitationsCsv,
  InvitationsBuildInput,
  readInvitationReasons,
  reasonOf,
  RecognitionEventInput,
  RecognitionEventRef,
  writeInvitationReasons,
  type InvitationReason,
} from "@engagiert/domain/recognition";
import { PageInput } from "@engagiert/domain/shared";
import type { TRPCRouterRecord } from "@trpc/server";
import type { Context } from "../context.ts";
import { invitationMail } from "../mail/recognition-mails.ts";
import { authorize, coordinatorProcedure, refuse } from "../trpc.ts";
import { fieldErrors, notFound, todayIn } from "./akquise-helpers.ts";

/** An invitation list longer than this is built in parts (fewer months at a time). */
const MAX_INVITATIONS = 5_000;
/** Invitations mailed per transaction: each batch's mails and marks are written together. */
const MAIL_BATCH = 100;

const EVENT_PAST =
  "Diese Veranstaltung liegt in der Vergangenheit; es werden keine Einladungen mehr verschickt.";

/** The event, if it belongs to the caller's city (the coordination office only). */
async function eventOf(ctx: Context, eventId: string) {
  authorize(ctx, "city.dashboard", { cityId: ctx.city.id });
  const event = await getRecognitionEvent(ctx.db, ctx.scope, eventId);
  if (!event) throw notFound("Diese Veranstaltung gibt es nicht.");
  return event;
}

function assertUpcoming(ctx: Context, event: { heldOn: string }) {
  if (event.heldOn < todayIn(ctx.now())) throw refuse("CONFLICT", "event_past", EVENT_PAST);
}

const withReasons = <T extends { reason: string }>(row: T) => ({
  ...row,
  reasons: readInvitationReasons(row.reason),
});

/** Recognition events (Dankeschön-Fest) of the coordination office, with invitation lists. */
export const recognitionEventsRouter = {
  create: coordinatorProcedure.input(RecognitionEventInput).mutation(async ({ ctx, input }) => {
    authorize(ctx, "city.dashboard", { cityId: ctx.city.id });
    if (input.heldOn < todayIn(ctx.now())) {
      throw fieldErrors([
        { path: ["heldOn"], message: "Bitte einen Tag heute oder in der Zukunft wählen." },
      ]);
    }
    const id = await insertRecognitionEvent(ctx.db, ctx.scope, {
      ...input,
      createdByUserId: ctx.user.userId,
      now: ctx.now(),
    });
    return { id };
  }),

  list: coordinatorProcedure.input(PageInput).query(async ({ ctx, input }) => {
    authorize(ctx, "city.dashboard", { cityId: ctx.city.id });
    return listRecognitionEvents(ctx.db, ctx.scope, input);
  }),

  get: coordinatorProcedure
    .input(RecognitionEventRef)
    .query(async ({ ctx, input }) => eventOf(ctx, input.eventId)),

  /**
   * Invites everyone who reached a milestone of the chosen kinds in the chosen months, with the
   * milestones as the reason. People already on the list stay as they are.
   */
  buildInvitations: coordinatorProcedure
    .input(InvitationsBuildInput)
    .mutation(async ({ ctx, input }) => {
      const event = await eventOf(ctx, input.eventId);
      assertUpcoming(ctx, event);
      const reasons = new Map<string, InvitationReason[]>();
      for (const month of [...input.months].sort()) {
        let cursor: string | null = null;
        do {
          const page: Awaited<ReturnType<typeof listMilestones>> = await listMilestones(
            ctx.db,
            ctx.scope,
            { month, organisationId: null, kinds: input.kinds },
            { limit: 1000, cursor },
          );
          for (const person of page.items) {
            const list = reasons.get(person.personId) ?? [];
            list.push(...person.milestones.map((m) => reasonOf(m, month)));
            reasons.set(person.personId, list);
          }
          if (reasons.size > MAX_INVITATIONS) {
            throw fieldErrors([
              {
                path: ["months"],
                message: `Mehr als ${MAX_INVITATIONS} Einladungen auf einmal: Bitte weniger Monate wählen.`,
              },
            ]);
          }
          cursor = page.nextCursor;
        } while (cursor);
      }
      const entries = [...reasons].map(([personId, list]) => ({
        personId,
        reason: writeInvitationReasons(list),
      }));
      const added = await ctx.db.transaction((tx) =>
        addInvitations(tx, ctx.scope, event.id, entries, ctx.now()),
      );
      return { found: entries.length, added, alreadyInvited: entries.length - added };
    }),

  /** The invitation list by name, page by page. */
  invitations: coordinatorProcedure.input(InvitationListInput).query(async ({ ctx, input }) => {
    const event = await eventOf(ctx, input.eventId);
    const page = await listInvitations(ctx.db, ctx.scope, event.id, input);
    return { ...page, items: page.items.map(withReasons) };
  }),

  /** The invitation list as CSV (guest list, name tags); the export is audited. */
  invitationsCsv: coordinatorProcedure
    .input(RecognitionEventRef)
    .mutation(async ({ ctx, input }) => {
      const event = await eventOf(ctx, input.eventId);
      const rows: Awaited<ReturnType<typeof listInvitations>>["items"] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof listInvitations>> = await listInvitations(
          ctx.db,
          ctx.scope,
          event.id,
          { limit: 1000, cursor },
        );
        rows.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor && rows.length < MAX_INVITATIONS);
      await writeAudit(ctx.db, ctx.scope, {
        actorUserId: ctx.user.userId,
        action: "person.export",
        subjectType: "recognition_invitations",
        subjectId: event.id,
        details: { rows: rows.length },
      });
      return {
        filename: `einladungsliste-${event.heldOn}.csv`,
        content: invitationsCsv(
          rows.map((row) => ({
            ...withReasons(row),
            mailedOn: row.mailedAt ? todayIn(row.mailedAt) : null,
          })),
        ),
        rows: rows.length,
      };
    }),

  /**
   * Mails every invitation not mailed yet through the outbox: each mail and its mark are written
   * in one transaction, and locked rows are skipped, so nobody is invited twice.
   */
  sendInvitations: coordinatorProcedure
    .input(RecognitionEventRef)
    .mutation(async ({ ctx, input }) => {
      const event = await eventOf(ctx, input.eventId);
      assertUpcoming(ctx, event);
      let sent = 0;
      for (;;) {
        const mailed = await ctx.db.transaction(async (tx) => {
          const batch = await lockUnmailedInvitations(tx, ctx.scope, event.id, MAIL_BATCH);
          for (const invitation of batch) {
            await enqueueMail(
              tx,
              ctx.scope,
              invitationMail({
                to: invitation.email,
                firstName: invitation.firstName,
                cityName: ctx.city.name,
                event,
                reasons: readInvitationReasons(invitation.reason),
              }),
            );
          }
          await markInvitationsMailed(
            tx,
            ctx.scope,
            batch.map((i) => i.id),
            ctx.now(),
          );
          return batch.length;
        });
        sent += mailed;
        if (mailed < MAIL_BATCH) break;
      }
      return { sent };
    }),
} satisfies TRPCRouterRecord;
