import {
  auditLog,
  consents,
  engagements,
  fuehrungszeugnisInspections,
  opportunities,
  opportunityShifts,
  persons,
  shiftSignups,
} from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity, insertUser, opportunityRow } from "../testing.ts";
import { refusalOf, sessionOf } from "./staff-admin.fixture.ts";

type City = Awaited<ReturnType<typeof insertCity>>;
type User = Awaited<ReturnType<typeof insertUser>>;

const at = (iso: string) => new Date(iso);

describe.each(testDatabaseKinds())("a person's privacy page on %s", (kind) => {
  let database: TestDatabase;
  let a: City;
  let b: City;
  let coordinator: User;
  let admin: User;
  let staff: User;
  let coordinatorB: User;
  let lena: string;
  let ole: string;
  let gone: string;
  let shiftPerson: string;
  let paul: string;

  const call = async (user: User, city: City = a) =>
    (await sessionOf(database.db, city.city, user.id)).call();

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    a = await insertCity(db, "stadt-a");
    b = await insertCity(db, "stadt-b");
    coordinator = await insertUser(db, a.city.id, {
      email: "koordination@a.example",
      role: "coordinator",
    });
    admin = await insertUser(db, a.city.id, { email: "admin@a.example", role: "city_admin" });
    staff = await insertUser(db, a.city.id, {
      email: "anna@amt-a.example",
      role: "staff",
      organisationId: a.orgA.id,
    });
    coordinatorB = await insertUser(db, b.city.id, {
      email: "koordination@b.example",
      role: "coordinator",
    });
    const person = (
      first: string,
      email: string,
      extra: Partial<typeof persons.$inferInsert> = {},
    ) => ({
      cityId: a.city.id,
      firstName: first,
      lastName: "Muster",
      email,
      birthYear: 1990,
      createdAt: at("2025-01-10T10:00:00Z"),
      lastActiveAt: at("2025-03-01T10:00:00Z"),
      ...extra,
    });
    [lena, ole, gone, shiftPerson, paul] = (
      await db
        .insert(persons)
        .values([
          person("Lena", "lena@p.example"),
          person("Ole", "ole@p.example", { lastActiveAt: at("2024-10-20T10:00:00Z") }),
          person("", "geloescht@p.example", { lastName: "", erasedAt: at("2026-10-01T00:00:00Z") }),
          person("Sina", "sina@p.example", { lastActiveAt: at("2024-01-01T10:00:00Z") }),
          person("Paul", "paul@p.example", { lastActiveAt: at("2024-12-01T10:00:00Z") }),
        ])
        .returning({ id: persons.id })
    ).map((r) => r.id) as [string, string, string, string, string];
    const [opp] = await db
      .insert(opportunities)
      .values(opportunityRow(a.city.id, a.orgA.id))
      .returning();
    const engagement = (personId: string, fields: Partial<typeof engagements.$inferInsert>) => ({
      cityId: a.city.id,
      opportunityId: opp!.id,
      organisationId: a.orgA.id,
      personId,
      status: "submitted" as const,
      createdAt: at("2025-02-01T10:00:00Z"),
      statusChangedAt: at("2025-02-01T10:00:00Z"),
      ...fields,
    });
    await db.insert(engagements).values([
      // Declined in March 2026: deleted six months later.
      engagement(lena, {
        status: "declined",
        confirmedAt: at("2025-02-01T11:00:00Z"),
        statusChangedAt: at("2026-03-15T10:00:00Z"),
      }),
      // Ended in August 2026 after it had started: kept; the Führungszeugnis goes 3 months later.
      engagement(lena, {
        status: "ended",
        confirmedAt: at("2025-02-01T11:00:00Z"),
        startedAt: at("2025-04-01T10:00:00Z"),
        endedAt: at("2026-08-31T10:00:00Z"),
        statusChangedAt: at("2026-08-31T10:00:00Z"),
      }),
      // Never confirmed by its e-mail link, long ago: due.
      engagement(ole, {
        createdAt: at("2024-10-20T10:00:00Z"),
        statusChangedAt: at("2024-10-20T10:00:00Z"),
      }),
    ]);
    await db.insert(consents).values([
      {
        cityId: a.city.id,
        personId: lena,
        purpose: "application",
        version: "2026-01",
        givenAt: at("2025-02-01T10:00:00Z"),
        deleteBy: at("2027-02-01T00:00:00Z"),
      },
      {
        cityId: a.city.id,
        personId: lena,
        purpose: "shift",
        version: "2026-01",
        givenAt: at("2025-02-02T10:00:00Z"),
        withdrawnAt: at("2025-06-01T10:00:00Z"),
      },
    ]);
    await db.insert(fuehrungszeugnisInspections).values({
      cityId: a.city.id,
      personId: lena,
      certificateIssuedOn: "2025-03-01",
      inspectedOn: "2025-03-10",
      inspectedByUserId: coordinator.id,
      hasRelevantEntry: false,
      createdAt: at("2025-03-10T10:00:00Z"),
    });
    const [shift] = await db
      .insert(opportunityShifts)
      .values({
        cityId: a.city.id,
        opportunityId: opp!.id,
        startsAt: at("2026-12-05T09:00:00Z"),
        endsAt: at("2026-12-05T12:00:00Z"),
        capacity: 5,
      })
      .returning();
    await db.insert(shiftSignups).values({
      cityId: a.city.id,
      shiftId: shift!.id,
      personId: shiftPerson,
      status: "confirmed",
    });
  });
  afterAll(() => database?.drop());

  it("is for the coordination office and city admins of the person's city", async () => {
    await expect(
      (await call(coordinator)).personPrivacy.overview({ personId: lena }),
    ).resolves.toBeDefined();
    await expect(
      (await call(admin)).personPrivacy.overview({ personId: lena }),
    ).resolves.toBeDefined();
    expect(
      (await refusalOf((await call(staff)).personPrivacy.overview({ personId: lena }))).code,
    ).toBe("FORBIDDEN");
    const elsewhere = await refusalOf(
      (await call(coordinatorB, b)).personPrivacy.overview({ personId: lena }),
    );
    expect(elsewhere.code).toBe("NOT_FOUND");
  });

  it("shows the consents with version, dates and deletion date", async () => {
    const page = await (await call(coordinator)).personPrivacy.overview({ personId: lena });
    expect(page.person).toMatchObject({ firstName: "Lena", lastName: "Muster", erasedAt: null });
    expect(page.consents.map((c) => [c.purpose, c.version, c.withdrawnAt, c.deleteBy])).toEqual([
      ["shift", "2026-01", at("2025-06-01T10:00:00Z"), null],
      ["application", "2026-01", null, at("2027-02-01T00:00:00Z")],
    ]);
  });

  it("dates each kind of data by the city's retention rules", async () => {
    const page = await (await call(coordinator)).personPrivacy.overview({ personId: lena });
    expect(page.settings).toMatchObject({ applicationMonths: 6, inactivityMonths: 24 });
    expect(page.applications).toEqual([
      expect.objectContaining({
        reason: "declined",
        dueOn: at("2026-09-15T10:00:00Z"),
        isDue: true,
      }),
    ]);
    // The last sign of life is the end of the engagement (31 August 2026).
    expect(page.inactivity).toMatchObject({
      state: "scheduled",
      lastActivityAt: at("2026-08-31T10:00:00Z"),
      erasesOn: at("2028-08-31T10:00:00Z"),
    });
    // §72a(5) SGB VIII: 3 months after the activity ended.
    expect(page.fuehrungszeugnis).toMatchObject({
      kind: "deletable",
      reason: "activity_ended",
      dueOn: at("2026-11-30T10:00:00Z"),
      isDue: false,
      records: 1,
    });

    const ole_ = await (await call(coordinator)).personPrivacy.overview({ personId: ole });
    expect(ole_.applications).toEqual([
      expect.objectContaining({ reason: "never_confirmed", dueOn: at("2025-04-20T10:00:00Z") }),
    ]);
    // An application still open keeps the account, however old.
    expect(ole_.inactivity).toMatchObject({ state: "running" });
    expect(ole_.fuehrungszeugnis).toBeNull();

    // Nothing since December 2024: the notice is due now, deletion 30 days after it at the earliest.
    const paul_ = await (await call(coordinator)).personPrivacy.overview({ personId: paul });
    expect(paul_.inactivity).toMatchObject({
      state: "notice_due",
      erasesOn: at("2026-12-24T09:00:00Z"),
    });
  });

  it("keeps the account of someone with a shift to come", async () => {
    const page = await (await call(coordinator)).personPrivacy.overview({ personId: shiftPerson });
    expect(page.inactivity).toMatchObject({ state: "running", erasesOn: null });
  });

  it("shows nothing of an erased person but the erasure", async () => {
    const page = await (await call(coordinator)).personPrivacy.overview({ personId: gone });
    expect(page).toMatchObject({
      person: { firstName: "", lastName: "", erasedAt: at("2026-10-01T00:00:00Z") },
      consents: [],
      applications: [],
      inactivity: null,
    });
  });

  it("writes every reading to the audit log, where the person's trail shows it", async () => {
    await database.db.delete(auditLog).where(eq(auditLog.cityId, a.city.id));
    await (await call(admin)).personPrivacy.overview({ personId: lena });
    const entries = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.cityId, a.city.id), eq(auditLog.personId, lena)));
    expect(entries).toMatchObject([{ action: "person.privacy.read", actorUserId: admin.id }]);
    const trail = await (await call(coordinator)).audit.log({ personId: lena });
    expect(trail.items.map((i) => [i.action, i.actorName])).toEqual([
      ["person.privacy.read", "admin"],
    ]);
  });
});
