import { insertCity, insertUser, opportunityRow, SILENT } from "@engagiert/api/testing";
import { cityScope } from "@engagiert/db/queries/scope";
import { setFigureSharing } from "@engagiert/db/queries/shared-figures";
import { cities, engagements, opportunities } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSharedFiguresRefresh } from "./shared-figures-job.ts";

// 00:30 on New Year's Day 2027 in Göppingen, still 2026 in UTC: the shared years move on.
const NEW_YEAR = new Date("2026-12-31T23:30:00Z");

describe.each(testDatabaseKinds())("the daily shared figures refresh on %s", (kind) => {
  let database: TestDatabase;
  let sharing: string;
  let notSharing: string;

  const figuresOf = (cityId: string) =>
    database.db.query.sharedFigures.findMany({
      columns: { year: true, metric: true, category: true, value: true, computedAt: true },
      where: (figure, { eq }) => eq(figure.cityId, cityId),
      orderBy: (figure, { asc }) => [asc(figure.year), asc(figure.metric), asc(figure.category)],
    });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    const a = await insertCity(db, "stadt-a");
    const b = await insertCity(db, "stadt-b");
    sharing = a.city.id;
    notSharing = b.city.id;
    // Directory members without the platform have no data to share, whatever the flag says.
    await db.insert(cities).values({
      slug: "lueneburg",
      name: "Lüneburg",
      federalState: "Niedersachsen",
      sharesFigures: true,
    });
    for (const [city, orgId] of [
      [a.city.id, a.orgA.id],
      [b.city.id, b.orgA.id],
    ] as const) {
      const [opp] = await db
        .insert(opportunities)
        .values(
          opportunityRow(city, orgId, {
            categories: ["sport"],
            publishedAt: new Date("2026-12-31T23:10:00Z"),
          }),
        )
        .returning();
      const person = await insertUser(db, city, {
        email: `vol@${city}.example`,
        role: "volunteer",
      });
      await db.insert(engagements).values({
        cityId: city,
        opportunityId: opp!.id,
        organisationId: orgId,
        personId: person.personId!,
        status: "active",
        startedAt: new Date("2026-03-01T08:00:00Z"),
      });
    }
    // City A opted in in the summer: its figures then were for 2024 to 2026.
    await setFigureSharing(db, cityScope(sharing), true, new Date("2026-06-01T08:00:00Z"));
    expect((await figuresOf(sharing)).map((f) => f.year)).toContain(2024);
  });
  afterAll(() => database.drop());

  it("replaces a sharing city's figures with the years shared on the day it runs", async () => {
    expect(await runSharedFiguresRefresh(database.db, NEW_YEAR, SILENT)).toEqual({
      refreshed: 1,
      failed: 0,
    });
    const at = { computedAt: NEW_YEAR };
    expect(await figuresOf(sharing)).toEqual([
      { year: 2025, metric: "active_volunteers", category: "", value: 0, ...at },
      { year: 2025, metric: "hours", category: "", value: 0, ...at },
      { year: 2025, metric: "opportunities", category: "", value: 0, ...at },
      { year: 2026, metric: "active_volunteers", category: "", value: 1, ...at },
      { year: 2026, metric: "hours", category: "", value: 0, ...at },
      { year: 2026, metric: "opportunities", category: "", value: 0, ...at },
      { year: 2027, metric: "active_volunteers", category: "", value: 1, ...at },
      { year: 2027, metric: "hours", category: "", value: 0, ...at },
      // Published ten minutes into the new year in Göppingen.
      { year: 2027, metric: "opportunities", category: "", value: 1, ...at },
      { year: 2027, metric: "opportunities", category: "sport", value: 1, ...at },
    ]);
    expect(await figuresOf(notSharing)).toEqual([]);
  });

  it("writes nothing for a city that opted out in the meantime", async () => {
    await setFigureSharing(database.db, cityScope(sharing), false, NEW_YEAR);
    expect(await runSharedFiguresRefresh(database.db, NEW_YEAR, SILENT)).toEqual({
      refreshed: 0,
      failed: 0,
    });
    expect(await figuresOf(sharing)).toEqual([]);
  });
});
