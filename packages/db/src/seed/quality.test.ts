import { maturityTrend } from "@engagiert/domain/quality";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client.ts";
import { ensureCityDefaults } from "../queries/city-defaults.ts";
import {
  cities,
  organisations,
  qualityAssessments,
  qualityStandards,
  users,
} from "../schema/index.ts";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../testing.ts";
import { seedQuality } from "./quality.ts";

const TODAY = "2026-11-24";

async function demoCity(db: Database, slug: string) {
  const [city] = await db
    .insert(cities)
    .values({ slug, name: slug, federalState: "Baden-Württemberg", isDemo: true })
    .returning();
  const cityId = city!.id;
  await ensureCityDefaults(db, cityId);
  const orgs = await db
    .insert(organisations)
    .values(
      ["amt-a", "amt-b", "partner-c"].map((s) => ({
        cityId,
        slug: s,
        name: s,
        kind: "department" as const,
        email: `${s}@amt.example`,
      })),
    )
    .returning();
  await db.insert(users).values(
    orgs.map((o) => ({
      cityId,
      email: `${o.slug}@team.example`,
      displayName: o.slug,
      role: "staff" as const,
      organisationId: o.id,
    })),
  );
  return cityId;
}

async function assessmentsOf(db: Database, cityId: string) {
  return db
    .select({
      organisation: organisations.slug,
      standard: qualityStandards.slug,
      standardId: qualityAssessments.standardId,
      level: qualityAssessments.level,
      assessedOn: qualityAssessments.assessedOn,
      createdAt: qualityAssessments.createdAt,
    })
    .from(qualityAssessments)
    .innerJoin(organisations, eq(organisations.id, qualityAssessments.organisationId))
    .innerJoin(qualityStandards, eq(qualityStandards.id, qualityAssessments.standardId))
    .where(eq(qualityAssessments.cityId, cityId))
    .orderBy(
      asc(organisations.slug),
      asc(qualityStandards.slug),
      asc(qualityAssessments.assessedOn),
      asc(qualityAssessments.createdAt),
    );
}

describe.each(testDatabaseKinds())("the demo's self-assessments on %s", (kind) => {
  let database: TestDatabase;
  let first: string;
  let second: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    first = await demoCity(database.db, "demo-a");
    second = await demoCity(database.db, "demo-b");
    await seedQuality(database.db, first, TODAY);
    await seedQuality(database.db, second, TODAY);
  });
  afterAll(() => database?.drop());

  it("covers a year, every standard of every organisation, several times, never after today", async () => {
    const rows = await assessmentsOf(database.db, first);
    expect(new Set(rows.map((r) => r.organisation)).size).toBe(3);
    const perKey = new Map<string, number>();
    for (const r of rows) {
      const key = `${r.organisation}/${r.standardId}`;
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
    expect(perKey.size).toBe(3 * 9);
    expect(Math.min(...perKey.values())).toBeGreaterThanOrEqual(2);
    expect(rows.every((r) => r.assessedOn <= TODAY && r.assessedOn >= "2025-11-24")).toBe(true);
    expect(rows.every((r) => r.level >= 0 && r.level <= 3)).toBe(true);
  });

  it("moves each organisation's trend over the year", async () => {
    const rows = await assessmentsOf(database.db, first);
    for (const org of ["amt-a", "amt-b", "partner-c"]) {
      const mine = rows.filter((r) => r.organisation === org);
      const standards = [...new Set(mine.map((r) => r.standardId))];
      const scores = maturityTrend(standards, mine, TODAY, 5).map((p) => p.score);
      expect(new Set(scores.slice(1)).size, `${org}: ${scores.join(", ")}`).toBeGreaterThan(1);
    }
  });

  it("is the same for every run", async () => {
    const strip = (rows: Awaited<ReturnType<typeof assessmentsOf>>) =>
      rows.map((r) => [r.organisation, r.standard, r.level, r.assessedOn]);
    expect(strip(await assessmentsOf(database.db, second))).toEqual(
      strip(await assessmentsOf(database.db, first)),
    );
  });
});
