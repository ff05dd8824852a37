import { networkEventRegistrations } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  eventInput,
  later,
  networkFixture,
  reasonOf,
  type Member,
} from "./network-event-fixture.ts";

describe.each(testDatabaseKinds())("places at network events on %s", (kind) => {
  let database: TestDatabase;
  const fx = networkFixture(() => database);
  let organiser: Member;

  beforeAll(async () => {
    // Enough connections that registrations really run side by side on PostgreSQL.
    database = await createTestDatabase(kind, { max: 20 });
    await fx.setUp();
    organiser = await fx.member("stadt-a", "koordination@stadt-a.example", "coordinator");
  });
  afterAll(() => database.drop());

  /** Members of both cities, each registering at their own moment (`i` seconds after NOW). */
  async function members(prefix: string, count: number) {
    return Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const slug = i % 2 === 0 ? "stadt-a" : "stadt-b";
        const m = await fx.member(slug, `${prefix}${i}@${slug}.example`, "network_member");
        return { ...m, slug, i, now: later(i * 1000) };
      }),
    );
  }

  const liveRows = (eventId: string) =>
    database.db
      .select()
      .from(networkEventRegistrations)
      .where(eq(networkEventRegistrations.eventId, eventId))
      .orderBy(asc(networkEventRegistrations.queuedAt));

  it("20 parallel registrations for 4 places leave exactly 4 confirmed and 16 waiting in order", async () => {
    const eventId = await fx.publishedEvent("stadt-a", organiser.userId, { capacity: 4 });
    const crowd = await members("andrang", 20);
    const results = await Promise.all(
      crowd.map((m) => m.at(m.now).networkEvents.register({ eventId })),
    );
    expect(results.filter((r) => r.status === "confirmed")).toHaveLength(4);
    expect(results.filter((r) => r.status === "waiting")).toHaveLength(16);
    const rows = await liveRows(eventId);
    expect(rows.filter((r) => r.status === "confirmed")).toHaveLength(4);

    // Each waiting member holds one place in the line, in the order they registered.
    const views = await Promise.all(
      crowd.map(async (m) => ({ m, view: await m.caller.networkEvents.get({ eventId }) })),
    );
    const line = views
      .filter((v) => v.view.myRegistration?.status === "waiting")
      .sort(
        (a, b) => a.view.myRegistration!.waitingPosition! - b.view.myRegistration!.waitingPosition!,
      );
    expect(line.map((v) => v.view.myRegistration!.waitingPosition)).toEqual(
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
    expect(line.map((v) => v.m.i)).toEqual([...line.map((v) => v.m.i)].sort((a, b) => a - b));
    const shown = await (await fx.visitor()).networkEvents.get({ eventId });
    expect([shown.freePlaces, shown.waitingCount]).toEqual([0, 16]);

    // A freed place goes to the first in line, who is told by e-mail in their own city.
    const leaving = views.find((v) => v.view.myRegistration?.status === "confirmed")!.m;
    expect(await leaving.caller.networkEvents.cancelRegistration({ eventId })).toEqual({
      cancelled: true,
      movedUp: 1,
    });
    const first = line[0]!.m;
    expect((await first.caller.networkEvents.get({ eventId })).myRegistration).toEqual({
      status: "confirmed",
      waitingPosition: null,
    });
    const mail = await fx.mailOf(first.slug, first.email, "network_event_moved_up");
    expect(mail?.subject).toMatch(/^Sie sind nachgerückt – /);
    expect(mail?.bodyText).toContain("Online-Link: https://meet.example.org/austausch");
    expect(mail?.bodyText).toContain(`/api/network/events/${eventId}.ics`);
    const other = first.slug === "stadt-a" ? "stadt-b" : "stadt-a";
    expect(await fx.mailKinds(other, first.email)).toEqual([]);
    expect(
      (await line[1]!.m.caller.networkEvents.get({ eventId })).myRegistration?.waitingPosition,
    ).toBe(1);
    const after = await (await fx.visitor()).networkEvents.get({ eventId });
    expect([after.freePlaces, after.waitingCount]).toEqual([0, 15]);
  });

  it("moves no one up when a waiting member leaves, and lets a member come back at the end", async () => {
    const eventId = await fx.publishedEvent("stadt-a", organiser.userId, { capacity: 1 });
    const [anna, ben, cara] = await members("kurz", 3);
    for (const m of [anna!, ben!, cara!]) await m.at(m.now).networkEvents.register({ eventId });
    expect(await reasonOf(anna!.caller.networkEvents.register({ eventId }))).toBe(
      "already_registered",
    );
    expect(await ben!.caller.networkEvents.cancelRegistration({ eventId })).toEqual({
      cancelled: true,
      movedUp: 0,
    });
    expect(
      (await cara!.caller.networkEvents.get({ eventId })).myRegistration?.waitingPosition,
    ).toBe(1);
    expect(await ben!.at(later(10_000)).networkEvents.register({ eventId })).toMatchObject({
      status: "waiting",
      waitingPosition: 2,
    });
  });

  it("fills places added by the organiser from the waiting list, and refuses fewer than taken", async () => {
    const { id: eventId } = await organiser.caller.networkEvents.save(eventInput({ capacity: 1 }));
    await organiser.caller.networkEvents.publish({ eventId });
    const crowd = await members("mehr", 4);
    for (const m of crowd) await m.at(m.now).networkEvents.register({ eventId });

    const error = await organiser.caller.networkEvents
      .save({ ...eventInput({ capacity: 1 }), id: eventId, capacity: 0 })
      .catch((e: unknown) => e);
    expect(String(error)).toContain("Mindestens 1 Platz");
    expect(
      await reasonOf(
        organiser.caller.networkEvents.save({ ...eventInput(), id: eventId, capacity: 3 }),
      ),
    ).toBe("OK");
    const statuses = (await liveRows(eventId)).map((r) => r.status);
    expect(statuses).toEqual(["confirmed", "confirmed", "confirmed", "waiting"]);
    expect(await fx.mailKinds(crowd[1]!.slug, crowd[1]!.email)).toEqual([
      "network_event_moved_up",
      "network_event_waiting",
    ]);
    const fewer = await organiser.caller.networkEvents
      .save({ ...eventInput(), id: eventId, capacity: 2 })
      .catch((e: { code?: string; message?: string }) => e);
    expect(fewer).toMatchObject({ code: "BAD_REQUEST" });
    expect((fewer as Error).message).toContain("Es sind schon 3 Plätze vergeben");
  });
});
