import {
  CITY_SIZE_RANGES,
  type CitySizeClass,
  type PracticeQuery,
  type PracticeStatus,
} from "@engagiert/domain/network";
import { and, arrayContains, asc, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { cities, practiceAdoptions, practicePosts, practices } from "../schema/index.ts";
import { keysetPage, readCursor } from "./pagination.ts";
import type { CityScope } from "./scope.ts";

/*
 * The practice library: reference data every city reads once published. A draft is seen only
 * from its own city, and only by a member who may write practices; every query here that can
 * return a draft takes the viewer's scope and applies that rule itself.
 */

export type PracticeCard = {
  id: string;
  title: string;
  summary: string;
  themes: string[];
  status: PracticeStatus;
  cityName: string;
  citySlug: string;
  federalState: string;
  authorName: string;
  publishedAt: Date | null;
  updatedAt: Date;
  adoptionCount: number;
  questionCount: number;
};

const cityOfPractice = eq(cities.id, practices.cityId);

const cardColumns = {
  id: practices.id,
  title: practices.title,
  summary: practices.summary,
  themes: practices.themes,
  status: practices.status,
  cityName: cities.name,
  citySlug: cities.slug,
  federalState: cities.federalState,
  authorName: practices.authorName,
  publishedAt: practices.publishedAt,
  updatedAt: practices.updatedAt,
  // Both counts are answered by indexes that start with the practice.
  adoptionCount:
    sql<number>`(select count(*) from ${practiceAdoptions} where ${practiceAdoptions.practiceId} = ${practices.id})`.mapWith(
      Number,
    ),
  questionCount:
    sql<number>`(select count(*) from ${practicePosts} where ${practicePosts.practiceId} = ${practices.id} and ${practicePosts.parentId} is null)`.mapWith(
      Number,
    ),
};

function sizeFilter(size: CitySizeClass | undefined): SQL | undefined {
  if (!size) return undefined;
  const { from, to } = CITY_SIZE_RANGES[size];
  return and(gte(cities.population, from), to === null ? undefined : lt(cities.population, to));
}

/**
 * Words as prefixes ("Ehrenamtsk" finds "Ehrenamtskarte"), for when the words as typed match
 * nothing. Only letters and digits pass, so the text cannot carry tsquery syntax.
 */
function prefixQuery(search: string): SQL | null {
  const words = search
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2)
    .slice(0, 8);
  if (words.length === 0) return null;
  return sql`to_tsquery('simple', ${words.map((word) => `${word}:*`).join(" & ")})`;
}

type Ranking = { matches: SQL; rank: SQL<number> };

function ranking(query: SQL): Ranking {
  return {
    matches: sql`${practices.searchVector} @@ ${query}`,
    rank: sql<number>`ts_rank(${practices.searchVector}, ${query})::float8`,
  };
}

/**
 * Published practices, newest first, or by relevance when searching: German full text on the
 * practice's words (stemming: "Ehrenamtskarten" finds "Ehrenamtskarte"); when that finds
 * nothing, the words as prefixes. Filters: a theme, the author city, its state and its size.
 * Page by page along (rank, published_at, id), with the total.
 */
export async function listPublishedPractices(
  db: Executor,
  query: PracticeQuery,
): Promise<{ items: PracticeCard[]; nextCursor: string | null; total: number }> {
  const filters = and(
    eq(practices.status, "published"),
    query.theme ? arrayContains(practices.themes, [query.theme]) : undefined,
    query.citySlug ? eq(cities.slug, query.citySlug) : undefined,
    query.federalState ? eq(cities.federalState, query.federalState) : undefined,
    sizeFilter(query.citySize),
  );
  const countOf = async (where: SQL | undefined) => {
    const [row] = await db
      .select({ total: count() })
      .from(practices)
      .innerJoin(cities, cityOfPractice)
      .where(where);
    return row?.total ?? 0;
  };

  let search: Ranking | null = null;
  let total: number;
  const text = query.search?.trim();
  if (text) {
    search = ranking(sql`websearch_to_tsquery('german', ${text})`);
    total = await countOf(and(filters, search.matches));
    const prefix = total === 0 ? prefixQuery(text) : null;
    if (prefix) {
      search = ranking(prefix);
      total = await countOf(and(filters, search.matches));
    }
  } else {
    total = await countOf(filters);
  }

  const rank = search?.rank ?? sql<number>`0::float8`;
  const after = readCursor(query.cursor, ["text", "timestamp", "uuid"]);
  const afterRank = after && Number.isFinite(Number(after[0])) ? Number(after[0]) : null;
  const afterCursor =
    after && afterRank !== null
      ? sql`(${rank}, ${practices.publishedAt}, ${practices.id}) < (${afterRank}::float8, ${after[1]}::timestamptz, ${after[2]}::uuid)`
      : undefined;
  const rows = await db
    .select({
      ...cardColumns,
      rank,
      sortKey: sql<string>`${practices.publishedAt}::text`,
    })
    .from(practices)
    .innerJoin(cities, cityOfPractice)
    .where(and(filters, search?.matches, afterCursor))
    .orderBy(desc(rank), desc(practices.publishedAt), desc(practices.id))
    .limit(query.limit + 1);
  const page = keysetPage(rows, query.limit, (last) => [String(last.rank), last.sortKey, last.id]);
  return {
    items: page.items.map(({ rank: _rank, sortKey: _key, ...card }) => card),
    nextCursor: page.nextCursor,
    total,
  };
}

