import { insertCity, insertUser } from "@engagiert/api/testing";
import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import { qualificationRecords, qualificationTypes } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runQualificationReminders } from "./qualification-reminders.ts";

const APP = "http://localhost:5173";
// 23:30 in Berlin on 23 November 2026 (UTC+1): one day before the reminders are due.
const EVENING_BEFORE = new Date("2026-11-23T22:30:00Z");
// 00:30 in Berlin on 24 November, though still the 23rd in UTC.
const JUST_AFTER_MIDNIGHT = new Date("2026-11-23T23:30:00Z");

describe.each(testDatabaseKinds())("qualification reminders on %s", (kind) => {
  let database: TestDatabase;
  let cityA: string;
  let cityB: string;

  const mails = (cityId: string, to: string) => mailsTo(database.db, cityScope(cityId), to);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    cityA = (await insertCity(db, "stadt-a")).city.id;
    cityB = (await insertCity(db, "stadt-b")).city.id;
    const person = async (cityId: string, email: string) =>
      (await insertUser(db, cityId, { email, role: "volunteer" })).personId!;
    const record = (
      cityId: string,
      personId: string,
      typeSlug: string,
      validUntil: string | null,
    ) => ({
      cityId,
      personId,
      typeSlug,
      validFrom: "2024-11-01",
      validUntil,
      issuer: "DRK Kreisverband",
      source: "external" as const,
    });
    await db.insert(qualificationTypes).values({
      cityId: cityA,
      slug: "rettungsschwimmer",
      nameDe: "Rettungsschwimmer",
      nameEn: "Lifeguard",
      rules: {
        validityMonths: 24,
        minimumAge: null,
        minimumAgeJustified: null,
        requiredUnits: 0,
        requires: [],
        renewalHours: null,
        reminderDays: 60,
      },
      isArchived: true,
    });
    const aid = await person(cityA, "erste-hilfe@people.example");
    const card = await person(cityA, "juleica@people.example");
    const expired = await person(cityA, "abgelaufen@people.example");
    const renewed = await person(cityA, "erneuert@people.example");
    const archived = await person(cityA, "archiviert@people.example");
    const lasting = await person(cityA, "unbefristet@people.example");
    const other = await person(cityB, "andere-stadt@people.example");
    await db.insert(qualificationRecords).values([
      // First aid is flagged 60 days ahead: 23 January 2027 is 60 days after 24 November.
      record(cityA, aid, "erste-hilfe", "2027-01-23"),
      // Juleica is flagged 90 days ahead.
      record(cityA, card, "juleica", "2027-02-22"),
      record(cityA, expired, "erste-hilfe", "2026-11-20"),
      record(cityA, renewed, "erste-hilfe", "2026-12-10"),
      record(cityA, renewed, "erste-hilfe", "2028-12-10"),
      record(cityA, archived, "rettungsschwimmer", "2026-12-10"),
      record(cityA, lasting, "hygiene-belehrung", null),
      record(cityB, other, "erste-hilfe", "2027-01-01"),
    ]);
  });
  afterAll(() => database.drop());

  it("sends nothing the day before a record enters its reminder period", async () => {
    expect(await runQualificationReminders(database.db, EVENING_BEFORE, APP)).toEqual({
      queued: 1,
    });
    // Only the other city's record, 39 days ahead, was due already.
    expect(await mails(cityA, "erste-hilfe@people.example")).toHaveLength(0);
    expect(await mails(cityA, "juleica@people.example")).toHaveLength(0);
    expect(await mails(cityB, "andere-stadt@people.example")).toHaveLength(1);
  });

  it("reminds on the Berlin day the period starts: first aid 60, Juleica 90 days ahead", async () => {
    expect(await runQualificationReminders(database.db, JUST_AFTER_MIDNIGHT, APP)).toEqual({
      queued: 2,
    });
    const [aid] = await mails(cityA, "erste-hilfe@people.example");
    expect(aid).toMatchObject({
      kind: "qualification_reminder",
      subject: "Ihre Qualifikation läuft bald ab – Erste Hilfe",
    });
    expect(aid!.bodyText).toContain("Guten Tag Vera,");
    expect(aid!.bodyText).toContain("bis zum 23. Januar 2027 gültig und läuft in 60 Tagen ab");
    expect(aid!.bodyText).toContain("valid until 23 January 2027 and runs out in 60 days");
    expect(aid!.bodyText).toContain(`${APP}/meine-qualifikationen`);
    expect(aid!.bodyText).toContain("Teststadt stadt-a engagiert");
    const [card] = await mails(cityA, "juleica@people.example");
    expect(card!.subject).toBe("Ihre Qualifikation läuft bald ab – Juleica (Jugendleiter/in-Card)");
    expect(card!.bodyText).toContain("in 90 Tagen");
  });

  it("reminds each record once, however often the job runs", async () => {
    for (const at of ["2026-11-24T12:00:00Z", "2026-11-25T07:00:00Z", "2027-01-20T07:00:00Z"]) {
      expect(await runQualificationReminders(database.db, new Date(at), APP)).toEqual({
        queued: 0,
      });
    }
    expect(await mails(cityA, "erste-hilfe@people.example")).toHaveLength(1);
    expect(await mails(cityA, "juleica@people.example")).toHaveLength(1);
    expect(await mails(cityB, "andere-stadt@people.example")).toHaveLength(1);
  });

  it("never reminds an expired, renewed, archived or unlimited qualification", async () => {
    for (const to of [
      "abgelaufen@people.example",
      "erneuert@people.example",
      "archiviert@people.example",
      "unbefristet@people.example",
    ]) {
      expect(await mails(cityA, to), to).toHaveLength(0);
    }
  });
});
