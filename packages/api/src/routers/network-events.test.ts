import { networkEventRegistrations } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  codeOf,
  DEADLINE,
  eventInput,
  networkFixture,
  NOW,
  reasonOf,
  START,
  type Member,
} from "./network-event-fixture.ts";

describe.each(testDatabaseKinds())("network events on %s", (kind) => {
  let database: TestDatabase;
  const fx = networkFixture(() => database);
  let coordA: Member;
  let memberA: Member;
  let adminA: Member;
  let coordB: Member;
  let memberB: Member;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await fx.setUp();
    coordA = await fx.member("stadt-a", "koordination@stadt-a.example", "coordinator");
    memberA = await fx.member("stadt-a", "netzwerk@stadt-a.example", "network_member");
    adminA = await fx.member("stadt-a", "netzwerk-admin@stadt-a.example", "network_admin");
    coordB = await fx.member("stadt-b", "koordination@stadt-b.example", "coordinator");
    memberB = await fx.member("stadt-b", "ayla.demir@stadt-b.example", "network_member");
  });
  afterAll(() => database.drop());

  it("keeps a draft with its city until it is published", async () => {
    const { id: eventId } = await coordA.caller.networkEvents.save(
      eventInput({ title: "Entwurf: Austausch Ehrenamtsbörsen" }),
    );
    // The own city's voices and the network's admins see it; no one else does.
    expect((await memberA.caller.networkEvents.get({ eventId })).status).toBe("draft");
    expect((await adminA.caller.networkEvents.get({ eventId })).isOrganiser).toBe(true);
    for (const caller of [coordB.caller, memberB.caller, await fx.visitor()]) {
      expect(await codeOf(caller.networkEvents.get({ eventId }))).toBe("NOT_FOUND");
    }
    expect(await codeOf(coordB.caller.networkEvents.forEdit({ eventId }))).toBe("NOT_FOUND");
    expect(await codeOf(coordB.caller.networkEvents.participants({ eventId }))).toBe("NOT_FOUND");
    expect(await codeOf(coordB.caller.networkEvents.publish({ eventId }))).toBe("NOT_FOUND");
    expect(await codeOf(coordB.caller.networkEvents.save({ ...eventInput(), id: eventId }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(memberB.caller.networkEvents.register({ eventId }))).toBe("NOT_FOUND");
    const organisedB = await coordB.caller.networkEvents.organised({ limit: 50 });
    expect(organisedB.items.map((i) => i.id)).not.toContain(eventId);
    const organisedA = await memberA.caller.networkEvents.organised({ limit: 50 });
    expect(organisedA.items.map((i) => i.id)).toContain(eventId);
    const all = await adminA.caller.networkEvents.list({ limit: 50 });
    expect(all.items.map((i) => i.id)).not.toContain(eventId);
    // Registering for one's own draft is refused with its reason.
    expect(await reasonOf(memberA.caller.networkEvents.register({ eventId }))).toBe(
      "event_not_published",
    );

    await coordA.caller.networkEvents.publish({ eventId });
    expect((await memberB.caller.networkEvents.get({ eventId })).status).toBe("published");
    const listed = await (await fx.visitor("stadt-b")).networkEvents.list({ limit: 50 });
    expect(listed.items.map((i) => i.id)).toContain(eventId);
    // Published, it is still the organiser city's to change.
    expect(await reasonOf(coordB.caller.networkEvents.forEdit({ eventId }))).toBe(
      "event_other_city",
    );
    expect(await codeOf(coordB.caller.networkEvents.save({ ...eventInput(), id: eventId }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(coordB.caller.networkEvents.cancel({ eventId }))).toBe("FORBIDDEN");
    expect(await reasonOf(coordA.caller.networkEvents.publish({ eventId }))).toBe(
      "event_not_draft",
    );
  });

  it("shows registrations to the organiser of the event only, never to another city", async () => {
    const eventId = await fx.publishedEvent("stadt-a", coordA.userId, {
      title: "Regionaltreffen mit Anmeldung",
    });
    await memberB.caller.networkEvents.register({ eventId });
    await coordA.at(new Date(NOW.getTime() + 1000)).networkEvents.register({ eventId });

    const list = await coordA.caller.networkEvents.participants({ eventId, limit: 10 });
    expect(list.items.map((p) => [p.name, p.cityName, p.status])).toEqual([
      [memberB.name, "Teststadt stadt-b", "confirmed"],
      [coordA.name, "Teststadt stadt-a", "confirmed"],
    ]);
    expect(list.counts).toEqual({ confirmed: 2, waiting: 0, cancelled: 0 });
    expect(await codeOf(coordB.caller.networkEvents.participants({ eventId }))).toBe("FORBIDDEN");
    expect(await codeOf(memberB.caller.networkEvents.participantsCsv({ eventId }))).toBe(
      "FORBIDDEN",
    );

    // The public view counts places and names no one; each member sees only their own status.
    const shown = await (await fx.visitor("stadt-b")).networkEvents.get({ eventId });
    expect(JSON.stringify(shown)).not.toContain(memberB.email);
    expect(JSON.stringify(shown)).not.toContain(memberB.name);
    expect(shown).toMatchObject({ freePlaces: 28, myRegistration: null, onlineUrl: null });
    expect((await memberB.caller.networkEvents.get({ eventId })).myRegistration?.status).toBe(
      "confirmed",
    );
    expect((await memberA.caller.networkEvents.get({ eventId })).myRegistration).toBeNull();
    const fromB = await memberB.caller.networkEvents.list({ limit: 50 });
    expect(fromB.items.find((i) => i.id === eventId)?.myStatus).toBe("confirmed");
    const fromA = await memberA.caller.networkEvents.list({ limit: 50 });
    expect(fromA.items.find((i) => i.id === eventId)?.myStatus).toBeNull();
    // The online room only for those who hold a place, and for the organisers.
    expect((await memberB.caller.networkEvents.get({ eventId })).onlineUrl).toBe(
      "https://meet.example.org/austausch",
    );
    expect((await memberA.caller.networkEvents.get({ eventId })).onlineUrl).toBe(
      "https://meet.example.org/austausch",
    );
    expect((await coordB.caller.networkEvents.get({ eventId })).onlineUrl).toBeNull();
  });

  it("leaves the national meeting to the network's admins", async () => {
    const national = eventInput({ kind: "national_meeting", title: "Bundesnetzwerktreffen 2027" });
    expect(await reasonOf(coordA.caller.networkEvents.save(national))).toBe("event_admin_only");
    const { id: eventId } = await adminA.caller.networkEvents.save(national);
    // The admins' draft stays with them, even within their own city.
    expect(await codeOf(coordA.caller.networkEvents.get({ eventId }))).toBe("NOT_FOUND");
    expect(await codeOf(coordA.caller.networkEvents.publish({ eventId }))).toBe("NOT_FOUND");
    await adminA.caller.networkEvents.publish({ eventId });
    expect(await reasonOf(coordA.caller.networkEvents.forEdit({ eventId }))).toBe(
      "event_admin_only",
    );
    expect(await reasonOf(coordA.caller.networkEvents.cancel({ eventId }))).toBe(
      "event_admin_only",
    );
    expect(await reasonOf(coordA.caller.networkEvents.participants({ eventId }))).toBe(
      "event_admin_only",
    );
    // Changing an exchange meeting into a national one is the admins' too.
    const { id: own } = await coordA.caller.networkEvents.save(eventInput());
    expect(await reasonOf(coordA.caller.networkEvents.save({ ...national, id: own }))).toBe(
      "event_admin_only",
    );
    expect((await coordA.caller.networkEvents.organised({ limit: 50 })).mayAnnounceNational).toBe(
      false,
    );
  });

  it("lets only network voices announce and only network members register", async () => {
    const staff = await fx.member("stadt-a", "amt@stadt-a.example", "staff");
    const volunteer = await fx.member("stadt-a", "lena@people.example", "volunteer");
    const eventId = await fx.publishedEvent("stadt-a", coordA.userId);
    expect(await codeOf(staff.caller.networkEvents.save(eventInput()))).toBe("FORBIDDEN");
    expect(await codeOf(staff.caller.networkEvents.organised({}))).toBe("FORBIDDEN");
    expect((await staff.caller.networkEvents.register({ eventId })).status).toBe("confirmed");
    expect(await codeOf(volunteer.caller.networkEvents.register({ eventId }))).toBe("FORBIDDEN");
    expect(await codeOf((await fx.visitor()).networkEvents.register({ eventId }))).toBe(
      "UNAUTHORIZED",
    );
  });

  it("names each wrong field of the editor", async () => {
    const error = await coordA.caller.networkEvents
      .save(
        eventInput({
          kind: "regional_meeting",
          place: null,
          onlineUrl: null,
          registrationDeadline: new Date(START.getTime() + 60_000),
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    // The deadline may be the start itself.
    const saved = await coordA.caller.networkEvents.save(
      eventInput({ registrationDeadline: START }),
    );
    const view = await coordA.caller.networkEvents.forEdit({ eventId: saved.id });
    expect(view.input.registrationDeadline).toEqual(START);
  });

  it("refuses registrations after the deadline and once the event has begun", async () => {
    const eventId = await fx.publishedEvent("stadt-a", coordA.userId, { title: "Fristen" });
    expect((await memberB.at(DEADLINE).networkEvents.register({ eventId })).status).toBe(
      "confirmed",
    );
    const late = new Date(DEADLINE.getTime() + 60_000);
    expect(await reasonOf(memberA.at(late).networkEvents.register({ eventId }))).toBe(
      "deadline_passed",
    );
    expect(await codeOf(memberA.at(late).networkEvents.register({ eventId }))).toBe("CONFLICT");
    expect(await reasonOf(memberA.at(START).networkEvents.register({ eventId }))).toBe(
      "event_started",
    );
    expect((await memberA.at(late).networkEvents.get({ eventId })).closedReason).toBe(
      "deadline_passed",
    );
    // Cancelling stays possible after the deadline, until the event begins.
    expect(await reasonOf(memberB.at(START).networkEvents.cancelRegistration({ eventId }))).toBe(
      "event_started",
    );
    expect((await memberB.at(late).networkEvents.cancelRegistration({ eventId })).cancelled).toBe(
      true,
    );
    expect(await reasonOf(memberB.caller.networkEvents.cancelRegistration({ eventId }))).toBe(
      "not_registered",
    );
  });

  it("tells everyone with a place or on the waiting list when an event is cancelled", async () => {
    const eventId = await fx.publishedEvent("stadt-a", adminA.userId, {
      title: "Webinar Engagementstrategie",
      capacity: 1,
    });
    const placed = await fx.member("stadt-b", "platz@stadt-b.example", "network_member");
    const leaving = await fx.member("stadt-b", "geht@stadt-b.example", "network_member");
    const waiting = await fx.member("stadt-a", "wartet@stadt-a.example", "coordinator");
    await placed.caller.networkEvents.register({ eventId });
    await leaving.at(new Date(NOW.getTime() + 1000)).networkEvents.register({ eventId });
    await waiting.at(new Date(NOW.getTime() + 2000)).networkEvents.register({ eventId });
    await leaving.caller.networkEvents.cancelRegistration({ eventId });

    expect(await coordA.caller.networkEvents.cancel({ eventId })).toEqual({
      id: eventId,
      status: "cancelled",
      notified: 2,
    });
    expect(await fx.mailKinds("stadt-b", placed.email)).toEqual([
      "network_event_cancelled",
      "network_event_confirmed",
    ]);
    expect(await fx.mailKinds("stadt-a", waiting.email)).toEqual([
      "network_event_cancelled",
      "network_event_waiting",
    ]);
    expect(await fx.mailKinds("stadt-b", leaving.email)).toEqual(["network_event_waiting"]);
    const mail = await fx.mailOf("stadt-b", placed.email, "network_event_cancelled");
    expect(mail?.subject).toBe("Abgesagt – Webinar Engagementstrategie");
    expect(mail?.bodyText).toContain("Teststadt stadt-a hat sie abgesagt");

    expect(await reasonOf(memberA.caller.networkEvents.register({ eventId }))).toBe(
      "event_cancelled",
    );
    expect((await memberA.caller.networkEvents.get({ eventId })).status).toBe("cancelled");
    const list = await memberA.caller.networkEvents.list({ limit: 50 });
    expect(list.items.map((i) => i.id)).not.toContain(eventId);
    expect(await reasonOf(coordA.caller.networkEvents.cancel({ eventId }))).toBe("event_cancelled");
    expect(await reasonOf(coordA.caller.networkEvents.save({ ...eventInput(), id: eventId }))).toBe(
      "event_cancelled",
    );
  });

  it("writes a confirmation with date, place, online link and the calendar file", async () => {
    const eventId = await fx.publishedEvent("stadt-a", coordA.userId, {
      title: "Austausch Freiwilligenagenturen",
      capacity: 1,
    });
    const first = await fx.member("stadt-b", "erste@stadt-b.example", "network_member");
    const second = await fx.member("stadt-a", "zweite@stadt-a.example", "network_member");
    await first.caller.networkEvents.register({ eventId });
    expect(
      await second.at(new Date(NOW.getTime() + 1000)).networkEvents.register({ eventId }),
    ).toMatchObject({ status: "waiting", waitingPosition: 1 });
    const confirmed = await fx.mailOf("stadt-b", first.email, "network_event_confirmed");
    expect(confirmed?.subject).toBe("Anmeldung bestätigt – Austausch Freiwilligenagenturen");
    expect(confirmed?.bodyText).toContain("Donnerstag, 10. Dezember 2026, 14:00–17:30 Uhr");
    expect(confirmed?.bodyText).toContain("Ort: Rathaus, Sitzungssaal");
    expect(confirmed?.bodyText).toContain("Online-Link: https://meet.example.org/austausch");
    expect(confirmed?.bodyText).toContain(`/api/network/events/${eventId}.ics`);
    expect(confirmed?.bodyText).toContain(
      `Zur Veranstaltung: http://localhost:5175/veranstaltungen/${eventId}`,
    );
    const waiting = await fx.mailOf("stadt-a", second.email, "network_event_waiting");
    expect(waiting?.bodyText).toContain("(Platz 1)");
    expect(waiting?.bodyText).not.toContain("https://meet.example.org/austausch");
  });

  it("lists upcoming events soonest first and past ones latest first, by kind and state", async () => {
    const day = 24 * 3600_000;
    const at = (days: number) => new Date(NOW.getTime() + days * day);
    const make = (title: string, days: number, extra = {}) =>
      fx.publishedEvent("stadt-b", coordB.userId, {
        title,
        startsAt: at(days),
        endsAt: new Date(at(days).getTime() + 3 * 3600_000),
        registrationDeadline: at(days - 1),
        ...extra,
      });
    await make("Listentest Webinar A", 40, { kind: "training" });
    await make("Listentest Webinar B", 41, { kind: "training" });
    await make("Listentest Region", 42, {
      kind: "regional_meeting",
      federalState: "Bayern",
    });
    await make("Listentest Vergangen 1", -20, { kind: "training" });
    await make("Listentest Vergangen 2", -10, { kind: "training" });
    const visitor = await fx.visitor();
    const titles = (items: { title: string }[]) =>
      items.map((i) => i.title).filter((t) => t.startsWith("Listentest"));
    const webinars = await visitor.networkEvents.list({ kind: "training", limit: 1 });
    expect(titles(webinars.items)).toEqual(["Listentest Webinar A"]);
    const next = await visitor.networkEvents.list({
      kind: "training",
      limit: 1,
      cursor: webinars.nextCursor,
    });
    expect(titles(next.items)).toEqual(["Listentest Webinar B"]);
    expect(titles((await visitor.networkEvents.list({ federalState: "Bayern" })).items)).toEqual([
      "Listentest Region",
    ]);
    const past = await visitor.networkEvents.list({ when: "past", kind: "training" });
    expect(titles(past.items)).toEqual(["Listentest Vergangen 2", "Listentest Vergangen 1"]);
    expect(past.items[0]?.closedReason).toBe("started");
  });

  it("exports the participant list as CSV, safe for spreadsheets", async () => {
    const eventId = await fx.publishedEvent("stadt-a", coordA.userId, { capacity: 1 });
    const tricky = await fx.member("stadt-b", "=hyperlink@stadt-b.example", "network_member");
    await tricky.caller.networkEvents.register({ eventId });
    await memberA.at(new Date(NOW.getTime() + 1000)).networkEvents.register({ eventId });
    const file = await coordA.caller.networkEvents.participantsCsv({ eventId });
    expect(file.fileName).toBe("teilnehmende-2026-12-10.csv");
    const lines = file.content.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "Status,Platz auf der Warteliste,Name,E-Mail,Stadt,Angemeldet am,Abgemeldet am",
    );
    expect(lines[1]).toMatch(/^Platz,,'=hyperlink,'=hyperlink@stadt-b.example,Teststadt stadt-b,/);
    expect(lines[2]).toMatch(/^Warteliste,1,netzwerk,netzwerk@stadt-a.example,Teststadt stadt-a,/);
    const rows = await database.db
      .select()
      .from(networkEventRegistrations)
      .where(eq(networkEventRegistrations.eventId, eventId));
    expect(rows.map((r) => r.participantName).sort()).toEqual(["=hyperlink", "netzwerk"]);
  });
});
