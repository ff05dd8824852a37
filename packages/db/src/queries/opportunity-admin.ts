import {
  Schedule,
  type OpportunityInput,
  type OpportunityStatus,
} from "@engagiert/domain/opportunities";
import { and, count, eq, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { opportunities, organisations } from "../schema/index.ts";
import { opportunityColumns } from "./opportunity-rows.ts";
import { keysetPage, readCursor } from "./pagination.ts";
import { syncOpportunityShifts } from "./shifts.ts";
import type { CityScope } from "./scope.ts";
import { organisationOfOpportunity } from "./joins.ts";

export type OpportunityRow = typeof opportunities.$inferSelect;

/** One row of the staff's opportunity list. */
export type AdminOpportunityItem = {
  id: string;
  title: string;
  status: OpportunityStatus;
  format: "one_off" | "project" | "regular";
  organisationId: string;
  organisationName: string;
  capacity: number;
  updatedAt: Date;
  sortKey: string;
};

/** An organisation's (or, with `organisationId: null`, the city's) opportunities, last changed first. */
export async function listOpportunitiesForAdmin(
  db: Executor,
  scope: CityScope,
  filter: { organisationId: string | null; status: OpportunityStatus | null },
  page: { limit: number; cursor?: string | null },
) {
  const conditions: (SQL | undefined)[] = [
    eq(opportunities.cityId, scope.cityId),
    filter.organisationId ? eq(opportunities.organisationId, filter.organisationId) : undefined,
    filter.status ? eq(opportunities.status, filter.status) : undefined,
  ];
  const where = and(...conditions);
  const after = readCursor(page.cursor, ["timestamp", "uuid"]);
  const afterCursor = after
    ? sql`(${opportunities.updatedAt}, ${opportunities.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
    : undefined;
  const rows = await db
    .select({
      id: opportunities.id,
      title: opportunities.title,
      status: opportunities.status,
      format: opportunities.format,
      organisationId: opportunities.organisationId,
      organisationName: organisations.name,
      capacity: opportunities.capacity,
      updatedAt: opportunities.updatedAt,
      sortKey: sql<string>`${opportunities.updatedAt}::text`,
    })
    .from(opportunities)
    .innerJoin(organisations, organisationOfOpportunity)
    .where(and(where, afterCursor))
    .orderBy(sql`${opportunities.updatedAt} desc, ${opportunities.id} desc`)
    .limit(page.limit + 1);
  const [totals] = await db.select({ total: count() }).from(opportunities).where(where);
  return {
    ...keysetPage(rows as AdminOpportunityItem[], page.limit, (last) => [last.sortKey, last.id]),
    total: totals?.total ?? 0,
  };
}

export async function getOpportunityRow(
  db: Executor,
  scope: CityScope,
  id: string,
  options: { lock?: boolean } = {},
): Promise<OpportunityRow | null> {
  const query = db
    .select()
    .from(opportunities)
    .where(and(eq(opportunities.cityId, scope.cityId), eq(opportunities.id, id)));
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

/** The editor's input back from a stored row (to edit or duplicate it). */
export function inputOfRow(row: OpportunityRow): OpportunityInput {
  return {
    organisationId: row.organisationId,
    title: row.title,
    summary: row.summary,
    description: row.description,
    categories: row.categories,
    // Stored as JSON: the shifts' times come back as strings and are read as dates again.
    schedule: Schedule.safeParse(row.schedule).data ?? row.schedule,
    location:
      row.isRemote || row.address === null || row.district === null
        ? { kind: "remote" }
        : {
            kind: "place",
            address: row.address,
            district: row.district,
            coordinates: { lat: row.latitude ?? 0, lng: row.longitude ?? 0 },
          },
    accessibility: row.accessibility,
    minimumAge: row.minimumAge,
    involvesMinorContact: row.involvesMinorContact,
    requiredQualifications: row.requiredQualifications,
    languages: row.languages,
    capacity: row.capacity,
    contact: row.contact,
  };
}

export async function insertOpportunity(
  db: Executor,
  scope: CityScope,
  input: OpportunityInput,
): Promise<OpportunityRow> {
  const [row] = await db
    .insert(opportunities)
    .values({ cityId: scope.cityId, ...opportunityColumns(input), status: "draft" })
    .returning();
  await syncOpportunityShifts(db, scope, row!.id, shiftsOf(input));
  return row!;
}

export async function updateOpportunity(
  db: Executor,
  scope: CityScope,
  id: string,
  input: OpportunityInput,
  now: Date,
): Promise<OpportunityRow | null> {
  const [row] = await db
    .update(opportunities)
    .set({ ...opportunityColumns(input), updatedAt: now })
    .where(and(eq(opportunities.cityId, scope.cityId), eq(opportunities.id, id)))
    .returning();
  if (row) await syncOpportunityShifts(db, scope, row.id, shiftsOf(input));
  return row ?? null;
}

/** The shifts a volunteer can sign up for: those of a one-off schedule, none otherwise. */
const shiftsOf = (input: OpportunityInput) =>
  input.schedule.format === "one_off" ? input.schedule.shifts : [];

export async function setOpportunityStatus(
  db: Executor,
  scope: CityScope,
  id: string,
  status: OpportunityStatus,
  publishedAt: Date | null,
  now: Date,
) {
  const [row] = await db
    .update(opportunities)
    .set({ status, publishedAt, updatedAt: now })
    .where(and(eq(opportunities.cityId, scope.cityId), eq(opportunities.id, id)))
    .returning();
  return row ?? null;
}

export async function organisationExists(db: Executor, scope: CityScope, id: string) {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.cityId, scope.cityId), eq(organisations.id, id)));
  return row !== undefined;
}
