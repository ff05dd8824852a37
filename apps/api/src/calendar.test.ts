import { insertCity, opportunityRow, SILENT, TEST_SETTINGS } from "@engagiert/api/testing";
import { opportunities, opportunityShifts } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { foldLine, icsText } from "./calendar.ts";

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
