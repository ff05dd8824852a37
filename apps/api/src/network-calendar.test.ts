import { insertCity, insertUser, SILENT, TEST_SETTINGS } from "@engagiert/api/testing";
import { networkEvents } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";

/** Unfolds and splits an iCalendar text back into properties, as a calendar program reads it. */
function parseIcs(text: string) {
  expect(text.endsWith("\r\n")).toBe(true);
  for (const line of text.slice(0, -2).split("\r\n")) {
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  }
  const lines = text.slice(0, -2).replace(/\r\n /g, "").split("\r\n");
  const unescape = (v: string) =>
    v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
  return lines.map((line) => {
    const colon = line.indexOf(":");
    return { name: line.slice(0, colon), value: unescape(line.slice(colon + 1)) };
  });
}

const NOW = new Date("2026-11-24T09:00:00Z");
const day = 86_400_000;
const at = (days: number, hours = 13) => new Date(NOW.getTime() + days * day + hours * 3600_000);

describe.each(testDatabaseKinds())("network calendar files on %s", (kind) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const a = await insertCity(database.db, "stadt-a");
    const organiser = await insertUser(database.db, a.city.id, {
      email: "netzwerk@stadt-a.example",
      role: "network_admin",
    });
    const event = (
      key: string,
      values: Partial<typeof networkEvents.$inferInsert> & { startsAt: Date },
    ) => ({
      key,
      row: {
        cityId: a.city.id,
        createdByUserId: organiser.id,
        kind: "training" as const,
        status: "published" as const,
        title: `Webinar ${key}`,
        description: "Ehrenamt digital begleiten: Werkzeuge, Datenschutz, Erfahrungen.",
        endsAt: new Date(values.startsAt.getTime() + 2 * 3600_000),
        place: null,
        onlineUrl: "https://meet.example.org/geheim",
        capacity: 50,
        registrationDeadline: new Date(values.startsAt.getTime() - day),
        contactEmail: "netzwerk@stadt-a.example",
        ...values,
      },
    });
    const events = [
      event("kommend", { startsAt: at(20) }),
      event("bald", { startsAt: at(5) }),
      event("neulich", { startsAt: at(-10) }),
      event("lange her", { startsAt: at(-200) }),
      event("abgesagt", { startsAt: at(12), status: "cancelled" }),
      event("entwurf", { startsAt: at(8), status: "draft" }),
      event("region", {
        startsAt: at(30),
        kind: "regional_meeting",
        federalState: "Baden-Württemberg",
        title: "Regionaltreffen Baden-Württemberg; Frühjahr, in Ulm",
        place: "Haus der Begegnung, Ulm",
        onlineUrl: null,
      }),
    ];
    for (const { key, row } of events) {
      const [inserted] = await database.db
        .insert(networkEvents)
        .values(row)
        .returning({ id: networkEvents.id });
      ids[key] = inserted!.id;
    }
    app = createApp({
      db: database.db,
      settings: TEST_SETTINGS,
      log: SILENT,
      defaultCity: "stadt-a",
      appOrigins: [],
      now: () => NOW,
    });
  });
  afterAll(() => database.drop());

  it("serves one published event as a calendar file with a stable UID", async () => {
    const res = await app.request(`/api/network/events/${ids.region}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="netzwerk-veranstaltung-${ids.region}.ics"`,
    );
    const props = parseIcs(await res.text());
    const value = (name: string) => props.find((p) => p.name === name)?.value;
    expect(props.filter((p) => p.name === "BEGIN").map((p) => p.value)).toEqual([
      "VCALENDAR",
      "VEVENT",
    ]);
    expect(value("UID")).toBe(`network-event-${ids.region}@netzwerk.engagiert`);
    expect(value("SUMMARY")).toBe("Regionaltreffen Baden-Württemberg; Frühjahr, in Ulm");
    expect(value("LOCATION")).toBe("Haus der Begegnung, Ulm");
    expect(value("DTSTART")).toBe("20261224T220000Z");
    expect(value("STATUS")).toBe("CONFIRMED");
    expect(value("DESCRIPTION")).toContain("Veranstaltet von: Teststadt stadt-a");
    // The same event answers with the same UID on every download.
    const again = parseIcs(
      await (await app.request(`/api/network/events/${ids.region}.ics`)).text(),
    );
    expect(again.find((p) => p.name === "UID")?.value).toBe(value("UID"));
  });

  it("keeps drafts, unknown ids and malformed names out, and marks a cancelled event", async () => {
    expect((await app.request(`/api/network/events/${ids.entwurf}.ics`)).status).toBe(404);
    expect(
      (await app.request("/api/network/events/00000000-0000-4000-8000-000000000000.ics")).status,
    ).toBe(404);
    expect((await app.request("/api/network/events/nope.ics")).status).toBe(404);
    expect((await app.request(`/api/network/events/${ids.kommend}`)).status).toBe(404);
    const cancelled = parseIcs(
      await (await app.request(`/api/network/events/${ids.abgesagt}.ics`)).text(),
    );
    expect(cancelled.find((p) => p.name === "STATUS")?.value).toBe("CANCELLED");
  });

  it("feeds upcoming and recent events of one kind, with cancelled ones marked", async () => {
    const res = await app.request("/api/network/feeds/training.ics");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const props = parseIcs(await res.text());
    const all = (name: string) => props.filter((p) => p.name === name).map((p) => p.value);
    expect(all("X-WR-CALNAME")).toEqual(["Netzwerk Engagierte Stadt – Fortbildungen und Webinare"]);
    expect(all("SUMMARY")).toEqual([
      "Webinar neulich",
      "Webinar bald",
      "Abgesagt: Webinar abgesagt",
      "Webinar kommend",
    ]);
    expect(all("STATUS")).toEqual(["CONFIRMED", "CONFIRMED", "CANCELLED", "CONFIRMED"]);
    expect(all("UID")).toContain(`network-event-${ids.abgesagt}@netzwerk.engagiert`);
    expect(all("LOCATION")).toEqual(["Online", "Online", "Online", "Online"]);
    // The online room stays with those who hold a place.
    expect(await (await app.request("/api/network/feeds/training.ics")).text()).not.toContain(
      "meet.example.org",
    );
    const regional = parseIcs(
      await (await app.request("/api/network/feeds/regional_meeting.ics")).text(),
    );
    expect(regional.filter((p) => p.name === "SUMMARY").map((p) => p.value)).toEqual([
      "Regionaltreffen Baden-Württemberg; Frühjahr, in Ulm",
    ]);
    expect((await app.request("/api/network/feeds/party.ics")).status).toBe(404);
    expect((await app.request("/api/network/feeds/training")).status).toBe(404);
  });
});
