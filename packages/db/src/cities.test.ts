import { readFileSync } from "node:fs";
import { parseCityDirectoryCsv, type CityDirectoryRow } from "@engagiert/domain/network";
import { GOEPPINGEN } from "@engagiert/domain/city";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCityBySlug, importCities, listCities, type CityListItem } from "./queries/cities.ts";
import { cities } from "./schema/index.ts";
import { NETWORK_CITIES_CSV_PATH } from "./seed/index.ts";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "./testing.ts";

const directory = parseCityDirectoryCsv(readFileSync(NETWORK_CITIES_CSV_PATH, "utf8"));

describe.each(testDatabaseKinds())("city directory on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database?.drop());

  it("imports the network's cities, then updates them by slug", async () => {
    expect(directory.errors).toEqual([]);
    expect(await importCities(database.db, directory.rows)).toEqual({ created: 17, updated: 0 });

    const update: CityDirectoryRow = {
      ...directory.rows.find((r) => r.slug === "speyer")!,
      population: 50_378,
    };
    const extra: CityDirectoryRow = {
      slug: "halle-saale",
      name: "Halle (Saale)",
      federalState: "Sachsen-Anhalt",
      population: null,
      joinedNetworkYear: 2015,
      coordinationEmail: null,
      source: null,
    };
    expect(await importCities(database.db, [update, extra])).toEqual({ created: 1, updated: 1 });
    expect(await getCityBySlug(database.db, "speyer")).toMatchObject({
      name: "Speyer",
      population: 50_378,
    });

    // An empty cell in a later file keeps what is stored.
    expect(await importCities(database.db, [{ ...update, population: null }])).toEqual({
      created: 0,
      updated: 1,
    });
    expect(await getCityBySlug(database.db, "speyer")).toMatchObject({ population: 50_378 });
  });

  it("imports nothing when one row is invalid", async () => {
    const good: CityDirectoryRow = { ...directory.rows[0]!, slug: "neustadt", name: "Neustadt" };
    const bad = {
      ...good,
      slug: "altstadt",
      federalState: "Bavaria",
    } as unknown as CityDirectoryRow;
    await expect(importCities(database.db, [good, bad])).rejects.toThrow();
    await expect(importCities(database.db, [good, { ...good }])).rejects.toThrow(/twice/);
    expect(await getCityBySlug(database.db, "neustadt")).toBeNull();
  });

  it("pages through the directory by name without gaps or repeats", async () => {
    const all = await listCities(database.db, { limit: 100 });
    expect(all.total).toBe(18);
    expect(all.nextCursor).toBeNull();

    const paged: CityListItem[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listCities>> = await listCities(database.db, {
        limit: 5,
        cursor,
      });
      expect(page.total).toBe(18);
      expect(page.items.length).toBeLessThanOrEqual(5);
      paged.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged.map((c) => c.slug)).toEqual(all.items.map((c) => c.slug));
    expect(new Set(paged.map((c) => c.id)).size).toBe(18);
  });

  it("filters by search text and federal state", async () => {
    const bySearch = await listCities(database.db, { limit: 20, search: "lüne" });
    expect(bySearch.items.map((c) => c.slug)).toEqual(["lueneburg"]);
    expect(bySearch.total).toBe(1);

    const bySlug = await listCities(database.db, { limit: 20, search: "goeppingen" });
    expect(bySlug.items.map((c) => c.name)).toEqual(["Göppingen"]);

    const wildcard = await listCities(database.db, { limit: 20, search: "%" });
    expect(wildcard.total).toBe(0);

    const lowerSaxony = await listCities(database.db, { limit: 3, federalState: "Niedersachsen" });
    expect(lowerSaxony.total).toBe(7);
    expect(lowerSaxony.items).toHaveLength(3);
    expect(lowerSaxony.items.every((c) => c.federalState === "Niedersachsen")).toBe(true);
  });

  it("tells the cities that run the platform from directory entries", async () => {
    await database.db
      .update(cities)
      .set({ config: GOEPPINGEN })
      .where(eq(cities.slug, "goeppingen"));
    const { items } = await listCities(database.db, { limit: 100 });
    expect(items.filter((c) => c.isRunningPlatform).map((c) => c.slug)).toEqual(["goeppingen"]);
    expect(items.find((c) => c.slug === "goeppingen")).toEqual({
      id: expect.any(String),
      slug: "goeppingen",
      name: "Göppingen",
      federalState: "Baden-Württemberg",
      population: null,
      joinedNetworkYear: null,
      isRunningPlatform: true,
    });
  });

  it("finds a city by slug and answers null for an unknown one", async () => {
    expect(await getCityBySlug(database.db, "wuerzburg")).toMatchObject({
      name: "Würzburg",
      federalState: "Bayern",
    });
    expect(await getCityBySlug(database.db, "atlantis")).toBeNull();
  });
});
