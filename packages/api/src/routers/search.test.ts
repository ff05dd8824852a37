import { opportunities } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity, opportunityRow, testClient } from "../testing.ts";

const HOSTILE_VALUES: unknown[] = [
  undefined,
  null,
  42,
  -1,
  true,
  "",
  "x".repeat(100_000),
  "'; drop table opportunities; --",
  "<script>alert(1)</script>",
  { $ne: null },
  [],
  [["nested"]],
];

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
  }
}

describe.each(testDatabaseKinds())("public search on %s", (kind) => {
  let database: TestDatabase;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const a = await insertCity(database.db, "stadt-a");
    const b = await insertCity(database.db, "stadt-b");
    const noSteps = { stepFree: false, accessibleToilet: false, notes: "" };
    const rows = await database.db
      .insert(opportunities)
      .values([
        opportunityRow(a.city.id, a.orgA.id, {
          summary: "Kinder der zweiten Klasse beim Lesen begleiten.",
          description: "Einmal pro Woche in der Schulbibliothek.",
          weekdays: ["mon"],
          dayParts: ["afternoon"],
        }),
        opportunityRow(a.city.id, a.orgB.id, {
          title: "Gemeinschaftsgarten pflegen",
          summary: "Beete anlegen mit der Nachbarschaft.",
          description: "Wir gärtnern gemeinsam und ernten im Herbst.",
          categories: ["umwelt-nachhaltigkeit"],
          format: "one_off",
          district: "faurndau",
          latitude: 48.708,
          longitude: 9.608,
          accessibility: noSteps,
          minimumAge: 18,
          weekdays: ["sat"],
          dayParts: ["morning"],
          publishedAt: new Date("2026-11-10T10:00:00Z"),
        }),
        opportunityRow(a.city.id, a.orgA.id, {
          title: "Online-Nachhilfe in Mathematik",
          summary: "Jugendlichen per Video bei Hausaufgaben helfen.",
          description: "Von zu Hause aus, nach Absprache.",
          categories: ["bildung", "kinder-jugend"],
          format: "project",
          isRemote: true,
          address: null,
          district: null,
          latitude: null,
          longitude: null,
          accessibility: noSteps,
          minimumAge: 18,
          publishedAt: new Date("2026-11-05T10:00:00Z"),
        }),
        opportunityRow(a.city.id, a.orgA.id, {
          title: "Besuchsdienst im Seniorenheim",
          summary: "Älteren Menschen Zeit schenken.",
          description: "Gespräche, Spiele und Spaziergänge am Abend.",
          categories: ["senioren"],
          district: "hohenstaufen",
          latitude: 48.742,
          longitude: 9.715,
          minimumAge: 14,
          weekdays: ["wed"],
          dayParts: ["evening"],
          publishedAt: new Date("2026-11-03T10:00:00Z"),
        }),
        // Filler: the same moment for all, so the id alone orders them.
        ...Array.from({ length: 23 }, (_, i) =>
          opportunityRow(a.city.id, a.orgA.id, {
            title: `Angebot Nummer ${i}`,
            summary: "Eine allgemeine Aufgabe in der Stadt.",
            description: "Näheres beim Erstgespräch.",
            categories: ["soziales"],
            accessibility: noSteps,
            minimumAge: 18,
            publishedAt: new Date("2026-10-01T10:00:00Z"),
          }),
        ),
        opportunityRow(a.city.id, a.orgA.id, {
          title: "Lesepatenschaft Entwurf",
          status: "draft",
          publishedAt: null,
        }),
        opportunityRow(a.city.id, a.orgA.id, {
          title: "Lesepatenschaft pausiert",
          status: "paused",
        }),
        opportunityRow(b.city.id, b.orgA.id, { title: "Lesepatenschaft in Stadt B" }),
      ])
      .returning({ id: opportunities.id, title: opportunities.title });
    for (const row of rows) ids[row.title] = row.id;
  });
  afterAll(() => database.drop());

  const search = async (input: Record<string, unknown>) => {
    const caller = await testClient(database.db, "stadt-a").call();
    return caller.opportunities.search(input);
  };
  const titles = async (input: Record<string, unknown>) =>
    (await search(input)).items.map((item) => item.title).sort();

  it("finds by German stemming: Kindern finds Kinder", async () => {
    const result = await search({ q: "Kindern" });
    expect(result.items.map((i) => i.title)).toEqual(["Lesepatenschaft in der Grundschule"]);
    expect(result.total).toBe(1);
  });

  it("finds despite a typo", async () => {
    const result = await search({ q: "Lesepatenshaft" });
    expect(result.items.map((i) => i.title)).toEqual(["Lesepatenschaft in der Grundschule"]);
    expect(await titles({ q: "Gemeinschaftsgartn" })).toEqual(["Gemeinschaftsgarten pflegen"]);
  });

  it("never shows drafts, paused ones or another city's", async () => {
    const all = await search({ pageSize: 50 });
    expect(all.total).toBe(27);
    const seen = all.items.map((i) => i.title);
    expect(seen).not.toContain("Lesepatenschaft Entwurf");
    expect(seen).not.toContain("Lesepatenschaft pausiert");
    expect(seen).not.toContain("Lesepatenschaft in Stadt B");
    const other = await (
      await testClient(database.db, "stadt-b").call()
    ).opportunities.search({
      q: "Lesepatenschaft",
    });
    expect(other.items.map((i) => i.title)).toEqual(["Lesepatenschaft in Stadt B"]);
  });

  it.each([
    [{ categories: ["umwelt-nachhaltigkeit"] }, ["Gemeinschaftsgarten pflegen"]],
    [
      { categories: ["kinder-jugend", "senioren"] },
      ["Besuchsdienst im Seniorenheim", "Online-Nachhilfe in Mathematik"],
    ],
    [{ format: "project" }, ["Online-Nachhilfe in Mathematik"]],
    [{ format: "one_off" }, ["Gemeinschaftsgarten pflegen"]],
    [{ district: "faurndau" }, ["Gemeinschaftsgarten pflegen"]],
    [{ near: "hohenstaufen", radiusKm: 2 }, ["Besuchsdienst im Seniorenheim"]],
    [
      { weekdays: ["wed", "sat"] },
      ["Besuchsdienst im Seniorenheim", "Gemeinschaftsgarten pflegen"],
    ],
    [{ dayParts: ["morning"] }, ["Gemeinschaftsgarten pflegen"]],
    [
      { isForMinors: true },
      ["Besuchsdienst im Seniorenheim", "Lesepatenschaft in der Grundschule"],
    ],
    [
      { isStepFree: true },
      [
        "Besuchsdienst im Seniorenheim",
        "Lesepatenschaft in der Grundschule",
        "Online-Nachhilfe in Mathematik",
      ],
    ],
    [{ isRemote: true }, ["Online-Nachhilfe in Mathematik"]],
    [{ isForMinors: true, weekdays: ["mon"], q: "Lesen" }, ["Lesepatenschaft in der Grundschule"]],
  ])("filters by %j", async (filter, expected) => {
    expect(await titles(filter)).toEqual(expected);
  });

  it("measures from a postcode and sorts by distance", async () => {
    // 73035: Bartenbach, Bezgenriet, Faurndau and Jebenhausen; their middle lies near the centre.
    const result = await search({ near: "73035", radiusKm: 4, sort: "distance", pageSize: 3 });
    expect(result.sort).toBe("distance");
    const distances = result.items.map((i) => i.distanceKm!);
    expect(distances.every((d) => d >= 0 && d <= 4)).toBe(true);
    expect([...distances].sort((x, y) => x - y)).toEqual(distances);
    expect(result.items.map((i) => i.title)).not.toContain("Besuchsdienst im Seniorenheim");
    const fromFaurndau = await search({ near: "faurndau", sort: "distance" });
    expect(fromFaurndau.items[0]).toMatchObject({
      title: "Gemeinschaftsgarten pflegen",
      distanceKm: 0,
    });
  });

  it("sorts by newest without words and by relevance with them", async () => {
    const newest = await search({ pageSize: 3 });
    expect(newest.sort).toBe("newest");
    expect(newest.items.map((i) => i.title)).toEqual([
      "Gemeinschaftsgarten pflegen",
      "Online-Nachhilfe in Mathematik",
      "Besuchsdienst im Seniorenheim",
    ]);
    const relevant = await search({ q: "Lesen Kinder" });
    expect(relevant.sort).toBe("relevance");
    expect(relevant.items[0]?.title).toBe("Lesepatenschaft in der Grundschule");
  });

  it("pages without gaps or repeats, whatever the sort", async () => {
    for (const sort of ["newest", "distance"] as const) {
      const seen: string[] = [];
      let page = 1;
      let pageCount = 1;
      do {
        const result = await search({ page, pageSize: 5, sort, near: "innenstadt" });
        expect(result.total).toBe(27);
        pageCount = result.pageCount;
        seen.push(...result.items.map((i) => i.id));
        page++;
      } while (page <= pageCount);
      expect(pageCount).toBe(6);
      expect(seen).toHaveLength(27);
      expect(new Set(seen).size).toBe(27);
    }
  });

  it("shows one published opportunity with its insurance cover", async () => {
    const caller = await testClient(database.db, "stadt-a").call();
    const page = await caller.opportunities.get({ id: ids["Lesepatenschaft in der Grundschule"]! });
    expect(page).toMatchObject({
      title: "Lesepatenschaft in der Grundschule",
      organisation: { name: "Amt A", kind: "department" },
      place: { kind: "place", address: "Schulstraße 1", district: "innenstadt" },
      involvesMinorContact: true,
      insurance: { shouldAskOrganisation: false },
    });
    expect(page.insurance.items.map((i) => i.kind)).toEqual([
      "statutory_accident",
      "state_group_accident",
      "state_group_liability",
    ]);
    const remote = await caller.opportunities.get({ id: ids["Online-Nachhilfe in Mathematik"]! });
    expect(remote.place).toEqual({ kind: "remote" });
  });

  it.each(["Lesepatenschaft Entwurf", "Lesepatenschaft pausiert", "Lesepatenschaft in Stadt B"])(
    "does not show %s",
    async (title) => {
      const caller = await testClient(database.db, "stadt-a").call();
      expect(await codeOf(caller.opportunities.get({ id: ids[title]! }))).toBe("NOT_FOUND");
    },
  );

  it("answers garbage with BAD_REQUEST, never an internal error", async () => {
    const caller = await testClient(database.db, "stadt-a").call();
    const valid = { q: "Lesen", categories: ["bildung"], near: "innenstadt", radiusKm: 5 };
    for (const value of HOSTILE_VALUES) {
      expect(await codeOf(caller.opportunities.get(value as never))).toBe("BAD_REQUEST");
      expect(await codeOf(caller.opportunities.get({ id: value } as never))).toBe("BAD_REQUEST");
      // An object with unknown keys is an empty search; anything else is refused.
      const isPlainObject = typeof value === "object" && value !== null && !Array.isArray(value);
      if (value !== undefined && !isPlainObject) {
        expect(await codeOf(caller.opportunities.search(value as never))).toBe("BAD_REQUEST");
      }
      for (const field of [
        ...Object.keys(valid),
        "page",
        "pageSize",
        "sort",
        "weekdays",
        "format",
      ]) {
        const code = await codeOf(
          caller.opportunities.search({ ...valid, [field]: value } as never),
        );
        expect(["OK", "BAD_REQUEST"], `${field} = ${String(value).slice(0, 40)}`).toContain(code);
      }
    }
    // Words that are all operators or stop words are still a search, not an error.
    for (const q of ["!!! & | ( )", "der die das", "'\\\"", "-", "or or or"]) {
      expect(await codeOf(caller.opportunities.search({ q }))).toBe("OK");
    }
  });
});
