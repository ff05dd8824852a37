import { createCaller, createRequestContext } from "@engagiert/api";
import { actorFor } from "@engagiert/api/context";
import {
  insertCity,
  insertUser,
  opportunityRow,
  SILENT,
  TEST_SETTINGS,
} from "@engagiert/api/testing";
import {
  opportunities,
  opportunityShifts,
  trainingRegistrations,
  trainings,
  trainingSessions,
} from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { foldLine, icsText, icsTime } from "./calendar.ts";

/** Unfolds and splits an iCalendar text back into properties, as a calendar program reads it. */
function parseIcs(text: string) {
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  const physical = text.slice(0, -2).split("\r\n");
  for (const line of physical)
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const lines = text.slice(0, -2).replace(/\r\n /g, "").split("\r\n");
  const unescape = (v: string) =>
    v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
  return lines.map((line) => {
    const colon = line.indexOf(":");
    return { name: line.slice(0, colon), value: unescape(line.slice(colon + 1)) };
  });
}

describe("iCalendar text", () => {
  it("escapes commas, semicolons, backslashes and line breaks", () => {
    expect(icsText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
  });

  it("folds at 75 octets without splitting a character", () => {
    const folded = foldLine(`SUMMARY:${"ä".repeat(80)}`);
    for (const line of folded.split("\r\n")) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(folded.replace(/\r\n /g, "")).toBe(`SUMMARY:${"ä".repeat(80)}`);
  });
});

describe.each(testDatabaseKinds())("shift calendar on %s", (kind) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let shiftId: string;
  let draftShiftId: string;
  const title =
    "Stadtputzete: Müll sammeln, Wege kehren; danach gemeinsames Vesper im Stadtpark am Fluss";

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const a = await insertCity(database.db, "stadt-a");
    const [published, draft] = await database.db
      .insert(opportunities)
      .values([
        opportunityRow(a.city.id, a.orgA.id, {
          title,
          format: "one_off",
          address: "Marktplatz 1, 73033 Göppingen",
        }),
        opportunityRow(a.city.id, a.orgA.id, { status: "draft", format: "one_off" }),
      ])
      .returning();
    const shifts = await database.db
      .insert(opportunityShifts)
      .values([
        {
          cityId: a.city.id,
          opportunityId: published!.id,
          startsAt: new Date("2026-11-28T08:00:00Z"),
          endsAt: new Date("2026-11-28T11:30:00Z"),
          capacity: 5,
        },
        {
          cityId: a.city.id,
          opportunityId: draft!.id,
          startsAt: new Date("2026-11-28T08:00:00Z"),
          endsAt: new Date("2026-11-28T11:30:00Z"),
          capacity: 5,
        },
      ])
      .returning();
    shiftId = shifts[0]!.id;
    draftShiftId = shifts[1]!.id;
    app = createApp({
      db: database.db,
      settings: TEST_SETTINGS,
      log: SILENT,
      defaultCity: "stadt-a",
      appOrigins: [],
    });
  });
  afterAll(() => database.drop());

  it("serves a shift as one event that parses back", async () => {
    const res = await app.request(`/api/calendar/shift/${shiftId}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const props = parseIcs(await res.text());
    const value = (name: string) => props.find((p) => p.name === name)?.value;
    expect(props[0]).toEqual({ name: "BEGIN", value: "VCALENDAR" });
    expect(props.at(-1)).toEqual({ name: "END", value: "VCALENDAR" });
    expect(value("VERSION")).toBe("2.0");
    expect(value("BEGIN")).toBe("VCALENDAR");
    expect(props.filter((p) => p.name === "BEGIN").map((p) => p.value)).toEqual([
      "VCALENDAR",
      "VEVENT",
    ]);
    expect(value("UID")).toBe(`shift-${shiftId}@stadt-a.engagiert`);
    expect(value("DTSTAMP")).toMatch(/^\d{8}T\d{6}Z$/);
    expect(value("DTSTART")).toBe("20261128T080000Z");
    expect(value("DTEND")).toBe("20261128T113000Z");
    expect(value("SUMMARY")).toBe(title);
    expect(value("LOCATION")).toBe("Marktplatz 1, 73033 Göppingen");
    // Public event data only: no attendee, organiser address or anyone's e-mail.
    expect(props.some((p) => p.name.startsWith("ATTENDEE") || p.name.startsWith("ORGANIZER"))).toBe(
      false,
    );
  });

  it("answers 404 for a draft's shift, an unknown id and a malformed name", async () => {
    expect((await app.request(`/api/calendar/shift/${draftShiftId}.ics`)).status).toBe(404);
    expect(
      (await app.request("/api/calendar/shift/00000000-0000-4000-8000-000000000000.ics")).status,
    ).toBe(404);
    expect((await app.request("/api/calendar/shift/nope.ics")).status).toBe(404);
    expect((await app.request(`/api/calendar/shift/${shiftId}.ics?city=unbekannt`)).status).toBe(
      404,
    );
  });
});

describe.each(testDatabaseKinds())("training calendar and personal feed on %s", (kind) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let cityId: string;
  let creatorId: string;
  let volunteer: Awaited<ReturnType<typeof insertUser>>;
  const day = 24 * 60 * 60 * 1000;
  // One fixed moment, so times written and times read back agree to the second.
  const base = Math.floor(Date.now() / 1000) * 1000;
  const fromNow = (days: number, hour = 0) => new Date(base + days * day + hour * 3600_000);

  /** A training with sessions at the given days from now (two hours each). */
  async function training(
    title: string,
    days: number[],
    overrides: Partial<typeof trainings.$inferInsert> = {},
  ) {
    const [row] = await database.db
      .insert(trainings)
      .values({
        cityId,
        title,
        description: "Grundlagen, Übungen, Fragen; mit Pause.",
        topic: "erste-hilfe",
        trainer: "DRK Kreisverband",
        place: "Rathaus, Saal 2",
        onlineUrl: null,
        capacity: 10,
        registrationDeadline: fromNow(days[0]! - 1),
        status: "published",
        startsAt: fromNow(days[0]!),
        createdByUserId: creatorId,
        ...overrides,
      })
      .returning();
    await database.db.insert(trainingSessions).values(
      days.map((d) => ({
        cityId,
        trainingId: row!.id,
        startsAt: fromNow(d),
        endsAt: fromNow(d, 2),
        units: 2,
      })),
    );
    return row!.id;
  }

  async function register(trainingId: string, status: "confirmed" | "waiting") {
    await database.db
      .insert(trainingRegistrations)
      .values({ cityId, trainingId, personId: volunteer.personId!, status });
  }

  /** A new feed address for the volunteer, as "Meine Schulungen" makes it. */
  async function feedLink() {
    const base = await createRequestContext({
      db: database.db,
      citySlug: "stadt-a",
      cookieHeader: null,
      clientAddress: "192.0.2.1",
      settings: TEST_SETTINGS,
      setCookie: () => {},
      log: SILENT,
    });
    const user = {
      userId: volunteer.id,
      email: volunteer.email,
      displayName: volunteer.displayName,
      role: "volunteer" as const,
      organisationId: null,
      organisationName: null,
      personId: volunteer.personId,
    };
    const caller = createCaller({ ...base, user, actor: actorFor(base.city, user) });
    const { url } = await caller.trainings.feedLink();
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const a = await insertCity(database.db, "stadt-a");
    cityId = a.city.id;
    creatorId = (
      await insertUser(database.db, cityId, { email: "k@stadt-a.example", role: "coordinator" })
    ).id;
    volunteer = await insertUser(database.db, cityId, {
      email: "lena@people.example",
      role: "volunteer",
    });
    app = createApp({
      db: database.db,
      settings: TEST_SETTINGS,
      log: SILENT,
      defaultCity: "stadt-a",
      appOrigins: [],
    });
  });
  afterAll(() => database.drop());

  it("serves every session of a published training as its own event", async () => {
    const id = await training("Erste Hilfe, Teil 1; Teil 2", [10, 17]);
    const res = await app.request(`/api/calendar/training/${id}.ics?city=stadt-a`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const props = parseIcs(await res.text());
    const all = (name: string) => props.filter((p) => p.name === name).map((p) => p.value);
    expect(all("BEGIN")).toEqual(["VCALENDAR", "VEVENT", "VEVENT"]);
    expect(all("SUMMARY")).toEqual([
      "Erste Hilfe, Teil 1; Teil 2 (Termin 1 von 2)",
      "Erste Hilfe, Teil 1; Teil 2 (Termin 2 von 2)",
    ]);
    expect(all("DTSTART")).toEqual([fromNow(10), fromNow(17)].map(icsTime));
    expect(new Set(all("UID")).size).toBe(2);
    expect(all("LOCATION")).toEqual(["Rathaus, Saal 2", "Rathaus, Saal 2"]);
    expect(props.some((p) => p.name.startsWith("ATTENDEE"))).toBe(false);
  });

  it("answers 404 for a draft training, an unknown id and another city", async () => {
    const draft = await training("Entwurf", [10], { status: "draft" });
    expect((await app.request(`/api/calendar/training/${draft}.ics`)).status).toBe(404);
    expect(
      (await app.request("/api/calendar/training/00000000-0000-4000-8000-000000000000.ics")).status,
    ).toBe(404);
    const id = await training("Veröffentlicht", [10]);
    expect((await app.request(`/api/calendar/training/${id}.ics?city=unbekannt`)).status).toBe(404);
    expect((await app.request(`/api/calendar/training/${id}`)).status).toBe(404);
  });

  it("feeds the person's confirmed trainings from 30 days ago on, and nothing after a new link", async () => {
    const confirmed = await training("Datenschutz", [5, 12], {
      place: null,
      onlineUrl: "https://meet.example/datenschutz",
    });
    const recent = await training("Hygiene", [-10]);
    const old = await training("Kinderschutz", [-40]);
    const waiting = await training("Jugendleitung", [8]);
    const cancelled = await training("Abgesagt", [9], { status: "cancelled" });
    await register(confirmed, "confirmed");
    await register(recent, "confirmed");
    await register(old, "confirmed");
    await register(waiting, "waiting");
    await register(cancelled, "confirmed");

    const path = await feedLink();
    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, max-age=300");
    const props = parseIcs(await res.text());
    const all = (name: string) => props.filter((p) => p.name === name).map((p) => p.value);
    expect(all("X-WR-CALNAME")).toEqual(["Meine Schulungen – Teststadt stadt-a"]);
    expect(all("SUMMARY")).toEqual(["Hygiene", "Datenschutz", "Datenschutz"]);
    expect(all("DESCRIPTION")[1]).toContain("Online: https://meet.example/datenschutz");

    const newer = await feedLink();
    expect((await app.request(path)).status).toBe(404);
    expect((await app.request(newer)).status).toBe(200);
    expect((await app.request(newer.replace("city=stadt-a", "city=unbekannt"))).status).toBe(404);
    expect((await app.request("/api/calendar/feed/kurz.ics")).status).toBe(404);
  });
});
