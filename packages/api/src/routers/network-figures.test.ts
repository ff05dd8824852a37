import {
  cities,
  engagements,
  hourEntries,
  opportunities,
  persons,
  sharedFigures,
  users,
} from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@engagiert/db/client";
import { insertCity, insertUser, opportunityRow, testClient } from "../testing.ts";

const codeOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
};

const at = (iso: string) => new Date(iso);

describe.each(testDatabaseKinds())("shared figures on %s", (kind) => {
  let database: TestDatabase;
  let a: Awaited<ReturnType<typeof insertCity>>;

  async function as(email: string, city: string) {
    const client = testClient(database.db, city);
    await client.signIn(email);
    return client.call();
  }

  /** A city that runs the platform with a population and a coordinator. */
  async function city(slug: string, population: number) {
    const made = await insertCity(database.db, slug);
    await database.db.update(cities).set({ population }).where(eq(cities.id, made.city.id));
    await insertUser(database.db, made.city.id, {
      email: `koord@${slug}.example`,
      role: "coordinator",
    });
    return made;
  }

  /** City A's data: three people, four opportunities, engagements and hours over the years. */
  async function seedCityA() {
    const db = database.db;
    const cityId = a.city.id;
    const orgId = a.orgA.id;
    const staff = await insertUser(db, cityId, {
      email: "staff@stadt-a.example",
      role: "staff",
      organisationId: orgId,
    });
    const person = async (email: string, firstName: string, lastName: string) => {
      const id = (await insertUser(db, cityId, { email, role: "volunteer" })).personId!;
      await db.update(persons).set({ firstName, lastName }).where(eq(persons.id, id));
      return id;
    };
    const [p1, p2, p3] = [
      await person("anna.beispiel@people.example", "Annegret", "Beispielhaft"),
      await person("bernd.muster@people.example", "Bernhardine", "Musterfrau"),
      await person("clara.probe@people.example", "Clarissa", "Probewohl"),
    ];
    const opportunity = async (publishedAt: Date | null, categories: string[]) => {
      const [row] = await db
        .insert(opportunities)
        .values(
          opportunityRow(cityId, orgId, {
            categories,
            publishedAt,
            status: publishedAt ? "published" : "draft",
          }),
        )
        .returning();
      return row!.id;
    };
    const o2026 = await opportunity(at("2026-03-01T10:00:00Z"), ["bildung", "soziales"]);
    const o2025 = await opportunity(at("2025-06-01T10:00:00Z"), ["bildung"]);
    await opportunity(null, ["sport"]);
    await opportunity(at("2022-06-01T10:00:00Z"), ["sport"]);
    // Published at 00:30 on New Year's Day in Göppingen, still 2024 in UTC: counts for 2025.
    await opportunity(at("2024-12-31T23:30:00Z"), ["kultur"]);

    const engagement = async (
      personId: string,
      opportunityId: string,
      startedAt: Date | null,
      endedAt: Date | null,
    ) => {
      const [row] = await db
        .insert(engagements)
        .values({
          cityId,
          opportunityId,
          organisationId: orgId,
          personId,
          status: startedAt === null ? "submitted" : endedAt ? "ended" : "active",
          startedAt,
          endedAt,
          confirmedAt: at("2024-01-01T10:00:00Z"),
        })
        .returning();
      return row!.id;
    };
    const e1 = await engagement(p1, o2025, at("2025-05-01T08:00:00Z"), null);
    // The same person twice in 2026: counted once.
    await engagement(p1, o2026, at("2026-02-01T08:00:00Z"), null);
    await engagement(p2, o2025, at("2024-02-01T08:00:00Z"), at("2024-10-01T08:00:00Z"));
    await engagement(p3, o2026, at("2026-01-15T08:00:00Z"), null);
    await engagement(p2, o2026, null, null);

    const hours = (
      workedOn: string,
      minutes: number,
      status: "approved" | "pending",
      corrects?: string,
    ) =>
      db
        .insert(hourEntries)
        .values({
          cityId,
          personId: p1,
          engagementId: e1,
          organisationId: orgId,
          workedOn,
          minutes,
          activity: "Vorlesen",
          status,
          correctsEntryId: corrects ?? null,
          enteredByUserId: staff.id,
        })
        .returning();
    const [original] = await hours("2025-07-01", 60, "approved");
    // The correction replaces the original: 180 minutes, not 240.
    await hours("2025-07-01", 180, "approved", original!.id);
    await hours("2026-02-01", 120, "approved");
    await hours("2026-02-02", 90, "pending");
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    a = await city("stadt-a", 50_000);
    await city("stadt-b", 40_000);
    await city("stadt-c", 500_000);
    await city("stadt-d", 30_000);
    await insertUser(database.db, a.city.id, {
      email: "staff-a@stadt-a.example",
      role: "staff",
      organisationId: a.orgB.id,
    });
    await insertUser(database.db, a.city.id, {
      email: "netz@stadt-a.example",
      role: "network_member",
    });
    await seedCityA();
  });
  afterAll(() => database.drop());

  const figuresOf = (cityId: string) =>
    database.db
      .select({
        year: sharedFigures.year,
        metric: sharedFigures.metric,
        category: sharedFigures.category,
        value: sharedFigures.value,
      })
      .from(sharedFigures)
      .where(eq(sharedFigures.cityId, cityId))
      .orderBy(asc(sharedFigures.year), asc(sharedFigures.metric), asc(sharedFigures.category));

  it("lets only the coordination office opt in, and computes the figures from the city's data", async () => {
    for (const email of ["staff-a@stadt-a.example", "netz@stadt-a.example"]) {
      const member = await as(email, "stadt-a");
      expect(await codeOf(member.network.setFigureSharing({ share: true }))).toBe("FORBIDDEN");
      expect((await member.network.figureSharing()).canChange).toBe(false);
    }
    expect(await figuresOf(a.city.id)).toEqual([]);

    const coordinator = await as("koord@stadt-a.example", "stadt-a");
    expect((await coordinator.network.figureSharing()).canChange).toBe(true);
    const status = await coordinator.network.setFigureSharing({ share: true });
    expect(status).toMatchObject({ sharesFigures: true, changedAt: at("2026-11-24T09:00:00Z") });
    expect(status.computedAt).toEqual(at("2026-11-24T09:00:00Z"));
    expect(await figuresOf(a.city.id)).toEqual([
      { year: 2024, metric: "active_volunteers", category: "", value: 1 },
      { year: 2024, metric: "hours", category: "", value: 0 },
      { year: 2024, metric: "opportunities", category: "", value: 0 },
      { year: 2025, metric: "active_volunteers", category: "", value: 1 },
      { year: 2025, metric: "hours", category: "", value: 3 },
      { year: 2025, metric: "opportunities", category: "", value: 2 },
      { year: 2025, metric: "opportunities", category: "bildung", value: 1 },
      { year: 2025, metric: "opportunities", category: "kultur", value: 1 },
      { year: 2026, metric: "active_volunteers", category: "", value: 2 },
      { year: 2026, metric: "hours", category: "", value: 2 },
      { year: 2026, metric: "opportunities", category: "", value: 1 },
      { year: 2026, metric: "opportunities", category: "bildung", value: 1 },
      { year: 2026, metric: "opportunities", category: "soziales", value: 1 },
    ]);
  });

  it("holds only counts: no column and no value can name a person", async () => {
    const columns = rowsOf<{ column_name: string }>(
      await database.db.execute(sql`select column_name from information_schema.columns
        where table_name = 'shared_figures' order by ordinal_position`),
    ).map((c) => c.column_name);
    expect(columns).toEqual(["city_id", "year", "metric", "category", "value", "computed_at"]);
    const categories = new Set(a.city.config!.categories.map((c) => c.slug));
    for (const figure of await figuresOf(a.city.id)) {
      expect(figure.category === "" || categories.has(figure.category)).toBe(true);
      expect(Number.isInteger(figure.value)).toBe(true);
    }
  });

  it("compares only cities of similar size that share, and nothing that names a person", async () => {
    await (await as("koord@stadt-c.example", "stadt-c")).network.setFigureSharing({ share: true });
    const b = await as("koord@stadt-b.example", "stadt-b");
    const comparison = await b.network.compareFigures({ year: 2026, metric: "active_volunteers" });
    expect(comparison.viewer).toEqual({
      slug: "stadt-b",
      name: "Teststadt stadt-b",
      population: 40_000,
      sizeClass: "mittelstadt",
      range: { from: 20_000, to: 80_000 },
    });
    // C shares but is not of similar size; D is of similar size but does not share; B neither.
    expect(comparison.items).toEqual([
      {
        slug: "stadt-a",
        name: "Teststadt stadt-a",
        federalState: "Baden-Württemberg",
        population: 50_000,
        value: 2,
        perThousand: 0,
        isOwnCity: false,
      },
    ]);
    const detail = await b.network.city({ slug: "stadt-a" });
    expect(detail.figures).toContainEqual({
      year: 2026,
      metric: "opportunities",
      category: "bildung",
      value: 1,
      categoryLabel: { de: "Bildung", en: "Education" },
    });

    const answers = JSON.stringify([comparison, detail]);
    const people = await database.db.select().from(persons);
    const accounts = await database.db.select().from(users);
    const personal = [
      ...people.flatMap((p) => [p.id, p.firstName, p.lastName, p.email]),
      ...accounts.flatMap((u) => [u.id, u.email, u.displayName]),
    ];
    expect(personal.length).toBeGreaterThan(10);
    for (const value of personal) expect(answers).not.toContain(value);
  });

  it("takes a city's figures away the moment it opts out", async () => {
    const coordinator = await as("koord@stadt-a.example", "stadt-a");
    const status = await coordinator.network.setFigureSharing({ share: false });
    expect(status).toEqual({ sharesFigures: false, changedAt: expect.any(Date), computedAt: null });
    expect(await figuresOf(a.city.id)).toEqual([]);
    const b = await as("koord@stadt-b.example", "stadt-b");
    expect((await b.network.compareFigures({ year: 2026, metric: "hours" })).items).toEqual([]);
    expect((await b.network.city({ slug: "stadt-a" })).figures).toEqual([]);
    // C is still there for a viewer of its size.
    await database.db.update(cities).set({ population: 400_000 }).where(eq(cities.slug, "stadt-b"));
    const again = await b.network.compareFigures({ year: 2026, metric: "hours" });
    expect(again.items.map((row) => row.slug)).toEqual(["stadt-c"]);
  });

  it("shows the comparison to members of the network only", async () => {
    const anonymous = await testClient(database.db, "stadt-a").call();
    expect(await codeOf(anonymous.network.compareFigures({ year: 2026, metric: "hours" }))).toBe(
      "UNAUTHORIZED",
    );
    expect(await codeOf(anonymous.network.figureSharing())).toBe("UNAUTHORIZED");
    const member = await as("netz@stadt-a.example", "stadt-a");
    const page = await member.network.compareFigures({ year: 2026, metric: "hours" });
    expect(page.viewer.slug).toBe("stadt-a");
  });
});
