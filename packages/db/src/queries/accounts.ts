import { and, count, eq, gt, inArray, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { organisations, sessions, signInAttempts, signInLinks, users } from "../schema/index.ts";
import type { CityScope } from "./scope.ts";

export type SessionUser = {
  userId: string;
  email: string;
  displayName: string;
  role: (typeof users.$inferSelect)["role"];
  organisationId: string | null;
  organisationName: string | null;
  personId: string | null;
};

export async function findUserByEmail(db: Executor, scope: CityScope, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.cityId, scope.cityId), eq(users.email, email)))
    .limit(1);
  return user ?? null;
}

export async function markSignedIn(db: Executor, scope: CityScope, userId: string, at: Date) {
  await db
    .update(users)
    .set({ lastSignInAt: at })
    .where(and(eq(users.cityId, scope.cityId), eq(users.id, userId)));
}

export async function createSession(
  db: Executor,
  scope: CityScope,
  session: {
    tokenHash: string;
    userId: string;
    now: Date;
    expiresAt: Date;
    /** Password accepted, second factor still to give. */
    pendingSecondFactor?: boolean;
  },
) {
  await db.insert(sessions).values({
    cityId: scope.cityId,
    tokenHash: session.tokenHash,
    userId: session.userId,
    createdAt: session.now,
    lastSeenAt: session.now,
    expiresAt: session.expiresAt,
    pendingSecondFactor: session.pendingSecondFactor ?? false,
  });
}

/**
 * The user behind a session token, if the session is neither past its absolute end nor idle
 * for longer than `idleMs`. A live session is touched, so activity keeps it alive. A session
 * still waiting for the second factor is no sign-in yet: it finds nobody here.
 */
export async function findSessionUser(
  db: Executor,
  scope: CityScope,
  tokenHash: string,
  now: Date,
  idleMs: number,
): Promise<SessionUser | null> {
  const idleSince = new Date(now.getTime() - idleMs);
  const [row] = await db
    .select({
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      personId: users.personId,
    })
    .from(sessions)
    .innerJoin(users, and(eq(users.cityId, sessions.cityId), eq(users.id, sessions.userId)))
    .leftJoin(
      organisations,
      and(eq(organisations.cityId, users.cityId), eq(organisations.id, users.organisationId)),
    )
    .where(
      and(
        eq(sessions.cityId, scope.cityId),
        eq(sessions.tokenHash, tokenHash),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, idleSince),
        eq(sessions.pendingSecondFactor, false),
        eq(users.isActive, true),
      ),
    )
    .limit(1);
  if (!row) return null;
  // Touch at most once a minute: reads stay cheap and the idle timeout stays exact enough.
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.cityId, scope.cityId), eq(sessions.id, row.sessionId)));
  }
  const { sessionId: _s, lastSeenAt: _l, ...user } = row;
  return user;
}

/** A new password hash; the moment is kept so the security page can show it. */
export async function setPasswordHash(
  db: Executor,
  scope: CityScope,
  userId: string,
  passwordHash: string,
  at: Date,
) {
  await db
    .update(users)
    .set({ passwordHash, passwordChangedAt: at })
    .where(and(eq(users.cityId, scope.cityId), eq(users.id, userId)));
}

/** Ends every session of a user except the one given (after a change of password or factor). */
export async function deleteOtherSessions(
  db: Executor,
  scope: CityScope,
  userId: string,
  keepTokenHash: string | null,
) {
  const removed = await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.cityId, scope.cityId),
        eq(sessions.userId, userId),
        keepTokenHash ? ne(sessions.tokenHash, keepTokenHash) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return removed.length;
}

export async function deleteSession(db: Executor, scope: CityScope, tokenHash: string) {
  await db
    .delete(sessions)
    .where(and(eq(sessions.cityId, scope.cityId), eq(sessions.tokenHash, tokenHash)));
}

export type AttemptLimit = { key: string; limit: number };

export type AttemptReservation =
  { allowed: true; attemptIds: string[] } | { allowed: false; key: string; oldest: Date };

/**
 * Counts an attempt against one or more limits before the attempt is checked, so parallel
 * requests cannot all pass a check that none of them has yet recorded. Each key is locked for
 * the transaction; if any limit is reached nothing is recorded. The attempts are stored as
 * failures and turned into successes by `markAttemptsSucceeded` when the attempt succeeds.
 */
