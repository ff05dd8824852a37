import { insertCity, insertUser, opportunityRow } from "@engagiert/api/testing";
import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import { opportunities, opportunityShifts, shiftSignups } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runShiftReminders } from "./shift-reminders.ts";

const APP = "http://localhost:5173";
// 09:00 Berlin on Saturday 28 November 2026 (UTC+1).
const STARTS = new Date("2026-11-28T08:00:00Z");

describe.each(testDatabaseKinds())("shift reminders on %s", (kind) => {
  let database: TestDatabase;
  let cityId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const a = await insertCity(database.db, "stadt-a");
    cityId = a.city.id;
    const [opp] = await database.db
      .insert(opportunities)
      .values(opportunityRow(cityId, a.orgA.id, { title: "Stadtputzete", format: "one_off" }))
      .returning();
    const [shift] = await database.db
      .insert(opportunityShifts)
      .values({
        cityId,
        opportunityId: opp!.id,
        startsAt: STARTS,
        endsAt: new Date("2026-11-28T11:00:00Z"),
        capacity: 5,
      })
      .returning();
    const confirmed = await insertUser(database.db, cityId, {
      email: "dabei@people.example",
      role: "volunteer",
    });
    const cancelled = await insertUser(database.db, cityId, {
      email: "abgesagt@people.example",
      role: "volunteer",
    });
    const waiting = await insertUser(database.db, cityId, {
      email: "wartet@people.example",
      role: "volunteer",
    });
    await database.db.insert(shiftSignups).values([
      { cityId, shiftId: shift!.id, personId: confirmed.personId!, status: "confirmed" },
      { cityId, shiftId: shift!.id, personId: cancelled.personId!, status: "cancelled" },
      { cityId, shiftId: shift!.id, personId: waiting.personId!, status: "waiting" },
    ]);
  });
  afterAll(() => database.drop());

  const mails = (to: string) => mailsTo(database.db, cityScope(cityId), to);

  it("sends nothing two days before", async () => {
    // 18:00 Berlin on Thursday.
    await runShiftReminders(database.db, new Date("2026-11-26T17:00:00Z"), APP);
    expect(await mails("dabei@people.example")).toHaveLength(0);
  });

  it("reminds a confirmed volunteer once, at 18:00 the day before", async () => {
    const evening = new Date("2026-11-27T17:00:00Z");
    expect(await runShiftReminders(database.db, evening, APP)).toEqual({ queued: 1 });
    const sent = await mails("dabei@people.example");
    expect(sent.map((m) => m.kind)).toEqual(["shift_reminder"]);
    expect(sent[0]!.subject).toContain("Stadtputzete");
    expect(sent[0]!.bodyText).toContain("09:00");
    expect(sent[0]!.bodyText).toContain("/api/calendar/shift/");

    expect(
      await runShiftReminders(database.db, new Date(evening.getTime() + 3_600_000), APP),
    ).toEqual({ queued: 0 });
    expect(await mails("dabei@people.example")).toHaveLength(1);
  });

  it("never reminds a cancelled or waiting sign-up", async () => {
    expect(await mails("abgesagt@people.example")).toHaveLength(0);
    expect(await mails("wartet@people.example")).toHaveLength(0);
  });
});
