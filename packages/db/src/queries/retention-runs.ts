import { RetentionSettings, retentionSettingsOf } from "@engagiert/domain/privacy";
import { and, asc, count, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { cities, retentionRuns } from "../schema/index.ts";
import { readTimestampCursor } from "./pagination.ts";
import { encodeCursor, type CityScope } from "./scope.ts";

export type RetentionRun = typeof retentionRuns.$inferSelect;

/** The city's retention runs, newest first (keyset on started_at, id). */
export async function listRetentionRuns(
  db: Executor,
  scope: CityScope,
  page: { limit: number; cursor?: string | null },
) {
  const after = readTimestampCursor(page.cursor);
  const rows = await db
    .select({
      id: retentionRuns.id,
      dryRun: retentionRuns.dryRun,
      isScheduled: sql<boolean>`${retentionRuns.triggeredByUserId} is null`,
      counts: retentionRuns.counts,
      startedAt: retentionRuns.startedAt,
      finishedAt: retentionRuns.finishedAt,
      cursorAt: sql<string>`${retentionRuns.startedAt}::text`,
    })
    .from(retentionRuns)
    .where(
      and(
        eq(retentionRuns.cityId, scope.cityId),
        after
          ? sql`(${retentionRuns.startedAt}, ${retentionRuns.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(retentionRuns.startedAt), desc(retentionRuns.id))
    .limit(page.limit + 1);
  const [totals] = await db
    .select({ total: count() })
    .from(retentionRuns)
    .where(eq(retentionRuns.cityId, scope.cityId));
  const items = rows.slice(0, page.limit).map(({ cursorAt: _c, ...row }) => row);
  const last = rows[page.limit - 1];
  return {
    items,
    total: totals?.total ?? 0,
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.cursorAt, last.id]) : null,
  };
}

/** When the schedule last ran for real in the city, if ever. */
export async function lastScheduledRun(db: Executor, scope: CityScope) {
  const [row] = await db
    .select({ startedAt: retentionRuns.startedAt })
    .from(retentionRuns)
    .where(
      and(
        eq(retentionRuns.cityId, scope.cityId),
        isNull(retentionRuns.triggeredByUserId),
        eq(retentionRuns.dryRun, false),
      ),
    )
    .orderBy(desc(retentionRuns.startedAt))
    .limit(1);
  return row?.startedAt ?? null;
}

/** The cities that run the platform, with the retention periods their configuration sets. */
export async function listRetentionCities(db: Executor) {
  const rows = await db
    .select({ id: cities.id, slug: cities.slug, name: cities.name, config: cities.config })
    .from(cities)
    .where(isNotNull(cities.config))
    .orderBy(asc(cities.slug));
  return rows.map(({ config, ...city }) => {
    const own = RetentionSettings.safeParse(config?.retention ?? {});
    return {
      ...city,
      settings: retentionSettingsOf({ retention: own.success ? own.data : undefined }),
    };
  });
}
