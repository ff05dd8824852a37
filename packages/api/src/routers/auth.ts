import {
  consumeSignInLink,
  createSession,
  createSignInLink,
  deleteSession,
  findSessionUser,
  findUserByEmail,
  markAttemptsSucceeded,
  markSignedIn,
  reserveAttempts,
  type AttemptLimit,
} from "@engagiert/db/queries/accounts";
import { enqueueMail } from "@engagiert/db/queries/outbox";
import {
  PasswordSignIn,
  SIGN_IN_LIMITS,
  SignInLinkRedeem,
  SignInLinkRequest,
  secondsUntilWindowFrees,
  signsInWithPassword,
} from "@engagiert/domain/access";
import { type TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { clearedSessionCookie, sessionCookie } from "../auth/cookies.ts";
import { decoyHash, verifyPassword } from "../auth/password.ts";
import { hashToken, newToken } from "../auth/tokens.ts";
import type { Context } from "../context.ts";
import { signInLinkMail } from "../mail/templates.ts";
import { publicProcedure, refuse } from "../trpc.ts";

const WRONG_CREDENTIALS = "E-Mail-Adresse oder Passwort stimmen nicht.";

function tooMany(retryAfterSeconds: number): TRPCError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const message = `Zu viele Versuche. Bitte versuchen Sie es in ${minutes} Minute${minutes === 1 ? "" : "n"} erneut.`;
  return refuse("TOO_MANY_REQUESTS", "too_many_attempts", message, retryAfterSeconds);
}

/**
 * Counts this attempt against the limits before anything is checked; refuses with 429 and the
 * time until the oldest counted failure leaves the window.
 */
async function reserve(ctx: Context, limits: AttemptLimit[]) {
  const now = ctx.now();
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const reservation = await reserveAttempts(ctx.db, ctx.scope, limits, now, since);
  if (!reservation.allowed) {
    throw tooMany(secondsUntilWindowFrees(reservation.oldest, now));
  }
  return reservation.attemptIds;
}

/** Opens a session for a user and sets its cookie. */
async function openSession(ctx: Context, userId: string) {
  const now = ctx.now();
  const token = newToken();
  const absoluteMs = ctx.settings.sessionAbsoluteHours * 3_600_000;
  await createSession(ctx.db, ctx.scope, {
    tokenHash: hashToken(token),
    userId,
    now,
    expiresAt: new Date(now.getTime() + absoluteMs),
  });
  await markSignedIn(ctx.db, ctx.scope, userId, now);
  ctx.setCookie(sessionCookie(token, Math.floor(absoluteMs / 1000), ctx.settings));
  const user = await findSessionUser(
    ctx.db,
    ctx.scope,
    hashToken(token),
    now,
    ctx.settings.sessionIdleMinutes * 60_000,
  );
  return { user };
}

export const authRouter = {
  /** Who is signed in (or nobody). */
  me: publicProcedure.query(({ ctx }) => ({ user: ctx.user })),

  /** Staff and network members: e-mail and password. */
  signIn: publicProcedure.input(PasswordSignIn).mutation(async ({ ctx, input }) => {
    const attempts = await reserve(ctx, [
      { key: `password:${input.email}`, limit: SIGN_IN_LIMITS.failuresPerAccount },
      { key: `client:${ctx.clientAddress}`, limit: SIGN_IN_LIMITS.failuresPerClient },
    ]);
    const user = await findUserByEmail(ctx.db, ctx.scope, input.email);
    const hash = user?.isActive && signsInWithPassword(user.role) ? user.passwordHash : null;
    const ok = await verifyPassword(hash ?? (await decoyHash()), input.password);
    if (!ok || !hash || !user) {
      ctx.log.warn("sign-in refused", { city: ctx.city.slug });
      throw refuse("UNAUTHORIZED", "wrong_credentials", WRONG_CREDENTIALS);
    }
    await markAttemptsSucceeded(ctx.db, ctx.scope, attempts);
    return openSession(ctx, user.id);
  }),

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
