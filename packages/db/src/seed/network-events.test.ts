import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPublishedEvents } from "../queries/network-events.ts";
import { networkEventRegistrations, networkEvents } from "../schema/index.ts";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../testing.ts";
import { seedDemo } from "./index.ts";
import { berlinInstant } from "./time.ts";

describe.each(testDatabaseKinds())("Göppingen's demo network events on %s", (kind) => {
  let database: TestDatabase;
  const now = berlinInstant("2026-03-15", "00:00");

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedDemo(database.db, {
      staffPasswordHash: "$argon2id$test-only",
      today: "2026-03-15",
      volunteers: 50,
    });
  });
  afterAll(() => database?.drop());

  it("announces every kind of event, one past and one draft kept back", async () => {
    const rows = await database.db.select().from(networkEvents);
    expect(rows).toHaveLength(7);
    expect(rows.every((e) => e.isDemo)).toBe(true);
    expect(rows.filter((e) => e.status === "draft").map((e) => e.title)).toEqual([
      "Webinar: Engagement im ländlichen Raum",
    ]);
    const upcoming = await listPublishedEvents(database.db, {
      when: "upcoming",
      now,
      limit: 20,
      member: null,
    });
    expect(new Set(upcoming.items.map((e) => e.kind))).toEqual(
      new Set(["national_meeting", "regional_meeting", "exchange_meeting", "training"]),
    );
    expect(upcoming.items.map((e) => e.title)[0]).toBe(
      "Webinar: Ehrenamt digital verwalten – Datenschutz in der Praxis",
    );
    const past = await listPublishedEvents(database.db, {
      when: "past",
      now,
      limit: 20,
      member: null,
    });
    expect(past.items.map((e) => e.title)).toEqual(["Austauschtreffen Freiwilligenagenturen"]);
    const regional = rows.find((e) => e.kind === "regional_meeting");
    expect(regional?.federalState).toBe("Baden-Württemberg");
  });

  it("fills the small webinar and puts the fourth on its waiting list", async () => {
    const [webinar] = await database.db
      .select()
      .from(networkEvents)
      .where(eq(networkEvents.title, "Webinar: Anerkennungskultur mit der Ehrenamtskarte"));
    const registrations = await database.db
      .select()
      .from(networkEventRegistrations)
      .where(eq(networkEventRegistrations.eventId, webinar!.id))
      .orderBy(asc(networkEventRegistrations.queuedAt));
    expect(registrations.map((r) => [r.participantName, r.status])).toEqual([
      ["Sandra Rapp", "confirmed"],
      ["Heinz Bührle", "confirmed"],
      ["Oliver Brandt", "confirmed"],
      ["Peter Lindner", "waiting"],
    ]);
  });
});
