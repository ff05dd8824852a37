import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import { isErasedEmail } from "@engagiert/domain/privacy";
import type { Database, Executor } from "../client.ts";
import { outbox } from "../schema/index.ts";
import type { CityScope } from "./scope.ts";

export type OutgoingMail = { kind: string; toEmail: string; subject: string; bodyText: string };

/**
 * Queue an e-mail; call it inside the transaction of the change that causes it. Nothing is
 * queued for an erased person's placeholder address (DSGVO Art. 17): it can never be delivered.
 */
export async function enqueueMail(db: Executor, scope: CityScope, mail: OutgoingMail) {
  if (isErasedEmail(mail.toEmail)) return null;
  const [row] = await db
    .insert(outbox)
    .values({ cityId: scope.cityId, ...mail })
    .returning({ id: outbox.id });
  return row!.id;
}

export type PendingMail = typeof outbox.$inferSelect;

/**
 * Takes the next mails due, across all cities (the worker serves the whole installation), and
 * leases them: they are not due again until `leaseMs` has passed, so another worker — or this one
 * after a crash — picks them up only if they were not marked sent or failed by then. Rows are
 * locked with SKIP LOCKED while the lease is written, so two workers never take the same mail.
 */
export async function claimDueMails(
  db: Database,
  now: Date,
  options: { limit: number; maxAttempts: number; leaseMs: number },
): Promise<PendingMail[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(outbox)
      .where(
        and(
          isNull(outbox.sentAt),
          lte(outbox.nextAttemptAt, now),
          sql`${outbox.attempts} < ${options.maxAttempts}`,
        ),
      )
      .orderBy(asc(outbox.nextAttemptAt))
      .limit(options.limit)
      .for("update", { skipLocked: true });
    const leasedUntil = new Date(now.getTime() + options.leaseMs);
    for (const mail of due) {
      await tx.update(outbox).set({ nextAttemptAt: leasedUntil }).where(byKey(mail));
    }
    return due;
  });
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
