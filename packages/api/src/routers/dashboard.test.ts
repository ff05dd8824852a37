import { engagements, opportunities, persons } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity, insertUser, opportunityRow, testClient } from "../testing.ts";

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

describe.each(testDatabaseKinds())("dashboard on %s", (kind) => {
  let database: TestDatabase;
  let a: Awaited<ReturnType<typeof insertCity>>;
  let b: Awaited<ReturnType<typeof insertCity>>;

  async function signedIn(email: string, city = "stadt-a") {
    const client = testClient(database.db, city);
    await client.signIn(email);
    return client.call();
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    a = await insertCity(db, "stadt-a");
    b = await insertCity(db, "stadt-b");
    await insertUser(db, a.city.id, {
      email: "staff@a.example",
      role: "staff",
      organisationId: a.orgA.id,
    });
    await insertUser(db, a.city.id, { email: "coord@a.example", role: "coordinator" });
    await insertUser(db, a.city.id, { email: "net@a.example", role: "network_member" });
    await insertUser(db, b.city.id, { email: "coord@b.example", role: "coordinator" });

    const [published, , other] = await db
      .insert(opportunities)
      .values([
        opportunityRow(a.city.id, a.orgA.id),
        opportunityRow(a.city.id, a.orgA.id, { status: "draft", publishedAt: null }),
        opportunityRow(a.city.id, a.orgB.id),
        opportunityRow(b.city.id, b.orgA.id),
      ])
      .returning();
    const people = await db
      .insert(persons)
      .values(
        ["p1", "p2", "p3", "p4"].map((p) => ({
          cityId: a.city.id,
          firstName: p,
          lastName: "Test",
          email: `${p}@people.example`,
          birthYear: 1980,
        })),
      )
      .returning();
    const row = (
      person: number,
      opp: typeof published,
      status: typeof engagements.$inferInsert.status,
    ) => ({
      cityId: a.city.id,
      opportunityId: opp!.id,
      organisationId: opp!.organisationId,
      personId: people[person]!.id,
      status,
      confirmedAt: new Date("2026-11-01T10:00:00Z"),
    });
    await db
      .insert(engagements)
      .values([
        row(0, published, "active"),
        row(1, published, "active"),
        row(2, published, "submitted"),
        row(3, published, "onboarding"),
        row(0, other, "active"),
        row(1, other, "ended"),
      ]);
  });
  afterAll(() => database.drop());

  it("shows staff the counts of their own organisation", async () => {
    const result = await (await signedIn("staff@a.example")).dashboard.counts({});
    expect(result).toEqual({
      scope: "organisation",
      name: "Amt A",
      counts: {
        publishedOpportunities: 1,
        draftOpportunities: 1,
        openApplications: 1,
        onboarding: 1,
        activeVolunteers: 2,
        pausedEngagements: 0,
      },
    });
  });

  it("refuses staff another organisation's counts", async () => {
    const caller = await signedIn("staff@a.example");
    expect(await codeOf(caller.dashboard.counts({ organisationId: a.orgB.id }))).toBe("FORBIDDEN");
    expect(await caller.dashboard.organisations()).toEqual([
      expect.objectContaining({ name: "Amt A" }),
    ]);
  });

  it("shows the coordination office the whole city and each organisation", async () => {
    const caller = await signedIn("coord@a.example");
    const city = await caller.dashboard.counts({});
    expect(city.scope).toBe("city");
    // p1 is active in two organisations and counts once for the city.
    expect(city.counts).toMatchObject({
      publishedOpportunities: 2,
      activeVolunteers: 2,
      openApplications: 1,
    });
    const partner = await caller.dashboard.counts({ organisationId: a.orgB.id });
    expect(partner).toMatchObject({
      scope: "organisation",
      name: "Partner B",
      counts: { activeVolunteers: 1 },
    });
    expect(await caller.dashboard.organisations()).toHaveLength(2);
  });

  it("never shows another city's organisation", async () => {
    const caller = await signedIn("coord@b.example", "stadt-b");
    expect(await codeOf(caller.dashboard.counts({ organisationId: a.orgA.id }))).toBe("NOT_FOUND");
  });

  it("is closed to anonymous visitors and network members", async () => {
    const anonymous = await testClient(database.db, "stadt-a").call();
    expect(await codeOf(anonymous.dashboard.counts({}))).toBe("UNAUTHORIZED");
    expect(await codeOf((await signedIn("net@a.example")).dashboard.counts({}))).toBe("FORBIDDEN");
  });

  it("refuses a malformed organisation id", async () => {
    const caller = await signedIn("coord@a.example");
    expect(
      await codeOf(caller.dashboard.counts({ organisationId: "x'; drop table users;--" })),
    ).toBe("BAD_REQUEST");
  });
});
