import {
  markAttemptsSucceeded,
  reserveAttempts,
  type AttemptLimit,
} from "@engagiert/db/queries/accounts";
import { SIGN_IN_LIMITS, secondsUntilWindowFrees } from "@engagiert/domain/access";
import type { TRPCError } from "@trpc/server";
import type { Context } from "../context.ts";
import { refuse } from "../trpc.ts";

const berlinTime = new Intl.DateTimeFormat("de-DE", {
  timeZone: "Europe/Berlin",
  hour: "2-digit",
  minute: "2-digit",
});

/**
 * 429 with the seconds until the next try (the server sends them as Retry-After) and a sentence
 * that says when: "in 12 Minuten (ab 09:27 Uhr)".
 */
export function tooMany(retryAfterSeconds: number, now: Date, what = "Versuche"): TRPCError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const from = berlinTime.format(new Date(now.getTime() + retryAfterSeconds * 1000));
  const message = `Zu viele ${what} in kurzer Zeit. Bitte versuchen Sie es in ${minutes} Minute${minutes === 1 ? "" : "n"} erneut (ab ${from} Uhr).`;
  return refuse("TOO_MANY_REQUESTS", "too_many_attempts", message, retryAfterSeconds);
}

/**
 * Counts this attempt against the limits before anything is checked; refuses with 429 and the
 * time until the oldest counted failure leaves the window. Returns the attempts to mark as
 * succeeded when the check passes, so only failures count.
 */
export async function reserve(
  ctx: Context,
  limits: AttemptLimit[],
  windowMinutes: number = SIGN_IN_LIMITS.windowMinutes,
  what?: string,
): Promise<string[]> {
  const now = ctx.now();
  const since = new Date(now.getTime() - windowMinutes * 60_000);
  const reservation = await reserveAttempts(ctx.db, ctx.scope, limits, now, since);
  if (!reservation.allowed) {
    throw tooMany(secondsUntilWindowFrees(reservation.oldest, now, windowMinutes), now, what);
  }
  return reservation.attemptIds;
}

export function succeeded(ctx: Context, attemptIds: string[]) {
  return markAttemptsSucceeded(ctx.db, ctx.scope, attemptIds);
}

/** The sign-in limits on a password: per account and per client. */
export function passwordLimits(ctx: Context, email: string): AttemptLimit[] {
  return [
    { key: `password:${email}`, limit: SIGN_IN_LIMITS.failuresPerAccount },
    { key: `client:${ctx.clientAddress}`, limit: SIGN_IN_LIMITS.failuresPerClient },
  ];
}
