import type { Logger } from "@engagiert/api";
import type { Database } from "@engagiert/db/client";
import { deleteStaleSignInRecords } from "@engagiert/db/queries/accounts";
import { listPlatformCityIds } from "@engagiert/db/queries/cities";
import { cityScope } from "@engagiert/db/queries/scope";
import { refreshStatistics } from "@engagiert/db/queries/statistics";

/** Clears expired sessions, links and old sign-in attempts, city by city, and refreshes the
 * planner's statistics. */
export async function runHousekeeping(db: Database, now: Date, sessionIdleMs: number) {
  const totals = { sessions: 0, links: 0, attempts: 0 };
  for (const cityId of await listPlatformCityIds(db)) {
    const removed = await deleteStaleSignInRecords(db, cityScope(cityId), now, sessionIdleMs);
    totals.sessions += removed.sessions;
    totals.links += removed.links;
    totals.attempts += removed.attempts;
  }
  await refreshStatistics(db);
  return totals;
}

/** Runs housekeeping now and then every `intervalMs` (an hour by default). */
export function startHousekeeping(
  db: Database,
  log: Logger,
  sessionIdleMs: number,
  intervalMs = 3_600_000,
) {
  const run = () =>
    runHousekeeping(db, new Date(), sessionIdleMs).then(
      (removed) => log.info("housekeeping", removed),
      (error: unknown) => log.error("housekeeping failed", { error: String(error) }),
    );
  void run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
