import { sharedYears, type SharedMetric } from "@engagiert/domain/network";
import { and, asc, between, desc, eq, gt, isNotNull, or, sql } from "drizzle-orm";
import { rowsOf, type Executor } from "../client.ts";
import { cities, hourEntries, opportunities, sharedFigures } from "../schema/index.ts";
import { countsAsApproved } from "./hours-effective.ts";
import { keysetPage, readCursor } from "./pagination.ts";
import { engagementFigures } from "./reports.ts";
import type { CityScope } from "./scope.ts";

/*
 * A city's anonymous yearly figures for the network (RULES.md, Network). They are computed by the
 * city from its own data, through city-scoped queries only, and hold counts, never a person:
 * active volunteers, approved hours, and opportunities published (in total and per category).
 */

/** One shared count. `category` is a category slug for opportunities by category, else "". */
export type SharedFigure = { year: number; metric: SharedMetric; category: string; value: number };

/** The calendar year in Göppingen's time zone (Europe/Berlin), whatever the server's. */
export const berlinYear = (now: Date) =>
  Number(
    new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric" }).format(now),
  );

/** The first instant of a year in the city's time zone. */
const yearStart = (year: number) =>
  sql`(make_date(${year}::int, 1, 1)::timestamp at time zone 'Europe/Berlin')`;

/**
 * The city's figures for the shared years, computed from its own data. Active volunteers are
 * counted as the reports count them (distinct people with an engagement active at any time in
 * the year); hours are approved hours (corrections in place of what they correct) in whole
 * hours; opportunities are those first published in the year.
 */
export async function computeSharedFigures(
  db: Executor,
  scope: CityScope,
  now: Date,
): Promise<SharedFigure[]> {
  const years = sharedYears(berlinYear(now));
  const figures: SharedFigure[] = [];
  for (const year of years) {
    const { activeVolunteers } = await engagementFigures(db, scope, {
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      organisationId: null,
      now,
    });
    figures.push({ year, metric: "active_volunteers", category: "", value: activeVolunteers });
  }

  const hours = await db
    .select({
      year: sql<number>`extract(year from ${hourEntries.workedOn})::int`,
      hours: sql<number>`round(sum(${hourEntries.minutes}) / 60.0)::int`,
    })
    .from(hourEntries)
    .where(
      and(
        countsAsApproved(scope),
        between(hourEntries.workedOn, `${years[0]}-01-01`, `${years.at(-1)}-12-31`),
      ),
    )
    .groupBy(sql`1`);
  const hoursByYear = new Map(hours.map((r) => [Number(r.year), Number(r.hours)]));
  for (const year of years) {
    figures.push({ year, metric: "hours", category: "", value: hoursByYear.get(year) ?? 0 });
  }

  const published = await db.execute(sql`
    with published as (
      select extract(year from ${opportunities.publishedAt} at time zone 'Europe/Berlin')::int as year,
        ${opportunities.categories} as categories
      from ${opportunities}
      where ${opportunities.cityId} = ${scope.cityId}
        and ${opportunities.publishedAt} >= ${yearStart(years[0]!)}
        and ${opportunities.publishedAt} < ${yearStart(years.at(-1)! + 1)}
    )
    select year, '' as category, count(*)::int as value from published group by year
    union all
    select year, category, count(*)::int from published
      cross join lateral unnest(categories) as field(category)
      group by year, category`);
  const counted = rowsOf<{ year: number; category: string; value: number }>(published);
  for (const year of years) {
    const ofYear = counted.filter((r) => Number(r.year) === year);
    const total = ofYear.find((r) => r.category === "")?.value ?? 0;
    figures.push({ year, metric: "opportunities", category: "", value: Number(total) });
    for (const row of ofYear.filter((r) => r.category !== "").sort(byCategory)) {
      figures.push({ year, metric: "opportunities", category: row.category, value: row.value });
    }
  }
  return figures;
}

const byCategory = (a: { category: string }, b: { category: string }) =>
  a.category.localeCompare(b.category);

/**
 * Replaces the city's shared figures by freshly computed ones, in one transaction, if the city
 * still shares: the row lock on the city orders this after a concurrent opt-out, so figures
 * never reappear once withdrawn. Returns whether figures were written.
 */
