import { deleteOtherSessions, setPasswordHash } from "@engagiert/db/queries/accounts";
import { writeAudit } from "@engagiert/db/queries/audit";
import {
  disableTotp,
  getSignInSecurity,
  replaceRecoveryCodes,
} from "@engagiert/db/queries/second-factor";
import {
  PasswordChange,
  PasswordConfirm,
  SignedInTotpSetupConfirm,
  requiresSecondFactor,
  signsInWithPassword,
} from "@engagiert/domain/access";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { passwordLimits, reserve, succeeded } from "../auth/attempts.ts";
import { hashPassword, verifyPassword } from "../auth/password.ts";
import { checkNewPassword } from "../auth/password-policy.ts";
import {
  hashRecoveryCode,
  newRecoveryCodes,
  normaliseRecoveryCode,
} from "../auth/recovery-codes.ts";
import { confirmTotpSetup, newTotpSetup } from "../auth/second-factor.ts";
import { hashToken } from "../auth/tokens.ts";
import type { Context } from "../context.ts";
import { refuse, signedInProcedure } from "../trpc.ts";
import { fieldErrors } from "./akquise-helpers.ts";

/** Anyone signed in with a password (staff and network roles), for their own account only. */
const passwordUserProcedure = signedInProcedure.use(({ ctx, next }) => {
  if (!signsInWithPassword(ctx.actor.role)) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Sie melden sich per E-Mail-Link an und haben kein Passwort.",
    });
  }
  return next();
});

async function securityOf(ctx: Context & { user: { userId: string } }) {
  const security = await getSignInSecurity(ctx.db, ctx.scope, ctx.user.userId);
  if (!security?.passwordHash) throw new TRPCError({ code: "UNAUTHORIZED" });
  return { ...security, passwordHash: security.passwordHash };
}

/**
 * Asks for the password again before a change to how someone signs in, so an unlocked screen
 * is not enough. Wrong guesses count against the same limit as sign-in.
 */
async function confirmPassword(
  ctx: Context,
  account: { email: string; passwordHash: string },
  password: string,
  field: string,
) {
  const attempts = await reserve(ctx, passwordLimits(ctx, account.email));
  if (!(await verifyPassword(account.passwordHash, password))) {
    throw fieldErrors([{ path: [field], message: "Das Passwort stimmt nicht." }]);
  }
  await succeeded(ctx, attempts);
}

function currentTokenHash(ctx: Context) {
  return ctx.sessionToken ? hashToken(ctx.sessionToken) : null;
}

const audit = (ctx: Context & { user: { userId: string } }, action: string) =>
  writeAudit(ctx.db, ctx.scope, {
    actorUserId: ctx.user.userId,
    action,
    subjectType: "user",
    subjectId: ctx.user.userId,
  });

export const securityRouter = {
  /** How the signed-in person signs in: password date, second factor, recovery codes left. */
  overview: passwordUserProcedure.query(async ({ ctx }) => {
    const security = await securityOf(ctx);
    return {
      passwordChangedAt: security.passwordChangedAt,
      totpEnabledAt: security.totpEnabledAt,
      isSecondFactorRequired: requiresSecondFactor(ctx.actor.role),
      recoveryCodesLeft: security.totpEnabledAt ? security.recoveryCodesLeft : 0,
    };
  }),

  /** A new password (checked against the rules); every other session of the person ends. */
  changePassword: passwordUserProcedure.input(PasswordChange).mutation(async ({ ctx, input }) => {
    const security = await securityOf(ctx);
    await confirmPassword(ctx, security, input.currentPassword, "currentPassword");
    const check = checkNewPassword(input.newPassword, security);
    if (!check.ok) throw fieldErrors([{ path: ["newPassword"], message: check.message }]);
    if (input.newPassword === input.currentPassword) {
      throw fieldErrors([
        { path: ["newPassword"], message: "Das neue Passwort ist dasselbe wie das bisherige." },
      ]);
    }
    const now = ctx.now();
    await setPasswordHash(
      ctx.db,
      ctx.scope,
      ctx.user.userId,
      await hashPassword(input.newPassword),
      now,
    );
    const endedSessions = await deleteOtherSessions(
      ctx.db,
      ctx.scope,
      ctx.user.userId,
      currentTokenHash(ctx),
    );
    await audit(ctx, "security.password_changed");
    return { changedAt: now, endedSessions };
  }),

  /** A new secret to scan; nothing changes until `confirmTotpSetup`. */
  startTotpSetup: passwordUserProcedure.mutation(({ ctx }) => newTotpSetup(ctx, ctx.user.email)),

  /**
   * Sets up the authenticator app, or replaces the one in use (a new phone): the old app and
   * the old recovery codes stop working, and every other session ends.
   */
  confirmTotpSetup: passwordUserProcedure
    .input(SignedInTotpSetupConfirm)
    .mutation(async ({ ctx, input }) => {
      const security = await securityOf(ctx);
      await confirmPassword(ctx, security, input.password, "password");
      const recoveryCodes = await confirmTotpSetup(ctx, ctx.user.userId, input);
      await deleteOtherSessions(ctx.db, ctx.scope, ctx.user.userId, currentTokenHash(ctx));
      await audit(ctx, "security.second_factor_set_up");
      return { recoveryCodes };
    }),

  /** Ten new recovery codes, answered once; the old ones stop working. */
  regenerateRecoveryCodes: passwordUserProcedure
    .input(PasswordConfirm)
    .mutation(async ({ ctx, input }) => {
      const security = await securityOf(ctx);
      if (!security.totpEnabledAt) {
        throw refuse(
          "BAD_REQUEST",
          "second_factor_not_set_up",
          "Wiederherstellungscodes gibt es erst, wenn die Authentifizierungs-App eingerichtet ist.",
        );
      }
      await confirmPassword(ctx, security, input.password, "password");
      const codes = newRecoveryCodes();
      await replaceRecoveryCodes(
        ctx.db,
        ctx.scope,
        ctx.user.userId,
        codes.map((code) => hashRecoveryCode(ctx.user.userId, normaliseRecoveryCode(code)!)),
        ctx.now(),
      );
      await audit(ctx, "security.recovery_codes_renewed");
      return { recoveryCodes: codes };
    }),

  /** Only where the role leaves it optional (staff of one organisation, network members). */
  disableTotp: passwordUserProcedure.input(PasswordConfirm).mutation(async ({ ctx, input }) => {
    if (requiresSecondFactor(ctx.actor.role)) {
      throw refuse(
        "FORBIDDEN",
        "second_factor_required",
        "Für Ihre Rolle ist der zweite Faktor vorgeschrieben. Sie können ihn neu einrichten, aber nicht ausschalten.",
      );
    }
    const security = await securityOf(ctx);
    await confirmPassword(ctx, security, input.password, "password");
    await disableTotp(ctx.db, ctx.scope, ctx.user.userId);
    await audit(ctx, "security.second_factor_disabled");
    return { disabled: true as const };
  }),
} satisfies TRPCRouterRecord;
