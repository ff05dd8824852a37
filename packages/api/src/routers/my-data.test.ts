import { listPipeline } from "@engagiert/db/queries/engagements";
import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import {
  engagements,
  hourEntries,
  persons,
  shiftSignups,
  surveyInvitations,
  users,
} from "@engagiert/db/schema";
import { hashToken } from "../auth/tokens.ts";
import { MyDataExport } from "@engagiert/domain/privacy";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failureOf } from "./hours-fixture.ts";
import { findEverywhere, NOW, privacyWorld, type PrivacyWorld } from "./privacy.fixture.ts";
import { testDatabaseKinds } from "@engagiert/db/testing";

describe.each(testDatabaseKinds())("Meine Daten on %s", (kind) => {
  let world: PrivacyWorld;
  let lena: Awaited<ReturnType<PrivacyWorld["volunteer"]>>;
  let max: Awaited<ReturnType<PrivacyWorld["volunteer"]>>;

  beforeAll(async () => {
    world = await privacyWorld(kind);
    lena = await world.volunteer("Lena", "Wagner");
    max = await world.volunteer("Max", "Muster");
  });
  afterAll(() => world?.database.drop());

  it("exports the volunteer's own data as one versioned document, and nothing of anyone else", async () => {
    const browser = await world.signIn(lena.email);
    const data = await (await browser.call()).myData.export();
    expect(MyDataExport.parse(data)).toEqual(data);
    expect(data).toMatchObject({
      format: "engagiert-my-data",
      version: 1,
      exportedAt: NOW.toISOString(),
      city: { slug: "stadt-a" },
      profile: { firstName: "Lena", lastName: "Wagner", email: lena.email, phone: lena.phone },
      account: { email: lena.email },
    });
    expect(data.engagements).toHaveLength(1);
    expect(data.engagements[0]).toMatchObject({
      opportunityTitle: "Lesepatenschaft",
      organisationName: "Amt A",
      status: "active",
      message: "Ich bin Lena und lese gern vor.",
    });
    expect(data.engagements[0]!.events.map((e) => [e.toStatus, e.by])).toEqual([
      ["submitted", "volunteer"],
      ["active", "organisation"],
    ]);
    expect(data.hours.map((h) => [h.workedOn, h.minutes, h.enteredBy])).toEqual([
      ["2026-03-02", 60, "self"],
      ["2026-03-09", 30, "self"],
    ]);
    expect(data.trainings).toMatchObject([
      { title: "Erste Hilfe am Kind", status: "confirmed", attendance: [{ isPresent: true }] },
    ]);
    expect(data.qualifications).toMatchObject([{ type: "erste-hilfe", issuer: "DRK Kurs Wagner" }]);
    expect(data.fuehrungszeugnis).toEqual([
      {
        certificateIssuedOn: "2026-01-02",
        inspectedOn: "2026-01-05",
        hasRelevantEntry: false,
        selfDeclarationOn: null,
      },
    ]);
    expect(data.consents.map((c) => c.purpose).sort()).toEqual(["application", "shift"]);
    expect(data.shiftSignups).toMatchObject([
      { opportunityTitle: "Lesepatenschaft", status: "confirmed" },
    ]);
    expect(data.allowancePayments).toMatchObject([{ amountCents: 24_000 }]);
    expect(data.recognitionInvitations).toMatchObject([{ eventTitle: "Dankeschön-Fest" }]);
    expect(data.surveyInvitations).toEqual([
      { subject: "Ihre Meinung zählt: Wie geht es Ihnen?", sentAt: "2026-11-03T09:00:00.000Z" },
    ]);
    expect(data.emails.map((m) => m.kind)).toContain("survey_invitation");

    const text = JSON.stringify(data);
    // No secret of a link: neither the sign-in link's nor the survey's answer link's.
    expect(text).not.toContain("secret-1");
    expect(text).not.toContain("survey-token-1");
    expect(text).toContain("token=[entfernt]");
    // Nothing of another person: the other volunteer, the guardian, staff, staff notes.
    for (const other of ["Muster", max.email, "eltern.wagner", "amt@a.example", "kommt montags"]) {
      expect(text).not.toContain(other);
    }
  });

  it("lists consents and withdraws one: open applications are withdrawn, engagements stay", async () => {
    const browser = await world.signIn(lena.email);
    const [open] = await world.db
      .insert(engagements)
      .values({
        cityId: world.cityId,
        opportunityId: world.oppB.id,
        organisationId: world.a.orgB.id,
        personId: lena.personId,
        status: "in_contact",
        confirmedAt: new Date("2026-11-10T09:00:00Z"),
      })
      .returning();
    const caller = await browser.call();
    const consents = await caller.myData.consents({ limit: 10 });
    expect(consents.items.map((c) => [c.purpose, c.version, c.withdrawnAt])).toEqual([
      ["shift", "2026-11", null],
      ["application", "2026-11", null],
    ]);
    const application = consents.items.find((c) => c.purpose === "application")!;
    expect(await caller.myData.withdrawConsent({ consentId: application.id })).toEqual({
      purpose: "application",
      effect: "withdraw_open_applications",
      withdrawnApplications: 1,
      cancelledShifts: 0,
    });
    const statuses = await world.db
      .select({ id: engagements.id, status: engagements.status })
      .from(engagements)
      .where(eq(engagements.personId, lena.personId));
    expect(statuses.find((e) => e.id === open!.id)?.status).toBe("withdrawn");
    expect(statuses.find((e) => e.id === lena.engagementId)?.status).toBe("active");
    const after = await caller.myData.consents({ limit: 10 });
    expect(after.items.find((c) => c.id === application.id)?.withdrawnAt).toEqual(NOW);

    // Once withdrawn, or someone else's: not found.
    expect(
      await failureOf(caller.myData.withdrawConsent({ consentId: application.id })),
    ).toMatchObject({ code: "NOT_FOUND", reason: "consent_not_found" });
    const maxBrowser = await world.signIn(max.email);
    const maxConsents = await (await maxBrowser.call()).myData.consents({ limit: 10 });
    expect(
      await failureOf(caller.myData.withdrawConsent({ consentId: maxConsents.items[0]!.id })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(
      (await (await maxBrowser.call()).myData.consents({ limit: 10 })).items.every(
        (c) => c.withdrawnAt === null,
      ),
    ).toBe(true);
  });

  it("is only for signed-in volunteers, in their own city", async () => {
    const staff = await world.staff("coord@a.example");
    expect(await failureOf((await staff.call()).myData.export())).toMatchObject({
      code: "FORBIDDEN",
    });
    const browser = await world.signIn(lena.email);
    browser.state.cookie = null;
    expect(await failureOf((await browser.call()).myData.export())).toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("deletes the account: every personal field goes, hours stay in the figures, signed out", async () => {
    const hoursPerOrganisation = () =>
      world.db
        .select({
          organisationId: hourEntries.organisationId,
          minutes: sql<number>`sum(${hourEntries.minutes})::int`,
          entries: sql<number>`count(*)::int`,
        })
        .from(hourEntries)
        .groupBy(hourEntries.organisationId)
        .orderBy(hourEntries.organisationId);
    const before = await hoursPerOrganisation();
    const browser = await world.signIn(lena.email);
    const caller = await browser.call();

    const refused = await failureOf(
      caller.myData.deleteAccount({ confirmed: false } as unknown as { confirmed: true }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fieldErrors.confirmed?.[0]).toContain("Bitte bestätigen Sie");

    expect(await caller.myData.deleteAccount({ confirmed: true })).toEqual({ deleted: true });
    expect(browser.state.lastSetCookie).toMatch(/Max-Age=0/);
    expect((await (await browser.call()).auth.me()).user).toBeNull();

    const { tables, found } = await findEverywhere(world.db, [
      "Lena",
      "Wagner",
      lena.email,
      lena.phone,
      "eltern.wagner@people.example",
    ]);
    expect(tables.length).toBeGreaterThan(40);
    expect(found).toEqual([]);
    expect(await hoursPerOrganisation()).toEqual(before);

    const [person] = await world.db.select().from(persons).where(eq(persons.id, lena.personId));
    expect(person).toMatchObject({
      firstName: "",
      lastName: "",
      phone: null,
      birthDate: null,
      district: null,
      interests: [],
      skills: [],
      availability: [],
      accessibilityNeeds: null,
      recognitionGroups: [],
      erasedAt: NOW,
    });
    expect(person!.email).toMatch(/@geloescht\.invalid$/);
    const [account] = await world.db.select().from(users).where(eq(users.id, lena.userId));
    expect(account).toMatchObject({ isActive: false, displayName: "", deactivatedAt: NOW });
    // The engagement ended by the platform; staff see it without a name.
    const pipeline = await listPipeline(
      world.db,
      cityScope(world.cityId),
      { organisationId: world.a.orgA.id, status: "ended" },
      "newest",
      { limit: 10 },
    );
    expect(pipeline.items.map((i) => [i.firstName, i.lastName])).toContainEqual(["", ""]);

    // The confirmed place in the coming shift went to Max, who waited, with a mail.
    const [maxSignup] = await world.db
      .select({ status: shiftSignups.status })
      .from(shiftSignups)
      .where(
        and(eq(shiftSignups.personId, max.personId), eq(shiftSignups.shiftId, world.shift.id)),
      );
    expect(maxSignup?.status).toBe("confirmed");
    const maxMails = await mailsTo(world.db, cityScope(world.cityId), max.email);
    expect(maxMails.map((m) => m.kind)).toContain("shift_promoted");

    // Lena's answer link of the survey works no more; Max's still does.
    const links = await world.db
      .select({ tokenHash: surveyInvitations.tokenHash, isUsed: surveyInvitations.isUsed })
      .from(surveyInvitations);
    expect(links.find((l) => l.tokenHash === hashToken("survey-token-1"))?.isUsed).toBe(true);
    expect(links.find((l) => l.tokenHash === hashToken("survey-token-2"))?.isUsed).toBe(false);

    // Another volunteer's data is untouched.
    expect((await findEverywhere(world.db, ["Muster"])).found.length).toBeGreaterThan(3);
  });

  it("withdrawing the consent for shifts cancels the places in shifts still to come", async () => {
    const browser = await world.signIn(max.email);
    const caller = await browser.call();
    const shift = (await caller.myData.consents({ limit: 10 })).items.find(
      (c) => c.purpose === "shift",
    )!;
    expect(await caller.myData.withdrawConsent({ consentId: shift.id })).toEqual({
      purpose: "shift",
      effect: "cancel_future_shifts",
      withdrawnApplications: 0,
      cancelledShifts: 1,
    });
    const [signup] = await world.db
      .select({ status: shiftSignups.status })
      .from(shiftSignups)
      .where(eq(shiftSignups.personId, max.personId));
    expect(signup?.status).toBe("cancelled");
    // The engagement and its application consent are not touched.
    const [engagement] = await world.db
      .select({ status: engagements.status })
      .from(engagements)
      .where(eq(engagements.id, max.engagementId));
    expect(engagement?.status).toBe("active");
  });
});
