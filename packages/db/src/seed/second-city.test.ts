import { readFileSync } from "node:fs";
import { GOEPPINGEN, RHEINFELDEN } from "@engagiert/domain/city";
import { OpportunityFormat } from "@engagiert/domain/opportunities";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Database } from "../client.ts";
import { getCityBySlug } from "../queries/cities.ts";
import { cities } from "../schema/index.ts";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../testing.ts";
import { NETWORK_CITIES_CSV_PATH, RHEINFELDEN_DEMO_ACCOUNTS, seedDemo } from "./index.ts";

const TODAY = "2026-03-15";
const HASH = "$argon2id$test-only";
const CSV = readFileSync(NETWORK_CITIES_CSV_PATH, "utf8");
/** Göppingen small, so the test stays fast; Rheinfelden as the demo has it. */
const OPTIONS = { staffPasswordHash: HASH, today: TODAY, volunteers: 40, citiesCsv: CSV };

async function query<T>(db: Database, statement: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await db.execute(statement));
}

const CITY_TABLES = [
  "organisations",
  "users",
  "persons",
  "consents",
  "opportunities",
  "opportunity_shifts",
  "engagements",
  "hour_entries",
  "trainings",
  "training_registrations",
  "qualification_records",
  "quality_assessments",
];

/** Rows per city-owned table of one city. */
async function countsOf(db: Database, cityId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of CITY_TABLES) {
    const [row] = await query<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(table)} where city_id = ${cityId}`,
    );
    counts[table] = row!.n;
  }
  return counts;
}

describe.each(testDatabaseKinds())("the second demo city on %s", (kind) => {
  let database: TestDatabase;
  let db: Database;
  let cityId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.db;
    await seedDemo(db, OPTIONS);
    cityId = (await getCityBySlug(db, RHEINFELDEN.slug))!.id;
  });
  afterAll(() => database?.drop());

  it("runs Rheinfelden (Baden) as a demo city from its directory entry", async () => {
    const city = await getCityBySlug(db, RHEINFELDEN.slug);
    expect(city).toMatchObject({
      name: "Rheinfelden (Baden)",
      federalState: "Baden-Württemberg",
      isDemo: true,
      source: "engagiertestadt.de/ansatz/themen",
      coordinationEmail: "engagement@rheinfelden.example",
      config: RHEINFELDEN,
    });
    const running = await query<{ slug: string }>(
      db,
      sql`select slug from cities where config is not null order by slug`,
    );
    expect(running.map((r) => r.slug)).toEqual(["goeppingen", "rheinfelden-baden"]);
  });

  it("has its own organisations and demo accounts", async () => {
    const orgs = await query<{ slug: string; kind: string }>(
      db,
      sql`select slug, kind from organisations where city_id = ${cityId} order by slug`,
    );
    expect(orgs).toEqual(
      RHEINFELDEN.organisations
        .map(({ slug, kind }) => ({ slug, kind }))
        .sort((a, b) => a.slug.localeCompare(b.slug)),
    );
    const users = await query<{ email: string; role: string; has_password: boolean }>(
      db,
      sql`select email, role, password_hash is not null as has_password
          from users where city_id = ${cityId} order by email`,
    );
    expect(users.map((u) => [u.email, u.role]).sort()).toEqual(
      RHEINFELDEN_DEMO_ACCOUNTS.map((a) => [a.email, a.role]).sort(),
    );
    for (const user of users) expect(user.has_password).toBe(user.role !== "volunteer");
  });

  it("has smaller demo data of its own: volunteers, opportunities, engagements, hours, a training", async () => {
    const counts = await countsOf(db, cityId);
    expect(counts.persons).toBe(151);
    expect(counts.consents).toBe(151);
    expect(counts.opportunities).toBe(23);
    expect(counts.engagements).toBeGreaterThan(150);
    expect(counts.hour_entries).toBeGreaterThan(500);
    expect(counts.trainings).toBe(4);
    expect(counts.training_registrations).toBeGreaterThan(10);
    expect(counts.qualification_records).toBeGreaterThan(0);
    expect(counts.quality_assessments).toBeGreaterThan(0);

    const formats = await query<{ format: string }>(
      db,
      sql`select distinct format from opportunities where city_id = ${cityId} and status = 'published'`,
    );
    expect(formats.map((f) => f.format).sort()).toEqual([...OpportunityFormat.options].sort());
    const [jana] = await query<{ n: number }>(
      db,
      sql`select count(*)::int as n from engagements e join persons p
            on p.city_id = e.city_id and p.id = e.person_id
          where e.city_id = ${cityId} and p.email = 'ehrenamt@rheinfelden.example'`,
    );
    expect(jana!.n).toBe(3);
  });

  it("places everything in Rheinfelden, nothing in Göppingen", async () => {
    const districts = new Set(RHEINFELDEN.districts.map((d) => d.slug));
    const places = await query<{ district: string | null; address: string | null; text: string }>(
      db,
      sql`select district, address, title || ' ' || description as text
          from opportunities where city_id = ${cityId}`,
    );
    for (const place of places) {
      if (place.district) expect(districts).toContain(place.district);
      if (place.address) expect(place.address).toMatch(/79618 Rheinfelden \(Baden\)$/);
      expect(place.text).not.toMatch(/Göppingen/);
    }
    const people = await query<{ district: string | null }>(
      db,
      sql`select distinct district from persons where city_id = ${cityId}`,
    );
    for (const p of people) if (p.district) expect(districts).toContain(p.district);
    const [messages] = await query<{ n: number }>(
      db,
      sql`select count(*)::int as n from engagements where city_id = ${cityId} and message like '%Göppingen%'`,
    );
    expect(messages!.n).toBe(0);
  });

  it("shares no id with Göppingen", async () => {
    for (const table of [...CITY_TABLES, "training_sessions"]) {
      const [row] = await query<{ n: number }>(
        db,
        sql`select count(*)::int as n from ${sql.identifier(table)} a
            join ${sql.identifier(table)} b on b.id = a.id and b.city_id <> a.city_id`,
      );
      expect(row!.n, table).toBe(0);
    }
  });

  it("changes nothing when seeded again", async () => {
    const before = await countsOf(db, cityId);
    expect(await seedDemo(db, OPTIONS)).toEqual({ created: false });
    expect(await countsOf(db, cityId)).toEqual(before);
  });
});

describe("the second demo city", () => {
  it("is the same on every run", async () => {
    const runs: string[][] = [];
    for (let i = 0; i < 2; i++) {
      const database = await createTestDatabase("pglite");
      await seedDemo(database.db, { ...OPTIONS, volunteers: 5, secondCityVolunteers: 40 });
      const rows = await query<{ row: string }>(
        database.db,
        sql`select p.id || p.email || coalesce(p.district, '') as row from persons p
            join cities c on c.id = p.city_id where c.slug = ${RHEINFELDEN.slug}
            union all
            select e.id || e.status || e.opportunity_id from engagements e
            join cities c on c.id = e.city_id where c.slug = ${RHEINFELDEN.slug}
            order by 1`,
      );
      runs.push(rows.map((r) => r.row));
      await database.drop();
    }
    expect(runs[0]!.length).toBeGreaterThan(80);
    expect(runs[1]).toEqual(runs[0]);
  });

  it("is added to a database seeded before it existed, once", async () => {
    const database = await createTestDatabase("pglite");
    const { db } = database;
    // What an earlier seed left: Göppingen running, Rheinfelden only in the directory.
    await db.insert(cities).values([
      {
        slug: GOEPPINGEN.slug,
        name: GOEPPINGEN.name,
        federalState: GOEPPINGEN.federalState,
        isDemo: true,
        config: GOEPPINGEN,
      },
      {
        slug: RHEINFELDEN.slug,
        name: RHEINFELDEN.name,
        federalState: RHEINFELDEN.federalState,
        source: "engagiertestadt.de/ansatz/themen",
      },
    ]);
    expect(await seedDemo(db, OPTIONS)).toEqual({
      created: false,
      addedCity: "rheinfelden-baden",
    });
    const city = await getCityBySlug(db, RHEINFELDEN.slug);
    expect(city).toMatchObject({ isDemo: true, source: "engagiertestadt.de/ansatz/themen" });
    expect((await countsOf(db, city!.id)).persons).toBe(151);
    const goeppingen = await getCityBySlug(db, GOEPPINGEN.slug);
    expect((await countsOf(db, goeppingen!.id)).persons).toBe(0);

    expect(await seedDemo(db, OPTIONS)).toEqual({ created: false });
    await database.drop();
  });
});
