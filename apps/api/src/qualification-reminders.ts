import type { Logger } from "@engagiert/api";
import { qualificationReminderMail } from "@engagiert/api/mail/qualification-mails";
import type { Database } from "@engagiert/db/client";
import { listPlatformCityIds } from "@engagiert/db/queries/cities";
import { enqueueMail } from "@engagiert/db/queries/outbox";
import { markReminded, recordsToRemind } from "@engagiert/db/queries/qualifications";
import { cityScope } from "@engagiert/db/queries/scope";
import { getReminderCity } from "@engagiert/db/queries/shifts";
import { daysBetween } from "@engagiert/domain/qualifications";

const BATCH = 200;
const DAY_MS = 24 * 3_600_000;

/** The day in Göppingen (Europe/Berlin), whatever the server's time zone. */
const berlinDay = (now: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(now);

/**
 * Queues one e-mail per qualification record that enters its type's reminder period (first aid:
 * 60 days, Juleica: 90 days before its last valid day), once: `reminded_at` is set in the same
 * transaction as the mail is queued.
 */
export async function runQualificationReminders(db: Database, now: Date, publicAppUrl: string) {
  const today = berlinDay(now);
  let queued = 0;
  for (const cityId of await listPlatformCityIds(db)) {
    const scope = cityScope(cityId);
    const city = await getReminderCity(db, scope);
    const link = new URL("/meine-qualifikationen", publicAppUrl).toString();
    const seen = new Set<string>();
    for (;;) {
      const batch = (await recordsToRemind(db, scope, today, BATCH)).filter((r) => !seen.has(r.id));
      if (batch.length === 0) break;
      for (const record of batch) {
        seen.add(record.id);
        const didQueue = await db.transaction(async (tx) => {
          if (!(await markReminded(tx, scope, record.id, now))) return false;
          await enqueueMail(
            tx,
            scope,
            qualificationReminderMail({
              to: record.email,
              firstName: record.firstName,
              cityName: city?.name ?? "",
              typeNameDe: record.nameDe,
              typeNameEn: record.nameEn,
              validUntil: record.validUntil,
              daysLeft: daysBetween(today, record.validUntil),
              myQualificationsUrl: link,
            }),
          );
          return true;
        });
        if (didQueue) queued += 1;
      }
      if (batch.length < BATCH) break;
    }
  }
  return { queued };
}

/** Runs the reminders now and then once a day; a record is reminded once, whenever the job runs. */
export function startQualificationReminders(
  db: Database,
  log: Logger,
  publicAppUrl: string,
  intervalMs = DAY_MS,
) {
  const run = () =>
    runQualificationReminders(db, new Date(), publicAppUrl).then(
      (result) => {
        if (result.queued > 0) log.info("qualification reminders", result);
      },
      (error: unknown) => log.error("qualification reminders failed", { error: String(error) }),
    );
  void run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
