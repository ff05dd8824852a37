import type { Database } from "@engagiert/db/client";
import { auditLog } from "@engagiert/db/schema";
import { and, eq } from "drizzle-orm";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failure, recognitionCity } from "./recognition.fixture.ts";

describe.each(testDatabaseKinds())("Ehrenamtskarte and milestones on %s", (kind) => {
  type City = Awaited<ReturnType<typeof recognitionCity>>;
  let database: TestDatabase;
  let db: Database;
  let a: City["a"];
  let people: City["people"];
  let coord: City["coord"];
  let coordB: City["coordB"];
  let staffA: City["staffA"];
  let staffB: City["staffB"];
  let vera: City["vera"];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.db;
    ({ a, people, coord, coordB, staffA, staffB, vera } = await recognitionCity(db));
  });
  afterAll(() => database.drop());

  const statusOf = async (name: string) =>
    (await coord.recognition.personStatus({ personId: people[name]! })).status;

  it("draws the 200-hour line exactly: 199 hours are not enough, 200 are", async () => {
    expect(await statusOf("Adler")).toEqual({
      kind: "not_yet",
      daysMissing: 0,
      hoursMissing: 1,
      projectHoursMissing: 100,
    });
    expect(await statusOf("Becker")).toEqual({ kind: "eligible", basis: "hours" });
  });

  it("draws the one-year line exactly: 364 days are not enough, 365 are", async () => {
    expect(await statusOf("Christ")).toMatchObject({
      kind: "not_yet",
      daysMissing: 1,
      hoursMissing: 0,
    });
    expect(await statusOf("Dorn")).toEqual({ kind: "eligible", basis: "hours" });
  });

  it("lets a Juleica holder qualify without hours, but not with an expired card", async () => {
    expect(await statusOf("Engel")).toEqual({ kind: "eligible", basis: "group", group: "juleica" });
    expect((await statusOf("Hahn")).kind).toBe("not_yet");
  });

  it("counts 100 hours in one project", async () => {
    expect(await statusOf("Fuchs")).toEqual({ kind: "eligible", basis: "project" });
  });

  it("shows the volunteer their own status with what is missing", async () => {
    const mine = await vera.recognition.myEhrenamtskarte();
    expect(mine.state).toBe("Baden-Württemberg");
    expect(mine.status).toEqual({
      kind: "not_yet",
      daysMissing: 0,
      hoursMissing: 34,
      projectHoursMissing: 100,
    });
    expect(mine.facts).toMatchObject({ engagedSince: "2025-01-10", minutesInWindow: 166 * 60 });
    expect(mine.windowFrom).toBe("2025-11-25");
    const certificates = await vera.recognition.myCertificates({ limit: 10 });
    expect(certificates.items).toMatchObject([
      {
        firstDay: "2025-01-10",
        lastDay: null,
        approvedMinutes: 166 * 60,
        organisationName: "Amt A",
      },
    ]);
  });

  it("records groups for staff of the person's organisation, audited, and refuses others", async () => {
    expect(
      (
        await failure(
          staffB.recognition.setRecognitionGroups({
            personId: people.Graf!,
            groups: ["feuerwehr"],
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const bad = await failure(
      staffA.recognition.setRecognitionGroups({
        personId: people.Graf!,
        groups: ["astronaut" as "thw"],
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    await staffA.recognition.setRecognitionGroups({
      personId: people.Graf!,
      groups: ["feuerwehr"],
    });
    expect(await statusOf("Graf")).toEqual({
      kind: "eligible",
      basis: "group",
      group: "feuerwehr",
    });
    const audit = await db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.personId, people.Graf!),
          eq(auditLog.action, "person.recognition_groups.changed"),
        ),
      );
    expect(audit).toMatchObject([{ details: { before: [], after: ["feuerwehr"] } }]);
  });

  it("lists the eligible by name, page by page, and exports them as CSV", async () => {
    await staffA.recognition.setRecognitionGroups({
      personId: people.Graf!,
      groups: ["feuerwehr"],
    });
    const first = await coord.recognition.eligibleList({ limit: 2 });
    expect(first.items.map((p) => p.lastName)).toEqual(["Becker", "Dorn"]);
    const second = await coord.recognition.eligibleList({ limit: 2, cursor: first.nextCursor });
    expect(second.items.map((p) => [p.lastName, p.basis, p.group])).toEqual([
      ["Engel", "group", "juleica"],
      ["Fuchs", "project", null],
    ]);
    const third = await coord.recognition.eligibleList({ limit: 2, cursor: second.nextCursor });
    expect(third.items.map((p) => p.lastName)).toEqual(["Graf"]);
    expect(third.nextCursor).toBeNull();

    const csv = await coord.recognition.eligibleCsv();
    const lines = csv.content.slice(1).trim().split("\r\n");
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe(
      "Becker,Bernd,bernd@people.example,1990,10.01.2025,200,200 Stunden in 12 Monaten und ein Jahr Engagement",
    );
    expect(csv.filename).toBe("ehrenamtskarte-2026-11-24.csv");
  });

  it("keeps the lists to the coordination office of the city", async () => {
    expect((await coordB.recognition.eligibleList({ limit: 10 })).items).toEqual([]);
    expect(
      (await failure(coordB.recognition.personStatus({ personId: people.Becker! }))).code,
    ).toBe("NOT_FOUND");
    expect((await failure(staffA.recognition.eligibleList({ limit: 10 }))).code).toBe("FORBIDDEN");
    expect((await failure(vera.recognition.eligibleList({ limit: 10 }))).code).toBe("FORBIDDEN");
    expect((await failure(vera.recognition.personStatus({ personId: people.Becker! }))).code).toBe(
      "FORBIDDEN",
    );
  });

  it("lists a month's milestones for the city and for one organisation", async () => {
    const city = await coord.recognition.milestones({ month: "2026-11", limit: 20 });
    expect(city.items.map((p) => [p.lastName, p.milestones])).toEqual([
      ["Christ", [{ kind: "anniversary", years: 1, on: "2026-11-25" }]],
      ["Dorn", [{ kind: "anniversary", years: 1, on: "2026-11-24" }]],
      ["Fuchs", [{ kind: "hours", hours: 100 }]],
      ["Hahn", [{ kind: "anniversary", years: 10, on: "2026-11-03" }]],
    ]);
    const own = await staffA.recognition.milestones({ month: "2026-11", limit: 20 });
    expect(own.items.map((p) => p.lastName)).toEqual(["Christ", "Dorn", "Fuchs"]);
    const partner = await staffB.recognition.milestones({ month: "2026-11", limit: 20 });
    expect(partner.items.map((p) => p.lastName)).toEqual(["Hahn"]);
    const june = await coord.recognition.milestones({ month: "2026-06", limit: 20 });
    expect(june.items.map((p) => [p.lastName, p.milestones])).toEqual([
      [
        "Becker",
        [
          { kind: "hours", hours: 100 },
          { kind: "hours", hours: 250 },
        ],
      ],
    ]);
    expect(
      (
        await failure(
          staffB.recognition.milestones({ month: "2026-11", organisationId: a.orgA.id, limit: 20 }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const bad = await failure(coord.recognition.milestones({ month: "2026-13", limit: 20 }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.cause?.issues?.[0]?.path).toEqual(["month"]);
  });
});
