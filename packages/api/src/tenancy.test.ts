import { rowsOf } from "@engagiert/db/client";
import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import { DEMO_PASSWORD, seedDemo } from "@engagiert/db/seed";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { RHEINFELDEN } from "@engagiert/domain/city";
import type { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "./auth/password.ts";
import { testClient } from "./testing.ts";

const RF = RHEINFELDEN.slug;
const GP = "goeppingen";
/** The test client's clock stands on 24 November 2026; the demo is seeded for that day. */
const TODAY = "2026-11-24";
const TABLES = [
  "opportunities",
  "engagements",
  "persons",
  "organisations",
  "trainings",
  "hour_entries",
  "quality_standards",
  "surveys",
] as const;
type Table = (typeof TABLES)[number];
type CityIds = { id: string; ids: Record<Table, Set<string>> };

async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    return error as TRPCError;
  }
  throw new Error("expected a refusal");
}

/** Follows a keyset-paginated list to its end. */
async function everyItem<T>(
  page: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const answer = await page(cursor);
    items.push(...answer.items);
    cursor = answer.nextCursor;
  } while (cursor);
  return items;
}

describe.each(testDatabaseKinds())("tenancy of the seeded demo on %s", (kind) => {
  let database: TestDatabase;
  let rf: CityIds;
  let gp: CityIds;

  async function idsOf(slug: string): Promise<CityIds> {
    const [city] = rowsOf<{ id: string }>(
      await database.db.execute(sql`select id from cities where slug = ${slug}`),
    );
    const ids = {} as Record<Table, Set<string>>;
    for (const table of TABLES) {
      const rows = rowsOf<{ id: string }>(
        await database.db.execute(
          sql`select id from ${sql.identifier(table)} where city_id = ${city!.id}`,
        ),
      );
      ids[table] = new Set(rows.map((r) => r.id));
    }
    return { id: city!.id, ids };
  }

  /** Every id belongs to Rheinfelden's table and none to Göppingen's; the list is not empty. */
  function onlyRheinfelden(table: Table, ids: readonly string[], allowEmpty = false) {
    if (!allowEmpty) expect(ids.length, `${table}: nothing to compare`).toBeGreaterThan(0);
    for (const id of ids) {
      expect(rf.ids[table].has(id), `${table} ${id} is Rheinfelden's`).toBe(true);
      expect(gp.ids[table].has(id), `${table} ${id} is not Göppingen's`).toBe(false);
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedDemo(database.db, {
      staffPasswordHash: await hashPassword(DEMO_PASSWORD),
      today: TODAY,
      volunteers: 40,
      secondCityVolunteers: 40,
    });
    rf = await idsOf(RF);
    gp = await idsOf(GP);
  });
  afterAll(() => database?.drop());

  it("seeds both cities with data of their own", () => {
    for (const table of ["opportunities", "engagements", "persons", "trainings"] as const) {
      expect(rf.ids[table].size, table).toBeGreaterThan(0);
      expect(gp.ids[table].size, table).toBeGreaterThan(0);
    }
  });

  it("shows the public only Rheinfelden's configuration, opportunities and trainings", async () => {
    const caller = await testClient(database.db, RF).call();
    const config = await caller.city.config();
    expect(config).toMatchObject({ slug: RF, name: "Rheinfelden (Baden)" });
    expect(config.branding).toEqual(RHEINFELDEN.branding);
    expect(config.districts.map((d) => d.slug)).toEqual(RHEINFELDEN.districts.map((d) => d.slug));

    const newest = await everyItem((cursor) => caller.opportunities.newest({ limit: 100, cursor }));
    onlyRheinfelden(
      "opportunities",
      newest.map((o) => o.id),
    );

    const found = await caller.opportunities.search({ pageSize: 50 });
    onlyRheinfelden(
      "opportunities",
      found.items.map((o) => o.id),
    );
    // A title only Göppingen has is not found in Rheinfelden, but is at home.
    const elsewhere = await caller.opportunities.search({ q: "Vorlesepatin" });
    expect(elsewhere.items).toEqual([]);
    const atHome = await (
      await testClient(database.db, GP).call()
    ).opportunities.search({
      q: "Vorlesepatin",
    });
    expect(atHome.items.length).toBeGreaterThan(0);

    const calendar = await everyItem((cursor) =>
      caller.trainings.calendar({ limit: 50, cursor, from: "2026-01-01" }),
    );
    onlyRheinfelden(
      "trainings",
      calendar.map((t) => t.id),
    );
  });

  it("finds none of Göppingen's records by id under Rheinfelden", async () => {
    const caller = await testClient(database.db, RF).call();
    const [opportunityId] = gp.ids.opportunities;
    const [trainingId] = gp.ids.trainings;
    expect((await rejection(caller.opportunities.get({ id: opportunityId! }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await rejection(caller.trainings.get({ trainingId: trainingId! }))).code).toBe(
      "NOT_FOUND",
    );
    const staff = await testClient(database.db, RF).signIn(
      "koordination@rheinfelden.example",
      DEMO_PASSWORD,
    );
    const [personId] = gp.ids.persons;
    const [engagementId] = gp.ids.engagements;
    expect((await rejection(staff.volunteers.record({ personId: personId! }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await rejection(staff.pipeline.get({ engagementId: engagementId! }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("shows Rheinfelden's coordination office only Rheinfelden's records", async () => {
    const staff = await testClient(database.db, RF).signIn(
      "koordination@rheinfelden.example",
      DEMO_PASSWORD,
    );
    const dashboard = await staff.dashboard.counts({});
    expect(dashboard).toMatchObject({ scope: "city", name: "Rheinfelden (Baden)" });
    const organisations = await staff.dashboard.organisations();
    expect(new Set(organisations.map((o) => o.id))).toEqual(rf.ids.organisations);

    const opportunities = await everyItem((cursor) =>
      staff.opportunityAdmin.list({ limit: 100, cursor }),
    );
    expect(new Set(opportunities.map((o) => o.id))).toEqual(rf.ids.opportunities);
    const applications = await everyItem((cursor) => staff.pipeline.list({ limit: 100, cursor }));
    expect(new Set(applications.map((e) => e.id))).toEqual(rf.ids.engagements);
    const board = await staff.pipeline.board({});
    onlyRheinfelden(
      "engagements",
      board.flatMap((column) => column.items.map((e) => e.id)),
    );

    const queue = await everyItem((cursor) => staff.hours.queue({ limit: 100, cursor }));
    onlyRheinfelden(
      "hour_entries",
      queue.map((entry) => entry.id),
    );
    const trainings = await everyItem((cursor) => staff.trainingAdmin.list({ limit: 100, cursor }));
    expect(new Set(trainings.map((t) => t.id))).toEqual(rf.ids.trainings);
    const expiring = await everyItem((cursor) =>
      staff.qualifications.expiring({ limit: 100, cursor, withinDays: 365 }),
    );
    onlyRheinfelden(
      "persons",
      expiring.map((q) => q.personId),
      true,
    );

    const standards = await staff.quality.standards({});
    onlyRheinfelden(
      "quality_standards",
      standards.map((s) => s.id),
    );
    const matrix = await staff.quality.matrix({ limit: 100 });
    onlyRheinfelden(
      "organisations",
      matrix.rows.map((row) => row.organisation.id),
    );
    const surveys = await staff.surveys.list({ limit: 100 });
    onlyRheinfelden(
      "surveys",
      surveys.items.map((s) => s.id),
      true,
    );
    expect(gp.ids.surveys.size).toBeGreaterThan(0);

    const eligible = await everyItem((cursor) =>
      staff.recognition.eligibleList({ limit: 100, cursor }),
    );
    onlyRheinfelden(
      "persons",
      eligible.map((p) => p.personId),
      true,
    );
    const report = await staff.reports.report({ from: "2025-12-01", to: TODAY });
    expect(report).toMatchObject({ scope: "city", name: "Rheinfelden (Baden)" });
  });

  it("shows Rheinfelden's volunteer only her own engagements and hours", async () => {
    const client = testClient(database.db, RF);
    const email = "ehrenamt@rheinfelden.example";
    await (await client.call()).auth.requestLink({ email });
    const [mail] = await mailsTo(database.db, cityScope(rf.id), email);
    const token = new URL(mail!.bodyText.match(/http\S+/)![0]).searchParams.get("token")!;
    await (await client.call()).auth.redeemLink({ token });
    const caller = await client.call();
    const engagements = await everyItem((cursor) =>
      caller.applications.mine({ limit: 100, cursor }),
    );
    expect(engagements).toHaveLength(3);
    onlyRheinfelden(
      "engagements",
      engagements.map((e) => e.id),
    );
    const hours = await everyItem((cursor) => caller.hours.mine({ limit: 100, cursor }));
    onlyRheinfelden(
      "hour_entries",
      hours.map((h) => h.id),
    );
  });

  it("refuses Göppingen's coordinator under Rheinfelden's city header", async () => {
    const client = testClient(database.db, RF);
    const refused = await rejection(
      (await client.call()).auth.signIn({
        email: "koordination@goeppingen.example",
        password: DEMO_PASSWORD,
      }),
    );
    expect(refused.code).toBe("UNAUTHORIZED");
    expect(client.state.cookie).toBeNull();

    // A session from Göppingen carries no weight in Rheinfelden.
    const home = testClient(database.db, GP);
    await home.signIn("koordination@goeppingen.example", DEMO_PASSWORD);
    const visiting = testClient(database.db, RF);
    visiting.state.cookie = home.state.cookie;
    expect((await (await visiting.call()).auth.me()).user).toBeNull();
    const error = await rejection((await visiting.call()).dashboard.counts({}));
    expect(error.code).toBe("UNAUTHORIZED");
  });
});
