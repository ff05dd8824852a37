import type { Coordinates } from "@engagiert/domain/shared";
import type { OpportunitySearch, SearchSort } from "@engagiert/domain/opportunities";
import { and, arrayOverlaps, asc, count, desc, eq, lt, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { opportunities, organisations } from "../schema/index.ts";
import type { OpportunityCard } from "./opportunities.ts";
import { readTimestampCursor } from "./pagination.ts";
import { encodeCursor, type CityScope } from "./scope.ts";
import { organisationOfOpportunity } from "./joins.ts";

export type SearchResultItem = OpportunityCard & { distanceKm: number | null };

export type SearchResult = {
  items: SearchResultItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  sort: SearchSort;
};

/** Great-circle distance in km from a point to the opportunity's place (haversine). */
function distanceKm(origin: Coordinates): SQL<number> {
  return sql<number>`(6371 * 2 * asin(sqrt(
    power(sin(radians(${opportunities.latitude} - ${origin.lat}) / 2), 2) +
    cos(radians(${origin.lat})) * cos(radians(${opportunities.latitude})) *
    power(sin(radians(${opportunities.longitude} - ${origin.lng}) / 2), 2))))`;
}

/**
 * The public search: German full text (stemming, so "Kindern" finds "Kinder") or, for typos,
 * trigram similarity on the title; filters on the schedule facets, place and requirements.
 * Only published opportunities of the scope's city. Paged by number, with a stable order
 * (the id breaks ties), so pages neither skip nor repeat an opportunity.
 */
export async function searchOpportunities(
  db: Executor,
  scope: CityScope,
  search: OpportunitySearch,
  options: { origin: Coordinates | null; sort: SearchSort },
): Promise<SearchResult> {
  const { origin, sort } = options;
  const distance = origin ? distanceKm(origin) : null;
  const filters = and(
    eq(opportunities.cityId, scope.cityId),
    eq(opportunities.status, "published"),
    search.categories.length > 0
      ? arrayOverlaps(opportunities.categories, search.categories)
      : undefined,
    search.format ? eq(opportunities.format, search.format) : undefined,
    search.district ? eq(opportunities.district, search.district) : undefined,
    distance && search.radiusKm
      ? and(sql`${opportunities.latitude} is not null`, sql`${distance} <= ${search.radiusKm}`)
      : undefined,
    search.weekdays.length > 0 ? arrayOverlaps(opportunities.weekdays, search.weekdays) : undefined,
    search.dayParts.length > 0 ? arrayOverlaps(opportunities.dayParts, search.dayParts) : undefined,
    search.isForMinors ? lt(opportunities.minimumAge, 18) : undefined,
    search.isStepFree
      ? or(
          eq(opportunities.isRemote, true),
          sql`(${opportunities.accessibility}->>'stepFree')::boolean is true`,
        )
      : undefined,
    search.isRemote ? eq(opportunities.isRemote, true) : undefined,
  );

  /** One page and the total in one pass (a window count), for a condition on the words. */
  async function run(words: SQL | undefined, rank: SQL<number> | null): Promise<SearchResult> {
    const where = and(filters, words);
    const order =
      sort === "relevance" && rank
        ? [desc(rank), desc(opportunities.publishedAt), desc(opportunities.id)]
        : sort === "distance" && distance
          ? [
              sql`${distance} asc nulls last`,
              desc(opportunities.publishedAt),
              desc(opportunities.id),
            ]
          : [desc(opportunities.publishedAt), desc(opportunities.id)];
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
        distanceKm: distance
          ? sql<number | null>`round((${distance})::numeric, 1)`.mapWith(Number)
          : sql<null>`null`,
        total: sql<number>`count(*) over()`.mapWith(Number),
      })
      .from(opportunities)
      .innerJoin(organisations, organisationOfOpportunity)
      .where(where)
      .orderBy(...order)
      .limit(search.pageSize)
      .offset((search.page - 1) * search.pageSize);
    // Past the last page the window count has no row to ride on: count on its own then.
    const total =
      rows[0]?.total ??
      (search.page > 1
        ? ((await db.select({ total: count() }).from(opportunities).where(where))[0]?.total ?? 0)
        : 0);
    return {
      items: rows.map(({ total: _total, ...row }) => ({
        ...row,
        distanceKm: row.distanceKm === null || Number.isNaN(row.distanceKm) ? null : row.distanceKm,
      })),
      total,
      page: search.page,
      pageSize: search.pageSize,
      pageCount: Math.ceil(total / search.pageSize),
      sort,
    };
  }

  if (!search.q) return run(undefined, null);
  // German full text first (stemming: "Kindern" finds "Kinder"); only when the words match
  // nothing in the city, trigram similarity on the title forgives typos ("Lesepatenshaft"). Checking both for every
  // search would compare trigrams of every title of the city on every request.
  const query = sql`websearch_to_tsquery('german', ${search.q})`;
  const exact = await run(
    sql`${opportunities.searchVector} @@ ${query}`,
    sql<number>`ts_rank(${opportunities.searchVector}, ${query})`,
  );
  if (exact.total > 0) return exact;
  // Words the city's texts know, only filtered away, are no typo: the empty answer is right.
  const [known] = await db
    .select({ id: opportunities.id })
    .from(opportunities)
    .where(
      and(
        eq(opportunities.cityId, scope.cityId),
        eq(opportunities.status, "published"),
        sql`${opportunities.searchVector} @@ ${query}`,
      ),
    )
    .limit(1);
  if (known) return exact;
  return run(
    // pg_trgm's word similarity (threshold 0.6), answered by the title's trigram index.
    sql`${search.q} <% ${opportunities.title}`,
    sql<number>`word_similarity(${search.q}, ${opportunities.title})`,
  );
}

