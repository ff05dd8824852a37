import type { Database } from "@engagiert/db/client";
import { outbox, recognitionEvents } from "@engagiert/db/schema";
import { eq } from "drizzle-orm";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failure, recognitionCity } from "./recognition.fixture.ts";

describe.each(testDatabaseKinds())("recognition events on %s", (kind) => {
  type City = Awaited<ReturnType<typeof recognitionCity>>;
  let database: TestDatabase;
  let db: Database;
  let a: City["a"];
  let coordinatorId: string;
  let coord: City["coord"];
  let coordB: City["coordB"];
  let staffA: City["staffA"];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.db;
    ({ a, coordinatorId, coord, coordB, staffA } = await recognitionCity(db));
  });
  afterAll(() => database.drop());

  let eventId: string;

  it("refuses an event without a title or in the past", async () => {
    const bad = await failure(
      coord.recognition.events.create({
        title: " ",
        heldOn: "2026-12-12",
        place: "Rathaus",
        invitationText: "Wir laden Sie herzlich ein.",
      }),
    );
    expect(bad.cause?.issues?.[0]?.path).toEqual(["title"]);
    const past = await failure(
      coord.recognition.events.create({
        title: "Dankeschön-Fest",
        heldOn: "2026-11-23",
        place: "Rathaus",
        invitationText: "Wir laden Sie herzlich ein.",
      }),
    );
    expect(past.code).toBe("BAD_REQUEST");
  });

  it("builds its invitation list from a month's milestones once", async () => {
    ({ id: eventId } = await coord.recognition.events.create({
      title: "Dankeschön-Fest 2026",
      heldOn: "2026-12-12",
      place: "Stadthalle",
      invitationText: "Wir laden Sie herzlich zu unserem Dankeschön-Fest ein.",
    }));
    expect(
      await coord.recognition.events.buildInvitations({
        eventId,
        months: ["2026-11"],
        kinds: ["anniversary", "hours"],
      }),
    ).toEqual({
      found: 4,
      added: 4,
      alreadyInvited: 0,
    });
    expect(
      await coord.recognition.events.buildInvitations({
        eventId,
        months: ["2026-11", "2026-06"],
        kinds: ["hours"],
      }),
    ).toEqual({
      found: 2,
      added: 1,
      alreadyInvited: 1,
    });
    const list = await coord.recognition.events.invitations({ eventId, limit: 3 });
    expect(list.items.map((i) => i.lastName)).toEqual(["Becker", "Christ", "Dorn"]);
    expect(list.items[0]!.reasons).toEqual([
      { kind: "hours", hours: 100, month: "2026-06" },
      { kind: "hours", hours: 250, month: "2026-06" },
    ]);
    const rest = await coord.recognition.events.invitations({
      eventId,
      limit: 3,
      cursor: list.nextCursor,
    });
    expect(rest.items.map((i) => i.lastName)).toEqual(["Fuchs", "Hahn"]);
    const csv = await coord.recognition.events.invitationsCsv({ eventId });
    expect(csv.content).toContain(
      "Hahn,Hanna,hanna@people.example,10 Jahre Engagement am 03.11.2026,\r\n",
    );
  });

  it("mails each invitation once, also when sent twice at the same time", async () => {
    const [one, two] = await Promise.all([
      coord.recognition.events.sendInvitations({ eventId }),
      coord.recognition.events.sendInvitations({ eventId }),
    ]);
    expect(one.sent + two.sent).toBe(5);
    expect((await coord.recognition.events.sendInvitations({ eventId })).sent).toBe(0);
    const mails = await db.select().from(outbox).where(eq(outbox.kind, "recognition_invitation"));
    expect(mails.map((m) => m.toEmail).sort()).toEqual(
      ["bernd", "clara", "dora", "frieda", "hanna"].map((n) => `${n}@people.example`),
    );
    const hanna = mails.find((m) => m.toEmail === "hanna@people.example")!;
    expect(hanna.subject).toBe("Einladung: Dankeschön-Fest 2026");
    expect(hanna.bodyText).toContain("10 Jahre Engagement am 03.11.2026");
    const event = await coord.recognition.events.get({ eventId });
    expect(event).toMatchObject({ invited: 5, mailed: 5 });
  });

  it("belongs to its city and is closed for invitations once past", async () => {
    expect((await failure(coordB.recognition.events.get({ eventId }))).code).toBe("NOT_FOUND");
    expect((await failure(staffA.recognition.events.list({ limit: 10 }))).code).toBe("FORBIDDEN");
    const [past] = await db
      .insert(recognitionEvents)
      .values({
        cityId: a.city.id,
        title: "Fest 2025",
        heldOn: "2025-12-01",
        place: "Rathaus",
        invitationText: "Danke für Ihr Engagement!",
        createdByUserId: coordinatorId,
      })
      .returning();
    const refused = await failure(
      coord.recognition.events.buildInvitations({
        eventId: past!.id,
        months: ["2026-11"],
        kinds: ["hours"],
      }),
    );
    expect(refused.code).toBe("CONFLICT");
    const events = await coord.recognition.events.list({ limit: 10 });
    expect(events.items.map((e) => e.title)).toEqual(["Dankeschön-Fest 2026", "Fest 2025"]);
  });
});
