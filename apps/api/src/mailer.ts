import type { Logger } from "@engagiert/api";
import type { Database } from "@engagiert/db/client";
import {
  claimDueMails,
  markMailFailed,
  markMailLogged,
  markMailSent,
  unloggedMails,
} from "@engagiert/db/queries/outbox";
import nodemailer from "nodemailer";

const MAX_ATTEMPTS = 8;
const BATCH = 20;
/** A claimed mail is due again after this long if its worker died before marking it. */
const DEFAULT_LEASE_MS = 5 * 60_000;

/**
 * One Message-ID per outbox row, the same on every attempt: deliveries can be matched to rows,
 * and a copy sent again after a crash (see the lease below) is recognisable as the same mail.
 */
export function messageIdOf(mail: { id: string }, from: string): string {
  const domain = /@([^\s<>@]+)>?\s*$/.exec(from)?.[1] ?? "engagiert.invalid";
  return `<${mail.id}@${domain}>`;
}

/** Waits longer after each failure: 1, 2, 4 … minutes, at most a day. */
export function retryDelayMs(attempts: number): number {
  return Math.min(24 * 60, 2 ** attempts) * 60_000;
}

/** `stop` resolves once a batch being sent is recorded, so a shutdown never sends a mail twice. */
export type Mailer = { runOnce: () => Promise<number>; stop: () => Promise<void> };

/**
 * Delivers the outbox. With `smtpUrl` each mail goes out by SMTP with retries; without it, mail
 * stays in the outbox and each one is printed to the log once, so a local start needs nothing.
 */
export function startMailer(options: {
  db: Database;
  smtpUrl: string | null;
  from: string;
  log: Logger;
  intervalMs?: number;
  /** How long a claimed mail stays this worker's (MAIL_LEASE_SECONDS). */
  leaseMs?: number;
  now?: () => Date;
}): Mailer {
  const { db, log } = options;
  const now = options.now ?? (() => new Date());
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;

  async function runOnce(): Promise<number> {
    if (!transport) {
      const mails = await unloggedMails(db, BATCH);
      for (const mail of mails) {
        log.info("mail kept in outbox (no SMTP_URL)", {
          to: mail.toEmail,
          subject: mail.subject,
          body: mail.bodyText,
        });
        await markMailLogged(db, mail, now());
      }
      return mails.length;
    }
    // Each mail is sent outside any transaction and marked on its own, so a slow or failing
    // server never holds a connection or undoes the record of mails already delivered.
    const due = await claimDueMails(db, now(), {
      limit: BATCH,
      maxAttempts: MAX_ATTEMPTS,
      leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
    });
    for (const mail of due) {
      try {
        await transport.sendMail({
          messageId: messageIdOf(mail, options.from),
          from: options.from,
          to: mail.toEmail,
          subject: mail.subject,
          text: mail.bodyText,
        });
      } catch (error) {
        const retryAt = new Date(now().getTime() + retryDelayMs(mail.attempts));
        await markMailFailed(db, mail, String(error), retryAt);
        log.warn("mail delivery failed", { to: mail.toEmail, attempts: mail.attempts + 1 });
        continue;
      }
      // SMTP cannot make the server's acceptance and this record one step: a process that dies
      // after the server accepted the mail and before this line commits sends it again once the
      // lease ends. That one mail per worker is the only copy a crash can cause; it carries the
      // same Message-ID, so mail programs that drop duplicates show it once.
      await markMailSent(db, mail, now());
    }
    return due.length;
  }

  let running = true;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  const loop = async () => {
    current = runOnce().catch((error: unknown) => {
      log.error("mailer failed", { error: String(error) });
    });
    await current;
    if (running) timer = setTimeout(loop, options.intervalMs ?? 2000);
  };
  if (options.intervalMs !== 0) timer = setTimeout(loop, 0);
  return {
    runOnce,
    stop: async () => {
      running = false;
      clearTimeout(timer);
      await current;
    },
  };
}
