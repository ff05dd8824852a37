import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { hourEntries } from "../schema/index.ts";
import { readDayCursor, selectEntries } from "./hours.ts";
import { keysetPage } from "./pagination.ts";
import type { CityScope } from "./scope.ts";

export type QueueFilter = {
  /** Staff: their organisation; the coordination office: one organisation or (null) the city. */
  organisationId: string | null;
  personId?: string | null;
  engagementId?: string | null;
  /** `YYYY-MM` */
  month?: string | null;
};

function nextMonth(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, "0")}-01`;
}

/** The pending entries the filter names: carried by the (city, organisation, status, day) index. */
function queueWhere(scope: CityScope, filter: QueueFilter): SQL {
  return and(
    eq(hourEntries.cityId, scope.cityId),
    filter.organisationId ? eq(hourEntries.organisationId, filter.organisationId) : undefined,
    eq(hourEntries.status, "pending"),
    filter.personId ? eq(hourEntries.personId, filter.personId) : undefined,
    filter.engagementId ? eq(hourEntries.engagementId, filter.engagementId) : undefined,
    filter.month ? sql`${hourEntries.workedOn} >= ${`${filter.month}-01`}::date` : undefined,
    filter.month ? sql`${hourEntries.workedOn} < ${nextMonth(filter.month)}::date` : undefined,
  )!;
}

/** The approval queue: pending entries, oldest day first, page by page, with how many wait. */
export async function approvalQueue(
  db: Executor,
  scope: CityScope,
  filter: QueueFilter,
  page: { limit: number; cursor?: string | null },
) {
  const after = readDayCursor(page.cursor);
  const where = queueWhere(scope, filter);
  const [rows, [total]] = await Promise.all([
    selectEntries(db)
      .where(
        and(
          where,
          after
            ? sql`(${hourEntries.workedOn}, ${hourEntries.id}) > (${after.day}::date, ${after.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(asc(hourEntries.workedOn), asc(hourEntries.id))
      .limit(page.limit + 1),
    db.select({ n: count() }).from(hourEntries).where(where),
  ]);
  return {
    ...keysetPage(rows, page.limit, (last) => [last.workedOn, last.id]),
    total: total?.n ?? 0,
  };
}

/**
 * Approves the pending entries among `entryIds` — for staff only those of their organisation —
 * in one statement, and answers which were approved. Entries approved, returned or deleted in the
 * meantime, or of another organisation, are left as they are.
 */
export async function approveEntries(
  db: Executor,
  scope: CityScope,
  change: {
    entryIds: readonly string[];
    organisationId: string | null;
    reviewerUserId: string;
    now: Date;
  },
) {
  if (change.entryIds.length === 0) return [];
  const rows = await db
    .update(hourEntries)
    .set({ status: "approved", reviewedByUserId: change.reviewerUserId, reviewedAt: change.now })
    .where(
      and(
        eq(hourEntries.cityId, scope.cityId),
        inArray(hourEntries.id, [...new Set(change.entryIds)]),
        eq(hourEntries.status, "pending"),
        change.organisationId ? eq(hourEntries.organisationId, change.organisationId) : undefined,
      ),
    )
    .returning({ id: hourEntries.id });
  return rows.map((r) => r.id);
}

/** Sends a pending entry back to the volunteer with a comment; false if it is no longer pending. */
export async function returnEntry(
  db: Executor,
  scope: CityScope,
  change: { entryId: string; comment: string; reviewerUserId: string; now: Date },
) {
  const rows = await db
    .update(hourEntries)
    .set({
      status: "returned",
      returnComment: change.comment,
      reviewedByUserId: change.reviewerUserId,
      reviewedAt: change.now,
    })
    .where(
      and(
        eq(hourEntries.cityId, scope.cityId),
        eq(hourEntries.id, change.entryId),
        eq(hourEntries.status, "pending"),
      ),
    )
    .returning({ id: hourEntries.id });
  return rows.length === 1;
}