export async function reserveAttempts(
  db: Executor,
  scope: CityScope,
  limits: AttemptLimit[],
  now: Date,
  since: Date,
): Promise<AttemptReservation> {
  const sorted = [...limits].sort((a, b) => a.key.localeCompare(b.key));
  return db.transaction(async (tx) => {
    for (const { key } of sorted) {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${scope.cityId}:${key}`}))`);
    }
    for (const { key, limit } of sorted) {
      const { failures, oldest } = await countFailedAttempts(tx, scope, key, since);
      if (failures >= limit && oldest) return { allowed: false, key, oldest } as const;
    }
    const rows = await tx
      .insert(signInAttempts)
      .values(sorted.map(({ key }) => ({ cityId: scope.cityId, key, succeeded: false, at: now })))
      .returning({ id: signInAttempts.id });
    return { allowed: true, attemptIds: rows.map((r) => r.id) } as const;
  });
}

export async function markAttemptsSucceeded(db: Executor, scope: CityScope, attemptIds: string[]) {
  if (attemptIds.length === 0) return;
  await db
    .update(signInAttempts)
    .set({ succeeded: true })
    .where(and(eq(signInAttempts.cityId, scope.cityId), inArray(signInAttempts.id, attemptIds)));
}

export async function recordSignInAttempt(
  db: Executor,
  scope: CityScope,
  attempt: { key: string; succeeded: boolean; at: Date },
) {
  await db.insert(signInAttempts).values({ cityId: scope.cityId, ...attempt });
}

/** Failed attempts for a key since a moment, and the oldest of them (for Retry-After). */
export async function countFailedAttempts(
  db: Executor,
  scope: CityScope,
  key: string,
  since: Date,
) {
  const [row] = await db
    .select({ failures: count(), oldest: sql<Date | null>`min(${signInAttempts.at})` })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.cityId, scope.cityId),
        eq(signInAttempts.key, key),
        eq(signInAttempts.succeeded, false),
        gt(signInAttempts.at, since),
      ),
    );
  const oldest = row?.oldest ? new Date(row.oldest) : null;
  return { failures: row?.failures ?? 0, oldest };
}

export async function createSignInLink(
  db: Executor,
  scope: CityScope,
  link: { tokenHash: string; userId: string; expiresAt: Date },
) {
  await db.insert(signInLinks).values({ cityId: scope.cityId, ...link });
}

/**
 * Uses a one-time link: succeeds once, only before it expires. The update is the check, so two
 * simultaneous clicks cannot both sign in.
 */
export async function consumeSignInLink(
  db: Executor,
  scope: CityScope,
  tokenHash: string,
  now: Date,
) {
  const [link] = await db
    .update(signInLinks)
    .set({ usedAt: now })
    .where(
      and(
        eq(signInLinks.cityId, scope.cityId),
        eq(signInLinks.tokenHash, tokenHash),
        isNull(signInLinks.usedAt),
        gt(signInLinks.expiresAt, now),
      ),
    )
    .returning({ userId: signInLinks.userId });
  if (!link) return null;
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(eq(users.cityId, scope.cityId), eq(users.id, link.userId), eq(users.isActive, true)),
    );
  return user ? link : null;
}

/**
 * Removes what sign-in leaves behind once it is of no use: sessions past their absolute end or
 * idle for too long,
 * links that expired, and attempts older than a day (the limits look back minutes).
 */
export async function deleteStaleSignInRecords(
  db: Executor,
  scope: CityScope,
  now: Date,
  sessionIdleMs: number,
) {
  const dayAgo = new Date(now.getTime() - 24 * 3_600_000);
  const idleSince = new Date(now.getTime() - sessionIdleMs);
  const removedSessions = await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.cityId, scope.cityId),
        or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince)),
      ),
    )
    .returning({ id: sessions.id });
  const removedLinks = await db
    .delete(signInLinks)
    .where(and(eq(signInLinks.cityId, scope.cityId), lt(signInLinks.expiresAt, now)))
    .returning({ id: signInLinks.id });
  const removedAttempts = await db
    .delete(signInAttempts)
    .where(and(eq(signInAttempts.cityId, scope.cityId), lt(signInAttempts.at, dayAgo)))
    .returning({ id: signInAttempts.id });
  return {
    sessions: removedSessions.length,
    links: removedLinks.length,
    attempts: removedAttempts.length,
  };
}
