import { writeAudit } from "@engagiert/db/queries/audit";
import { cityScope } from "@engagiert/db/queries/scope";
import { auditLog, persons } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity, insertUser, testClient } from "../testing.ts";
import { refusalOf, sessionOf } from "./staff-admin.fixture.ts";

type City = Awaited<ReturnType<typeof insertCity>>;
type User = Awaited<ReturnType<typeof insertUser>>;

describe.each(testDatabaseKinds())("the audit log on %s", (kind) => {
  let database: TestDatabase;
  let a: City;
  let b: City;
  let coordinator: User;
  let admin: User;
  let staff: User;
  let coordinatorB: User;
  let lena: string;
  let ole: string;
  let erased: string;

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
    const rows = await db
      .insert(persons)
      .values([
        {
          cityId: a.city.id,
          firstName: "Lena",
          lastName: "Wagner",
          email: "lena@p.example",
          birthYear: 1990,
        },
        {
          cityId: a.city.id,
          firstName: "Ole",
          lastName: "Berg",
          email: "ole@p.example",
          birthYear: 1985,
        },
        {
          cityId: a.city.id,
          firstName: "–",
          lastName: "–",
          email: "geloescht@p.example",
          birthYear: 1970,
          erasedAt: new Date("2026-10-01T00:00:00Z"),
        },
      ])
      .returning({ id: persons.id });
    [lena, ole, erased] = rows.map((r) => r.id) as [string, string, string];
    const plan: [City, string, User | null, string, string | null][] = [
      [a, "2026-11-01T08:00:00Z", staff, "person.read", lena],
      [a, "2026-11-01T08:00:00Z", staff, "qualification.read", lena],
      [a, "2026-11-01T08:00:00Z", coordinator, "person.read", ole],
      [a, "2026-11-10T12:00:00Z", coordinator, "allowance.read", lena],
      // 00:30 in Berlin on 24 November.
      [a, "2026-11-23T23:30:00Z", null, "guardian_consent.given", ole],
      [a, "2026-11-24T08:00:00Z", coordinator, "person.read", erased],
      [b, "2026-11-05T08:00:00Z", coordinatorB, "person.read", null],
    ];
    for (const [city, at, actor, action, personId] of plan) {
      await db.insert(auditLog).values({
        cityId: city.city.id,
        actorUserId: actor?.id ?? null,
        action,
        subjectType: "person",
        subjectId: personId,
        personId,
        at: new Date(at),
      });
    }
  });
  afterAll(() => database?.drop());

  it("is read by the coordination office and city admins only", async () => {
    expect((await (await call(coordinator)).audit.log({})).items).toHaveLength(6);
    expect((await (await call(admin)).audit.log({})).items).toHaveLength(6);
    expect((await refusalOf((await call(staff)).audit.log({}))).code).toBe("FORBIDDEN");
    expect((await refusalOf((await call(staff)).audit.csv({}))).code).toBe("FORBIDDEN");
    const anonymous = await testClient(database.db, "stadt-a").call();
    expect((await refusalOf(anonymous.audit.log({}))).code).toBe("UNAUTHORIZED");
    // Another city's coordination office sees its own entries only.
    expect((await (await call(coordinatorB, b)).audit.log({})).items).toHaveLength(1);
    expect(
      (await refusalOf((await call(coordinatorB, b)).audit.person({ personId: lena }))).code,
    ).toBe("NOT_FOUND");
  });

  it("shows who, what, whom and when, newest first, and no name of an erased person", async () => {
    const { items } = await (await call(coordinator)).audit.log({});
    expect(items.map((i) => [i.at.toISOString(), i.actorName, i.action, i.personName])).toEqual([
      ["2026-11-24T08:00:00.000Z", "koordination", "person.read", null],
      ["2026-11-23T23:30:00.000Z", null, "guardian_consent.given", "Ole Berg"],
      ["2026-11-10T12:00:00.000Z", "koordination", "allowance.read", "Lena Wagner"],
      ["2026-11-01T08:00:00.000Z", expect.any(String), expect.any(String), expect.any(String)],
      ["2026-11-01T08:00:00.000Z", expect.any(String), expect.any(String), expect.any(String)],
      ["2026-11-01T08:00:00.000Z", expect.any(String), expect.any(String), expect.any(String)],
    ]);
    expect(items[0]?.isPersonErased).toBe(true);
  });

  it("filters by person, staff member, action and days in Europe/Berlin", async () => {
    const api = await call(coordinator);
    const actions = async (filter: Parameters<typeof api.audit.log>[0]) =>
      (await api.audit.log(filter)).items.map((i) => i.action).sort();
    expect(await actions({ personId: lena })).toEqual([
      "allowance.read",
      "person.read",
      "qualification.read",
    ]);
    expect(await actions({ actorUserId: staff.id })).toEqual(["person.read", "qualification.read"]);
    expect(await actions({ action: "person.read" })).toEqual([
      "person.read",
      "person.read",
      "person.read",
    ]);
    expect(await actions({ personId: lena, actorUserId: coordinator.id })).toEqual([
      "allowance.read",
    ]);
    expect(await actions({ from: "2026-11-24", to: "2026-11-24" })).toEqual([
      "guardian_consent.given",
      "person.read",
    ]);
    expect(await actions({ to: "2026-11-23" })).toEqual([
      "allowance.read",
      "person.read",
      "person.read",
      "qualification.read",
    ]);
    const backwards = await refusalOf(api.audit.log({ from: "2026-11-24", to: "2026-11-01" }));
    expect(backwards).toMatchObject({ code: "BAD_REQUEST", fields: ["to"] });
  });

  it("pages by (at, id) without losing or repeating an entry of the same moment", async () => {
    const api = await call(coordinator);
    const all = (await api.audit.log({ limit: 100 })).items.map((i) => i.id);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof api.audit.log>> = await api.audit.log({
        limit: 2,
        cursor,
      });
      paged.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(6);
    // A cursor that does not fit reads as the first page.
    expect(
      (await api.audit.log({ limit: 2, cursor: "eyJ4IjoxfQ" })).items.map((i) => i.id),
    ).toEqual(all.slice(0, 2));
  });

  it("downloads the filtered log as CSV, and records the download", async () => {
    const api = await call(admin);
    const file = await api.audit.csv({ personId: lena, language: "de" });
    expect(file.rows).toBe(3);
    expect(file.isTruncated).toBe(false);
    expect(file.fileName).toBe("protokoll-2026-11-24.csv");
    const lines = file.content.trim().split("\r\n");
    expect(lines[0]).toBe("Zeitpunkt,Mitarbeiterin oder Mitarbeiter,Aktion,Aktion (Code),Betrifft");
    expect(lines[1]).toBe(
      "2026-11-10 13:00:00,koordination,Pauschalen gelesen,allowance.read,Lena Wagner",
    );
    expect(lines).toHaveLength(4);
    const recorded = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.cityId, a.city.id), eq(auditLog.action, "audit.exported")));
    expect(recorded).toMatchObject([{ actorUserId: admin.id, personId: lena }]);
    // The export shows in the person's trail too.
    const trail = await api.audit.log({ personId: lena, action: "audit.exported" });
    expect(trail.items.map((i) => i.actorName)).toEqual(["admin"]);
    await database.db.delete(auditLog).where(eq(auditLog.action, "audit.exported"));
  });

  it("names the account an account change concerns", async () => {
    await writeAudit(database.db, cityScope(a.city.id), {
      actorUserId: admin.id,
      action: "staff.deactivated",
      subjectType: "user",
      subjectId: staff.id,
    });
    const [newest] = (await (await call(coordinator)).audit.log({ action: "staff.deactivated" }))
      .items;
    expect(newest).toMatchObject({ actorName: "admin", accountName: "anna", personName: null });
  });
});
