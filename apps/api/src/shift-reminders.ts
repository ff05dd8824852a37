import type { Logger } from "@engagiert/api";
import { shiftReminderMail } from "@engagiert/api/mail/shift-mails";
import type { Database } from "@engagiert/db/client";
import { listPlatformCityIds } from "@engagiert/db/queries/cities";
import { enqueueMail } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import { getReminderCity, markReminded, signupsToRemind } from "@engagiert/db/queries/shifts";
import { isReminderDue } from "@engagiert/domain/opportunities";

const BATCH = 200;
/** Shifts up to two days ahead are looked at; the domain rule decides which are due today. */
const LOOK_AHEAD_MS = 2 * 24 * 3_600_000;

/**
 * Queues the reminder the day before each confirmed shift (Europe/Berlin day), once per sign-up:
 * `reminded_at` is set in the same transaction as the mail is queued.
 */
export async function runShiftReminders(db: Database, now: Date, publicAppUrl: string) {
  let queued = 0;
  for (const cityId of await listPlatformCityIds(db)) {
    const scope = cityScope(cityId);
    const city = await getReminderCity(db, scope);
    const window = { from: now, to: new Date(now.getTime() + LOOK_AHEAD_MS) };
    const seen = new Set<string>();
    for (;;) {
      const batch = (await signupsToRemind(db, scope, window, BATCH)).filter(
        (s) => !seen.has(s.signupId),
      );
      if (batch.length === 0) break;
      for (const signup of batch) {
        seen.add(signup.signupId);
        if (!isReminderDue(signup, now)) continue;
        const calendarUrl = new URL(`/api/calendar/shift/${signup.shiftId}.ics`, publicAppUrl);
        if (city) calendarUrl.searchParams.set("city", city.slug);
        const didQueue = await db.transaction(async (tx) => {
          if (!(await markReminded(tx, scope, signup.signupId, now))) return false;
          await enqueueMail(
            tx,
            scope,
            shiftReminderMail({
              to: signup.email,
              firstName: signup.firstName,
              cityName: city?.name ?? "",
              opportunityTitle: signup.title,
              startsAt: signup.startsAt,
              endsAt: signup.endsAt,
              address: signup.address,
              calendarUrl: calendarUrl.toString(),
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

/** Runs the reminders now and then every `intervalMs` (a quarter of an hour by default). */
export function startShiftReminders(
  db: Database,
  log: Logger,
  publicAppUrl: string,
  intervalMs = 15 * 60_000,
) {
  const run = () =>
    runShiftReminders(db, new Date(), publicAppUrl).then(
      (result) => {
        if (result.queued > 0) log.info("shift reminders", result);
      },
      (error: unknown) => log.error("shift reminders failed", { error: String(error) }),
    );
  void run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
