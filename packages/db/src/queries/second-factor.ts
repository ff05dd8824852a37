import { and, count, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { recoveryCodes, sessions, signInAttempts, users } from "../schema/index.ts";
import type { CityScope } from "./scope.ts";

/**
 * A session whose password was accepted and that waits for the second factor (or for its set-up),
 * with what the check needs. Null once it is past its short life or the user was deactivated.
 */
export async function findPendingSession(
  db: Executor,
  scope: CityScope,
  tokenHash: string,
  now: Date,
) {
  const [row] = await db
    .select({
      tokenHash: sessions.tokenHash,
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      totpSecret: users.totpSecret,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(sessions)
    .innerJoin(users, and(eq(users.cityId, sessions.cityId), eq(users.id, sessions.userId)))
    .where(
      and(
        eq(sessions.cityId, scope.cityId),
        eq(sessions.tokenHash, tokenHash),
        eq(sessions.pendingSecondFactor, true),
        gt(sessions.expiresAt, now),
        eq(users.isActive, true),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** How a user signs in: password, the authenticator (if set up) and recovery codes left. */
export async function getSignInSecurity(db: Executor, scope: CityScope, userId: string) {
  const [user] = await db
    .select({
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      passwordHash: users.passwordHash,
      passwordChangedAt: users.passwordChangedAt,
      totpSecret: users.totpSecret,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(users)
    .where(and(eq(users.cityId, scope.cityId), eq(users.id, userId)))
    .limit(1);
  if (!user) return null;
  return { ...user, recoveryCodesLeft: await countRecoveryCodesLeft(db, scope, userId) };
}

export async function countRecoveryCodesLeft(db: Executor, scope: CityScope, userId: string) {
  const [row] = await db
    .select({ left: count() })
    .from(recoveryCodes)
    .where(
      and(
        eq(recoveryCodes.cityId, scope.cityId),
        eq(recoveryCodes.userId, userId),
        isNull(recoveryCodes.usedAt),
      ),
    );
  return row?.left ?? 0;
}

/**
 * Records that a user signed in with the code of one time step; false if that step was used
 * before, so a code seen over someone's shoulder cannot be used again (RFC 6238, section 5.2).
 * The record lives with the sign-in attempts and is cleared with them after a day, long after
 * the step stopped being accepted.
 */
export async function claimTotpStep(
  db: Executor,
  scope: CityScope,
  userId: string,
  step: number,
  at: Date,
): Promise<boolean> {
  const key = `totp-step:${userId}:${step}`;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${scope.cityId}:${key}`}))`);
    const [used] = await tx
      .select({ id: signInAttempts.id })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.cityId, scope.cityId), eq(signInAttempts.key, key)))
      .limit(1);
    if (used) return false;
    await tx.insert(signInAttempts).values({ cityId: scope.cityId, key, succeeded: true, at });
    return true;
  });
}

/** Uses one recovery code: true once, and never again for the same code. */
export async function useRecoveryCode(
  db: Executor,
  scope: CityScope,
  userId: string,
  codeHash: string,
  at: Date,
): Promise<boolean> {
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(
      and(
        eq(recoveryCodes.cityId, scope.cityId),
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return used.length > 0;
}

/** Replaces all of a user's recovery codes (used or not) by new ones, given as hashes. */
export async function replaceRecoveryCodes(
  db: Executor,
  scope: CityScope,
  userId: string,
  codeHashes: string[],
  at: Date,
) {
  await db.transaction(async (tx) => {
    await tx
      .delete(recoveryCodes)
      .where(and(eq(recoveryCodes.cityId, scope.cityId), eq(recoveryCodes.userId, userId)));
    await tx
      .insert(recoveryCodes)
      .values(
        codeHashes.map((codeHash) => ({ cityId: scope.cityId, userId, codeHash, createdAt: at })),
      );
  });
}

/** Turns the authenticator on (or replaces it) with its first recovery codes, all or nothing. */
export async function enableTotp(
  db: Executor,
  scope: CityScope,
  userId: string,
  setup: { secret: string; at: Date; codeHashes: string[] },
) {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecret: setup.secret, totpEnabledAt: setup.at })
      .where(and(eq(users.cityId, scope.cityId), eq(users.id, userId)));
    await replaceRecoveryCodes(tx, scope, userId, setup.codeHashes, setup.at);
  });
}

/** Turns the second factor off: the secret and every recovery code are gone. */
export async function disableTotp(db: Executor, scope: CityScope, userId: string) {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null })
      .where(and(eq(users.cityId, scope.cityId), eq(users.id, userId)));
    await tx
      .delete(recoveryCodes)
      .where(and(eq(recoveryCodes.cityId, scope.cityId), eq(recoveryCodes.userId, userId)));
  });
}
