import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import { syncOpportunityShifts } from "@engagiert/db/queries/shifts";
import { opportunities, opportunityShifts, shiftSignups } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, type Context } from "../context.ts";
import { createRequestContext } from "../request.ts";
import { createCaller } from "../root.ts";
import { insertCity, insertUser, opportunityRow, SILENT, TEST_SETTINGS } from "../testing.ts";

const NOW = new Date("2026-11-24T09:00:00Z");
const SHIFT = {
  startsAt: new Date("2026-11-28T08:00:00Z"),
  endsAt: new Date("2026-11-28T11:00:00Z"),
};

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
  );

describe.each(testDatabaseKinds())("shifts on %s", (kind) => {
  let database: TestDatabase;
  let city: Awaited<ReturnType<typeof insertCity>>;
  let opportunityId: string;
  let regularId: string;

  /** A caller acting as a signed-in volunteer (the sign-in itself is tested in auth.test.ts). */
  async function asVolunteer(email: string, now = NOW) {
    const user = await insertUser(database.db, city.city.id, { email, role: "volunteer" });
    const base = await createRequestContext({
      db: database.db,
      citySlug: "stadt-a",
      cookieHeader: null,
      clientAddress: "192.0.2.1",
      settings: TEST_SETTINGS,
      setCookie: () => {},
      log: SILENT,
      now: () => now,
    });
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
      caller: createCaller(ctx),
      personId: user.personId!,
      at: (d: Date) => createCaller({ ...ctx, now: () => d }),
    };
  }

  async function anonymous() {
    return createCaller(
      await createRequestContext({
        db: database.db,
        citySlug: "stadt-a",
        cookieHeader: null,
        clientAddress: "192.0.2.1",
        settings: TEST_SETTINGS,
        setCookie: () => {},
        log: SILENT,
        now: () => NOW,
      }),
    );
  }

  async function newShift(capacity: number) {
    const [row] = await database.db
      .insert(opportunityShifts)
      .values({ cityId: city.city.id, opportunityId, ...SHIFT, capacity })
      .returning();
    return row!.id;
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    city = await insertCity(database.db, "stadt-a");
    const [oneOff, regular] = await database.db
      .insert(opportunities)
      .values([
        opportunityRow(city.city.id, city.orgA.id, {
          title: "Stadtputzete",
          format: "one_off",
          schedule: { format: "one_off", date: "2026-11-28", shifts: [{ ...SHIFT, capacity: 5 }] },
          minimumAge: 16,
        }),
        opportunityRow(city.city.id, city.orgA.id),
      ])
      .returning();
    opportunityId = oneOff!.id;
    regularId = regular!.id;
  });
  afterAll(() => database.drop());

  it("50 concurrent sign-ups for 5 places leave 5 confirmed and 45 waiting", async () => {
    const shiftId = await newShift(5);
    const volunteers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => asVolunteer(`rush${i}@people.example`)),
    );
    const results = await Promise.all(volunteers.map((v) => v.caller.shifts.take({ shiftId })));
    expect(results.filter((r) => r.status === "confirmed")).toHaveLength(5);
    expect(results.filter((r) => r.status === "waiting")).toHaveLength(45);
    const rows = await database.db
      .select()
      .from(shiftSignups)
      .where(eq(shiftSignups.shiftId, shiftId));
    expect(rows.filter((r) => r.status === "confirmed")).toHaveLength(5);
    const list = await (await anonymous()).shifts.list({ opportunityId });
    const shown = list.find((s) => s.id === shiftId)!;
    expect(shown.freePlaces).toBe(0);
    expect(shown.waitingCount).toBe(45);
  });

  it("gives a cancelled place to the first who waits and writes to them", async () => {
    const shiftId = await newShift(1);
    const first = await asVolunteer("erste@people.example");
    const second = await asVolunteer("zweite@people.example");
    const third = await asVolunteer("dritte@people.example");
    expect((await first.caller.shifts.take({ shiftId })).status).toBe("confirmed");
    expect((await second.at(new Date(NOW.getTime() + 1000)).shifts.take({ shiftId })).status).toBe(
      "waiting",
    );
    expect((await third.at(new Date(NOW.getTime() + 2000)).shifts.take({ shiftId })).status).toBe(
      "waiting",
    );
    expect(await codeOf(first.caller.shifts.take({ shiftId }))).toBe("CONFLICT");

    expect(await first.caller.shifts.cancel({ shiftId })).toEqual({
      cancelled: true,
      promoted: true,
    });
    const mine = await second.caller.shifts.mine({ limit: 10 });
    expect(mine.items.map((i) => i.status)).toEqual(["confirmed"]);
    expect(mine.items[0]!.calendarUrl).toContain(`/api/calendar/shift/${shiftId}.ics`);
    const mails = await mailsTo(database.db, cityScope(city.city.id), "zweite@people.example");
    expect(mails.map((m) => m.kind)).toContain("shift_promoted");
    expect((await third.caller.shifts.mine({ limit: 10 })).items[0]!.status).toBe("waiting");
    expect((await first.caller.shifts.mine({ limit: 10 })).items).toEqual([]);
    // Cancelling a place on the waiting list frees nothing.
    expect(await third.caller.shifts.cancel({ shiftId })).toEqual({
      cancelled: true,
      promoted: false,
    });
    expect(await codeOf(third.caller.shifts.cancel({ shiftId }))).toBe("NOT_FOUND");
  });

  it("refuses to take or cancel a shift that has begun", async () => {
    const shiftId = await newShift(3);
    const v = await asVolunteer("spaet@people.example");
    await v.caller.shifts.take({ shiftId });
    const later = v.at(SHIFT.startsAt);
    expect(await codeOf(later.shifts.cancel({ shiftId }))).toBe("CONFLICT");
    const other = await asVolunteer("zuspaet@people.example", SHIFT.startsAt);
    expect(await codeOf(other.caller.shifts.take({ shiftId }))).toBe("CONFLICT");
  });

  it("asks for sign-in, and lists only shifts of published one-off opportunities", async () => {
    const shiftId = await newShift(3);
    const anon = await anonymous();
    expect(await codeOf(anon.shifts.take({ shiftId }))).toBe("UNAUTHORIZED");
    expect(await codeOf(anon.shifts.mine({ limit: 5 }))).toBe("UNAUTHORIZED");
    expect(await codeOf(anon.shifts.list({ opportunityId: regularId }))).toBe("NOT_FOUND");
    await database.db
      .update(opportunities)
      .set({ status: "paused" })
      .where(eq(opportunities.id, opportunityId));
    const v = await asVolunteer("pause@people.example");
    expect(await codeOf(v.caller.shifts.take({ shiftId }))).toBe("NOT_FOUND");
    expect(await codeOf(anon.shifts.list({ opportunityId }))).toBe("NOT_FOUND");
    await database.db
      .update(opportunities)
      .set({ status: "published" })
      .where(eq(opportunities.id, opportunityId));
  });

  it("answers garbage with 400", async () => {
    const v = await asVolunteer("garbage@people.example");
    for (const input of [undefined, null, 42, "x", {}, { shiftId: "nope" }, { shiftId: [] }]) {
      expect(await codeOf(v.caller.shifts.take(input as never))).toBe("BAD_REQUEST");
      expect(await codeOf(v.caller.shifts.cancel(input as never))).toBe("BAD_REQUEST");
      expect(await codeOf(v.caller.shifts.list(input as never))).toBe("BAD_REQUEST");
    }
    expect(await codeOf(v.caller.shifts.mine({ limit: 1000 }))).toBe("BAD_REQUEST");
  });

  it("keeps shift rows in line with the schedule, sparing shifts with sign-ups", async () => {
    const scope = cityScope(city.city.id);
    const [opp] = await database.db
      .insert(opportunities)
      .values(opportunityRow(city.city.id, city.orgA.id, { title: "Sync", format: "one_off" }))
      .returning();
    const morning = { ...SHIFT, capacity: 4 };
    const afternoon = {
      startsAt: new Date("2026-11-28T12:00:00Z"),
      endsAt: new Date("2026-11-28T15:00:00Z"),
      capacity: 2,
    };
    await syncOpportunityShifts(database.db, scope, opp!.id, [morning, afternoon]);
    const rowsOf = () =>
      database.db
        .select()
        .from(opportunityShifts)
        .where(and(eq(opportunityShifts.opportunityId, opp!.id)))
        .orderBy(opportunityShifts.startsAt);
    const first = await rowsOf();
    expect(first.map((r) => r.capacity)).toEqual([4, 2]);
    const v = await asVolunteer("sync@people.example");
    await database.db.insert(shiftSignups).values({
      cityId: city.city.id,
      shiftId: first[0]!.id,
      personId: v.personId,
      status: "confirmed",
    });
    // Both shifts leave the schedule; the morning keeps its row for the person signed up.
    await syncOpportunityShifts(database.db, scope, opp!.id, [
      { ...afternoon, startsAt: new Date("2026-11-28T13:00:00Z") },
    ]);
    const second = await rowsOf();
    expect(second.map((r) => r.id)).toContain(first[0]!.id);
    expect(second.map((r) => r.id)).not.toContain(first[1]!.id);
    expect(second).toHaveLength(2);
  });
});
