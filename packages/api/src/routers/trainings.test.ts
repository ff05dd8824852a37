import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import { trainingRegistrations, trainings, trainingSessions } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ZodError } from "zod";
import { actorFor, type Context } from "../context.ts";
import { fieldErrorsOf } from "../errors.ts";
import { createRequestContext } from "../request.ts";
import { createCaller } from "../root.ts";
import { insertCity, insertUser, SILENT, TEST_SETTINGS } from "../testing.ts";
import { promoteAndNotify } from "./trainings.ts";

const NOW = new Date("2026-11-24T09:00:00Z");
const FIRST = {
  startsAt: new Date("2026-12-05T08:00:00Z"),
  endsAt: new Date("2026-12-05T15:00:00Z"),
};
const SECOND = {
  startsAt: new Date("2026-12-12T08:00:00Z"),
  endsAt: new Date("2026-12-12T15:00:00Z"),
};
const DEADLINE = new Date("2026-12-01T23:00:00Z");
const later = (ms: number) => new Date(NOW.getTime() + ms);

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
  );
const reasonOf = async (promise: Promise<unknown>) => {
  const cause = (await errorOf(promise)).cause as { reason?: string } | undefined;
  return cause?.reason;
};

describe.each(testDatabaseKinds())("trainings on %s", (kind) => {
  let database: TestDatabase;
  let city: Awaited<ReturnType<typeof insertCity>>;
  let other: Awaited<ReturnType<typeof insertCity>>;
  let creatorId: string;
  let otherCreatorId: string;

  async function contextFor(slug: string, now: Date) {
    return createRequestContext({
      db: database.db,
      citySlug: slug,
      cookieHeader: null,
      clientAddress: "192.0.2.1",
      settings: TEST_SETTINGS,
      setCookie: () => {},
      log: SILENT,
      now: () => now,
    });
  }

  /** A caller acting as a signed-in volunteer (the sign-in itself is tested in auth.test.ts). */
  async function asVolunteer(email: string, now = NOW) {
    const user = await insertUser(database.db, city.city.id, { email, role: "volunteer" });
    const base = await contextFor("stadt-a", now);
    const sessionUser = {
      userId: user.id,
      email,
      displayName: email,
      role: "volunteer" as const,
      organisationId: null,
      organisationName: null,
      personId: user.personId,
    };
    const ctx: Context = { ...base, user: sessionUser, actor: actorFor(base.city, sessionUser) };
    return {
      email,
      ctx,
      caller: createCaller(ctx),
      at: (d: Date) => createCaller({ ...ctx, now: () => d }),
    };
  }

  const anonymous = async (slug = "stadt-a") => createCaller(await contextFor(slug, NOW));

  async function newTraining(
    overrides: Partial<typeof trainings.$inferInsert> = {},
    cityId = city.city.id,
  ) {
    const [row] = await database.db
      .insert(trainings)
      .values({
        cityId,
        title: "Erste Hilfe für Engagierte",
        description: "Was im Notfall zu tun ist, in zwei Tagen mit viel Übung.",
        topic: "erste-hilfe",
        trainer: "Deutsches Rotes Kreuz",
        place: "Rathaus, Saal 2",
        onlineUrl: null,
        capacity: 5,
        registrationDeadline: DEADLINE,
        status: "published",
        startsAt: FIRST.startsAt,
        publishedAt: NOW,
        createdByUserId: cityId === city.city.id ? creatorId : otherCreatorId,
        ...overrides,
      })
      .returning();
    await database.db.insert(trainingSessions).values([
      { cityId, trainingId: row!.id, ...FIRST, units: 8 },
      { cityId, trainingId: row!.id, ...SECOND, units: 8 },
    ]);
    return row!.id;
  }

  beforeAll(async () => {
    // Enough connections that registrations really run side by side on PostgreSQL.
    database = await createTestDatabase(kind, { max: 20 });
    city = await insertCity(database.db, "stadt-a");
    other = await insertCity(database.db, "stadt-b");
    creatorId = (
      await insertUser(database.db, city.city.id, {
        email: "koordination@stadt-a.example",
        role: "coordinator",
      })
    ).id;
    otherCreatorId = (
      await insertUser(database.db, other.city.id, {
        email: "koordination@stadt-b.example",
        role: "coordinator",
      })
    ).id;
  });
  afterAll(() => database.drop());

  it("30 concurrent registrations for 5 places leave 5 confirmed and 25 waiting in order", async () => {
    const trainingId = await newTraining({ title: "Andrang", capacity: 5 });
    const volunteers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => asVolunteer(`andrang${i}@people.example`, later(i))),
    );
    const results = await Promise.all(
      volunteers.map((v) => v.caller.trainings.register({ trainingId })),
    );
    expect(results.filter((r) => r.status === "confirmed")).toHaveLength(5);
    expect(results.filter((r) => r.status === "waiting")).toHaveLength(25);
    const rows = await database.db
      .select()
      .from(trainingRegistrations)
      .where(eq(trainingRegistrations.trainingId, trainingId));
    expect(rows.filter((r) => r.status === "confirmed")).toHaveLength(5);

    // Each waiting person holds one place in the line, in order of registration.
    const waiting = await Promise.all(
      volunteers.map(async (v, i) => ({
        i,
        v,
        view: await v.caller.trainings.get({ trainingId }),
      })),
    );
    const line = waiting
      .filter((w) => w.view.myRegistration?.status === "waiting")
      .sort(
        (a, b) => a.view.myRegistration!.waitingPosition! - b.view.myRegistration!.waitingPosition!,
      );
    expect(line.map((w) => w.view.myRegistration!.waitingPosition)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
    expect(line.map((w) => w.i)).toEqual([...line.map((w) => w.i)].sort((a, b) => a - b));
    const shown = await (await anonymous()).trainings.get({ trainingId });
    expect(shown.freePlaces).toBe(0);
    expect(shown.waitingCount).toBe(25);
    expect(shown.myRegistration).toBeNull();
    const open = await (await anonymous()).trainings.calendar({ onlyWithPlaces: true, limit: 50 });
    expect(open.items.map((i) => i.id)).not.toContain(trainingId);

    // A cancellation gives the place to the first in line, who gets an e-mail.
    const leaving = waiting.find((w) => w.view.myRegistration?.status === "confirmed")!;
    expect(await leaving.v.caller.trainings.cancel({ trainingId })).toEqual({
      cancelled: true,
      promoted: 1,
    });
    const first = line[0]!.v;
    expect((await first.caller.trainings.get({ trainingId })).myRegistration?.status).toBe(
      "confirmed",
    );
    const mails = await mailsTo(database.db, cityScope(city.city.id), first.email);
    const promotedMail = mails.find((m) => m.kind === "training_promoted");
    expect(promotedMail?.bodyText).toContain(`/api/calendar/training/${trainingId}.ics`);
    expect(
      (await line[1]!.v.caller.trainings.get({ trainingId })).myRegistration?.waitingPosition,
    ).toBe(1);
    const afterwards = await (await anonymous()).trainings.get({ trainingId });
    expect([afterwards.freePlaces, afterwards.waitingCount]).toEqual([0, 24]);
  });

  it("writes to each person: confirmed, waiting, moved up and cancelled", async () => {
    const trainingId = await newTraining({ title: "Datenschutz kompakt", capacity: 1 });
    const anna = await asVolunteer("anna@people.example");
    const ben = await asVolunteer("ben@people.example", later(1000));
    const cara = await asVolunteer("cara@people.example", later(2000));
    expect((await anna.caller.trainings.register({ trainingId })).status).toBe("confirmed");
    expect(await ben.caller.trainings.register({ trainingId })).toMatchObject({
      status: "waiting",
      waitingPosition: 1,
    });
    expect((await cara.caller.trainings.register({ trainingId })).waitingPosition).toBe(2);
    expect(await reasonOf(anna.caller.trainings.register({ trainingId }))).toBe(
      "already_registered",
    );

    expect(await anna.caller.trainings.cancel({ trainingId })).toEqual({
      cancelled: true,
      promoted: 1,
    });
    const kinds = async (email: string) =>
      (await mailsTo(database.db, cityScope(city.city.id), email)).map((m) => m.kind).sort();
    expect(await kinds("anna@people.example")).toEqual([
      "training_confirmed",
      "training_registration_cancelled",
    ]);
    expect(await kinds("ben@people.example")).toEqual(["training_promoted", "training_waiting"]);
    expect(await kinds("cara@people.example")).toEqual(["training_waiting"]);

    const mine = await ben.caller.trainings.mine({ limit: 10 });
    expect(mine.items.map((i) => [i.title, i.status])).toEqual([
      ["Datenschutz kompakt", "confirmed"],
    ]);
    expect(mine.items[0]!.sessionCount).toBe(2);
    expect((await anna.caller.trainings.mine({ limit: 10 })).items).toEqual([]);
    // Leaving the waiting list frees no place; a second cancel finds nothing.
    expect(await cara.caller.trainings.cancel({ trainingId })).toEqual({
      cancelled: true,
      promoted: 0,
    });
    expect(await codeOf(cara.caller.trainings.cancel({ trainingId }))).toBe("NOT_FOUND");
    // After cancelling, registering again is possible and joins the end of the line.
    expect((await anna.at(later(5000)).trainings.register({ trainingId })).status).toBe("waiting");
  });

  it("fills every place freed by a raised capacity from the waiting list, in order", async () => {
    const trainingId = await newTraining({ title: "Mehr Plätze", capacity: 1 });
    const people = await Promise.all(
      [0, 1, 2, 3].map((i) => asVolunteer(`mehr${i}@people.example`, later(i * 1000))),
    );
    for (const p of people) await p.caller.trainings.register({ trainingId });
    await database.db.update(trainings).set({ capacity: 3 }).where(eq(trainings.id, trainingId));
    const ctx = people[0]!.ctx;
    const promoted = await database.db.transaction((tx) =>
      promoteAndNotify(tx, ctx, trainingId, later(10_000)),
    );
    expect(promoted.map((p) => p.email)).toEqual(["mehr1@people.example", "mehr2@people.example"]);
    const statuses = await Promise.all(
      people.map(async (p) => (await p.caller.trainings.get({ trainingId })).myRegistration),
    );
    expect(statuses.map((s) => s?.status)).toEqual([
      "confirmed",
      "confirmed",
      "confirmed",
      "waiting",
    ]);
    expect(statuses[3]?.waitingPosition).toBe(1);
  });

  it("refuses after the deadline and once the training has begun", async () => {
    const trainingId = await newTraining({ title: "Fristen" });
    const early = await asVolunteer("frueh@people.example");
    await early.caller.trainings.register({ trainingId });
    const late = await asVolunteer("spaet@people.example", DEADLINE);
    expect(await reasonOf(late.caller.trainings.register({ trainingId }))).toBe("deadline_passed");
    expect(await reasonOf(late.at(FIRST.startsAt).trainings.register({ trainingId }))).toBe(
      "training_started",
    );
    // Cancelling stays possible after the deadline, until the first session begins.
    const started = early.at(FIRST.startsAt);
    expect(await codeOf(started.trainings.cancel({ trainingId }))).toBe("CONFLICT");
    expect(await reasonOf(started.trainings.cancel({ trainingId }))).toBe("training_started");
    expect((await early.at(DEADLINE).trainings.cancel({ trainingId })).cancelled).toBe(true);
    const view = await (await anonymous()).trainings.get({ trainingId });
    expect(view.closedReason).toBeNull();
    const calendar = await late.caller.trainings.calendar({ onlyWithPlaces: true });
    expect(calendar.items.map((i) => i.id)).not.toContain(trainingId);
  });

  it("shows only published trainings of the request's city", async () => {
    const draftId = await newTraining({ title: "Entwurf", status: "draft" });
    const foreignId = await newTraining({ title: "Fremde Stadt" }, other.city.id);
    const anon = await anonymous();
    const all = await anon.trainings.calendar({ limit: 50 });
    const titles = all.items.map((i) => i.title);
    expect(titles).not.toContain("Entwurf");
    expect(titles).not.toContain("Fremde Stadt");
    expect(await codeOf(anon.trainings.get({ trainingId: foreignId }))).toBe("NOT_FOUND");
    expect(await codeOf(anon.trainings.get({ trainingId: draftId }))).toBe("NOT_FOUND");
    const v = await asVolunteer("fremd@people.example");
    expect(await codeOf(v.caller.trainings.register({ trainingId: foreignId }))).toBe("NOT_FOUND");
    expect(await codeOf(v.caller.trainings.register({ trainingId: draftId }))).toBe("NOT_FOUND");
    const there = await (await anonymous("stadt-b")).trainings.calendar({});
    expect(there.items.map((i) => i.title)).toEqual(["Fremde Stadt"]);
  });

  it("filters by topic, dates and free places, and pages by start", async () => {
    const online = await newTraining({
      title: "Digital arbeiten",
      topic: "digitales",
      place: null,
      onlineUrl: "https://meet.example/raum",
      startsAt: new Date("2027-01-15T17:00:00Z"),
    });
    const anon = await anonymous();
    const digital = await anon.trainings.calendar({ topic: "digitales" });
    expect(digital.items.map((i) => i.id)).toEqual([online]);
    expect(digital.items[0]).toMatchObject({ isOnline: true, place: null, sessionCount: 2 });
    expect(digital.items[0]).not.toHaveProperty("onlineUrl");
    expect((await anon.trainings.get({ trainingId: online })).onlineUrl).toBeNull();
    const v = await asVolunteer("online@people.example");
    await v.caller.trainings.register({ trainingId: online });
    expect((await v.caller.trainings.get({ trainingId: online })).onlineUrl).toBe(
      "https://meet.example/raum",
    );
    const january = await anon.trainings.calendar({ from: "2027-01-15", to: "2027-01-15" });
    expect(january.items.map((i) => i.id)).toEqual([online]);
    expect((await anon.trainings.calendar({ from: "2027-01-16" })).items).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } =
        await anon.trainings.calendar({ limit: 2, cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    const everything = await anon.trainings.calendar({ limit: 50 });
    expect(seen).toEqual(everything.items.map((i) => i.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("makes a personal feed address and replaces it on request", async () => {
    const v = await asVolunteer("feed@people.example");
    expect((await v.caller.trainings.feedStatus()).feed).toBeNull();
    const first = await v.caller.trainings.feedLink();
    expect(first.url).toMatch(/\/api\/calendar\/feed\/[\w-]{43}\.ics\?city=stadt-a$/);
    const second = await v.caller.trainings.feedLink();
    expect(second.url).not.toBe(first.url);
    expect((await v.caller.trainings.feedStatus()).feed?.createdAt).toEqual(second.createdAt);
    expect(await codeOf((await anonymous()).trainings.feedLink())).toBe("UNAUTHORIZED");
  });

  it("asks for sign-in and answers bad input with errors per field", async () => {
    const trainingId = await newTraining({ title: "Eingaben" });
    const anon = await anonymous();
    expect(await codeOf(anon.trainings.register({ trainingId }))).toBe("UNAUTHORIZED");
    expect(await codeOf(anon.trainings.mine({ limit: 5 }))).toBe("UNAUTHORIZED");
    const error = await errorOf(
      anon.trainings.calendar({
        topic: "kochen",
        from: "1.12.2026",
        limit: 500,
      } as never),
    );
    expect(error.code).toBe("BAD_REQUEST");
    const fields = fieldErrorsOf(error.cause as ZodError);
    expect(Object.keys(fields).sort()).toEqual(["from", "limit", "topic"]);
    expect(fields.from?.[0]).toContain("JJJJ-MM-TT");
    const span = await errorOf(anon.trainings.calendar({ from: "2026-12-10", to: "2026-12-01" }));
    expect(fieldErrorsOf(span.cause as ZodError).to?.[0]).toContain("Enddatum");
    const v = await asVolunteer("garbage@people.example");
    for (const input of [undefined, null, 42, "x", {}, { trainingId: "nope" }]) {
      expect(await codeOf(v.caller.trainings.register(input as never))).toBe("BAD_REQUEST");
      expect(await codeOf(v.caller.trainings.cancel(input as never))).toBe("BAD_REQUEST");
      expect(await codeOf(v.caller.trainings.get(input as never))).toBe("BAD_REQUEST");
    }
    expect(await codeOf(v.caller.trainings.mine({ limit: 1000 }))).toBe("BAD_REQUEST");
  });
});
