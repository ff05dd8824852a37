import { and, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { hourEntries } from "../schema/index.ts";
import type { CityScope } from "./scope.ts";

const later = alias(hourEntries, "later_correction");

/**
 * The condition for hour entries that count as approved hours (the domain's `effectiveEntries`
 * in SQL): approved, and not replaced by a later correction. A correction always names the
 * original entry it corrects, so an original is replaced by any correction of it, and a
 * correction by a later correction of the same original. Combine it with filters on
 * `hour_entries` (organisation, person, days); the city-first indexes on `hour_entries` carry it.
 */
export function countsAsApproved(scope: CityScope): SQL {
  return and(
    eq(hourEntries.cityId, scope.cityId),
    eq(hourEntries.status, "approved"),
    sql`not exists (
      select 1 from ${later}
      where ${later.cityId} = ${hourEntries.cityId}
        and ${later.correctsEntryId} = coalesce(${hourEntries.correctsEntryId}, ${hourEntries.id})
        and ${later.status} = 'approved'
        and (${hourEntries.correctsEntryId} is null or ${later.createdAt} > ${hourEntries.createdAt}
             or (${later.createdAt} = ${hourEntries.createdAt} and ${later.id} > ${hourEntries.id})))`,
  )!;
}
