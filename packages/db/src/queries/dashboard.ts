import { and, count, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { engagements, opportunities, organisations } from "../schema/index.ts";
import type { CityScope } from "./scope.ts";

export type DashboardCounts = {
  publishedOpportunities: number;
  draftOpportunities: number;
  openApplications: number;
  onboarding: number;
  activeVolunteers: number;
  pausedEngagements: number;
};

/**
 * The counts on the departments' start page, for one organisation or (without one) the whole
 * city. Counted in the database: one grouped query per table, whatever the number of rows.
 */
export async function dashboardCounts(
  db: Executor,
  scope: CityScope,
  organisationId: string | null,
): Promise<DashboardCounts> {
  const opportunityRows = await db
    .select({ status: opportunities.status, n: count() })
    .from(opportunities)
    .where(
      and(
        eq(opportunities.cityId, scope.cityId),
        organisationId ? eq(opportunities.organisationId, organisationId) : undefined,
      ),
    )
    .groupBy(opportunities.status);
  const engagementRows = await db
    .select({
      status: engagements.status,
      n: count(),
      people: sql<number>`count(distinct ${engagements.personId})`.mapWith(Number),
    })
    .from(engagements)
    .where(
      and(
        eq(engagements.cityId, scope.cityId),
        organisationId ? eq(engagements.organisationId, organisationId) : undefined,
        // An application counts once the applicant confirmed it (double opt-in).
        isNotNull(engagements.confirmedAt),
        inArray(engagements.status, ["submitted", "in_contact", "onboarding", "active", "paused"]),
      ),
    )
    .groupBy(engagements.status);
  const opp = (s: string) => opportunityRows.find((r) => r.status === s)?.n ?? 0;
  const eng = (s: string) => engagementRows.find((r) => r.status === s);
  return {
    publishedOpportunities: opp("published"),
    draftOpportunities: opp("draft"),
    openApplications: (eng("submitted")?.n ?? 0) + (eng("in_contact")?.n ?? 0),
    onboarding: eng("onboarding")?.n ?? 0,
    activeVolunteers: eng("active")?.people ?? 0,
    pausedEngagements: eng("paused")?.n ?? 0,
  };
}

export async function listOrganisations(db: Executor, scope: CityScope) {
  return db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      kind: organisations.kind,
    })
    .from(organisations)
    .where(eq(organisations.cityId, scope.cityId))
    .orderBy(organisations.kind, organisations.name);
}

export async function getOrganisation(db: Executor, scope: CityScope, organisationId: string) {
  const [row] = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.cityId, scope.cityId), eq(organisations.id, organisationId)))
    .limit(1);
  return row ?? null;
}
