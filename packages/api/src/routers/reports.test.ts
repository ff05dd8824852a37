import { engagements, hourEntries, opportunities, persons } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { fieldErrorsOf } from "../errors.ts";
import { insertCity, insertUser, opportunityRow, testClient } from "../testing.ts";

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}
const codeOf = async (promise: Promise<unknown>) => (await errorOf(promise)).code;
const fieldsOf = (error: TRPCError) =>
  error.cause instanceof ZodError ? Object.keys(fieldErrorsOf(error.cause)) : [];

/** Noon in Göppingen on a day, so no figure depends on the time zone. */
const day = (iso: string) => new Date(`${iso}T11:00:00Z`);
const FIRST_HALF = { from: "2026-01-01", to: "2026-06-30" };

/*
 * A small city whose figures are counted by hand (report asked on 24 November 2026):
 *
 * people (age in 2026, district): P1 16 innenstadt · P2 26 innenstadt · P3 36 bartenbach ·
 * P4 56 none · P5 71 bartenbach · P6 86 innenstadt
 * opportunities: O1 Amt A [bildung, kinder-jugend] · O2 Amt A [soziales] · O3 Partner B [sport]
 *
 * engagements        applied     active from  ended       in the first half of 2026
 * E1  P1 O1 A        2025-12-10  2026-01-05   –           active
 * E2  P2 O2 A        2026-02-01  2026-02-20   2026-05-01  active, application, converted
 * E3  P3 O3 B        2026-03-01  –            –           application (declined)
 * E4  P4 O1 A        2025-01-10  2025-02-01   –           active; 12-month mark 2026-02-01 kept
 * E5  P5 O3 B        2025-06-01  2025-07-15   2026-03-01  active; 6-month mark 2026-01-15 kept
 * E6  P6 O2 A        2025-05-01  2025-08-10   2025-12-01  6-month mark 2026-02-10 not kept
 * E7  P1 O3 B        2026-04-01  2026-04-15   – (paused)  active, application, converted
 * E8  P2 O1 A        2026-06-15  –            –           application (submitted)
 * E9  P3 O1 A        2026-05-01, never confirmed         nothing
 * E10 P4 O2 A        2026-07-01  2026-07-10   –           nothing (after the period)
 */
