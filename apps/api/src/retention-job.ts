import type { Logger } from "@engagiert/api";
import { inactivityNoticeWriter } from "@engagiert/api/mail/retention-mail";
import type { Database } from "@engagiert/db/client";
import { runRetention, type RetentionCounts } from "@engagiert/db/queries/retention";
import { lastScheduledRun, listRetentionCities } from "@engagiert/db/queries/retention-runs";
import { cityScope } from "@engagiert/db/queries/scope";

/** The schedule runs once a day per city; a run on demand does not count as the day's run. */
const DAY_MS = 24 * 3_600_000;
/** A little less than a day, so an hourly check never drifts a whole hour per day. */
const DUE_AFTER_MS = DAY_MS - 30 * 60_000;

/**
 * The daily retention run (DSGVO Art. 5(1)(e)) for every city that has not had its scheduled run
 * in the last day: applications that never became an engagement, inactive accounts (notice,
 * then deletion), Führungszeugnis records (§72a(5) SGB VIII) and the texts of delivered mail,
 * each by the city's own periods.
 */
export async function runRetentionJob(db: Database, now: Date, publicAppUrl: string) {
  const ran: { city: string; counts: RetentionCounts }[] = [];
  const failed: { city: string; error: string }[] = [];
  for (const city of await listRetentionCities(db)) {
    const scope = cityScope(city.id);
    // One city's failure leaves the others' runs as they are; it is tried again within the hour.
    try {
      const last = await lastScheduledRun(db, scope);
      if (last && now.getTime() - last.getTime() < DUE_AFTER_MS) continue;
      const { counts } = await runRetention(db, scope, {
        now,
        settings: city.settings,
        dryRun: false,
        triggeredByUserId: null,
        noticeMail: inactivityNoticeWriter(city, city.settings.inactivityMonths, publicAppUrl),
      });
      ran.push({ city: city.slug, counts });
    } catch (error) {
      failed.push({ city: city.slug, error: String(error) });
    }
  }
  return { ran, failed };
}

/** Checks now and then every `intervalMs` (an hour by default) whether a city's daily run is due. */
export function startRetentionJob(
  db: Database,
  log: Logger,
  publicAppUrl: string,
  intervalMs = 3_600_000,
) {
  const run = () =>
    runRetentionJob(db, new Date(), publicAppUrl).then(
      ({ ran, failed }) => {
        for (const { city, counts } of ran) log.info("retention run", { city, ...counts });
        for (const { city, error } of failed) log.error("retention run failed", { city, error });
      },
      (error: unknown) => log.error("retention run failed", { error: String(error) }),
    );
  void run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
