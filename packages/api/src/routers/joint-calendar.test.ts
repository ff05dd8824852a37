import { networkEvents, trainings, trainingSessions } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity, insertUser, testClient } from "../testing.ts";

const codeOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
};

const at = (iso: string) => new Date(iso);

// The test clock stands at 24 November 2026, 10:00 in Göppingen.
describe.each(testDatabaseKinds())("the joint calendar on %s", (kind) => {
  let database: TestDatabase;
  let a: Awaited<ReturnType<typeof insertCity>>;
  let b: Awaited<ReturnType<typeof insertCity>>;

  async function as(email: string, city: string) {
    const client = testClient(database.db, city);
    await client.signIn(email);
    return client.call();
  }

  async function training(
    city: Awaited<ReturnType<typeof insertCity>>,
    createdBy: string,
    title: string,
    startsAt: Date,
    status: "draft" | "published" | "cancelled" = "published",
  ) {
    const [row] = await database.db
      .insert(trainings)
      .values({
        cityId: city.city.id,
        organisationId: city.orgB.id,
        title,
        description: "Grundlagen für alle, die neu dabei sind.",
        topic: "erste-hilfe",
        trainer: "DRK Kreisverband",
        place: "Rathaus, Sitzungssaal",
        capacity: 12,
        registrationDeadline: startsAt,
        status,
        startsAt,
        createdByUserId: createdBy,
      })
      .returning();
    await database.db.insert(trainingSessions).values({
      cityId: city.city.id,
      trainingId: row!.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
      units: 4,
    });
    return row!.id;
  }

  async function networkEvent(
    title: string,
    startsAt: Date,
    status: "draft" | "published" | "cancelled" = "published",
  ) {
    const [row] = await database.db
      .insert(networkEvents)
      .values({
        cityId: a.city.id,
        createdByUserId: a.orgA.id,
        kind: "exchange_meeting",
        status,
        title,
        description: "Austausch der Engagierten Städte.",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
        onlineUrl: "https://treffen.example/netzwerk",
        capacity: 50,
        registrationDeadline: startsAt,
        contactEmail: "netzwerk@stadt-a.example",
      })
      .returning();
    return row!.id;
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    a = await insertCity(database.db, "stadt-a");
    b = await insertCity(database.db, "stadt-b");
    const staffA = await insertUser(database.db, a.city.id, {
      email: "partner@stadt-a.example",
      role: "staff",
      organisationId: a.orgB.id,
    });
    const staffB = await insertUser(database.db, b.city.id, {
      email: "partner@stadt-b.example",
      role: "staff",
      organisationId: b.orgB.id,
    });
    await insertUser(database.db, b.city.id, {
      email: "netz@stadt-b.example",
      role: "network_member",
    });

    await training(a, staffA.id, "Erste Hilfe in Stadt A", at("2026-11-28T09:00:00Z"));
    await training(a, staffA.id, "Entwurf in Stadt A", at("2026-11-29T09:00:00Z"), "draft");
    await training(b, staffB.id, "Vorbei in Stadt B", at("2026-11-20T09:00:00Z"));
    await training(b, staffB.id, "Erste Hilfe in Stadt B", at("2026-11-26T09:00:00Z"));
    await training(b, staffB.id, "Abgesagt in Stadt B", at("2026-11-27T09:00:00Z"), "cancelled");
    await training(b, staffB.id, "Juleica in Stadt B", at("2026-12-05T09:00:00Z"));
    await networkEvent("Austauschtreffen Digitalisierung", at("2026-11-30T15:00:00Z"));
    await networkEvent("Entwurf eines Treffens", at("2026-11-30T16:00:00Z"), "draft");
    await networkEvent("Abgesagtes Treffen", at("2026-12-01T16:00:00Z"), "cancelled");
    await networkEvent("Netzwerktreffen im Frühjahr", at("2027-02-10T09:00:00Z"));
  });
  afterAll(() => database.drop());

  it("shows a partner the own city's trainings and the network's events, never another city's", async () => {
    const partnerB = await as("partner@stadt-b.example", "stadt-b");
    const november = await partnerB.network.jointCalendar({});
    expect(november.month).toBe("2026-11");
    expect(november.currentMonth).toBe("2026-11");
    expect(november.items.map((e) => [e.source, e.title])).toEqual([
      ["training", "Erste Hilfe in Stadt B"],
      ["network_event", "Austauschtreffen Digitalisierung"],
    ]);
    const [first, second] = november.items;
    expect(first).toMatchObject({
      organiser: "Partner B",
      place: "Rathaus, Sitzungssaal",
      isOnline: false,
      kind: "erste-hilfe",
      endsAt: at("2026-11-26T12:00:00Z"),
      url: `http://localhost:5173/schulungen/${first!.id}`,
    });
    expect(second).toMatchObject({
      organiser: "Teststadt stadt-a",
      isOnline: true,
      kind: "exchange_meeting",
      url: null,
    });

    const partnerA = await as("partner@stadt-a.example", "stadt-a");
    const ofA = await partnerA.network.jointCalendar({ month: "2026-11" });
    expect(ofA.items.map((e) => e.title)).toEqual([
      "Erste Hilfe in Stadt A",
      "Austauschtreffen Digitalisierung",
    ]);
  });

  it("goes month by month, page by page, and points past an empty month", async () => {
    const member = await as("netz@stadt-b.example", "stadt-b");
    const first = await member.network.jointCalendar({ month: "2026-11", limit: 1 });
    expect(first.items.map((e) => e.title)).toEqual(["Erste Hilfe in Stadt B"]);
    const second = await member.network.jointCalendar({
      month: "2026-11",
      limit: 1,
      cursor: first.nextCursor,
    });
    expect(second.items.map((e) => e.title)).toEqual(["Austauschtreffen Digitalisierung"]);
    expect(second.nextCursor).toBeNull();

    const december = await member.network.jointCalendar({ month: "2026-12" });
    expect(december.items.map((e) => e.title)).toEqual(["Juleica in Stadt B"]);
    expect(december.nextDate).toBeNull();

    const january = await member.network.jointCalendar({ month: "2027-01" });
    expect(january.items).toEqual([]);
    expect(january.nextDate).toEqual(at("2027-02-10T09:00:00Z"));
  });

  it("is for members of the network, with a month they can read", async () => {
    const anonymous = await testClient(database.db, "stadt-b").call();
    expect(await codeOf(anonymous.network.jointCalendar({}))).toBe("UNAUTHORIZED");
    const member = await as("netz@stadt-b.example", "stadt-b");
    expect(await codeOf(member.network.jointCalendar({ month: "2026-13" }))).toBe("BAD_REQUEST");
  });
});