describe.each(testDatabaseKinds())("reports on %s", (kind) => {
  let database: TestDatabase;
  let a: Awaited<ReturnType<typeof insertCity>>;
  let b: Awaited<ReturnType<typeof insertCity>>;

  async function signedIn(email: string, city = "stadt-a") {
    const client = testClient(database.db, city);
    await client.signIn(email);
    return client.call();
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    a = await insertCity(db, "stadt-a");
    b = await insertCity(db, "stadt-b");
    const staff = await insertUser(db, a.city.id, {
      email: "staff@a.example",
      role: "staff",
      organisationId: a.orgA.id,
    });
    await insertUser(db, a.city.id, { email: "coord@a.example", role: "coordinator" });
    await insertUser(db, a.city.id, { email: "net@a.example", role: "network_member" });
    await insertUser(db, b.city.id, { email: "coord@b.example", role: "coordinator" });

    const people = await db
      .insert(persons)
      .values(
        (
          [
            [2010, "innenstadt"],
            [2000, "innenstadt"],
            [1990, "bartenbach"],
            [1970, null],
            [1955, "bartenbach"],
            [1940, "innenstadt"],
          ] as const
        ).map(([birthYear, district], i) => ({
          cityId: a.city.id,
          firstName: `P${i + 1}`,
          lastName: "Test",
          email: `p${i + 1}@people.example`,
          birthYear,
          district,
        })),
      )
      .returning();
    const [o1, o2, o3] = await db
      .insert(opportunities)
      .values([
        opportunityRow(a.city.id, a.orgA.id, { categories: ["bildung", "kinder-jugend"] }),
        opportunityRow(a.city.id, a.orgA.id, { categories: ["soziales"] }),
        opportunityRow(a.city.id, a.orgB.id, { categories: ["sport"] }),
      ])
      .returning();
    const engagement = (
      person: number,
      opp: typeof o1,
      status: typeof engagements.$inferInsert.status,
      applied: string,
      started: string | null,
      ended: string | null,
      isConfirmed = true,
    ) => ({
      cityId: a.city.id,
      opportunityId: opp!.id,
      organisationId: opp!.organisationId,
      personId: people[person - 1]!.id,
      status,
      createdAt: day(applied),
      confirmedAt: isConfirmed ? day(applied) : null,
      startedAt: started ? day(started) : null,
      endedAt: ended ? day(ended) : null,
    });
    const [e1, e2, , e4, e5, , e7] = await db
      .insert(engagements)
      .values([
        engagement(1, o1, "active", "2025-12-10", "2026-01-05", null),
        engagement(2, o2, "ended", "2026-02-01", "2026-02-20", "2026-05-01"),
        engagement(3, o3, "declined", "2026-03-01", null, null),
        engagement(4, o1, "active", "2025-01-10", "2025-02-01", null),
        engagement(5, o3, "ended", "2025-06-01", "2025-07-15", "2026-03-01"),
        engagement(6, o2, "ended", "2025-05-01", "2025-08-10", "2025-12-01"),
        engagement(1, o3, "paused", "2026-04-01", "2026-04-15", null),
        engagement(2, o1, "submitted", "2026-06-15", null, null),
        engagement(3, o1, "submitted", "2026-05-01", null, null, false),
        engagement(4, o2, "active", "2026-07-01", "2026-07-10", null),
      ])
      .returning();
    // Another city's volunteer, active in the same months, never counts here.
    const [otherPerson] = await db
      .insert(persons)
      .values({
        cityId: b.city.id,
        firstName: "X",
        lastName: "Y",
        email: "x@b.example",
        birthYear: 1990,
      })
      .returning();
    const [otherOpp] = await db
      .insert(opportunities)
      .values(opportunityRow(b.city.id, b.orgA.id))
      .returning();
    await db.insert(engagements).values({
      cityId: b.city.id,
      opportunityId: otherOpp!.id,
      organisationId: b.orgA.id,
      personId: otherPerson!.id,
      status: "active",
      createdAt: day("2026-02-01"),
      confirmedAt: day("2026-02-01"),
      startedAt: day("2026-02-10"),
    });

    /*
     * Hours: only approved entries count, a correction replaces what it corrects (the latest
     * correction wins). January 120 min (P1) · February 90 (P2, corrected from 180) + 240 (P5) ·
     * March nothing (returned) · April 70 (P4, corrected twice) · May nothing · June 30 (P1, on
     * the last day). Outside: 600 on 31 December 2025, 45 on 1 July 2026.
     */
    const entry = (
      e: typeof e1,
      workedOn: string,
      minutes: number,
      status: "pending" | "approved" | "returned",
      extra: Partial<typeof hourEntries.$inferInsert> = {},
    ) => ({
      cityId: a.city.id,
      personId: e!.personId,
      engagementId: e!.id,
      organisationId: e!.organisationId,
      workedOn,
      minutes,
      activity: "Mithelfen",
      status,
      enteredByUserId: staff.id,
      createdAt: day(workedOn),
      ...extra,
    });
    const [, , h3, , , , , , h10] = await db
      .insert(hourEntries)
      .values([
        entry(e1, "2026-01-10", 120, "approved"),
        entry(e1, "2026-01-20", 60, "pending"),
        entry(e2, "2026-02-25", 180, "approved"),
        entry(e5, "2026-02-05", 240, "approved"),
        entry(e4, "2026-03-15", 60, "returned"),
        entry(e4, "2025-12-31", 600, "approved"),
        entry(e7, "2026-06-30", 30, "approved"),
        entry(e4, "2026-07-01", 45, "approved"),
        entry(e4, "2026-04-10", 100, "approved"),
      ])
      .returning();
    await db.insert(hourEntries).values([
      entry(e2, "2026-02-25", 90, "approved", {
        correctsEntryId: h3!.id,
        correctionReason: "Doppelt gezählt",
        createdAt: day("2026-03-01"),
      }),
      entry(e4, "2026-04-10", 80, "approved", {
        correctsEntryId: h10!.id,
        correctionReason: "Pause abgezogen",
        createdAt: day("2026-04-12"),
      }),
      entry(e4, "2026-04-10", 70, "approved", {
        correctsEntryId: h10!.id,
        correctionReason: "Noch einmal nachgerechnet",
        createdAt: day("2026-04-20"),
      }),
    ]);
  });
  afterAll(() => database.drop());

  const months = (minutes: number[], volunteers: number[]) =>
    minutes.map((m, i) => ({ month: `2026-0${i + 1}`, minutes: m, volunteers: volunteers[i] }));

  it("gives the coordination office every figure of the whole city", async () => {
    const report = await (await signedIn("coord@a.example")).reports.report(FIRST_HALF);
    expect(report.scope).toBe("city");
    expect(report.overview).toEqual({
      activeVolunteers: 4,
      activeEngagements: 5,
      applications: 4,
      converted: 2,
      conversion: 0.5,
      approvedMinutes: 550,
    });
    expect(report.hoursPerMonth).toEqual(months([120, 330, 0, 70, 0, 30], [1, 2, 0, 1, 0, 1]));
    expect(report.ageGroups).toEqual([
      { key: "under_18", volunteers: 1 },
      { key: "18_26", volunteers: 1 },
      { key: "27_40", volunteers: 0 },
      { key: "41_60", volunteers: 1 },
      { key: "61_75", volunteers: 1 },
      { key: "over_75", volunteers: 0 },
    ]);
    expect(report.categories.map((c) => [c.key, c.label.de, c.volunteers])).toEqual([
      ["bildung", "Bildung", 2],
      ["kinder-jugend", "Kinder & Jugend", 2],
      ["sport", "Sport", 2],
      ["soziales", "Soziales", 1],
    ]);
    expect(report.districts).toEqual([
      { key: "innenstadt", name: "Innenstadt", volunteers: 2 },
      { key: "bartenbach", name: "Bartenbach", volunteers: 1 },
      { key: null, name: null, volunteers: 1 },
    ]);
    expect(report.retention).toEqual([
      { months: 6, cohort: 2, retained: 1, share: 0.5 },
      { months: 12, cohort: 1, retained: 1, share: 1 },
    ]);
  });

  it("shows staff their own organisation's figures", async () => {
    const report = await (await signedIn("staff@a.example")).reports.report(FIRST_HALF);
    expect(report).toMatchObject({ scope: "organisation", name: "Amt A" });
    expect(report.overview).toEqual({
      activeVolunteers: 3,
      activeEngagements: 3,
      applications: 2,
      converted: 1,
      conversion: 0.5,
      approvedMinutes: 280,
    });
    expect(report.hoursPerMonth).toEqual(months([120, 90, 0, 70, 0, 0], [1, 1, 0, 1, 0, 0]));
    expect(report.ageGroups.map((g) => g.volunteers)).toEqual([1, 1, 0, 1, 0, 0]);
    expect(report.categories.map((c) => [c.key, c.volunteers])).toEqual([
      ["bildung", 2],
      ["kinder-jugend", 2],
      ["soziales", 1],
    ]);
    expect(report.districts).toEqual([
      { key: "innenstadt", name: "Innenstadt", volunteers: 2 },
      { key: null, name: null, volunteers: 1 },
    ]);
    expect(report.retention).toEqual([
      { months: 6, cohort: 1, retained: 0, share: 0 },
      { months: 12, cohort: 1, retained: 1, share: 1 },
    ]);
  });

  it("follows the period", async () => {
    const caller = await signedIn("coord@a.example");
    const report = await caller.reports.report({ from: "2025-07-01", to: "2025-12-31" });
    // Active: E4, E5, E6 (P4, P5, P6); applied: E1, which became active in January.
    expect(report.overview).toMatchObject({
      activeVolunteers: 3,
      applications: 1,
      converted: 1,
      conversion: 1,
      approvedMinutes: 600,
    });
    expect(report.hoursPerMonth.map((m) => [m.month, m.minutes])).toEqual([
      ["2025-07", 0],
      ["2025-08", 0],
      ["2025-09", 0],
      ["2025-10", 0],
      ["2025-11", 0],
      ["2025-12", 600],
    ]);
    // E4 reached its 6-month mark on 1 August 2025, still active; no 12-month mark fell in
    // these months, so that retention has no share rather than 0 %.
    expect(report.retention).toEqual([
      { months: 6, cohort: 1, retained: 1, share: 1 },
      { months: 12, cohort: 0, retained: 0, share: null },
    ]);
    const oneDay = await caller.reports.report({ from: "2026-06-30", to: "2026-06-30" });
    // P1 (E1, E7) and P4 (E4) are with an organisation on that day.
    expect(oneDay.overview).toMatchObject({ activeVolunteers: 2, approvedMinutes: 30 });
    expect(oneDay.hoursPerMonth).toEqual([{ month: "2026-06", minutes: 30, volunteers: 1 }]);
  });

  it("downloads each table as CSV with the figures of the page", async () => {
    const caller = await signedIn("coord@a.example");
    const hours = await caller.reports.csv({ ...FIRST_HALF, table: "hoursPerMonth" });
    expect(hours.fileName).toBe("stunden-pro-monat-2026-01-01-2026-06-30.csv");
    expect(hours.content).toBe(
      "\uFEFFMonat,Stunden,Engagierte mit Stunden\r\n" +
        "2026-01,2,1\r\n2026-02,5.5,2\r\n2026-03,0,0\r\n2026-04,1.17,1\r\n2026-05,0,0\r\n2026-06,0.5,1\r\n",
    );
    const overview = await caller.reports.csv({ ...FIRST_HALF, table: "overview", language: "en" });
    expect(overview.fileName).toBe("key-figures-2026-01-01-2026-06-30.csv");
    expect(overview.content.split("\r\n")).toEqual([
      "\uFEFFFigure,Value",
      "Active volunteers,4",
      "Active engagements,5",
      "New applications,4",
      "Of which became active,2",
      "Conversion in per cent,50",
      "Approved hours,9.17",
      "",
    ]);
    const ages = await caller.reports.csv({ ...FIRST_HALF, table: "ageGroups" });
    expect(ages.content).toContain("unter 18,1\r\n18 bis 26,1\r\n27 bis 40,0\r\n");
    const districts = await caller.reports.csv({ ...FIRST_HALF, table: "districts" });
    expect(districts.content).toContain("ohne Angabe,1");
    const retention = await caller.reports.csv({ ...FIRST_HALF, table: "retention" });
    expect(retention.content).toContain("\r\n6,2,1,50\r\n12,1,1,100\r\n");
    const categories = await caller.reports.csv({ ...FIRST_HALF, table: "categories" });
    expect(categories.content).toContain("Kinder & Jugend,2");
  });

  it("keeps staff to their organisation and the city to the coordination office", async () => {
    const staff = await signedIn("staff@a.example");
    expect(await codeOf(staff.reports.report({ ...FIRST_HALF, organisationId: a.orgB.id }))).toBe(
      "FORBIDDEN",
    );
    expect(
      await codeOf(
        staff.reports.csv({ ...FIRST_HALF, organisationId: a.orgB.id, table: "overview" }),
      ),
    ).toBe("FORBIDDEN");
    const coordinator = await signedIn("coord@a.example");
    const partner = await coordinator.reports.report({ ...FIRST_HALF, organisationId: a.orgB.id });
    expect(partner).toMatchObject({ name: "Partner B", overview: { activeVolunteers: 2 } });
    const otherCity = await signedIn("coord@b.example", "stadt-b");
    expect(
      await codeOf(otherCity.reports.report({ ...FIRST_HALF, organisationId: a.orgA.id })),
    ).toBe("NOT_FOUND");
    expect((await otherCity.reports.report(FIRST_HALF)).overview.activeVolunteers).toBe(1);
    expect(await codeOf((await signedIn("net@a.example")).reports.report(FIRST_HALF))).toBe(
      "FORBIDDEN",
    );
    const anonymous = await testClient(database.db, "stadt-a").call();
    expect(await codeOf(anonymous.reports.report(FIRST_HALF))).toBe("UNAUTHORIZED");
  });

  it("answers a bad period with the field to fix", async () => {
    const caller = await signedIn("coord@a.example");
    const cases: [Record<string, unknown>, string][] = [
      [{ from: "2026-06-30", to: "2026-01-01" }, "to"],
      [{ from: "2026-02-30", to: "2026-03-31" }, "from"],
      [{ from: "2020-01-01", to: "2026-01-01" }, "from"],
      [{ from: "2026-01-01" }, "to"],
      [{ ...FIRST_HALF, organisationId: "amt-a" }, "organisationId"],
    ];
    for (const [input, field] of cases) {
      const error = await errorOf(caller.reports.report(input as never));
      expect(error.code, JSON.stringify(input)).toBe("BAD_REQUEST");
      expect(fieldsOf(error), JSON.stringify(input)).toEqual([field]);
    }
    const table = await errorOf(caller.reports.csv({ ...FIRST_HALF, table: "people" as never }));
    expect(fieldsOf(table)).toEqual(["table"]);
  });
});