/**
 * The practices of the scope's city, drafts included, last changed first (the index
 * practices_city_status), page by page, with the total.
 */
export async function listCityPractices(
  db: Executor,
  scope: CityScope,
  query: { limit: number; cursor?: string | null; status?: PracticeStatus },
): Promise<{ items: PracticeCard[]; nextCursor: string | null; total: number }> {
  const where = and(
    eq(practices.cityId, scope.cityId),
    query.status ? eq(practices.status, query.status) : undefined,
  );
  const after = readCursor(query.cursor, ["timestamp", "uuid"]);
  const afterCursor = after
    ? sql`(${practices.updatedAt}, ${practices.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
    : undefined;
  const rows = await db
    .select({ ...cardColumns, sortKey: sql<string>`${practices.updatedAt}::text` })
    .from(practices)
    .innerJoin(cities, cityOfPractice)
    .where(and(where, afterCursor))
    .orderBy(desc(practices.updatedAt), desc(practices.id))
    .limit(query.limit + 1);
  const [totals] = await db.select({ total: count() }).from(practices).where(where);
  const page = keysetPage(rows, query.limit, (last) => [last.sortKey, last.id]);
  return {
    items: page.items.map(({ sortKey: _key, ...card }) => card),
    nextCursor: page.nextCursor,
    total: totals?.total ?? 0,
  };
}

/** The cities that share at least one published practice, by name: the library's city filter. */
export async function listPracticeCities(db: Executor) {
  return db
    .selectDistinct({ slug: cities.slug, name: cities.name })
    .from(practices)
    .innerJoin(cities, cityOfPractice)
    .where(eq(practices.status, "published"))
    .orderBy(asc(cities.name), asc(cities.slug));
}

export type PracticeRow = typeof practices.$inferSelect;
export type PracticeWithCity = PracticeRow & {
  city: { slug: string; name: string; federalState: string; population: number | null };
};

/**
 * One practice as a viewer may see it: published, or — with `seesOwnDrafts` — a draft of the
 * viewer's own city. Another city's draft reads as not there.
 */
export async function getVisiblePractice(
  db: Executor,
  viewer: CityScope,
  id: string,
  options: { seesOwnDrafts: boolean },
): Promise<PracticeWithCity | null> {
  const [row] = await db
    .select({
      practice: practices,
      city: {
        slug: cities.slug,
        name: cities.name,
        federalState: cities.federalState,
        population: cities.population,
      },
    })
    .from(practices)
    .innerJoin(cities, cityOfPractice)
    .where(
      and(
        eq(practices.id, id),
        options.seesOwnDrafts
          ? sql`(${practices.status} = 'published' or ${practices.cityId} = ${viewer.cityId})`
          : eq(practices.status, "published"),
      ),
    )
    .limit(1);
  return row ? { ...row.practice, city: row.city } : null;
}

export type PracticeAdoption = {
  cityId: string;
  cityName: string;
  citySlug: string;
  federalState: string;
  note: string;
  adoptedAt: Date;
};

/**
 * The cities that adopted a practice, earliest first: at most one row per member city (the key
 * is practice and city), so the list is bounded by the network's size.
 */
export async function listAdoptions(db: Executor, practiceId: string): Promise<PracticeAdoption[]> {
  return db
    .select({
      cityId: practiceAdoptions.cityId,
      cityName: cities.name,
      citySlug: cities.slug,
      federalState: cities.federalState,
      note: practiceAdoptions.note,
      adoptedAt: practiceAdoptions.createdAt,
    })
    .from(practiceAdoptions)
    .innerJoin(cities, eq(cities.id, practiceAdoptions.cityId))
    .where(eq(practiceAdoptions.practiceId, practiceId))
    .orderBy(asc(practiceAdoptions.createdAt), asc(practiceAdoptions.cityId));
}
