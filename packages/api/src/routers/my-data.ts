import { erasePerson } from "@engagiert/db/queries/erasure";
import { giveUpShifts } from "@engagiert/db/queries/erasure-places";
import { exportPersonData } from "@engagiert/db/queries/my-data";
import {
  listOwnConsents,
  withdrawOpenApplications,
  withdrawOwnConsent,
} from "@engagiert/db/queries/my-data-consents";
import { writeAudit } from "@engagiert/db/queries/audit";
import { consentEffect, ConsentRef, DeleteAccountInput } from "@engagiert/domain/privacy";
import { PageInput } from "@engagiert/domain/shared";
import type { TRPCRouterRecord } from "@trpc/server";
import { clearedSessionCookie } from "../auth/cookies.ts";
import type { Context } from "../context.ts";
import { authorize, refuse, volunteerProcedure } from "../trpc.ts";
import { releasePlaces } from "./my-data-places.ts";

/** The signed-in volunteer's own person, after the policy allowed the action on it. */
function ownPerson(ctx: Context, action: "person.read" | "engagement.move"): string {
  const personId = ctx.actor.kind === "user" ? ctx.actor.personId : null;
  authorize(ctx, action, { cityId: ctx.city.id, personId });
  if (!personId) throw refuse("FORBIDDEN", "forbidden", "Nur für Engagierte.");
  return personId;
}

/**
 * "Meine Daten" (DSGVO Art. 7, 15, 17, 20): a volunteer's consents and their withdrawal, all their
 * data as one file, and the deletion of their account. Every read and change is scoped to the
 * city of the request and the signed-in volunteer's own person.
 */
export const myDataRouter = {
  /** The volunteer's consents, newest first: purpose, version, when given and withdrawn. */
  consents: volunteerProcedure.input(PageInput).query(async ({ ctx, input }) => {
    const personId = ownPerson(ctx, "person.read");
    return listOwnConsents(ctx.db, ctx.scope, personId, input);
  }),

  /**
   * Withdraws a consent, for its purpose, and does what the withdrawal means: for applications
   * every application that has not started is withdrawn; for shifts the sign-ups for shifts
   * still to come are cancelled and their places go to whoever waits.
   */
  withdrawConsent: volunteerProcedure.input(ConsentRef).mutation(async ({ ctx, input }) => {
    const personId = ownPerson(ctx, "engagement.move");
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const purpose = await withdrawOwnConsent(tx, ctx.scope, personId, input.consentId, now);
      if (!purpose) {
        throw refuse(
          "NOT_FOUND",
          "consent_not_found",
          "Diese Einwilligung gibt es nicht oder sie ist schon widerrufen.",
        );
      }
      const effect = consentEffect(purpose);
      let withdrawnApplications = 0;
      let cancelledShifts = 0;
      if (effect === "withdraw_open_applications") {
        withdrawnApplications = await withdrawOpenApplications(
          tx,
          ctx.scope,
          personId,
          ctx.user.userId,
          now,
        );
      } else if (effect === "cancel_future_shifts") {
        const freed = await giveUpShifts(tx, ctx.scope, personId, now);
        cancelledShifts = freed.length;
        await releasePlaces(tx, ctx, { shiftIds: freed, trainingIds: [] }, now);
      }
      await writeAudit(tx, ctx.scope, {
        actorUserId: ctx.user.userId,
        action: "consent.withdrawn",
        subjectType: "consent",
        subjectId: input.consentId,
        personId,
        details: { purpose, withdrawnApplications, cancelledShifts },
      });
      return { purpose, effect, withdrawnApplications, cancelledShifts };
    });
  }),

  /** All the volunteer's data as one JSON document (the format `MyDataExport` describes). */
  export: volunteerProcedure.query(async ({ ctx }) => {
    const personId = ownPerson(ctx, "person.read");
    const data = await exportPersonData(ctx.db, ctx.scope, personId, {
      city: { slug: ctx.city.slug, name: ctx.city.name },
      now: ctx.now(),
    });
    if (!data) throw refuse("NOT_FOUND", "not_found", "Zu diesem Konto gibt es keine Daten.");
    return data;
  }),

  /**
   * Deletes the volunteer's account and personal data (DSGVO Art. 17) and signs them out. Places
   * in shifts and trainings still to come go to whoever waits; hours stay without a name.
   */
  deleteAccount: volunteerProcedure.input(DeleteAccountInput).mutation(async ({ ctx }) => {
    const personId = ownPerson(ctx, "engagement.move");
    const now = ctx.now();
    await ctx.db.transaction(async (tx) => {
      const result = await erasePerson(tx, ctx.scope, personId, {
        now,
        actorUserId: ctx.user.userId,
        reason: "own_request",
      });
      if (!result.erased)
        throw refuse("NOT_FOUND", "not_found", "Dieses Konto gibt es nicht mehr.");
      await releasePlaces(
        tx,
        ctx,
        { shiftIds: result.freedShiftIds, trainingIds: result.freedTrainingIds },
        now,
      );
    });
    ctx.setCookie(clearedSessionCookie(ctx.settings));
    return { deleted: true as const };
  }),
} satisfies TRPCRouterRecord;
