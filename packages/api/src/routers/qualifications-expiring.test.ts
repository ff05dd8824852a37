import { engagements, opportunities, persons, qualificationRecords } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity, insertUser, opportunityRow, testClient } from "../testing.ts";

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
  );

// testClient's clock stands at 10:00 in Berlin on 24 November 2026.
describe.each(testDatabaseKinds())("qualifications expiring soon on %s", (kind) => {
  let database: TestDatabase;
  let a: Awaited<ReturnType<typeof insertCity>>;
  const expiring: Record<string, string> = {};

  async function signedIn(email: string, city = "stadt-a") {
    const client = testClient(database.db, city);
    await client.signIn(email);
    return client.call();
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    a = await insertCity(db, "stadt-a");
    const b = await insertCity(db, "stadt-b");
    await insertUser(db, a.city.id, {
      email: "staff@a.example",
      role: "staff",
      organisationId: a.orgA.id,
    });
    await insertUser(db, a.city.id, { email: "coord@a.example", role: "coordinator" });
    await insertUser(db, b.city.id, { email: "coord@b.example", role: "coordinator" });
    const [oppA, oppB] = await db
      .insert(opportunities)
      .values([opportunityRow(a.city.id, a.orgA.id), opportunityRow(a.city.id, a.orgB.id)])
      .returning();
    const engage = (
      personId: string,
      inB: boolean,
      status: "active" | "onboarding" | "submitted",
    ) =>
      db.insert(engagements).values({
        cityId: a.city.id,
        opportunityId: inB ? oppB!.id : oppA!.id,
        organisationId: inB ? a.orgB.id : a.orgA.id,
        personId,
        status,
        confirmedAt: new Date("2026-10-01T10:00:00Z"),
      });

    // The expiring list's fixtures: each person one record, seen on 24 November 2026.
    const fixtures: [string, "active" | "onboarding" | "submitted", boolean, string, string][] = [
      ["today", "active", false, "erste-hilfe", "2026-11-24"],
      ["yesterday", "onboarding", false, "erste-hilfe", "2026-11-23"],
      ["in30", "active", false, "hygiene-belehrung", "2026-12-24"],
      ["in31", "onboarding", false, "hygiene-belehrung", "2026-12-25"],
      ["in60", "active", false, "erste-hilfe", "2027-01-23"],
      ["in61", "active", false, "erste-hilfe", "2027-01-24"],
      ["juleica90", "active", false, "juleica", "2027-02-22"],
      ["onlyApplied", "submitted", false, "erste-hilfe", "2026-12-01"],
      ["inB", "active", true, "erste-hilfe", "2026-12-01"],
      ["renewed", "active", false, "erste-hilfe", "2026-12-05"],
    ];
    for (const [name, status, inB, typeSlug, validUntil] of fixtures) {
      const [person] = await db
        .insert(persons)
        .values({
          cityId: a.city.id,
          firstName: name,
          lastName: "Probe",
          email: `${name.toLowerCase()}@people.example`,
          birthYear: 1990,
        })
        .returning();
      await engage(person!.id, inB, status);
      const [record] = await db
        .insert(qualificationRecords)
        .values({
          cityId: a.city.id,
          personId: person!.id,
          typeSlug,
          validFrom: "2024-11-01",
          validUntil,
          issuer: "DRK",
          source: "external",
        })
        .returning();
      expiring[name] = record!.id;
      if (name === "renewed") {
        await db.insert(qualificationRecords).values({
          cityId: a.city.id,
          personId: person!.id,
          typeSlug,
          validFrom: "2026-11-01",
          validUntil: "2028-11-01",
          issuer: "DRK",
          source: "external",
        });
      }
    }
  });
  afterAll(() => database.drop());

  it("lists what expires between today and each type's reminder period, soonest first", async () => {
    const staff = await signedIn("staff@a.example");
    const ids = async (input: { withinDays?: number; organisationId?: string }) =>
      (await staff.qualifications.expiring(input)).items.map((i) => i.id);
    const list = await staff.qualifications.expiring({});
    expect(list.items.map((i) => [i.id, i.daysLeft])).toEqual([
      [expiring.today, 0],
      [expiring.in30, 30],
      [expiring.in31, 31],
      [expiring.in60, 60],
      [expiring.juleica90, 90],
    ]);
    expect(list.total).toBe(5);
    expect(list.items[0]).toMatchObject({ firstName: "today", nameDe: "Erste Hilfe" });
    expect(await ids({ withinDays: 30 })).toEqual([expiring.today, expiring.in30]);
    expect(await ids({ withinDays: 61 })).toEqual([
      expiring.today,
      expiring.in30,
      expiring.in31,
      expiring.in60,
      expiring.in61,
    ]);
    expect(await codeOf(staff.qualifications.expiring({ organisationId: a.orgB.id }))).toBe(
      "FORBIDDEN",
    );
  });

  it("reads the list page by page, and the coordination office sees any organisation or all", async () => {
    const staff = await signedIn("staff@a.example");
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null; total: number } =
        await staff.qualifications.expiring({ limit: 2, cursor });
      expect(page.total).toBe(5);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([
      expiring.today,
      expiring.in30,
      expiring.in31,
      expiring.in60,
      expiring.juleica90,
    ]);
    const tampered = await staff.qualifications.expiring({ limit: 2, cursor: "bm9uc2Vuc2U" });
    expect(tampered.items.map((i) => i.id)).toEqual([expiring.today, expiring.in30]);

    const coord = await signedIn("coord@a.example");
    const inB = await coord.qualifications.expiring({ organisationId: a.orgB.id });
    expect(inB.items.map((i) => i.id)).toEqual([expiring.inB]);
    const city = await coord.qualifications.expiring({});
    expect(city.items.map((i) => i.id)).toEqual([
      expiring.today,
      expiring.inB,
      expiring.in30,
      expiring.in31,
      expiring.in60,
      expiring.juleica90,
    ]);
    const other = await signedIn("coord@b.example", "stadt-b");
    expect((await other.qualifications.expiring({})).total).toBe(0);
  });

  it("no longer lists a type the coordination office archived", async () => {
    const coord = await signedIn("coord@a.example");
    await coord.qualifications.archiveType({ slug: "hygiene-belehrung", isArchived: true });
    expect((await coord.qualifications.expiring({})).items.map((i) => i.id)).toEqual([
      expiring.today,
      expiring.inB,
      expiring.in60,
      expiring.juleica90,
    ]);
    await coord.qualifications.archiveType({ slug: "hygiene-belehrung", isArchived: false });
    expect((await coord.qualifications.expiring({})).total).toBe(6);
  });
});
