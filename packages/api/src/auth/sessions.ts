import { createSession, findSessionUser, markSignedIn } from "@engagiert/db/queries/accounts";
import { markUserActive } from "@engagiert/db/queries/retention";
import { PENDING_SECOND_FACTOR_MINUTES } from "@engagiert/domain/access";
import type { Context } from "../context.ts";
import { sessionCookie } from "./cookies.ts";
import { hashToken, newToken } from "./tokens.ts";

/** Opens a full session for a user, sets its cookie and answers with the signed-in user. */
export async function openSession(ctx: Context, userId: string) {
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
  // A volunteer signing in is active again: inactivity counts anew, a notice is void.
  await markUserActive(ctx.db, ctx.scope, userId, now);
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

/**
 * Opens a session that may only give the second factor (or set it up), for a few minutes. Once
 * the factor is given it is replaced by a full session under a new token, so a token seen
 * before the second factor is worth nothing after it.
 */
export async function openPendingSession(ctx: Context, userId: string) {
  const now = ctx.now();
  const token = newToken();
  const lifeMs = PENDING_SECOND_FACTOR_MINUTES * 60_000;
  await createSession(ctx.db, ctx.scope, {
    tokenHash: hashToken(token),
    userId,
    now,
    expiresAt: new Date(now.getTime() + lifeMs),
    pendingSecondFactor: true,
  });
  ctx.setCookie(sessionCookie(token, Math.floor(lifeMs / 1000), ctx.settings));
}
