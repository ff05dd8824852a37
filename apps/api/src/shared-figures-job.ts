import type { Logger } from "@engagiert/api";
import type { Database } from "@engagiert/db/client";
import { cityScope } from "@engagiert/db/queries/scope";
import { listSharingCityIds, refreshSharedFigures } from "@engagiert/db/queries/shared-figures";

const DAY_MS = 24 * 3_600_000;

/**
 * Recomputes the shared figures of every city that shares them, each from its own data and in
 * its own transaction: one city's failure does not keep the others' figures from being fresh.
 */
export async function runSharedFiguresRefresh(db: Database, now: Date, log: Logger) {
  let refreshed = 0;
  let failed = 0;
  for (const cityId of await listSharingCityIds(db)) {
    try {
      if (await refreshSharedFigures(db, cityScope(cityId), now)) refreshed += 1;
    } catch (error) {
      failed += 1;
      log.error("shared figures refresh failed", { cityId, error: String(error) });
    }
  }
  return { refreshed, failed };
}

/** Refreshes the shared figures now and then once a day. */
export function startSharedFiguresRefresh(db: Database, log: Logger, intervalMs = DAY_MS) {
  const run = () =>
    runSharedFiguresRefresh(db, new Date(), log).then(
      (result) => {
        if (result.refreshed > 0 || result.failed > 0) log.info("shared figures refreshed", result);
      },
      (error: unknown) => log.error("shared figures refresh failed", { error: String(error) }),
    );
  void run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
