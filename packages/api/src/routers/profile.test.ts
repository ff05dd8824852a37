import { auditLog, opportunities, persons, qualificationRecords } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, type Context } from "../context.ts";
import { createRequestContext } from "../request.ts";
import { createCaller } from "../root.ts";
import { insertCity, insertUser, opportunityRow, SILENT, TEST_SETTINGS } from "../testing.ts";

const NOW = new Date("2026-11-24T09:00:00Z");

async function errorOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

const PROFILE = {
  interests: ["bildung"],
  skills: ["Vorlesen"],
  availability: [{ weekday: "mon" as const, from: "09:00", to: "12:00" }],
  district: "innenstadt",
  accessibilityNeeds: "Ich nutze einen Rollstuhl.",
};

describe.each(testDatabaseKinds())("profile and suggestions on %s", (kind) => {
  let database: TestDatabase;
  let a: Awaited<ReturnType<typeof insertCity>>;
  let b: Awaited<ReturnType<typeof insertCity>>;

  async function context(citySlug: string): Promise<Context> {
    return createRequestContext({
      db: database.db,
      citySlug,
      cookieHeader: null,
      clientAddress: "192.0.2.1",
      settings: TEST_SETTINGS,
      setCookie: () => {},
      log: SILENT,
      now: () => NOW,
    });
  }

  /** A caller acting as a signed-in user (the sign-in itself is tested in auth.test.ts). */
  async function signedIn(
    cityId: string,
    citySlug: string,
    email: string,
    role: "volunteer" | "staff" = "volunteer",
  ) {
    const user = await insertUser(database.db, cityId, {
      email,
      role,
      organisationId: role === "staff" ? a.orgA.id : null,
    });
    const base = await context(citySlug);
    const sessionUser = {
      userId: user.id,
      email,
      displayName: email,
      role,
      organisationId: user.organisationId,
      organisationName: null,
      personId: user.personId,
    };
    const caller = createCaller({
      ...base,
      user: sessionUser,
      actor: actorFor(base.city, sessionUser),
    });
    return { caller, personId: user.personId };
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    a = await insertCity(db, "stadt-a");
    b = await insertCity(db, "stadt-b");
    const at = (day: number) => new Date(Date.UTC(2026, 10, day, 10));
    const monday = { weekdays: ["mon"], dayParts: ["morning"] };
    await db.insert(opportunities).values([
      // Innenstadt, Monday morning, reading: fits best.
      opportunityRow(a.city.id, a.orgA.id, {
        title: "Vorlesen in der Stadtbücherei",
        ...monday,
        latitude: 48.7035,
        longitude: 9.6525,
        publishedAt: at(1),
      }),
      // Remote, sport, no time match.
      opportunityRow(a.city.id, a.orgB.id, {
        title: "Online-Vereinsverwaltung",
        categories: ["sport"],
        isRemote: true,
        address: null,
        district: null,
        latitude: null,
        longitude: null,
        publishedAt: at(2),
      }),
      // Education in Bartenbach with steps and a qualification the person lacks.
      opportunityRow(a.city.id, a.orgA.id, {
        title: "Hausaufgabenhilfe Bartenbach",
        ...monday,
        district: "bartenbach",
        latitude: 48.7236,
        longitude: 9.6722,
        accessibility: { stepFree: false, accessibleToilet: false, notes: "" },
        requiredQualifications: ["erste-hilfe", "juleica"],
        publishedAt: at(3),
      }),
      opportunityRow(a.city.id, a.orgA.id, {
        title: "Entwurf Bildung",
        status: "draft",
        publishedAt: null,
      }),
      opportunityRow(a.city.id, a.orgA.id, { title: "Pausiert Bildung", status: "paused" }),
      opportunityRow(a.city.id, a.orgA.id, { title: "Nur für Ältere", minimumAge: 60 }),
      opportunityRow(a.city.id, a.orgA.id, {
        title: "Vergangenes Projekt",
        format: "project",
        schedule: { format: "project", startDate: "2026-01-01", endDate: "2026-02-01" },
        startsOn: "2026-01-01",
        endsOn: "2026-02-01",
      }),
      opportunityRow(b.city.id, b.orgA.id, { title: "Andere Stadt Bildung", ...monday }),
    ]);
  });
  afterAll(() => database.drop());

  it("starts empty, saves the own profile and reads it back", async () => {
    const { caller } = await signedIn(a.city.id, "stadt-a", "vera@a.example");
    expect(await caller.profile.get()).toEqual({
      interests: [],
      skills: [],
      availability: [],
      district: null,
      accessibilityNeeds: null,
    });
    const saved = await caller.profile.update(PROFILE);
    expect(saved).toEqual(PROFILE);
    expect(await caller.profile.get()).toEqual(PROFILE);
  });

  it("changes only the caller's own person and writes no audit entry", async () => {
    const other = await signedIn(a.city.id, "stadt-a", "other@a.example");
    const [before] = await database.db.select({ n: count() }).from(auditLog);
    const me = await signedIn(a.city.id, "stadt-a", "me@a.example");
    await me.caller.profile.update({ ...PROFILE, interests: ["sport"] });
    expect(await other.caller.profile.get()).toMatchObject({ interests: [], district: null });
    const [row] = await database.db
      .select({ interests: persons.interests })
      .from(persons)
      .where(eq(persons.id, me.personId!));
    expect(row!.interests).toEqual(["sport"]);
    const [after] = await database.db.select({ n: count() }).from(auditLog);
    expect(after!.n).toBe(before!.n);
  });

  it("refuses another city's categories and districts per field", async () => {
    const { caller } = await signedIn(a.city.id, "stadt-a", "wrong@a.example");
    const error = await errorOf(
      caller.profile.update({ ...PROFILE, interests: ["surfen"], district: "mitte" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/interests\.0/);
    expect(error.message).toMatch(/district/);
    expect(await caller.profile.get()).toMatchObject({ interests: [], district: null });
  });

  it("answers garbage with 400, never 500", async () => {
    const { caller } = await signedIn(a.city.id, "stadt-a", "garbage@a.example");
    const garbage: unknown[] = [
      null,
      "profil",
      42,
      { interests: "bildung" },
      { interests: [1, 2] },
      { skills: ["x".repeat(61)] },
      { availability: [{ weekday: "montag", from: "9", to: "8" }] },
      { availability: [{ weekday: "mon", from: "12:00", to: "09:00" }] },
      { district: "DROP TABLE persons" },
      { accessibilityNeeds: "x".repeat(501) },
      { availability: Array.from({ length: 22 }, () => PROFILE.availability[0]) },
    ];
    for (const input of garbage) {
      const error = await errorOf(caller.profile.update(input as never));
      expect(error.code, JSON.stringify(input)).toBe("BAD_REQUEST");
    }
    for (const input of [{ needsStepFree: "ja" }, "x", 5, { needsStepFree: null }]) {
      const error = await errorOf(caller.profile.suggestions(input as never));
      expect(error.code, JSON.stringify(input)).toBe("BAD_REQUEST");
    }
  });

  it("ranks the city's open published opportunities with reasons", async () => {
    const { caller } = await signedIn(a.city.id, "stadt-a", "lena@a.example");
    await caller.profile.update(PROFILE);
    const { hasProfile, items } = await caller.profile.suggestions();
    expect(hasProfile).toBe(true);
    expect(items.map((i) => [i.title, i.score])).toEqual([
      // bildung 30 + Monday 15 + 0 km 20 + skill "Vorlesen" 10
      ["Vorlesen in der Stadtbücherei", 75],
      // bildung 30 + Monday 15 + 2.7 km 14.7 − 2 × 10 missing qualifications
      ["Hausaufgabenhilfe Bartenbach", 40],
      // remote 10
      ["Online-Vereinsverwaltung", 10],
    ]);
    expect(items[0]!.reasons).toEqual([
      { kind: "interest", category: "bildung" },
      { kind: "weekday_free", weekday: "mon" },
      { kind: "distance", km: 0 },
      { kind: "skill", skill: "Vorlesen" },
    ]);
    expect(items[1]!.reasons).toContainEqual({
      kind: "missing_qualification",
      qualification: "juleica",
    });
    expect(items[0]).toMatchObject({ organisationName: "Amt A", format: "regular" });
  });

  it("counts valid qualifications and leaves out places with steps on request", async () => {
    const { caller, personId } = await signedIn(a.city.id, "stadt-a", "mia@a.example");
    await caller.profile.update(PROFILE);
    await database.db.insert(qualificationRecords).values([
      {
        cityId: a.city.id,
        personId: personId!,
        typeSlug: "erste-hilfe",
        validFrom: "2025-01-01",
        validUntil: "2027-01-01",
        source: "external",
      },
      {
        cityId: a.city.id,
        personId: personId!,
        typeSlug: "juleica",
        validFrom: "2020-01-01",
        validUntil: "2023-01-01",
        source: "external",
      },
    ]);
    const all = await caller.profile.suggestions({ needsStepFree: false });
    expect(all.items.find((i) => i.title === "Hausaufgabenhilfe Bartenbach")!.score).toBe(50);
    const stepFree = await caller.profile.suggestions({ needsStepFree: true });
    expect(stepFree.items.map((i) => i.title)).toEqual([
      "Vorlesen in der Stadtbücherei",
      "Online-Vereinsverwaltung",
    ]);
    expect(stepFree.items[0]!.reasons).toContainEqual({ kind: "step_free" });
  });

  it("leaves out opportunities the person is too young for", async () => {
    const { caller, personId } = await signedIn(a.city.id, "stadt-a", "kid@a.example");
    await database.db.update(persons).set({ birthYear: 2012 }).where(eq(persons.id, personId!));
    const { hasProfile, items } = await caller.profile.suggestions();
    expect(hasProfile).toBe(false);
    // Every opportunity here asks for at least 16.
    expect(items).toEqual([]);
  });

  it("never shows another city's opportunities or profile", async () => {
    const { caller } = await signedIn(b.city.id, "stadt-b", "vera@b.example");
    await caller.profile.update({ ...PROFILE, interests: ["bildung"] });
    const { items } = await caller.profile.suggestions();
    expect(items.map((i) => i.title)).toEqual(["Andere Stadt Bildung"]);
    // The volunteer of city B asking city A finds no profile there.
    const base = await context("stadt-a");
    const [user] = await database.db
      .select({ id: persons.id })
      .from(persons)
      .where(eq(persons.email, "vera@b.example"));
    const crossing = createCaller({
      ...base,
      actor: {
        kind: "user",
        userId: "00000000-0000-0000-0000-000000000000",
        cityId: a.city.id,
        role: "volunteer",
        organisationId: null,
        personId: user!.id,
      },
      user: {
        userId: "00000000-0000-0000-0000-000000000000",
        email: "vera@b.example",
        displayName: "Vera",
        role: "volunteer",
        organisationId: null,
        organisationName: null,
        personId: user!.id,
      },
    });
    expect((await errorOf(crossing.profile.get())).code).toBe("NOT_FOUND");
    expect((await errorOf(crossing.profile.update(PROFILE))).code).toBe("NOT_FOUND");
    expect((await errorOf(crossing.profile.suggestions())).code).toBe("NOT_FOUND");
  });

  it("is for signed-in volunteers only", async () => {
    const anonymous = createCaller(await context("stadt-a"));
    expect((await errorOf(anonymous.profile.get())).code).toBe("UNAUTHORIZED");
    expect((await errorOf(anonymous.profile.suggestions())).code).toBe("UNAUTHORIZED");
    const staff = await signedIn(a.city.id, "stadt-a", "staff@a.example", "staff");
    expect((await errorOf(staff.caller.profile.update(PROFILE))).code).toBe("FORBIDDEN");
  });
});
