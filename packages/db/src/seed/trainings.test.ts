import { TrainingEditorInput } from "@engagiert/domain/trainings";
import { and, eq } from "drizzle-orm";
import { getCityBySlug } from "../queries/cities.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client.ts";
import {
  persons,
  qualificationRecords,
  trainingAttendance,
  trainingRegistrations,
  trainings,
  trainingSessions,
} from "../schema/index.ts";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../testing.ts";
import { seedDemo } from "./index.ts";

const TODAY = "2026-03-15";
const NOW = new Date("2026-03-15T00:00:00+01:00");

describe.each(testDatabaseKinds())("demo trainings on %s", (kind) => {
  let database: TestDatabase;
  let db: Database;
  /** Göppingen's id: the second demo city's trainings are checked in second-city.test.ts. */
  let cityId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.db;
    await seedDemo(db, { staffPasswordHash: "$argon2id$test-only", today: TODAY });
    cityId = (await getCityBySlug(db, "goeppingen"))!.id;
  });
  afterAll(() => database?.drop());

  it("are valid as staff would write them, with registrations never above capacity", async () => {
    const rows = await db.select().from(trainings).where(eq(trainings.cityId, cityId));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(rows.length).toBeLessThanOrEqual(8);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["draft", "published", "closed"]));
    expect(rows.some((r) => r.organisationId === null)).toBe(true);
    for (const row of rows) {
      const sessions = await db
        .select()
        .from(trainingSessions)
        .where(eq(trainingSessions.trainingId, row.id));
      const parsed = TrainingEditorInput.safeParse({ ...row, sessions });
      expect(parsed.error?.issues ?? [], row.title).toEqual([]);
      expect(row.startsAt).toEqual(new Date(Math.min(...sessions.map((s) => +s.startsAt))));
      const registrations = await db
        .select()
        .from(trainingRegistrations)
        .where(eq(trainingRegistrations.trainingId, row.id));
      const confirmed = registrations.filter((r) => r.status === "confirmed");
      expect(confirmed.length).toBeLessThanOrEqual(row.capacity);
      expect(registrations.every((r) => r.createdAt <= NOW)).toBe(true);
      if (registrations.some((r) => r.status === "waiting")) {
        expect(confirmed).toHaveLength(row.capacity);
      }
    }
    const juleica = rows.find((r) => r.qualificationTypeSlug === "juleica")!;
    const juleicaSessions = await db
      .select()
      .from(trainingSessions)
      .where(eq(trainingSessions.trainingId, juleica.id));
    expect(juleicaSessions.reduce((sum, s) => sum + s.units, 0)).toBe(40);
  });

  it("give the demo volunteer one upcoming place", async () => {
    const [lena] = await db
      .select()
      .from(persons)
      .where(eq(persons.email, "ehrenamt@goeppingen.example"));
    const places = await db
      .select({ status: trainingRegistrations.status, startsAt: trainings.startsAt })
      .from(trainingRegistrations)
      .innerJoin(trainings, eq(trainings.id, trainingRegistrations.trainingId))
      .where(eq(trainingRegistrations.personId, lena!.id));
    expect(places).toHaveLength(1);
    expect(places[0]!.status).toBe("confirmed");
    expect(places[0]!.startsAt! > NOW).toBe(true);
  });

  it("grant records of the closed training only to those present long enough", async () => {
    const [closed] = await db
      .select()
      .from(trainings)
      .where(and(eq(trainings.cityId, cityId), eq(trainings.status, "closed")));
    const records = await db
      .select()
      .from(qualificationRecords)
      .where(eq(qualificationRecords.trainingId, closed!.id));
    const present = await db
      .select({ personId: trainingAttendance.personId })
      .from(trainingAttendance)
      .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
      .where(
        and(eq(trainingSessions.trainingId, closed!.id), eq(trainingAttendance.isPresent, true)),
      );
    expect(records.length).toBeGreaterThan(0);
    expect(records.map((r) => r.personId).sort()).toEqual(present.map((p) => p.personId).sort());
    expect(records.every((r) => r.source === "training" && r.units === closed!.requiredUnits)).toBe(
      true,
    );
  });
});
