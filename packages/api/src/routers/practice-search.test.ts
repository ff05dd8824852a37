import { cities, practices } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import type { PracticeQuery } from "@engagiert/domain/network";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity } from "../testing.ts";
import { visitor } from "./practice-fixture.ts";

/** Practices of three cities of different states and sizes, published on consecutive days. */
const LIBRARY = [
  {
    city: "a",
    title: "Ehrenamtskarte einfach beantragen",
    summary: "Ein Formular, das Vereine und Engagierte Schritt für Schritt begleitet.",
    themes: ["anerkennung", "digitalisierung"],
  },
  {
    city: "a",
    title: "Dankeschön-Abend für alle Engagierten",
    summary: "Ein jährlicher Abend, an dem die Stadt allen Engagierten dankt und sie feiert.",
    themes: ["anerkennung"],
  },
  {
    city: "b",
    title: "Repair-Café mit Jugendlichen",
    summary: "Junge und Alte reparieren gemeinsam, was sonst im Müll landen würde.",
    themes: ["nachhaltigkeit", "generationswechsel"],
  },
  {
    city: "c",
    title: "Bürgerhaushalt online",
    summary:
      "Die Bürgerschaft schlägt Vorhaben vor und stimmt über sie ab; auch die Ehrenamtskarte kam so.",
    themes: ["beteiligungsprozesse", "digitalisierung"],
  },
  {
    city: "c",
    title: "Vorstandsnachfolge im Verein planen",
    summary: "Ein Leitfaden und Paten helfen Vereinen, rechtzeitig Nachfolger zu finden.",
    themes: ["generationswechsel", "qualifizierung"],
  },
] as const;

describe.each(testDatabaseKinds())("the practice library on %s", (kind) => {
  let database: TestDatabase;
  let list: (query: Partial<PracticeQuery>) => Promise<{ titles: string[]; total: number }>;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    const { city: a } = await insertCity(db, "stadt-a");
    const { city: b } = await insertCity(db, "stadt-b");
    await db.update(cities).set({ population: 58_000 }).where(eq(cities.id, a.id));
    await db
      .update(cities)
      .set({ population: 12_000, federalState: "Bayern" })
      .where(eq(cities.id, b.id));
    // A member city that is only in the directory: its practices come from its own platform.
    const [c] = await db
      .insert(cities)
      .values({
        slug: "stadt-c",
        name: "Stadt C",
        federalState: "Niedersachsen",
        population: 150_000,
      })
      .returning();
    const ids = { a: a.id, b: b.id, c: c!.id };
    await db.insert(practices).values(
      LIBRARY.map((p, i) => ({
        cityId: ids[p.city],
        authorUserId: "00000000-0000-4000-8000-000000000001",
        authorName: "Autorin",
        status: "published" as const,
        title: p.title,
        summary: p.summary,
        problem: "Die Ausgangslage in einigen Sätzen beschrieben.",
        approach: "Der Lösungsweg in einigen Sätzen beschrieben.",
        contactName: "Kontakt",
        contactEmail: "kontakt@stadt.example",
        themes: [...p.themes],
        publishedAt: new Date(Date.UTC(2026, 9, 1 + i)),
      })),
    );
    await db.insert(practices).values({
      cityId: a.id,
      authorUserId: "00000000-0000-4000-8000-000000000001",
      authorName: "Autorin",
      title: "Ehrenamtskarte als Entwurf",
      summary: "Noch nicht fertig und daher für niemanden sonst sichtbar.",
      problem: "Die Ausgangslage in einigen Sätzen beschrieben.",
      approach: "Der Lösungsweg in einigen Sätzen beschrieben.",
      contactName: "Kontakt",
      contactEmail: "kontakt@stadt.example",
      themes: ["anerkennung"],
    });
    const caller = await visitor(db, "stadt-b");
    list = async (query) => {
      const page = await caller.practices.list({ limit: 20, ...query });
      return { titles: page.items.map((p) => p.title), total: page.total };
    };
  });
  afterAll(() => database.drop());

  it("lists published practices newest first, never a draft", async () => {
    expect(await list({})).toEqual({
      titles: LIBRARY.map((p) => p.title).reverse(),
      total: 5,
    });
  });

  it("finds German word forms and ranks a title above a mention", async () => {
    // "Ehrenamtskarten" is stemmed like "Ehrenamtskarte"; the title weighs more than the summary.
    expect(await list({ search: "Ehrenamtskarten" })).toEqual({
      titles: ["Ehrenamtskarte einfach beantragen", "Bürgerhaushalt online"],
      total: 2,
    });
    expect(await list({ search: "reparieren Jugendliche" })).toEqual({
      titles: ["Repair-Café mit Jugendlichen"],
      total: 1,
    });
  });

  it("falls back to word beginnings when the words as typed find nothing", async () => {
    expect((await list({ search: "Vorstandsnach" })).titles).toEqual([
      "Vorstandsnachfolge im Verein planen",
    ]);
    expect(await list({ search: "Quantenphysik" })).toEqual({ titles: [], total: 0 });
  });

  it.each([
    [
      { theme: "anerkennung" },
      ["Dankeschön-Abend für alle Engagierten", "Ehrenamtskarte einfach beantragen"],
    ],
    [
      { theme: "generationswechsel", federalState: "Niedersachsen" },
      ["Vorstandsnachfolge im Verein planen"],
    ],
    [{ citySlug: "stadt-b" }, ["Repair-Café mit Jugendlichen"]],
    [{ citySize: "kleinstadt" }, ["Repair-Café mit Jugendlichen"]],
    [{ citySize: "grossstadt", theme: "digitalisierung" }, ["Bürgerhaushalt online"]],
    [{ citySize: "mittelstadt", search: "Abend" }, ["Dankeschön-Abend für alle Engagierten"]],
    [{ citySize: "landgemeinde" }, []],
  ] as const)("filters by %j", async (query, titles) => {
    expect(await list(query)).toEqual({ titles: [...titles], total: titles.length });
  });

  it("pages through without skipping or repeating, also when ranked", async () => {
    const caller = await visitor(database.db, "stadt-a");
    for (const search of [undefined, "Ausgangslage"]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let total = 0;
      do {
        const page: Awaited<ReturnType<typeof caller.practices.list>> = await caller.practices.list(
          { limit: 2, cursor, search },
        );
        seen.push(...page.items.map((p) => p.id));
        total = page.total;
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toHaveLength(total);
      expect(total).toBeGreaterThan(2);
    }
  });

  it("lists the cities that share practices, for the city filter", async () => {
    const caller = await visitor(database.db, "stadt-a");
    expect(await caller.practices.cities()).toEqual([
      { slug: "stadt-c", name: "Stadt C" },
      { slug: "stadt-a", name: "Teststadt stadt-a" },
      { slug: "stadt-b", name: "Teststadt stadt-b" },
    ]);
  });
});
