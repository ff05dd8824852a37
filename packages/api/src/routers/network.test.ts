import { auditLog, cities } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity, insertUser, testClient } from "../testing.ts";
import { Problem } from "../trpc.ts";

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const e = error as TRPCError;
  return {
    code: e.code,
    reason: e.cause instanceof Problem ? e.cause.reason : null,
    message: e.message,
  };
}

const GOOD = [
  "name,state,source,population,joined_year,coordination_email",
  "Speyer,Rheinland-Pfalz,speyer.de,50.378,2017,engagement@speyer.example",
  "Wetzlar,Hessen,wetzlar.de,,,",
  // Already in the directory: updated, its population kept where the file has none.
  "Lüneburg,Niedersachsen,neue Quelle,,2019,",
].join("\n");

const BAD = [
  "name,state,source,population",
  "Emden,Niedersachsen,emden.de,50000",
  "Kaufungen,Hesse,kaufungen.de,12000",
  "Bocholt,Nordrhein-Westfalen,bocholt.de,viele",
].join("\n");

describe.each(testDatabaseKinds())("the city directory on %s", (kind) => {
  let database: TestDatabase;
  let a: Awaited<ReturnType<typeof insertCity>>;

  async function as(email: string, city = "stadt-a") {
    const client = testClient(database.db, city);
    await client.signIn(email);
    return client.call();
  }
  const directory = () =>
    database.db
      .select({ slug: cities.slug, population: cities.population, source: cities.source })
      .from(cities)
      .orderBy(asc(cities.slug));

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    a = await insertCity(database.db, "stadt-a");
    const b = await insertCity(database.db, "stadt-b");
    await database.db
      .update(cities)
      .set({ population: 40_000, federalState: "Bayern" })
      .where(eq(cities.id, b.city.id));
    // A member of the directory that does not run the platform.
    await database.db.insert(cities).values({
      slug: "lueneburg",
      name: "Lüneburg",
      federalState: "Niedersachsen",
      population: 75_000,
    });
    await insertUser(database.db, a.city.id, {
      email: "admin@netz.example",
      role: "network_admin",
    });
    await insertUser(database.db, a.city.id, { email: "koord@a.example", role: "coordinator" });
    await insertUser(database.db, a.city.id, {
      email: "mitglied@a.example",
      role: "network_member",
    });
  });
  afterAll(() => database.drop());

  it("offers the cities that run the platform for signing in, and names the request's city", async () => {
    const anonymous = await testClient(database.db, "stadt-b").call();
    expect(await anonymous.network.platformCities()).toEqual({
      cities: [
        { slug: "stadt-a", name: "Teststadt stadt-a" },
        { slug: "stadt-b", name: "Teststadt stadt-b" },
      ],
      current: "stadt-b",
    });
  });

  it("counts the members per federal state and shows one city's page", async () => {
    const anonymous = await testClient(database.db, "stadt-a").call();
    expect(await anonymous.network.citiesPerState()).toEqual([
      { federalState: "Baden-Württemberg", cities: 1 },
      { federalState: "Bayern", cities: 1 },
      { federalState: "Niedersachsen", cities: 1 },
    ]);
    const b = await anonymous.network.city({ slug: "stadt-b" });
    expect(b).toMatchObject({
      slug: "stadt-b",
      federalState: "Bayern",
      population: 40_000,
      sizeClass: "mittelstadt",
      isRunningPlatform: true,
      isOwnCity: false,
      sharesFigures: false,
      figures: [],
      coordinationOffice: { email: "engagement@goeppingen.example" },
    });
    expect(b).not.toHaveProperty("id");
    expect(await anonymous.network.city({ slug: "lueneburg" })).toMatchObject({
      isRunningPlatform: false,
      sizeClass: "mittelstadt",
      coordinationOffice: null,
    });
    expect((await refusal(anonymous.network.city({ slug: "atlantis" }))).code).toBe("NOT_FOUND");
  });

  it("filters the directory by size class", async () => {
    const anonymous = await testClient(database.db, "stadt-a").call();
    const middle = await anonymous.network.cities({ limit: 10, sizeClass: "mittelstadt" });
    expect(middle.items.map((c) => c.slug)).toEqual(["lueneburg", "stadt-b"]);
    expect(middle.total).toBe(2);
    const small = await anonymous.network.cities({ limit: 10, sizeClass: "kleinstadt" });
    expect(small.total).toBe(0);
  });

  it("reports every bad row with its line, field and a German message, and writes nothing", async () => {
    const before = await directory();
    const admin = await as("admin@netz.example");
    const report = await admin.network.checkCityImport({ csv: BAD });
    expect(report.validRows).toBe(1);
    expect(report.errorCount).toBe(2);
    expect(report.errors).toEqual([
      {
        line: 3,
        field: "state",
        message: expect.stringMatching(/^Zeile 3: „Hesse“ ist kein Bundesland/),
      },
      {
        line: 4,
        field: "population",
        message: expect.stringMatching(/^Zeile 4: Die Einwohnerzahl „viele“/),
      },
    ]);
    const refused = await refusal(admin.network.importCities({ csv: BAD }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", reason: "city_import_invalid" });
    expect(refused.message).toBe("Die Datei hat 2 Fehler. Es wurde nichts übernommen.");
    // Not even the good row (Emden) was written.
    expect(await directory()).toEqual(before);
    const [audited] = await database.db.select({ n: count() }).from(auditLog);
    expect(audited!.n).toBe(0);
  });

  it("refuses an empty or oversized file with a message", async () => {
    const admin = await as("admin@netz.example");
    expect((await refusal(admin.network.checkCityImport({ csv: "" }))).code).toBe("BAD_REQUEST");
    expect(await refusal(admin.network.importCities({ csv: "name,state,source\n" }))).toMatchObject(
      { code: "BAD_REQUEST", reason: "city_import_empty" },
    );
    const huge = `name,state,source\n${"x".repeat(1_000_001)}`;
    expect((await refusal(admin.network.checkCityImport({ csv: huge }))).code).toBe("BAD_REQUEST");
  });

  it("imports a good file whole, counts created and updated cities, and audits it", async () => {
    const admin = await as("admin@netz.example");
    expect(await admin.network.checkCityImport({ csv: GOOD })).toEqual({
      validRows: 3,
      errorCount: 0,
      errors: [],
    });
    expect(await admin.network.importCities({ csv: GOOD })).toEqual({ created: 2, updated: 1 });
    const rows = await directory();
    expect(rows.map((r) => r.slug)).toEqual([
      "lueneburg",
      "speyer",
      "stadt-a",
      "stadt-b",
      "wetzlar",
    ]);
    expect(rows.find((r) => r.slug === "speyer")!.population).toBe(50_378);
    expect(rows.find((r) => r.slug === "lueneburg")).toEqual({
      slug: "lueneburg",
      population: 75_000,
      source: "neue Quelle",
    });
    const audit = await database.db.select().from(auditLog);
    expect(audit).toEqual([
      expect.objectContaining({
        cityId: a.city.id,
        action: "network.cities.imported",
        details: { created: 2, updated: 1 },
      }),
    ]);
    // The same file again changes nothing new.
    expect(await admin.network.importCities({ csv: GOOD })).toEqual({ created: 0, updated: 3 });
  });

  it("lets only the network's admins check or import", async () => {
    const csv = GOOD;
    for (const email of ["koord@a.example", "mitglied@a.example"]) {
      const member = await as(email);
      expect((await refusal(member.network.checkCityImport({ csv }))).code).toBe("FORBIDDEN");
      expect((await refusal(member.network.importCities({ csv }))).code).toBe("FORBIDDEN");
    }
    const anonymous = await testClient(database.db, "stadt-a").call();
    expect((await refusal(anonymous.network.importCities({ csv }))).code).toBe("UNAUTHORIZED");
  });
});
