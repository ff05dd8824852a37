import { readFileSync } from "node:fs";
import { DEFAULT_CATEGORIES, GOEPPINGEN } from "@engagiert/domain/city";
import { HOLDS_PLACE } from "@engagiert/domain/engagement";
import { OpportunityFormat } from "@engagiert/domain/opportunities";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Database } from "../client.ts";
import { getCityBySlug } from "../queries/cities.ts";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../testing.ts";
import { DEMO_ACCOUNTS, NETWORK_CITIES_CSV_PATH, seedDemo, type SeedDemoResult } from "./index.ts";

const TODAY = "2026-03-15";
const TABLES = [
  "cities",
  "organisations",
  "users",
  "persons",
  "consents",
  "opportunities",
  "engagements",
];

async function query<T>(db: Database, statement: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await db.execute(statement));
}

async function rowCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await query<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    counts[table] = row!.n;
  }
  return counts;
}

describe.each(testDatabaseKinds())("seedDemo on %s", (kind) => {
  let database: TestDatabase;
  let db: Database;
  let result: SeedDemoResult;
  /** Göppingen's id: the second demo city's data are checked in second-city.test.ts. */
  let cityId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.db;
    result = await seedDemo(db, {
      staffPasswordHash: "$argon2id$test-only",
      today: TODAY,
      citiesCsv: readFileSync(NETWORK_CITIES_CSV_PATH, "utf8"),
    });
    cityId = (await getCityBySlug(db, "goeppingen"))!.id;
  });
  afterAll(() => database?.drop());

  it("creates Göppingen as a demo city with its configuration", async () => {
    expect(result.created).toBe(true);
    const city = await getCityBySlug(db, "goeppingen");
    expect(city).toMatchObject({ name: "Göppingen", isDemo: true, joinedNetworkYear: 2024 });
    expect(city?.config?.organisations).toHaveLength(GOEPPINGEN.organisations.length);
  });

  it("imports the network's cities from the CSV", async () => {
    const rows = await query<{ slug: string; config: unknown }>(
      db,
      sql`select slug, config from cities order by slug`,
    );
    expect(rows).toHaveLength(17);
    expect(rows.map((r) => r.slug)).toEqual(
      expect.arrayContaining(["goeppingen", "wuerzburg", "rheinfelden-baden"]),
    );
    expect(rows.filter((r) => r.config !== null).map((r) => r.slug)).toEqual([
      "goeppingen",
      "rheinfelden-baden",
    ]);
  });

  it("creates the 14 departments and 3 partners", async () => {
    const rows = await query<{ kind: string; n: number }>(
      db,
      sql`select kind, count(*)::int as n from organisations
          where is_demo and city_id = ${cityId} group by kind order by kind`,
    );
    expect(rows).toEqual([
      { kind: "department", n: 14 },
      { kind: "partner", n: 3 },
    ]);
  });

  it("creates about 1,200 volunteers with consent, some of them minors", async () => {
    const [people] = await query<{ n: number; minors: number; consented: number }>(
      db,
      sql`select count(*)::int as n,
                 count(*) filter (where birth_date > ${TODAY}::date - interval '18 years')::int as minors,
                 count(*) filter (where exists (
                   select 1 from consents c
                   where c.city_id = p.city_id and c.person_id = p.id
                     and c.purpose = 'application' and c.version = '2026-01'))::int as consented
          from persons p where p.city_id = ${cityId}`,
    );
    expect(people!.n).toBeGreaterThanOrEqual(1200);
    expect(people!.n).toBeLessThanOrEqual(1210);
    expect(people!.consented).toBe(people!.n);
    expect(people!.minors).toBeGreaterThan(20);
  });

  it("uses only .example e-mail addresses", async () => {
    const [row] = await query<{ n: number }>(
      db,
      sql`select count(*)::int as n from (
            select email from persons union all select email from users
            union all select email from organisations) e
          where email not like '%.example'`,
    );
    expect(row!.n).toBe(0);
  });

  it("creates every demo account, with a password for everyone but the volunteer", async () => {
    const rows = await query<{
      email: string;
      role: string;
      has_password: boolean;
      person_id: string | null;
    }>(
      db,
      sql`select email, role, password_hash is not null as has_password, person_id
          from users where city_id = ${cityId} order by email`,
    );
    expect(rows.map((r) => r.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    for (const row of rows) expect(row.has_password).toBe(row.role !== "volunteer");
    const volunteer = rows.find((r) => r.email === "ehrenamt@goeppingen.example");
    expect(volunteer?.person_id).not.toBeNull();
    const [engaged] = await query<{ n: number }>(
      db,
      sql`select count(*)::int as n from engagements where person_id = ${volunteer!.person_id}`,
    );
    expect(engaged!.n).toBeGreaterThanOrEqual(2);
  });

  it("publishes opportunities in every category and every format", async () => {
    const rows = await query<{ categories: string[]; format: string }>(
      db,
      sql`select categories, format from opportunities where status = 'published'`,
    );
    const categories = new Set(rows.flatMap((r) => r.categories));
    const formats = new Set(rows.map((r) => r.format));
    for (const category of DEFAULT_CATEGORIES) expect(categories).toContain(category.slug);
    for (const format of OpportunityFormat.options) expect(formats).toContain(format);
    const [all] = await query<{ n: number; statuses: number }>(
      db,
      sql`select count(*)::int as n, count(distinct status)::int as statuses from opportunities`,
    );
    expect(all!.n).toBeGreaterThanOrEqual(60);
    expect(all!.statuses).toBeGreaterThanOrEqual(4);
  });

  it("never exceeds an opportunity's capacity", async () => {
    const over = await query<{ id: string }>(
      db,
      sql`select o.id from opportunities o
          join engagements e on e.city_id = o.city_id and e.opportunity_id = o.id
          where e.status in (${sql.join(
            HOLDS_PLACE.map((s) => sql`${s}`),
            sql`, `,
          )})
          group by o.id, o.capacity having count(*) > o.capacity`,
    );
    expect(over).toEqual([]);
  });

  it("keeps engagements consistent with their opportunity and the lifecycle", async () => {
    const [row] = await query<{
      n: number;
      statuses: number;
      wrong_org: number;
      bad_time: number;
      no_reason: number;
    }>(
      db,
      sql`select count(*)::int as n,
                 count(distinct e.status)::int as statuses,
                 count(*) filter (where e.organisation_id <> o.organisation_id)::int as wrong_org,
                 count(*) filter (where e.status_changed_at < e.created_at
                                    or e.status_changed_at > ${TODAY}::timestamptz + interval '1 day'
                                    or e.created_at < o.published_at)::int as bad_time,
                 count(*) filter (where e.status = 'ended' and e.end_reason is null)::int as no_reason
          from engagements e join opportunities o on o.city_id = e.city_id and o.id = e.opportunity_id`,
    );
    expect(row!.n).toBeGreaterThan(1000);
    expect(row!.statuses).toBe(8);
    expect(row).toMatchObject({ wrong_org: 0, bad_time: 0, no_reason: 0 });
  });

  it("changes nothing when run again", async () => {
    const before = await rowCounts(db);
    const again = await seedDemo(db, { staffPasswordHash: "other", today: TODAY });
    expect(again).toEqual({ created: false });
    expect(await rowCounts(db)).toEqual(before);
  });
});
