import { insertCity } from "@engagiert/api/testing";
import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import { listRetentionRuns } from "@engagiert/db/queries/retention-runs";
import { persons } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRetentionJob } from "./retention-job.ts";

const APP = "http://localhost:5173";
const NOW = new Date("2026-11-24T02:00:00Z");
const HOUR = 3_600_000;

describe.each(testDatabaseKinds())("the daily retention job on %s", (kind) => {
  let database: TestDatabase;
  let cityA: string;
  let cityB: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    cityA = (await insertCity(database.db, "stadt-a")).city.id;
    cityB = (await insertCity(database.db, "stadt-b")).city.id;
    // Inactive for two years in city A: the notice is due.
    await database.db.insert(persons).values({
      cityId: cityA,
      firstName: "Ruth",
      lastName: "Still",
      email: "ruth@people.example",
      birthYear: 1950,
      createdAt: new Date("2024-01-01T10:00:00Z"),
      lastActiveAt: new Date("2024-01-01T10:00:00Z"),
    });
  });
  afterAll(() => database?.drop());

  const runsOf = async (cityId: string) =>
    (await listRetentionRuns(database.db, cityScope(cityId), { limit: 10 })).items;

  it("runs once a day for every city, on the schedule's clock", async () => {
    const { ran: first, failed } = await runRetentionJob(database.db, NOW, APP);
    expect(failed).toEqual([]);
    expect(first.map((r) => r.city)).toEqual(["stadt-a", "stadt-b"]);
    expect(first[0]!.counts.inactivityNotices).toBe(1);
    expect(await runsOf(cityA)).toMatchObject([
      { dryRun: false, isScheduled: true, startedAt: NOW },
    ]);

    // The hourly check finds nothing due for the rest of the day.
    expect((await runRetentionJob(database.db, new Date(NOW.getTime() + HOUR), APP)).ran).toEqual(
      [],
    );
    expect(
      (await runRetentionJob(database.db, new Date(NOW.getTime() + 23 * HOUR), APP)).ran,
    ).toEqual([]);
    const { ran: nextDay } = await runRetentionJob(
      database.db,
      new Date(NOW.getTime() + 24 * HOUR),
      APP,
    );
    expect(nextDay.map((r) => r.city)).toEqual(["stadt-a", "stadt-b"]);
    expect(nextDay[0]!.counts.inactivityNotices).toBe(0);
    expect(await runsOf(cityB)).toHaveLength(2);
  });

  it("writes the notice in the city's name, with the day of deletion and the way back", async () => {
    const [notice] = await mailsTo(database.db, cityScope(cityA), "ruth@people.example");
    expect(notice).toMatchObject({
      kind: "inactivity_notice",
      subject: "Ihr Konto bei „Teststadt stadt-a engagiert“ wird am 24. Dezember 2026 gelöscht",
    });
    expect(notice!.bodyText).toContain("Guten Tag Ruth,");
    expect(notice!.bodyText).toContain(`${APP}/anmelden`);
    expect(notice!.bodyText).toContain("24 Monaten");
  });
});
