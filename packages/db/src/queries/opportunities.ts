import { and, count, desc, eq, lt, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { opportunities, organisations } from "../schema/index.ts";
import { keysetPage, readCursor } from "./pagination.ts";
import type { CityScope } from "./scope.ts";
import { organisationOfOpportunity } from "./joins.ts";

/** What a visitor sees of an opportunity in a list. */
export type OpportunityCard = {
  id: string;
  title: string;
  summary: string;
  format: "one_off" | "project" | "regular";
  categories: string[];
  district: string | null;
  isRemote: boolean;
  minimumAge: number;
  organisationName: string;
  publishedAt: Date;
};

/** Published opportunities, newest first, one page at a time (keyset on published_at, id). */
export async function listNewestPublished(
  db: Executor,
  scope: CityScope,
  page: { limit: number; cursor?: string | null },
): Promise<{ items: OpportunityCard[]; nextCursor: string | null; total: number }> {
  const after = readCursor(page.cursor, ["timestamp", "uuid"]);
  const published = and(
    eq(opportunities.cityId, scope.cityId),
    eq(opportunities.status, "published"),
  );
  const afterCursor =
    after &&
    or(
      lt(opportunities.publishedAt, new Date(after[0]!)),
      and(eq(opportunities.publishedAt, new Date(after[0]!)), lt(opportunities.id, after[1]!)),
    );
  const rows = await db
    .select({
      id: opportunities.id,
      title: opportunities.title,
      summary: opportunities.summary,
      format: opportunities.format,
      categories: opportunities.categories,
      district: opportunities.district,
      isRemote: opportunities.isRemote,
      minimumAge: opportunities.minimumAge,
      organisationName: organisations.name,
      publishedAt: sql<Date>`${opportunities.publishedAt}`.mapWith(opportunities.publishedAt),
    })
    .from(opportunities)
    .innerJoin(organisations, organisationOfOpportunity)
    .where(and(published, afterCursor ?? undefined))
    .orderBy(desc(opportunities.publishedAt), desc(opportunities.id))
    .limit(page.limit + 1);
  const [totals] = await db.select({ total: count() }).from(opportunities).where(published);
  return {
    ...keysetPage(rows as OpportunityCard[], page.limit, (last) => [
      last.publishedAt.toISOString(),
      last.id,
    ]),
    total: totals?.total ?? 0,
  };
}
