import { SecondFactorCode, TotpSetupConfirm } from "@engagiert/domain/access";
import {
  checkSecondFactor,
  confirmTotpSetup,
  endPendingSession,
  newTotpSetup,
  requirePendingSession,
} from "../auth/second-factor.ts";
import { openSession } from "../auth/sessions.ts";
import { publicProcedure, refuse } from "../trpc.ts";

/**
 * The step after the password for whom it applies: give the code (or a recovery code), or, for
 * a role that requires a second factor and has none yet, set one up first. Each needs the
 * waiting session that `auth.signIn` opened, and ends in a full session.
 */
export const secondFactorProcedures = {
  verifySecondFactor: publicProcedure.input(SecondFactorCode).mutation(async ({ ctx, input }) => {
    const pending = await requirePendingSession(ctx);
    if (!pending.totpEnabledAt) {
      throw refuse(
        "BAD_REQUEST",
        "second_factor_setup_needed",
        "Bitte richten Sie zuerst Ihre Authentifizierungs-App ein.",
      );
    }
    const result = await checkSecondFactor(ctx, pending, input.code);
    await endPendingSession(ctx, pending);
    const { user } = await openSession(ctx, pending.userId);
    return { user, recoveryCodesLeft: result.recoveryCodesLeft };
  }),

  startSecondFactorSetup: publicProcedure.mutation(async ({ ctx }) => {
    const pending = await requirePendingSession(ctx);
    if (pending.totpEnabledAt) {
      throw refuse(
        "BAD_REQUEST",
        "second_factor_set_up",
        "Ihr zweiter Faktor ist schon eingerichtet. Bitte geben Sie den Code aus Ihrer App ein.",
      );
    }
    return newTotpSetup(ctx, pending.email);
  }),

  confirmSecondFactorSetup: publicProcedure
    .input(TotpSetupConfirm)
    .mutation(async ({ ctx, input }) => {
      const pending = await requirePendingSession(ctx);
      if (pending.totpEnabledAt) {
        throw refuse(
          "BAD_REQUEST",
          "second_factor_set_up",
          "Ihr zweiter Faktor ist schon eingerichtet. Bitte geben Sie den Code aus Ihrer App ein.",
        );
      }
      const recoveryCodes = await confirmTotpSetup(ctx, pending.userId, input);
      await endPendingSession(ctx, pending);
      const { user } = await openSession(ctx, pending.userId);
      return { user, recoveryCodes };
    }),
};
