import type { CityConfig, FederalState } from "@engagiert/domain/city";
import { CITY_SIZE_RANGES, CityDirectoryRow, type CitySizeClass } from "@engagiert/domain/network";
import { and, asc, count, eq, gt, gte, ilike, isNotNull, lt, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { cities } from "../schema/index.ts";
import { keysetPage, readCursor } from "./pagination.ts";

const CHUNK = 500;

/**
 * Imports directory rows, matched by slug: new cities are created, known ones updated. All or
 * nothing, in one transaction. An empty optional cell keeps what is stored, so a file without a
 * population column does not erase populations entered before.
 */
export async function importCities(
  db: Executor,
  rows: readonly CityDirectoryRow[],
): Promise<{ created: number; updated: number }> {
  const valid = CityDirectoryRow.array().parse(rows);
  const seen = new Set<string>();
  for (const row of valid) {
    if (seen.has(row.slug)) throw new Error(`"${row.slug}" appears twice in the import.`);
    seen.add(row.slug);
  }
  return db.transaction(async (tx) => {
    let created = 0;
    let updated = 0;
    for (let i = 0; i < valid.length; i += CHUNK) {
      const result = await tx
        .insert(cities)
        .values(valid.slice(i, i + CHUNK))
        .onConflictDoUpdate({
          target: cities.slug,
          set: {
            name: sql`excluded.name`,
            federalState: sql`excluded.federal_state`,
            population: sql`coalesce(excluded.population, ${cities.population})`,
            joinedNetworkYear: sql`coalesce(excluded.joined_network_year, ${cities.joinedNetworkYear})`,
            coordinationEmail: sql`coalesce(excluded.coordination_email, ${cities.coordinationEmail})`,
            source: sql`coalesce(excluded.source, ${cities.source})`,
          },
        })
        // xmax is 0 only for a freshly inserted row version.
        .returning({ isNew: sql<boolean>`(xmax = 0)` });
      for (const r of result) {
        if (r.isNew) created++;
        else updated++;
      }
    }
    return { created, updated };
  });
}

export type CityListItem = {
  id: string;
  slug: string;
  name: string;
  federalState: string;
  population: number | null;
  joinedNetworkYear: number | null;
  /** The city runs the platform (it has a configuration), not only listed in the directory. */
  isRunningPlatform: boolean;
};

export type CityListQuery = {
  limit: number;
  cursor?: string | null;
  search?: string;
  federalState?: FederalState;
  sizeClass?: CitySizeClass;
};

/** Cities of a size class; a city of unknown population is in none. */
function ofSizeClass(sizeClass: CitySizeClass | undefined) {
  if (!sizeClass) return undefined;
  const { from, to } = CITY_SIZE_RANGES[sizeClass];
  return and(gte(cities.population, from), to === null ? undefined : lt(cities.population, to));
}

/** The city directory by name, one page at a time (keyset on name, id). */
export async function listCities(
  db: Executor,
  query: CityListQuery,
): Promise<{ items: CityListItem[]; nextCursor: string | null; total: number }> {
  const limit = query.limit;
  const search = query.search?.trim();
  // The directory holds about a hundred cities: a scan is as fast as an index here.
  const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const filter = and(
    pattern ? or(ilike(cities.name, pattern), ilike(cities.slug, pattern)) : undefined,
    query.federalState ? eq(cities.federalState, query.federalState) : undefined,
    ofSizeClass(query.sizeClass),
  );
  const after = readCursor(query.cursor, ["text", "uuid"]);
  const afterCursor =
    after &&
    or(gt(cities.name, after[0]!), and(eq(cities.name, after[0]!), gt(cities.id, after[1]!)));
  const rows = await db
    .select({
      id: cities.id,
      slug: cities.slug,
      name: cities.name,
      federalState: cities.federalState,
      population: cities.population,
      joinedNetworkYear: cities.joinedNetworkYear,
      isRunningPlatform: sql<boolean>`${isNotNull(cities.config)}`,
    })
    .from(cities)
    .where(and(filter, afterCursor ?? undefined))
    .orderBy(asc(cities.name), asc(cities.id))
    .limit(limit + 1);
  const [totals] = await db.select({ total: count() }).from(cities).where(filter);
  return { ...keysetPage(rows, limit, (last) => [last.name, last.id]), total: totals?.total ?? 0 };
}

export type City = typeof cities.$inferSelect;

export async function getCityBySlug(db: Executor, slug: string): Promise<City | null> {
  const [row] = await db.select().from(cities).where(eq(cities.slug, slug)).limit(1);
  return row ?? null;
}

/** The ids of the cities that run the platform (have a configuration): for jobs that serve each. */
export async function listPlatformCityIds(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ id: cities.id })
    .from(cities)
    .where(isNotNull(cities.config))
    .orderBy(asc(cities.id));
  return rows.map((r) => r.id);
}

/** The cities that run the platform, by name: a member of any of them signs in to the network. */
export async function listPlatformCities(db: Executor): Promise<{ slug: string; name: string }[]> {
  return db
    .select({ slug: cities.slug, name: cities.name })
    .from(cities)
    .where(isNotNull(cities.config))
    .orderBy(asc(cities.name), asc(cities.slug));
}

/** How many member cities each federal state has (only states with at least one). */
export async function countCitiesPerState(
  db: Executor,
): Promise<{ federalState: string; cities: number }[]> {
  return db
    .select({ federalState: cities.federalState, cities: count() })
    .from(cities)
    .groupBy(cities.federalState)
    .orderBy(asc(cities.federalState));
}

export type CityDetail = {
  id: string;
  slug: string;
  name: string;
  federalState: string;
  population: number | null;
  joinedNetworkYear: number | null;
  source: string | null;
  isDemo: boolean;
  isRunningPlatform: boolean;
  sharesFigures: boolean;
  /** The coordination office: in full from a city that runs the platform, else its address. */
  coordinationOffice: CityConfig["coordinationOffice"] | { email: string } | null;
  /** The city's categories of engagement, for naming its shared figures. */
  categories: CityConfig["categories"];
};

/** One member city as its directory page shows it. */
export async function getCityDetail(db: Executor, slug: string): Promise<CityDetail | null> {
  const row = await getCityBySlug(db, slug);
  if (!row) return null;
  const office = row.config?.coordinationOffice ?? null;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    federalState: row.federalState,
    population: row.population,
    joinedNetworkYear: row.joinedNetworkYear,
    source: row.source,
    isDemo: row.isDemo,
    isRunningPlatform: row.config !== null,
    sharesFigures: row.sharesFigures,
    coordinationOffice: office ?? (row.coordinationEmail ? { email: row.coordinationEmail } : null),
    categories: row.config?.categories ?? [],
  };
}

/** A city's place in the directory (population), for comparing cities of similar size. */
export async function getCityPopulation(db: Executor, cityId: string): Promise<number | null> {
  const [row] = await db
    .select({ population: cities.population })
    .from(cities)
    .where(eq(cities.id, cityId));
  return row?.population ?? null;
}