/** Everything a visitor needs to decide, of one published opportunity of the city. */
export async function getPublishedOpportunity(db: Executor, scope: CityScope, id: string) {
  const [row] = await db
    .select({
      opportunity: opportunities,
      organisation: {
        id: organisations.id,
        name: organisations.name,
        kind: organisations.kind,
        email: organisations.email,
      },
    })
    .from(opportunities)
    .innerJoin(organisations, organisationOfOpportunity)
    .where(
      and(
        eq(opportunities.cityId, scope.cityId),
        eq(opportunities.id, id),
        eq(opportunities.status, "published"),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** An opportunity as the city's open-data portal gets it: no person's name, e-mail or phone. */
export type OpenDataOpportunity = {
  id: string;
  title: string;
  summary: string;
  organisation: string;
  organisationKind: "department" | "partner";
  categories: string[];
  format: "one_off" | "project" | "regular";
  isRemote: boolean;
  address: string | null;
  district: string | null;
  latitude: number | null;
  longitude: number | null;
  isStepFree: boolean;
  minimumAge: number;
  involvesMinorContact: boolean;
  languages: string[];
  capacity: number;
  startsOn: string | null;
  endsOn: string | null;
  publishedAt: Date;
};

/** Published opportunities for open data, oldest first, page by page (keyset on published_at, id). */
export async function listOpenData(
  db: Executor,
  scope: CityScope,
  page: { limit: number; cursor?: string | null },
): Promise<{ items: OpenDataOpportunity[]; nextCursor: string | null }> {
  const after = readTimestampCursor(page.cursor);
  const afterCursor = after
    ? sql`(${opportunities.publishedAt}, ${opportunities.id}) > (${after.at}::timestamptz, ${after.id}::uuid)`
    : undefined;
  const rows = await db
    .select({
      id: opportunities.id,
      title: opportunities.title,
      summary: opportunities.summary,
      organisation: organisations.name,
      organisationKind: organisations.kind,
      categories: opportunities.categories,
      format: opportunities.format,
      isRemote: opportunities.isRemote,
      address: opportunities.address,
      district: opportunities.district,
      latitude: opportunities.latitude,
      longitude: opportunities.longitude,
      isStepFree: sql<boolean>`coalesce((${opportunities.accessibility}->>'stepFree')::boolean, false)`,
      minimumAge: opportunities.minimumAge,
      involvesMinorContact: opportunities.involvesMinorContact,
      languages: opportunities.languages,
      capacity: opportunities.capacity,
      startsOn: opportunities.startsOn,
      endsOn: opportunities.endsOn,
      publishedAt: sql<Date>`${opportunities.publishedAt}`.mapWith(opportunities.publishedAt),
      cursorAt: sql<string>`${opportunities.publishedAt}::text`,
    })
    .from(opportunities)
    .innerJoin(organisations, organisationOfOpportunity)
    .where(
      and(
        eq(opportunities.cityId, scope.cityId),
        eq(opportunities.status, "published"),
        afterCursor,
      ),
    )
    .orderBy(asc(opportunities.publishedAt), asc(opportunities.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit).map(({ cursorAt: _c, ...item }) => item);
  const last = rows[page.limit - 1];
  return {
    items,
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.cursorAt, last.id]) : null,
  };
}
