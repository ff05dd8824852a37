import { opportunities } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import type { OpportunityInput } from "@engagiert/domain/opportunities";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity, insertUser, opportunityRow, testClient } from "../testing.ts";

async function errorOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError & { cause?: unknown };
}
const codeOf = async (p: Promise<unknown>) => (await errorOf(p)).code;

function validInput(organisationId: string): OpportunityInput {
  return {
    organisationId,
    title: "Vorlesen in der Stadtbibliothek",
    summary: "Kindern am Samstag vorlesen.",
    description: "Sie lesen Kindern zwischen 4 und 8 Jahren Geschichten vor.",
    categories: ["bildung"],
    schedule: {
      format: "one_off",
      date: "2026-12-12",
      shifts: [
        {
          startsAt: new Date("2026-12-12T09:00:00Z"),
          endsAt: new Date("2026-12-12T11:00:00Z"),
          capacity: 3,
        },
      ],
    },
    location: {
      kind: "place",
      address: "Kornhausplatz 1",
      district: "innenstadt",
      coordinates: { lat: 48.7, lng: 9.65 },
    },
    accessibility: { stepFree: true, accessibleToilet: false, notes: "Aufzug am Eingang" },
    minimumAge: 16,
    involvesMinorContact: true,
    requiredQualifications: ["juleica"],
    languages: ["de", "en"],
    capacity: 3,
    contact: { name: "Frau Muster", email: "bibliothek@amt.example", phone: "07161 1" },
  };
}

