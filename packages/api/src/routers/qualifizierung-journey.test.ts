import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import { engagements, opportunities, qualificationRecords } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { validUntilFor } from "@engagiert/domain/qualifications";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity, insertUser, opportunityRow, testClient } from "../testing.ts";
import { errorOf } from "./training-admin-fixtures.ts";

// One path through Qualifizierung as people live it: an organisation offers a hygiene briefing
// with one place, a volunteer moves up from the waiting list, her activation waits for the
// qualification, and closing the training grants it, so she can start.

/** The moment every test client starts at (see `testClient`). */
const START = new Date("2026-11-24T09:00:00Z");
/** Two evenings, 17:00–18:30 in Göppingen (UTC+1 in December): 2 units of 45 minutes each. */
const SESSIONS = ["2026-12-03", "2026-12-10"].map((day) => ({
  startsAt: new Date(`${day}T16:00:00Z`),
  endsAt: new Date(`${day}T17:30:00Z`),
  units: 2,
}));
/** After the second evening: attendance is complete and the training can be closed. */
const AFTER_TRAINING = new Date("2026-12-10T18:00:00Z");
const TYPE = "hygiene-belehrung";

describe.each(testDatabaseKinds())("Qualifizierung journey on %s", (kind) => {
  let database: TestDatabase;
  let city: Awaited<ReturnType<typeof insertCity>>;

  /** Staff sign in with their password; the session lives in the client, like in a browser. */
  async function staffSignIn(client: ReturnType<typeof testClient>, email: string) {
    await client.signIn(email);
    return client.call();
  }

  /** Volunteers sign in with the one-time link from their newest e-mail. */
  async function volunteerSignIn(client: ReturnType<typeof testClient>, email: string) {
    await (await client.call()).auth.requestLink({ email });
    const mails = await mailsTo(database.db, cityScope(city.city.id), email);
    const link = mails.find((m) => m.subject.includes("Anmeldelink"));
    const token = new URL(link!.bodyText.match(/http\S+/)![0]).searchParams.get("token")!;
    await (await client.call()).auth.redeemLink({ token });
    return client.call();
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    city = await insertCity(database.db, "stadt-a");
    await insertUser(database.db, city.city.id, {
      email: "koordination@a.example",
      role: "coordinator",
    });
    await insertUser(database.db, city.city.id, {
      email: "staff@a.example",
      role: "staff",
      organisationId: city.orgA.id,
    });
    await insertUser(database.db, city.city.id, {
      email: "anna@people.example",
      role: "volunteer",
    });
    await insertUser(database.db, city.city.id, { email: "ben@people.example", role: "volunteer" });
  });
  afterAll(() => database.drop());

  it("takes a volunteer from the waiting list through the training to an active engagement", async () => {
    const scope = cityScope(city.city.id);
    const clients = {
      coord: testClient(database.db, "stadt-a"),
      staff: testClient(database.db, "stadt-a"),
      anna: testClient(database.db, "stadt-a", { clientAddress: "192.0.2.10" }),
      ben: testClient(database.db, "stadt-a", { clientAddress: "192.0.2.11" }),
    };
    const advanceAll = (minutes: number) => {
      for (const client of Object.values(clients)) client.advance(minutes);
    };
    expect(clients.staff.state.now).toEqual(START);

    // The city's rules: a hygiene briefing counts for 24 months, with no prerequisites.
    const coord = await staffSignIn(clients.coord, "koordination@a.example");
    const hygiene = (await coord.qualifications.types()).find((t) => t.slug === TYPE)!;
    expect(hygiene.rules.requires).toEqual([]);
    await coord.qualifications.updateType({
      slug: hygiene.slug,
      nameDe: hygiene.nameDe,
      nameEn: hygiene.nameEn,
      description: hygiene.description,
      rules: { ...hygiene.rules, validityMonths: 24 },
    });

    // 1. The organisation offers the briefing with one place and publishes it.
    const staff = await staffSignIn(clients.staff, "staff@a.example");
    const created = await staff.trainingAdmin.create({
      organisationId: city.orgA.id,
      title: "Hygiene-Belehrung nach §43 IfSG",
      description: "Die Belehrung für alle, die bei Festen und am Mittagstisch Essen ausgeben.",
      audience: "Engagierte mit Lebensmitteln",
      topic: "hygiene",
      qualificationTypeSlug: TYPE,
      requiredUnits: 4,
      trainer: "Gesundheitsamt",
      place: "Stadthalle, Raum 2",
      onlineUrl: null,
      capacity: 1,
      registrationDeadline: new Date("2026-12-02T23:00:00Z"),
      costCents: 0,
      sessions: SESSIONS,
    });
    const trainingId = created.id;
    expect(created).toMatchObject({ status: "draft", totalUnits: 4 });
    expect((await staff.trainingAdmin.publish({ trainingId })).status).toBe("published");

    // 2. Anna takes the only place; Ben is first on the waiting list.
    const anna = await volunteerSignIn(clients.anna, "anna@people.example");
    const ben = await volunteerSignIn(clients.ben, "ben@people.example");
    expect(await anna.trainings.register({ trainingId })).toMatchObject({
      status: "confirmed",
      waitingPosition: null,
    });
    advanceAll(5);
    expect(await ben.trainings.register({ trainingId })).toMatchObject({
      status: "waiting",
      waitingPosition: 1,
    });
    const benPersonId = (await ben.auth.me()).user!.personId!;

    // 3. Anna cancels: her place goes to Ben, who is told by e-mail.
    advanceAll(5);
    expect(await anna.trainings.cancel({ trainingId })).toEqual({ cancelled: true, promoted: 1 });
    expect((await ben.trainings.get({ trainingId })).myRegistration).toMatchObject({
      status: "confirmed",
      waitingPosition: null,
    });
    const confirmed = await staff.trainingAdmin.registrations({ trainingId, status: "confirmed" });
    expect(confirmed.items.map((r) => r.personId)).toEqual([benPersonId]);
    const benMails = await mailsTo(database.db, scope, "ben@people.example");
    expect(benMails[0]).toMatchObject({
      kind: "training_promoted",
      subject: "Ein Platz ist frei geworden – Hygiene-Belehrung nach §43 IfSG",
    });
    const annaMails = await mailsTo(database.db, scope, "anna@people.example");
    expect(annaMails.map((m) => m.kind)).not.toContain("training_promoted");

    // 4. Ben's engagement at the same organisation asks for the briefing: the checklist alone
    // does not activate him.
    const [opportunity] = await database.db
      .insert(opportunities)
      .values(
        opportunityRow(city.city.id, city.orgA.id, {
          title: "Mittagstisch im Quartier",
          involvesMinorContact: false,
          requiredQualifications: [TYPE],
        }),
      )
      .returning();
    const [engagement] = await database.db
      .insert(engagements)
      .values({
        cityId: city.city.id,
        opportunityId: opportunity!.id,
        organisationId: city.orgA.id,
        personId: benPersonId,
        status: "onboarding",
        confirmedAt: new Date("2026-11-20T10:00:00Z"),
      })
      .returning();
    const engagementId = engagement!.id;
    for (const item of [
      "first_conversation",
      "agreement",
      "data_protection_notice",
      "insurance_information",
    ] as const) {
      await staff.pipeline.setChecklistItem({ engagementId, item, done: true });
    }
    const refused = await errorOf(staff.pipeline.move({ engagementId, to: "active" }));
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.message).toBe(
      "Noch nicht vollständig. Es fehlt: Qualifikation Hygiene-Belehrung (§43 IfSG).",
    );
    const waiting = await staff.pipeline.get({ engagementId });
    expect(waiting.status).toBe("onboarding");
    expect(waiting.onboarding.activation).toEqual({
      ok: false,
      missing: [`qualification:${TYPE}`],
    });

    // 5. After the second evening staff take attendance and close the training.
    advanceAll((AFTER_TRAINING.getTime() - clients.staff.state.now.getTime()) / 60_000);
    expect(clients.staff.state.now).toEqual(AFTER_TRAINING);
    const after = await staffSignIn(clients.staff, "staff@a.example");
    const grid = await after.trainingAdmin.attendance({ trainingId });
    expect(grid.items.map((i) => i.personId)).toEqual([benPersonId]);
    for (const session of created.sessions) {
      await after.trainingAdmin.recordAttendance({
        trainingId,
        sessionId: session.id,
        entries: [{ personId: benPersonId, isPresent: true }],
      });
    }
    const rules = (await coord.qualifications.types()).find((t) => t.slug === TYPE)!.rules;
    const granted = { validFrom: "2026-12-10", validUntil: "2028-12-10" };
    expect(validUntilFor(rules, granted.validFrom)).toBe(granted.validUntil);
    const closed = await after.trainingAdmin.close({ trainingId });
    expect(closed.training.status).toBe("closed");
    expect(closed.grantedCount).toBe(1);
    expect(closed.results).toEqual([
      expect.objectContaining({
        personId: benPersonId,
        attendedUnits: 4,
        outcome: { status: "granted", isRenewal: false, ...granted },
      }),
    ]);
    const records = await database.db
      .select()
      .from(qualificationRecords)
      .where(
        and(
          eq(qualificationRecords.cityId, city.city.id),
          eq(qualificationRecords.personId, benPersonId),
        ),
      );
    expect(records).toEqual([
      expect.objectContaining({
        trainingId,
        typeSlug: TYPE,
        source: "training",
        units: 4,
        issuer: "Amt A",
        ...granted,
      }),
    ]);
    const benAfter = await volunteerSignIn(clients.ben, "ben@people.example");
    expect(await benAfter.qualifications.mine()).toEqual([
      expect.objectContaining({
        typeSlug: TYPE,
        ...granted,
        status: { status: "valid", daysLeft: 731 },
      }),
    ]);

    // 6. With the qualification held, the activation goes through.
    expect((await after.pipeline.get({ engagementId })).onboarding.activation).toEqual({
      ok: true,
    });
    expect(await after.pipeline.move({ engagementId, to: "active" })).toMatchObject({
      status: "active",
    });
    const active = await after.pipeline.get({ engagementId });
    expect(active.status).toBe("active");
    expect(active.onboarding.activation).toEqual({ ok: true });
    const [lastMail] = await mailsTo(database.db, scope, "ben@people.example");
    expect(lastMail?.kind).toBe("engagement_active");
  });
});
