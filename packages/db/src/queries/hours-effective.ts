import { and, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { hourEntries } from "../schema/index.ts";
import type { CityScope } from "./scope.ts";

const later = alias(hourEntries, "later_correction");

/**
 * The condition for hour entries that count as approved hours (the domain's `effectiveEntries`
 * in SQL): approved, and not replaced by a later correction. A correction always names the
 * original entry it corrects, so an original is replaced by any approved correction of it (one
 * hashed set of the city's corrected ids, not a look-up per entry), and a correction by a later
 * correction of the same original. Combine it with filters on `hour_entries` (organisation,
 * person, days); the city-first indexes on `hour_entries` carry it.
 */
export function countsAsApproved(scope: CityScope): SQL {
  return and(
    eq(hourEntries.cityId, scope.cityId),
    eq(hourEntries.status, "approved"),
    sql`(case when ${hourEntries.correctsEntryId} is null then
      ${hourEntries.id} not in (
        select ${later.correctsEntryId} from ${hourEntries} as ${later}
        where ${later.cityId} = ${scope.cityId}
          and ${later.correctsEntryId} is not null
          and ${later.status} = 'approved')
    else not exists (
      select 1 from ${hourEntries} as ${later}
      where ${later.cityId} = ${hourEntries.cityId}
        and ${later.correctsEntryId} = ${hourEntries.correctsEntryId}
        and ${later.status} = 'approved'
        and (${later.createdAt}, ${later.id}) > (${hourEntries.createdAt}, ${hourEntries.id}))
    end)`,
  )!;
}
