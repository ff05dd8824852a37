import { and, count, desc, eq, lt, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { opportunities, organisations } from "../schema/index.ts";
import { decodeCursor, encodeCursor, type CityScope } from "./scope.ts";

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
  const after = decodeCursor(page.cursor);
  const published = and(
    eq(opportunities.cityId, scope.cityId),
    eq(opportunities.status, "published"),
  );
  const afterCursor =
    after && after.length === 2
      ? or(
          lt(opportunities.publishedAt, new Date(String(after[0]))),
          and(
            eq(opportunities.publishedAt, new Date(String(after[0]))),
            lt(opportunities.id, String(after[1])),
          ),
        )
      : undefined;
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
    .innerJoin(
      organisations,
      and(
        eq(organisations.cityId, opportunities.cityId),
        eq(organisations.id, opportunities.organisationId),
      ),
    )
    .where(and(published, afterCursor))
    .orderBy(desc(opportunities.publishedAt), desc(opportunities.id))
    .limit(page.limit + 1);
  const [totals] = await db.select({ total: count() }).from(opportunities).where(published);
  const items = rows.slice(0, page.limit) as OpportunityCard[];
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > page.limit && last
        ? encodeCursor([last.publishedAt.toISOString(), last.id])
        : null,
    total: totals?.total ?? 0,
  };
}
