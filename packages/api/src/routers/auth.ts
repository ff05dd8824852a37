import {
  consumeSignInLink,
  createSignInLink,
  deleteSession,
  findUserByEmail,
} from "@engagiert/db/queries/accounts";
import { enqueueMail } from "@engagiert/db/queries/outbox";
import {
  PasswordSignIn,
  SIGN_IN_LIMITS,
  SignInLinkRedeem,
  SignInLinkRequest,
  requiresSecondFactor,
  signsInWithPassword,
} from "@engagiert/domain/access";
import { type TRPCRouterRecord } from "@trpc/server";
import { passwordLimits, reserve, succeeded } from "../auth/attempts.ts";
import { clearedSessionCookie } from "../auth/cookies.ts";
import { decoyHash, verifyPassword } from "../auth/password.ts";
import { openPendingSession, openSession } from "../auth/sessions.ts";
import { hashToken, newToken } from "../auth/tokens.ts";
import { signInLinkMail } from "../mail/templates.ts";
import { publicProcedure, refuse } from "../trpc.ts";
import { secondFactorProcedures } from "./auth-second-factor.ts";

const WRONG_CREDENTIALS = "E-Mail-Adresse oder Passwort stimmen nicht.";

export const authRouter = {
  /** Who is signed in (or nobody). */
  me: publicProcedure.query(({ ctx }) => ({ user: ctx.user })),

  /**
   * Staff and network members: e-mail and password. Someone with a second factor, or whose role
   * requires one, is not signed in yet: the answer names the next step ("code", or "setup" for a
   * required factor not set up yet) and the session may do nothing but that step.
   */
  signIn: publicProcedure.input(PasswordSignIn).mutation(async ({ ctx, input }) => {
    const attempts = await reserve(ctx, passwordLimits(ctx, input.email));
    const user = await findUserByEmail(ctx.db, ctx.scope, input.email);
    const hash = user?.isActive && signsInWithPassword(user.role) ? user.passwordHash : null;
    const ok = await verifyPassword(hash ?? (await decoyHash()), input.password);
    if (!ok || !hash || !user) {
      ctx.log.warn("sign-in refused", { city: ctx.city.slug });
      throw refuse("UNAUTHORIZED", "wrong_credentials", WRONG_CREDENTIALS);
    }
    await succeeded(ctx, attempts);
    const secondFactor = user.totpEnabledAt
      ? ("code" as const)
      : requiresSecondFactor(user.role)
        ? ("setup" as const)
        : null;
    if (!secondFactor) return { ...(await openSession(ctx, user.id)), secondFactor };
    await openPendingSession(ctx, user.id);
    return { user: null, secondFactor };
  }),

  ...secondFactorProcedures,

  /**
   * Volunteers: a one-time link by e-mail. The answer is the same whether or not the address is
   * known, so nobody can find out who volunteers here.
   */
  requestLink: publicProcedure.input(SignInLinkRequest).mutation(async ({ ctx, input }) => {
    // Every request counts, so nobody can flood an address or the outbox with mail.
    await reserve(ctx, [
      { key: `link:${input.email}`, limit: SIGN_IN_LIMITS.linkRequestsPerAccount },
      { key: `link-client:${ctx.clientAddress}`, limit: SIGN_IN_LIMITS.linkRequestsPerClient },
    ]);
    const now = ctx.now();
    await ctx.db.transaction(async (tx) => {
      const user = await findUserByEmail(tx, ctx.scope, input.email);
      if (!user || !user.isActive || user.role !== "volunteer") return;
      const token = newToken();
      const minutes = ctx.settings.signInLinkMinutes;
      await createSignInLink(tx, ctx.scope, {
        tokenHash: hashToken(token),
        userId: user.id,
        expiresAt: new Date(now.getTime() + minutes * 60_000),
      });
      const link = new URL("/anmelden/link", ctx.settings.publicAppUrl);
      link.searchParams.set("token", token);
      if (input.next) link.searchParams.set("weiter", input.next);
      await enqueueMail(
        tx,
        ctx.scope,
        signInLinkMail(user.email, ctx.city.name, link.toString(), minutes),
      );
    });
    return { sent: true as const };
  }),

  /** Follows a sign-in link: valid once, for a short time. */
  redeemLink: publicProcedure.input(SignInLinkRedeem).mutation(async ({ ctx, input }) => {
    const link = await consumeSignInLink(ctx.db, ctx.scope, hashToken(input.token), ctx.now());
    if (!link) {
      throw refuse(
        "BAD_REQUEST",
        "link_invalid",
        "Dieser Anmeldelink ist abgelaufen oder wurde schon benutzt. Bitte fordern Sie einen neuen an.",
      );
    }
    return openSession(ctx, link.userId);
  }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await deleteSession(ctx.db, ctx.scope, hashToken(ctx.sessionToken));
    ctx.setCookie(clearedSessionCookie(ctx.settings));
    return { signedOut: true as const };
  }),
} satisfies TRPCRouterRecord;