export async function refreshSharedFigures(
  db: Executor,
  scope: CityScope,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [city] = await tx
      .select({ sharesFigures: cities.sharesFigures })
      .from(cities)
      .where(eq(cities.id, scope.cityId))
      .for("update");
    if (!city?.sharesFigures) return false;
    const figures = await computeSharedFigures(tx, scope, now);
    await tx.delete(sharedFigures).where(eq(sharedFigures.cityId, scope.cityId));
    if (figures.length > 0) {
      await tx
        .insert(sharedFigures)
        .values(figures.map((f) => ({ ...f, cityId: scope.cityId, computedAt: now })));
    }
    return true;
  });
}

export type FigureSharingStatus = {
  sharesFigures: boolean;
  changedAt: Date | null;
  /** When the shared figures were last computed; null when none are shared. */
  computedAt: Date | null;
};

/** Whether the city shares its figures, since when, and when they were last computed. */
export async function figureSharingStatus(
  db: Executor,
  scope: CityScope,
): Promise<FigureSharingStatus> {
  const [row] = await db
    .select({
      sharesFigures: cities.sharesFigures,
      changedAt: cities.sharesFiguresChangedAt,
      computedAt: sql<Date | null>`(select max(${sharedFigures.computedAt}) from ${sharedFigures}
        where ${sharedFigures.cityId} = ${scope.cityId})`.mapWith(sharedFigures.computedAt),
    })
    .from(cities)
    .where(eq(cities.id, scope.cityId));
  return row ?? { sharesFigures: false, changedAt: null, computedAt: null };
}

/**
 * Opts the city in (its figures are computed and shared now) or out (its shared figures are
 * deleted at once), in one transaction.
 */
export async function setFigureSharing(
  db: Executor,
  scope: CityScope,
  share: boolean,
  now: Date,
): Promise<FigureSharingStatus> {
  await db.transaction(async (tx) => {
    await tx
      .update(cities)
      .set({ sharesFigures: share, sharesFiguresChangedAt: now })
      .where(eq(cities.id, scope.cityId));
    if (share) await refreshSharedFigures(tx, scope, now);
    else await tx.delete(sharedFigures).where(eq(sharedFigures.cityId, scope.cityId));
  });
  return figureSharingStatus(db, scope);
}

/** The cities that run the platform and share their figures: for the daily refresh. */
export async function listSharingCityIds(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ id: cities.id })
    .from(cities)
    .where(and(eq(cities.sharesFigures, true), isNotNull(cities.config)))
    .orderBy(asc(cities.id));
  return rows.map((r) => r.id);
}

export type FigureComparisonRow = {
  slug: string;
  name: string;
  federalState: string;
  population: number | null;
  value: number;
};

/**
 * One figure of one year for every city that shares it, optionally only cities with a population
 * in `range` (cities of similar size), by name page by page. Only cities that currently share
 * appear: their figures are deleted on opting out, and the flag is checked as well.
 */
export async function compareSharedFigures(
  db: Executor,
  query: {
    year: number;
    metric: SharedMetric;
    range: { from: number; to: number } | null;
    limit: number;
    cursor?: string | null;
  },
): Promise<{ items: FigureComparisonRow[]; nextCursor: string | null }> {
  const after = readCursor(query.cursor, ["text", "text"]);
  const rows = await db
    .select({
      slug: cities.slug,
      name: cities.name,
      federalState: cities.federalState,
      population: cities.population,
      value: sharedFigures.value,
    })
    .from(sharedFigures)
    .innerJoin(cities, eq(cities.id, sharedFigures.cityId))
    .where(
      and(
        eq(sharedFigures.year, query.year),
        eq(sharedFigures.metric, query.metric),
        eq(sharedFigures.category, ""),
        eq(cities.sharesFigures, true),
        query.range ? between(cities.population, query.range.from, query.range.to) : undefined,
        after
          ? or(
              gt(cities.name, after[0]!),
              and(eq(cities.name, after[0]!), gt(cities.slug, after[1]!)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(cities.name), asc(cities.slug))
    .limit(query.limit + 1);
  return keysetPage(rows, query.limit, (last) => [last.name, last.slug]);
}

/** Every figure a city shares (newest year first); none when it does not share. */
export async function sharedFiguresOfCity(db: Executor, cityId: string): Promise<SharedFigure[]> {
  const rows = await db
    .select({
      year: sharedFigures.year,
      metric: sharedFigures.metric,
      category: sharedFigures.category,
      value: sharedFigures.value,
    })
    .from(sharedFigures)
    .innerJoin(cities, eq(cities.id, sharedFigures.cityId))
    .where(and(eq(sharedFigures.cityId, cityId), eq(cities.sharesFigures, true)))
    .orderBy(desc(sharedFigures.year), asc(sharedFigures.metric), asc(sharedFigures.category));
  return rows;
}
