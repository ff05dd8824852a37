import { auditLog, consents, engagements, opportunities, persons } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
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

describe.each(testDatabaseKinds())("volunteer records on %s", (kind) => {
  let database: TestDatabase;
  let a: Awaited<ReturnType<typeof insertCity>>;
  let b: Awaited<ReturnType<typeof insertCity>>;
  let person: typeof persons.$inferSelect;
  let stranger: typeof persons.$inferSelect;

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
    await insertUser(db, a.city.id, {
      email: "partner@a.example",
      role: "staff",
      organisationId: a.orgB.id,
    });
    await insertUser(db, a.city.id, { email: "coord@a.example", role: "coordinator" });
    await insertUser(db, b.city.id, { email: "coord@b.example", role: "coordinator" });
    const [oppA, oppB] = await db
      .insert(opportunities)
      .values([opportunityRow(a.city.id, a.orgA.id), opportunityRow(a.city.id, a.orgB.id)])
      .returning();
    [person, stranger] = (await db
      .insert(persons)
      .values([
        {
          cityId: a.city.id,
          firstName: "Lena",
          lastName: "Wagner",
          email: "lena@people.example",
          birthYear: 1992,
        },
        {
          cityId: a.city.id,
          firstName: "Ole",
          lastName: "Fremd",
          email: "ole@people.example",
          birthYear: 1980,
        },
      ])
      .returning()) as [typeof persons.$inferSelect, typeof persons.$inferSelect];
    const confirmedAt = new Date("2026-11-01T10:00:00Z");
    await db.insert(engagements).values([
      {
        cityId: a.city.id,
        opportunityId: oppA!.id,
        organisationId: a.orgA.id,
        personId: person.id,
        status: "active",
        confirmedAt,
      },
      {
        cityId: a.city.id,
        opportunityId: oppB!.id,
        organisationId: a.orgB.id,
        personId: person.id,
        status: "submitted",
        confirmedAt,
      },
      // Not confirmed by its e-mail link: does not count for the partner.
      {
        cityId: a.city.id,
        opportunityId: oppB!.id,
        organisationId: a.orgB.id,
        personId: stranger.id,
        status: "submitted",
      },
    ]);
    await db.insert(consents).values({
      cityId: a.city.id,
      personId: person.id,
      purpose: "application",
      version: "2026-01",
      givenAt: new Date("2026-11-01T10:00:00Z"),
    });
  });
  afterAll(() => database.drop());

  it("shows staff the person and only their organisation's engagements, and audits the read", async () => {
    const staff = await signedIn("staff@a.example");
    const record = await staff.volunteers.record({ personId: person.id });
    expect(record.person).toMatchObject({ firstName: "Lena", email: "lena@people.example" });
    expect(record.engagements.map((e) => e.organisationId)).toEqual([a.orgA.id]);
    expect(record.consents).toMatchObject([
      { purpose: "application", version: "2026-01", withdrawnAt: null },
    ]);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.personId, person.id));
    expect(audit).toMatchObject([
      { action: "person.read", subjectType: "person", subjectId: person.id },
    ]);
  });

  it("shows the coordination office every engagement", async () => {
    const coord = await signedIn("coord@a.example");
    expect((await coord.volunteers.record({ personId: person.id })).engagements).toHaveLength(2);
  });

  it("refuses staff a person without an engagement with them, and other cities", async () => {
    const partner = await signedIn("partner@a.example");
    expect(await codeOf(partner.volunteers.record({ personId: stranger.id }))).toBe("FORBIDDEN");
    const staff = await signedIn("staff@a.example");
    expect(await codeOf(staff.volunteers.record({ personId: stranger.id }))).toBe("FORBIDDEN");
    const foreign = await signedIn("coord@b.example", "stadt-b");
    expect(await codeOf(foreign.volunteers.record({ personId: person.id }))).toBe("NOT_FOUND");
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.personId, stranger.id));
    expect(audit).toEqual([]);
  });

  it("answers garbage with BAD_REQUEST", async () => {
    const staff = await signedIn("staff@a.example");
    for (const input of [
      null,
      1,
      "x",
      { personId: "'; drop table persons;--" },
      { personId: -1 },
      { personId: "a".repeat(100_000) },
    ]) {
      expect(await codeOf(staff.volunteers.record(input as never))).toBe("BAD_REQUEST");
    }
  });
});