describe.each(testDatabaseKinds())("opportunity administration on %s", (kind) => {
  let database: TestDatabase;
  let a: Awaited<ReturnType<typeof insertCity>>;
  let b: Awaited<ReturnType<typeof insertCity>>;
  let foreignOpp: typeof opportunities.$inferSelect;

  async function signedIn(email: string, city = "stadt-a") {
    const client = testClient(database.db, city);
    await client.signIn(email);
    return client.call();
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    a = await insertCity(database.db, "stadt-a");
    b = await insertCity(database.db, "stadt-b");
    await insertUser(database.db, a.city.id, {
      email: "staff@a.example",
      role: "staff",
      organisationId: a.orgA.id,
    });
    await insertUser(database.db, a.city.id, { email: "coord@a.example", role: "coordinator" });
    await insertUser(database.db, a.city.id, { email: "vol@a.example", role: "volunteer" });
    await insertUser(database.db, b.city.id, { email: "coord@b.example", role: "coordinator" });
    [foreignOpp] = (await database.db
      .insert(opportunities)
      .values(opportunityRow(a.city.id, a.orgB.id, { status: "draft", publishedAt: null }))
      .returning()) as [typeof opportunities.$inferSelect];
  });
  afterAll(() => database.drop());

  it("creates a draft with every field and reads it back unchanged", async () => {
    const staff = await signedIn("staff@a.example");
    const input = validInput(a.orgA.id);
    const created = await staff.opportunityAdmin.create(input);
    expect(created.status).toBe("draft");
    expect(created.nextStatuses).toEqual(["published", "archived"]);
    const read = await staff.opportunityAdmin.get({ id: created.id });
    expect(read.input).toEqual(input);
    const remote = await staff.opportunityAdmin.update({
      ...input,
      id: created.id,
      location: { kind: "remote" },
      schedule: {
        format: "regular",
        hours: 4,
        per: "month",
        windows: [{ weekday: "tue", from: "17:00", to: "19:00" }],
      },
    });
    expect(remote.input.location).toEqual({ kind: "remote" });
    expect(remote.input.schedule).toMatchObject({ format: "regular", per: "month" });
  });

  it("answers per field with dotted paths", async () => {
    const staff = await signedIn("staff@a.example");
    const input = validInput(a.orgA.id);
    const bad = {
      ...input,
      title: "kurz",
      schedule: {
        ...input.schedule,
        shifts: [
          {
            startsAt: new Date("2026-12-12T11:00:00Z"),
            endsAt: new Date("2026-12-12T09:00:00Z"),
            capacity: 3,
          },
        ],
      },
    };
    const error = await errorOf(staff.opportunityAdmin.create(bad));
    expect(error.code).toBe("BAD_REQUEST");
    const unknownDistrict = await errorOf(
      staff.opportunityAdmin.create({
        ...input,
        location: {
          kind: "place",
          address: "Irgendwo 1",
          district: "atlantis",
          coordinates: { lat: 1, lng: 1 },
        },
        requiredQualifications: ["bootsfuehrerschein"],
      }),
    );
    expect(unknownDistrict.code).toBe("BAD_REQUEST");
    expect(unknownDistrict.message).toContain("location.district");
    expect(unknownDistrict.message).toContain("requiredQualifications.0");
  });

  it("moves status only as the domain allows, and duplicates as a draft", async () => {
    const staff = await signedIn("staff@a.example");
    const created = await staff.opportunityAdmin.create(validInput(a.orgA.id));
    expect(await codeOf(staff.opportunityAdmin.move({ id: created.id, to: "paused" }))).toBe(
      "CONFLICT",
    );
    const published = await staff.opportunityAdmin.move({ id: created.id, to: "published" });
    expect(published.status).toBe("published");
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(
      (await staff.opportunityAdmin.move({ id: created.id, to: "paused" })).nextStatuses,
    ).toEqual(["published", "closed"]);
    await staff.opportunityAdmin.move({ id: created.id, to: "published" });
    await staff.opportunityAdmin.move({ id: created.id, to: "closed" });
    expect(await codeOf(staff.opportunityAdmin.move({ id: created.id, to: "published" }))).toBe(
      "CONFLICT",
    );
    await staff.opportunityAdmin.move({ id: created.id, to: "archived" });
    const copy = await staff.opportunityAdmin.duplicate({ id: created.id });
    expect(copy.status).toBe("draft");
    expect(copy.input.title).toBe("Vorlesen in der Stadtbibliothek (Kopie)");
    const list = await staff.opportunityAdmin.list({ status: "draft" });
    expect(list.items.map((i) => i.id)).toContain(copy.id);
    expect(list.items.every((i) => i.organisationId === a.orgA.id)).toBe(true);
  });

  it("keeps staff to their own organisation; the coordination office sees the city", async () => {
    const staff = await signedIn("staff@a.example");
    const id = foreignOpp.id;
    expect(await codeOf(staff.opportunityAdmin.get({ id }))).toBe("FORBIDDEN");
    expect(await codeOf(staff.opportunityAdmin.update({ ...validInput(a.orgA.id), id }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(staff.opportunityAdmin.move({ id, to: "published" }))).toBe("FORBIDDEN");
    expect(await codeOf(staff.opportunityAdmin.duplicate({ id }))).toBe("FORBIDDEN");
    expect(await codeOf(staff.opportunityAdmin.create(validInput(a.orgB.id)))).toBe("FORBIDDEN");
    expect(await codeOf(staff.opportunityAdmin.list({ organisationId: a.orgB.id }))).toBe(
      "FORBIDDEN",
    );
    const coord = await signedIn("coord@a.example");
    expect((await coord.opportunityAdmin.get({ id })).input.organisationId).toBe(a.orgB.id);
    expect((await coord.opportunityAdmin.list({ organisationId: a.orgB.id })).total).toBe(1);
    const foreign = await signedIn("coord@b.example", "stadt-b");
    expect(await codeOf(foreign.opportunityAdmin.get({ id }))).toBe("NOT_FOUND");
    expect(await codeOf(foreign.opportunityAdmin.move({ id, to: "published" }))).toBe("NOT_FOUND");
    expect(await codeOf(foreign.opportunityAdmin.create(validInput(a.orgA.id)))).toBe(
      "BAD_REQUEST",
    );
    const volunteer = testClient(database.db, "stadt-a");
    expect(await codeOf((await volunteer.call()).opportunityAdmin.list({}))).toBe("UNAUTHORIZED");
  });

  it("answers garbage with BAD_REQUEST, never a server error", async () => {
    const coord = await signedIn("coord@a.example");
    const garbage: unknown[] = [
      null,
      7,
      "'; drop table opportunities;--",
      { id: "'; drop table opportunities;--" },
      { id: -1, to: "published" },
      { ...validInput(a.orgA.id), title: "x".repeat(100_000) },
      { ...validInput(a.orgA.id), capacity: -3 },
      { ...validInput(a.orgA.id), minimumAge: "sechzehn" },
      { ...validInput(a.orgA.id), location: { kind: "mars" } },
      { limit: -1, status: "everything" },
    ];
    const procedures = {
      list: (i: unknown) => coord.opportunityAdmin.list(i as never),
      get: (i: unknown) => coord.opportunityAdmin.get(i as never),
      create: (i: unknown) => coord.opportunityAdmin.create(i as never),
      update: (i: unknown) => coord.opportunityAdmin.update(i as never),
      move: (i: unknown) => coord.opportunityAdmin.move(i as never),
      duplicate: (i: unknown) => coord.opportunityAdmin.duplicate(i as never),
    };
    for (const [name, call] of Object.entries(procedures)) {
      for (const input of garbage) {
        const result = await call(input).then(
          () => "OK",
          (e: TRPCError) => e.code,
        );
        if (result === "OK") expect(name).toBe("list");
        else expect([name, result]).toEqual([name, "BAD_REQUEST"]);
      }
    }
  });
});
