import { rowsOf } from "@engagiert/db/client";
import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import {
  engagementEvents,
  engagements,
  fuehrungszeugnisInspections,
  outbox,
  persons,
  users,
} from "@engagiert/db/schema";
import { testDatabaseKinds } from "@engagiert/db/testing";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failureOf } from "./hours-fixture.ts";
import { NOW, privacyWorld, type PrivacyWorld } from "./privacy.fixture.ts";

const DAY = 86_400_000;
const at = (iso: string) => new Date(`${iso}T09:00:00Z`);
const daysBefore = (days: number) => new Date(NOW.getTime() - days * DAY);

/** Row counts of every table but the runs' own record: what a dry run must leave as it is. */
async function rowCounts(db: PrivacyWorld["db"]) {
  const tables = rowsOf<{ name: string }>(
    await db.execute(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'retention_runs' order by table_name`,
    ),
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from ${sql.identifier(name)}`),
    );
    counts[name] = row!.n;
  }
  return counts;
}

describe.each(testDatabaseKinds())("retention (Löschfristen) on %s", (kind) => {
  let world: PrivacyWorld;
  const ids: Record<string, string> = {};

  /** A person of city A, created and last active when told, with an account if told. */
  async function person(name: string, lastActive: Date, options: { signedIn?: boolean } = {}) {
    const email = `${name}@retention.example`;
    const [row] = await world.db
      .insert(persons)
      .values({
        cityId: world.cityId,
        firstName: name,
        lastName: "Frist",
        email,
        birthYear: 1980,
        createdAt: lastActive,
        lastActiveAt: lastActive,
      })
      .returning();
    if (options.signedIn !== undefined) {
      await world.db.insert(users).values({
        cityId: world.cityId,
        email,
        displayName: name,
        role: "volunteer",
        personId: row!.id,
        lastSignInAt: options.signedIn ? lastActive : null,
      });
    }
    ids[name] = row!.id;
    return row!.id;
  }

  async function application(
    personId: string,
    values: Partial<typeof engagements.$inferInsert>,
  ): Promise<string> {
    const [row] = await world.db
      .insert(engagements)
      .values({
        cityId: world.cityId,
        opportunityId: world.oppB.id,
        organisationId: world.a.orgB.id,
        personId,
        status: "submitted",
        confirmedAt: values.createdAt ?? null,
        ...values,
      })
      .returning();
    await world.db.insert(engagementEvents).values({
      cityId: world.cityId,
      engagementId: row!.id,
      toStatus: row!.status,
      actorKind: "organisation",
      at: row!.statusChangedAt,
    });
    return row!.id;
  }

  async function inspection(name: string, engagement: Partial<typeof engagements.$inferInsert>) {
    const personId = await person(name, at("2026-11-01"), { signedIn: true });
    await application(personId, { createdAt: at("2025-01-01"), ...engagement });
    const staff = await world.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "amt@a.example"));
    const [row] = await world.db
      .insert(fuehrungszeugnisInspections)
      .values({
        cityId: world.cityId,
        personId,
        certificateIssuedOn: "2025-01-02",
        inspectedOn: "2025-01-05",
        inspectedByUserId: staff[0]!.id,
        hasRelevantEntry: false,
        createdAt: at("2025-01-05"),
      })
      .returning();
    ids[`fz:${name}`] = row!.id;
  }

  async function mail(name: string, delivered: { sentAt?: Date; loggedAt?: Date }) {
    const [row] = await world.db
      .insert(outbox)
      .values({
        cityId: world.cityId,
        kind: "sign_in_link",
        toEmail: `${name}@retention.example`,
        subject: "Ihr Anmeldelink",
        bodyText: "http://localhost:5173/anmelden/link?token=abc",
        createdAt: delivered.sentAt ?? delivered.loggedAt ?? NOW,
        ...delivered,
      })
      .returning();
    ids[`mail:${name}`] = row!.id;
  }

  beforeAll(async () => {
    world = await privacyWorld(kind);
    // (a) Applications: six months after closing, one day either side, and the exact moment.
    const keeps = await person("bewirbt", at("2026-11-01"), { signedIn: true });
    ids.declinedRecently = await application(keeps, {
      status: "declined",
      createdAt: at("2026-04-01"),
      statusChangedAt: at("2026-05-25"),
    });
    ids.declinedExactly = await application(keeps, {
      status: "declined",
      createdAt: at("2026-04-01"),
      statusChangedAt: at("2026-05-24"),
    });
    ids.withdrawnLongAgo = await application(keeps, {
      status: "withdrawn",
      createdAt: at("2026-04-01"),
      statusChangedAt: at("2026-05-23"),
    });
    const unconfirmedNew = await person("neu", at("2026-05-25"));
    ids.unconfirmedRecently = await application(unconfirmedNew, {
      confirmedAt: null,
      createdAt: at("2026-05-25"),
    });
    const unconfirmedOld = await person("vergessen", at("2026-05-23"));
    ids.unconfirmedLongAgo = await application(unconfirmedOld, {
      confirmedAt: null,
      createdAt: at("2026-05-23"),
    });
    // (b) Inactivity: 24 months less 30 days ago, one day either side; a notice 29 and 30 days old.
    await person("aktiv", at("2024-12-25"), { signedIn: true });
    await person("still", at("2024-12-24"), { signedIn: true });
    const noticedRecently = await person("gewarnt", at("2024-10-01"), { signedIn: true });
    const noticedLongAgo = await person("fort", at("2024-10-01"), { signedIn: true });
    await world.db
      .update(persons)
      .set({ inactivityNoticeAt: daysBefore(29) })
      .where(eq(persons.id, noticedRecently));
    await world.db
      .update(persons)
      .set({ inactivityNoticeAt: daysBefore(30) })
      .where(eq(persons.id, noticedLongAgo));
    const running = await person("laeuft", at("2020-01-01"), { signedIn: true });
    await application(running, {
      status: "active",
      createdAt: at("2020-01-01"),
      startedAt: at("2020-02-01"),
      statusChangedAt: at("2020-02-01"),
    });
    // (c) Führungszeugnis: 3 months after the end, one day either side; never taken up; still active.
    await inspection("endeteNeulich", {
      status: "ended",
      startedAt: at("2025-02-01"),
      endedAt: at("2026-08-25"),
      statusChangedAt: at("2026-08-25"),
    });
    await inspection("endeteLange", {
      status: "ended",
      startedAt: at("2025-02-01"),
      endedAt: at("2026-08-23"),
      statusChangedAt: at("2026-08-23"),
    });
    await inspection("nichtAngetreten", { status: "withdrawn", statusChangedAt: at("2026-11-20") });
    await inspection("aktivMitKindern", {
      status: "active",
      startedAt: at("2025-02-01"),
      statusChangedAt: at("2025-02-01"),
    });
    // (d) Mail texts: 30 days after delivery, one day either side; only logged; not yet sent.
    await mail("neulich", { sentAt: daysBefore(29) });
    await mail("lange", { sentAt: daysBefore(31) });
    await mail("protokoll", { loggedAt: daysBefore(31) });
    await mail("wartet", {});
  });
  afterAll(() => world?.database.drop());

  const coordinator = async () => (await world.staff("coord@a.example")).call();

  it("is for the coordination office and city admins only", async () => {
    const staff = await (await world.staff("amt@a.example")).call();
    expect(await failureOf(staff.retention.runs({ limit: 5 }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await failureOf(staff.retention.dryRun())).toMatchObject({ code: "FORBIDDEN" });
    const volunteer = await (
      await world.signIn((await world.volunteer("Vera", "Frei")).email)
    ).call();
    expect(
      await failureOf(volunteer.retention.preview({ kind: "applications", limit: 5 })),
    ).toMatchObject({
      code: "FORBIDDEN",
    });
    const admin = await (await world.staff("admin@a.example")).call();
    expect(await admin.retention.settings()).toEqual({
      applicationMonths: 6,
      inactivityMonths: 24,
      sentMailDays: 30,
      inactivityNoticeDays: 30,
      fuehrungszeugnisMonthsAfterEnd: 3,
    });
  });

  it("a dry run lists what would go, records itself and changes nothing", async () => {
    const caller = await coordinator();
    const before = await rowCounts(world.db);
    const dry = await caller.retention.dryRun();
    expect(dry.counts).toEqual({
      applications: 3,
      applicantsErased: 1,
      inactivityNotices: 1,
      inactiveErased: 1,
      fuehrungszeugnis: 2,
      mailBodies: 2,
    });
    expect(await rowCounts(world.db)).toEqual(before);

    const applications = await caller.retention.preview({ kind: "applications", limit: 2 });
    expect(applications.items).toHaveLength(2);
    const rest = await caller.retention.preview({
      kind: "applications",
      limit: 2,
      cursor: applications.nextCursor,
    });
    expect(rest.nextCursor).toBeNull();
    const listed = [...applications.items, ...rest.items];
    expect(listed.map((i) => i.id).sort()).toEqual(
      [ids.declinedExactly, ids.withdrawnLongAgo, ids.unconfirmedLongAgo].sort(),
    );
    expect(listed.find((i) => i.id === ids.unconfirmedLongAgo)).toEqual({
      kind: "applications",
      id: ids.unconfirmedLongAgo,
      subject: { type: "engagement", id: ids.unconfirmedLongAgo },
      action: "delete",
      reason: "never_confirmed",
      since: at("2026-05-23"),
    });
    const inactive = await caller.retention.preview({ kind: "inactive_accounts", limit: 10 });
    expect(inactive.items.map((i) => [i.id, i.action])).toEqual([
      [ids.fort, "erase"],
      [ids.still, "notify"],
    ]);
    const fz = await caller.retention.preview({ kind: "fuehrungszeugnis", limit: 10 });
    expect(fz.items.map((i) => [i.id, i.reason]).sort()).toEqual(
      [
        [ids["fz:endeteLange"], "activity_ended"],
        [ids["fz:nichtAngetreten"], "not_taken_up"],
      ].sort(),
    );
    const mails = await caller.retention.preview({ kind: "mail_bodies", limit: 10 });
    expect(mails.items.map((i) => i.id).sort()).toEqual(
      [ids["mail:lange"], ids["mail:protokoll"]].sort(),
    );
    // No name or address in what the list shows.
    expect(JSON.stringify([listed, inactive, fz, mails])).not.toMatch(/Frist|@retention/);

    const runs = await caller.retention.runs({ limit: 5 });
    expect(runs.items[0]).toMatchObject({ dryRun: true, isScheduled: false, counts: dry.counts });
  });

  it("refuses a real run without its confirmation", async () => {
    const caller = await coordinator();
    const refused = await failureOf(
      caller.retention.run({ confirmed: false } as unknown as { confirmed: true }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
  });

  it("deletes each kind exactly at its boundary", async () => {
    const caller = await coordinator();
    const run = await caller.retention.run({ confirmed: true });
    expect(run.counts).toMatchObject({ applications: 3, inactivityNotices: 1, inactiveErased: 1 });

    const left = await world.db
      .select({ id: engagements.id })
      .from(engagements)
      .where(inArray(engagements.id, Object.values(ids)));
    const leftIds = left.map((e) => e.id);
    expect(leftIds).toContain(ids.declinedRecently);
    expect(leftIds).toContain(ids.unconfirmedRecently);
    expect(leftIds).not.toContain(ids.declinedExactly);
    expect(leftIds).not.toContain(ids.withdrawnLongAgo);
    expect(leftIds).not.toContain(ids.unconfirmedLongAgo);
    const events = await world.db
      .select({ id: engagementEvents.id })
      .from(engagementEvents)
      .where(inArray(engagementEvents.engagementId, [ids.declinedExactly!, ids.withdrawnLongAgo!]));
    expect(events).toEqual([]);

    const state = async (name: string) => {
      const [row] = await world.db
        .select({ erasedAt: persons.erasedAt, noticeAt: persons.inactivityNoticeAt })
        .from(persons)
        .where(eq(persons.id, ids[name]!));
      return row!;
    };
    // Left with nothing after its application went: erased. Signed in once: kept.
    expect((await state("vergessen")).erasedAt).toEqual(NOW);
    expect((await state("bewirbt")).erasedAt).toBeNull();
    expect((await state("aktiv")).noticeAt).toBeNull();
    expect((await state("still")).noticeAt).toEqual(NOW);
    expect((await state("gewarnt")).erasedAt).toBeNull();
    expect((await state("fort")).erasedAt).toEqual(NOW);
    expect((await state("laeuft")).noticeAt).toBeNull();

    const [notice] = await mailsTo(world.db, cityScope(world.cityId), "still@retention.example");
    expect(notice).toMatchObject({ kind: "inactivity_notice" });
    expect(notice!.subject).toContain("24. Dezember 2026");
    expect(notice!.bodyText).toContain("http://localhost:5173/anmelden");

    const inspections = await world.db
      .select({ id: fuehrungszeugnisInspections.id })
      .from(fuehrungszeugnisInspections);
    const kept = inspections.map((i) => i.id);
    expect(kept).toContain(ids["fz:endeteNeulich"]);
    expect(kept).toContain(ids["fz:aktivMitKindern"]);
    expect(kept).not.toContain(ids["fz:endeteLange"]);
    expect(kept).not.toContain(ids["fz:nichtAngetreten"]);

    const texts = await world.db
      .select({ id: outbox.id, body: outbox.bodyText })
      .from(outbox)
      .where(
        inArray(outbox.id, [
          ids["mail:neulich"]!,
          ids["mail:lange"]!,
          ids["mail:protokoll"]!,
          ids["mail:wartet"]!,
        ]),
      );
    const body = (name: string) => texts.find((t) => t.id === ids[`mail:${name}`])!.body;
    expect(body("lange")).toBe("");
    expect(body("protokoll")).toBe("");
    expect(body("neulich")).not.toBe("");
    expect(body("wartet")).not.toBe("");
  });

  it("sends the notice once, and any activity makes it void", async () => {
    const caller = await coordinator();
    const again = await caller.retention.run({ confirmed: true });
    expect(again.counts).toEqual({
      applications: 0,
      applicantsErased: 0,
      inactivityNotices: 0,
      inactiveErased: 0,
      fuehrungszeugnis: 0,
      mailBodies: 0,
    });
    expect(
      await mailsTo(world.db, cityScope(world.cityId), "still@retention.example"),
    ).toHaveLength(1);

    // "gewarnt" signs in: the notice is void and the count starts again.
    const browser = await world.signIn("gewarnt@retention.example");
    expect((await (await browser.call()).auth.me()).user?.email).toBe("gewarnt@retention.example");
    const [after] = await world.db
      .select({ noticeAt: persons.inactivityNoticeAt, lastActiveAt: persons.lastActiveAt })
      .from(persons)
      .where(eq(persons.id, ids.gewarnt!));
    expect(after).toEqual({ noticeAt: null, lastActiveAt: NOW });
  });

  it("deletes after the notice's 30 days when nobody came back", async () => {
    const later = await world.staff(
      "coord@a.example",
      "stadt-a",
      new Date(NOW.getTime() + 30 * DAY),
    );
    const run = await (await later.call()).retention.run({ confirmed: true });
    expect(run.counts.inactiveErased).toBe(1);
    const [still] = await world.db
      .select({ erasedAt: persons.erasedAt, firstName: persons.firstName })
      .from(persons)
      .where(eq(persons.id, ids.still!));
    expect(still).toEqual({ erasedAt: later.state.now, firstName: "" });
    const [gewarnt] = await world.db
      .select({ erasedAt: persons.erasedAt })
      .from(persons)
      .where(eq(persons.id, ids.gewarnt!));
    expect(gewarnt!.erasedAt).toBeNull();
  });

  it("keeps each city's runs to itself", async () => {
    const other = await (await world.staff("coord@b.example", "stadt-b")).call();
    expect((await other.retention.runs({ limit: 10 })).items).toEqual([]);
    expect((await other.retention.preview({ kind: "fuehrungszeugnis", limit: 10 })).items).toEqual(
      [],
    );
  });
});
