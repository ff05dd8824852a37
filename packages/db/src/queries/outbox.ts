import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { outbox } from "../schema/index.ts";
import type { CityScope } from "./scope.ts";

export type OutgoingMail = { kind: string; toEmail: string; subject: string; bodyText: string };

/** Queue an e-mail; call it inside the transaction of the change that causes it. */
export async function enqueueMail(db: Executor, scope: CityScope, mail: OutgoingMail) {
  const [row] = await db
    .insert(outbox)
    .values({ cityId: scope.cityId, ...mail })
    .returning({ id: outbox.id });
  return row!.id;
}

export type PendingMail = typeof outbox.$inferSelect;

/**
 * The next mails due, across all cities (the worker serves the whole installation). Rows are
 * locked with SKIP LOCKED so several API instances never deliver the same mail twice.
 */
export async function claimDueMails(db: Executor, now: Date, limit: number, maxAttempts: number) {
  return db
    .select()
    .from(outbox)
    .where(
      and(
        isNull(outbox.sentAt),
        lte(outbox.nextAttemptAt, now),
        sql`${outbox.attempts} < ${maxAttempts}`,
      ),
    )
    .orderBy(asc(outbox.nextAttemptAt))
    .limit(limit)
    .for("update", { skipLocked: true });
}

/** Mails not yet printed to the log (used when no SMTP server is configured). */
export async function unloggedMails(db: Executor, limit: number) {
  return db
    .select()
    .from(outbox)
    .where(and(isNull(outbox.sentAt), isNull(outbox.loggedAt)))
    .orderBy(asc(outbox.createdAt))
    .limit(limit);
}

const byKey = (mail: { cityId: string; id: string }) =>
  and(eq(outbox.cityId, mail.cityId), eq(outbox.id, mail.id));

export async function markMailLogged(db: Executor, mail: { cityId: string; id: string }, at: Date) {
  await db.update(outbox).set({ loggedAt: at }).where(byKey(mail));
}

export async function markMailSent(db: Executor, mail: { cityId: string; id: string }, at: Date) {
  await db.update(outbox).set({ sentAt: at, lastError: null }).where(byKey(mail));
}

export async function markMailFailed(
  db: Executor,
  mail: { cityId: string; id: string; attempts: number },
  error: string,
  retryAt: Date,
) {
  await db
    .update(outbox)
    .set({ attempts: mail.attempts + 1, lastError: error.slice(0, 500), nextAttemptAt: retryAt })
    .where(byKey(mail));
}

/** The newest mails to one address, newest first (for "e-mails sent" and tests). */
export async function mailsTo(db: Executor, scope: CityScope, toEmail: string, limit = 20) {
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.cityId, scope.cityId), eq(outbox.toEmail, toEmail)))
    .orderBy(sql`${outbox.createdAt} desc`)
    .limit(limit);
}
