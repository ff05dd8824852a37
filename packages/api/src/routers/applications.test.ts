import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import {
  consents,
  engagementEvents,
  engagements,
  opportunities,
  persons,
  users,
} from "@engagiert/db/schema";
import { ApplicationInput } from "@engagiert/domain/engagement";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity, opportunityRow, testClient } from "../testing.ts";

const HOSTILE_VALUES: unknown[] = [
  undefined,
  null,
  42,
  -1,
  true,
  "",
  "x".repeat(100_000),
  "'; drop table persons; --",
  "<script>alert(1)</script>",
  { $ne: null },
  [],
  [["nested"]],
];

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

/** The token of the newest link to `path` in the mails to an address. */
async function tokenFromMail(db: TestDatabase["db"], cityId: string, to: string, path: string) {
  const mails = await mailsTo(db, cityScope(cityId), to);
  for (const mail of mails) {
    const match = new RegExp(`${path}\\?token=([A-Za-z0-9_-]{43})`).exec(mail.bodyText);
    if (match) return match[1]!;
  }
  throw new Error(`no ${path} link to ${to}`);
}

describe.each(testDatabaseKinds())("applications on %s", (kind) => {
  let database: TestDatabase;
  let cityId: string;
  let otherCityOpportunity: string;
  const opp: Record<"adult" | "teens" | "sixteen" | "draft" | "second", string> = {
    adult: "",
    teens: "",
    sixteen: "",
    draft: "",
    second: "",
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const a = await insertCity(database.db, "stadt-a");
    const b = await insertCity(database.db, "stadt-b");
    cityId = a.city.id;
    const rows = await database.db
      .insert(opportunities)
      .values([
        opportunityRow(a.city.id, a.orgA.id, { title: "Für Erwachsene", minimumAge: 18 }),
        opportunityRow(a.city.id, a.orgA.id, { title: "Ab 14", minimumAge: 14 }),
        opportunityRow(a.city.id, a.orgA.id, { title: "Ab 16", minimumAge: 16 }),
        opportunityRow(a.city.id, a.orgA.id, {
          title: "Entwurf",
          status: "draft",
          publishedAt: null,
        }),
        opportunityRow(a.city.id, a.orgB.id, { title: "Zweites Angebot", minimumAge: 0 }),
        opportunityRow(b.city.id, b.orgA.id, { title: "Andere Stadt" }),
      ])
      .returning({ id: opportunities.id, title: opportunities.title });
    const byTitle = (t: string) => rows.find((r) => r.title === t)!.id;
    opp.adult = byTitle("Für Erwachsene");
    opp.teens = byTitle("Ab 14");
    opp.sixteen = byTitle("Ab 16");
    opp.draft = byTitle("Entwurf");
    opp.second = byTitle("Zweites Angebot");
    otherCityOpportunity = byTitle("Andere Stadt");
  });
  afterAll(() => database.drop());

  const application = (overrides: Record<string, unknown> = {}) => ({
    opportunityId: opp.adult,
    firstName: "Lena",
    lastName: "Wagner",
    email: "lena@example.org",
    phone: "07161 123456",
    birthYear: 1990,
    message: "Ich lese gern vor.",
    hasConsented: true as const,
    ...overrides,
  });
  const client = (address = "192.0.2.10") =>
    testClient(database.db, "stadt-a", { clientAddress: address });

  const engagementsOf = (email: string) =>
    database.db
      .select({ e: engagements })
      .from(engagements)
      .innerJoin(
        persons,
        and(eq(persons.cityId, engagements.cityId), eq(persons.id, engagements.personId)),
      )
      .where(eq(persons.email, email))
      .then((rows) => rows.map((r) => r.e));

  it("stores an application unconfirmed, with consent, and mails a confirmation link", async () => {
    const caller = await client().call();
    expect(await caller.applications.submit(application())).toEqual({
      email: "lena@example.org",
      isMinor: false,
    });
    const [engagement] = await engagementsOf("lena@example.org");
    expect(engagement).toMatchObject({ status: "submitted", confirmedAt: null, isMinor: false });
    const [consent] = await database.db
      .select()
      .from(consents)
      .where(eq(consents.personId, engagement!.personId));
    expect(consent).toMatchObject({ purpose: "application", version: "2026-11" });
    const [mail] = await mailsTo(database.db, cityScope(cityId), "lena@example.org");
    expect(mail).toMatchObject({ kind: "confirm_application" });
    expect(mail!.bodyText).toContain("http://localhost:5173/bewerbung/bestaetigen?token=");
    expect(
      await database.db.select().from(users).where(eq(users.email, "lena@example.org")),
    ).toEqual([]);
  });

  it("counts the application once the link is followed, and opens a volunteer account", async () => {
    const token = await tokenFromMail(
      database.db,
      cityId,
      "lena@example.org",
      "/bewerbung/bestaetigen",
    );
    const caller = await client().call();
    expect(await caller.applications.confirm({ token })).toEqual({
      opportunityTitle: "Für Erwachsene",
      organisationName: "Amt A",
      needsGuardianConsent: false,
      isNewAccount: true,
    });
    const [engagement] = await engagementsOf("lena@example.org");
    expect(engagement!.confirmedAt).toBeInstanceOf(Date);
    const events = await database.db
      .select()
      .from(engagementEvents)
      .where(eq(engagementEvents.engagementId, engagement!.id));
    expect(events).toMatchObject([
      { fromStatus: null, toStatus: "submitted", actorKind: "volunteer" },
    ]);
    const [user] = await database.db
      .select()
      .from(users)
      .where(eq(users.email, "lena@example.org"));
    expect(user).toMatchObject({ role: "volunteer", personId: engagement!.personId });
    const [confirmed] = await mailsTo(database.db, cityScope(cityId), "lena@example.org");
    expect(confirmed).toMatchObject({ kind: "application_confirmed" });
    // A link works once.
    expect((await errorOf(caller.applications.confirm({ token }))).code).toBe("BAD_REQUEST");
  });

  it("shows the confirmed application under 'my engagements' after sign-in by link", async () => {
    const browser = client();
    await (await browser.call()).auth.requestLink({ email: "lena@example.org" });
    const token = await tokenFromMail(database.db, cityId, "lena@example.org", "/anmelden/link");
    await (await browser.call()).auth.redeemLink({ token });
    const mine = await (await browser.call()).applications.mine({ limit: 10 });
    expect(mine.items).toMatchObject([
      { status: "submitted", opportunityTitle: "Für Erwachsene", organisationName: "Amt A" },
    ]);
    expect(mine.nextCursor).toBeNull();
    const anonymous = await client().call();
    expect((await errorOf(anonymous.applications.mine({ limit: 10 }))).code).toBe("UNAUTHORIZED");
  });

  it("refuses a second application to the same opportunity kindly, and reuses the person", async () => {
    const caller = await client("192.0.2.11").call();
    const error = await errorOf(caller.applications.submit(application({ firstName: "L." })));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("schon beworben");
    await caller.applications.submit(application({ opportunityId: opp.second }));
    const people = await database.db
      .select()
      .from(persons)
      .where(eq(persons.email, "lena@example.org"));
    expect(people).toHaveLength(1);
    expect(people[0]!.firstName).toBe("Lena");
    expect(await engagementsOf("lena@example.org")).toHaveLength(2);
  });

  it("refuses someone too young, with the reason on the birth year", async () => {
    const caller = await client("192.0.2.12").call();
    const error = await errorOf(
      caller.applications.submit(
        application({ email: "kid@example.org", birthYear: 2016, opportunityId: opp.teens }),
      ),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("mindestens 14 Jahre");
    expect(await engagementsOf("kid@example.org")).toEqual([]);
  });

  it("asks for the birth date where the year leaves the age open", async () => {
    const caller = await client("192.0.2.13").call();
    // Born 2010: 15 or 16 on 24 November 2026.
    const input = application({
      email: "teen@example.org",
      birthYear: 2010,
      opportunityId: opp.sixteen,
    });
    const error = await errorOf(caller.applications.submit(input));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("Geburtsdatum");
    const tooYoung = await errorOf(
      caller.applications.submit({ ...input, birthDate: "2010-12-01" }),
    );
    expect(tooYoung.message).toContain("mindestens 16 Jahre");
    const minor = await errorOf(caller.applications.submit({ ...input, birthDate: "2010-01-10" }));
    expect(minor.message).toContain("Elternteil");
  });

  it("needs a guardian's address for a minor and asks the guardian after the confirmation", async () => {
    const caller = await client("192.0.2.14").call();
    const input = application({
      email: "mia@example.org",
      firstName: "Mia",
      birthYear: 2011,
      opportunityId: opp.teens,
    });
    const missing = await errorOf(caller.applications.submit(input));
    expect(missing.code).toBe("BAD_REQUEST");
    expect(missing.message).toContain("Elternteil");
    expect(
      await caller.applications.submit({ ...input, guardianEmail: "eltern@example.org" }),
    ).toEqual({
      email: "mia@example.org",
      isMinor: true,
    });
    expect(await mailsTo(database.db, cityScope(cityId), "eltern@example.org")).toEqual([]);

    const token = await tokenFromMail(
      database.db,
      cityId,
      "mia@example.org",
      "/bewerbung/bestaetigen",
    );
    expect(await caller.applications.confirm({ token })).toMatchObject({
      needsGuardianConsent: true,
    });
    const [guardianMail] = await mailsTo(database.db, cityScope(cityId), "eltern@example.org");
    expect(guardianMail).toMatchObject({ kind: "guardian_consent" });
    expect(guardianMail!.bodyText).toContain("Mia");
    expect(guardianMail!.bodyText).toContain("Ab 14");

    const guardianToken = await tokenFromMail(
      database.db,
      cityId,
      "eltern@example.org",
      "/einwilligung",
    );
    const guardian = await client("198.51.100.7").call();
    expect(await guardian.applications.guardianView({ token: guardianToken })).toMatchObject({
      childFirstName: "Mia",
      opportunityTitle: "Ab 14",
      organisationName: "Amt A",
      involvesMinorContact: true,
    });
    await guardian.applications.guardianConsent({ token: guardianToken });
    const [engagement] = await engagementsOf("mia@example.org");
    expect(engagement).toMatchObject({ isMinor: true, guardianEmail: "eltern@example.org" });
    expect(engagement!.guardianConsentAt).toBeInstanceOf(Date);
    expect((await errorOf(guardian.applications.guardianView({ token: guardianToken }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it.each([
    ["a draft", () => opp.draft],
    ["another city's opportunity", () => otherCityOpportunity],
  ])("refuses an application to %s", async (_name, id) => {
    const caller = await client("192.0.2.15").call();
    const error = await errorOf(
      caller.applications.submit(application({ email: "x@example.org", opportunityId: id() })),
    );
    expect(error.code).toBe("NOT_FOUND");
  });

  it("limits applications per e-mail address", async () => {
    const email = "flood@example.org";
    const codes: string[] = [];
    for (let i = 0; i < 7; i++) {
      const caller = await client(`203.0.113.${i}`).call();
      codes.push(
        await codeOf(caller.applications.submit(application({ email, opportunityId: opp.second }))),
      );
    }
    // The first counts, the next four are duplicates, then the limit of five per hour holds.
    expect(codes).toEqual([
      "OK",
      "CONFLICT",
      "CONFLICT",
      "CONFLICT",
      "CONFLICT",
      "TOO_MANY_REQUESTS",
      "TOO_MANY_REQUESTS",
    ]);
  });

  it("limits applications per client", async () => {
    const codes: string[] = [];
    for (let i = 0; i < 31; i++) {
      const caller = await client("203.0.113.200").call();
      codes.push(
        await codeOf(
          caller.applications.submit(
            application({ email: `p${i}@example.org`, opportunityId: opp.second }),
          ),
        ),
      );
    }
    expect(codes.slice(0, 30).every((c) => c === "OK")).toBe(true);
    expect(codes[30]).toBe("TOO_MANY_REQUESTS");
  });

  it("answers garbage with BAD_REQUEST, never an internal error", async () => {
    const volunteer = client("192.0.2.99");
    await (await volunteer.call()).auth.requestLink({ email: "lena@example.org" });
    const token = await tokenFromMail(database.db, cityId, "lena@example.org", "/anmelden/link");
    await (await volunteer.call()).auth.redeemLink({ token });
    const signedIn = await volunteer.call();
    const anonymous = await client("192.0.2.98").call();
    const valid = application({ email: "garbage@example.org" });
    for (const value of HOSTILE_VALUES) {
      const label = String(JSON.stringify(value) ?? value).slice(0, 40);
      for (const call of [
        anonymous.applications.submit(value as never),
        anonymous.applications.confirm(value as never),
        anonymous.applications.guardianView(value as never),
        anonymous.applications.guardianConsent(value as never),
        anonymous.applications.confirm({ token: value } as never),
      ]) {
        expect(await codeOf(call), label).toBe("BAD_REQUEST");
      }
      if (value !== undefined && !(typeof value === "object" && value && !Array.isArray(value))) {
        expect(await codeOf(signedIn.applications.mine(value as never)), label).toBe("BAD_REQUEST");
      }
      expect(await codeOf(signedIn.applications.mine({ limit: value } as never)), label).not.toBe(
        "INTERNAL_SERVER_ERROR",
      );
      expect(await codeOf(signedIn.applications.mine({ cursor: value } as never)), label).not.toBe(
        "INTERNAL_SERVER_ERROR",
      );
      for (const field of Object.keys(valid)) {
        const code = await codeOf(
          anonymous.applications.submit({ ...valid, [field]: value } as never),
        );
        expect(code, `${field} = ${label}`).not.toBe("INTERNAL_SERVER_ERROR");
        const isValid = ApplicationInput.safeParse({ ...valid, [field]: value }).success;
        if (!isValid) expect(code, `${field} = ${label}`).toBe("BAD_REQUEST");
      }
    }
  });
});
