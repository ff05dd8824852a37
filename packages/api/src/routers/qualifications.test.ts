import { inputOfRow } from "@engagiert/db/queries/opportunity-admin";
import {
  auditLog,
  engagements,
  opportunities,
  qualificationRecords,
  users,
} from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { DEFAULT_QUALIFICATION_TYPES } from "@engagiert/domain/qualifications";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { actorFor, type Context } from "../context.ts";
import { fieldErrorsOf } from "../errors.ts";
import { createRequestContext } from "../request.ts";
import { createCaller } from "../root.ts";
import {
  insertCity,
  insertUser,
  opportunityRow,
  SILENT,
  TEST_SETTINGS,
  testClient,
} from "../testing.ts";

/** testClient's clock: 10:00 in Berlin on 24 November 2026. */
const NOW = new Date("2026-11-24T09:00:00Z");
const RULES = {
  validityMonths: 24,
  minimumAge: 16,
  minimumAgeJustified: null,
  requiredUnits: 0,
  requires: [{ typeSlug: "erste-hilfe", maxAgeMonths: 24 }],
  renewalHours: null,
  reminderDays: 45,
};
const LIFEGUARD = {
  slug: "rettungsschwimmer",
  nameDe: "Rettungsschwimmabzeichen",
  nameEn: "Lifeguard badge",
  description: "Deutsches Rettungsschwimmabzeichen in Silber.",
  rules: RULES,
};

/** What a refused call says: its code and, for a 400, the message per field. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const { code, cause } = error as TRPCError;
  return { code, fields: cause instanceof ZodError ? fieldErrorsOf(cause) : {} };
}

describe.each(testDatabaseKinds())("qualifications on %s", (kind) => {
  let database: TestDatabase;
  let a: Awaited<ReturnType<typeof insertCity>>;
  let b: Awaited<ReturnType<typeof insertCity>>;
  let lena: string;
  let ole: string;

  async function signedIn(email: string, city = "stadt-a") {
    const client = testClient(database.db, city);
    await client.signIn(email);
    return client.call();
  }

  /** A caller acting as a signed-in volunteer (the link sign-in is tested in auth.test.ts). */
  async function asVolunteer(email: string) {
    const [user] = await database.db.select().from(users).where(eq(users.email, email));
    const base = await createRequestContext({
      db: database.db,
      citySlug: "stadt-a",
      cookieHeader: null,
      clientAddress: "192.0.2.1",
      settings: TEST_SETTINGS,
      setCookie: () => {},
      log: SILENT,
      now: () => NOW,
    });
    const sessionUser = {
      userId: user!.id,
      email,
      displayName: email,
      role: "volunteer" as const,
      organisationId: null,
      organisationName: null,
      personId: user!.personId,
    };
    const ctx: Context = { ...base, user: sessionUser, actor: actorFor(base.city, sessionUser) };
    return createCaller(ctx);
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    a = await insertCity(db, "stadt-a");
    b = await insertCity(db, "stadt-b");
    const staff = (email: string, organisationId: string) =>
      insertUser(db, a.city.id, { email, role: "staff", organisationId });
    await staff("staff@a.example", a.orgA.id);
    await staff("partner@a.example", a.orgB.id);
    await insertUser(db, a.city.id, { email: "coord@a.example", role: "coordinator" });
    await insertUser(db, b.city.id, { email: "coord@b.example", role: "coordinator" });
    lena = (await insertUser(db, a.city.id, { email: "lena@people.example", role: "volunteer" }))
      .personId!;
    ole = (await insertUser(db, a.city.id, { email: "ole@people.example", role: "volunteer" }))
      .personId!;
    const [oppA, oppB] = await db
      .insert(opportunities)
      .values([opportunityRow(a.city.id, a.orgA.id), opportunityRow(a.city.id, a.orgB.id)])
      .returning();
    const confirmedAt = new Date("2026-10-01T10:00:00Z");
    const engage = (
      personId: string,
      inB: boolean,
      status: "active" | "onboarding" | "submitted",
    ) =>
      db.insert(engagements).values({
        cityId: a.city.id,
        opportunityId: inB ? oppB!.id : oppA!.id,
        organisationId: inB ? a.orgB.id : a.orgA.id,
        personId,
        status,
        confirmedAt,
      });
    await engage(lena, false, "active");
    await engage(ole, true, "onboarding");
  });
  afterAll(() => database.drop());

  it("lists the city's types for anyone, with names in both languages", async () => {
    const anonymous = await testClient(database.db, "stadt-a").call();
    const types = await anonymous.qualifications.types();
    expect(types.map((t) => t.slug).sort()).toEqual(
      DEFAULT_QUALIFICATION_TYPES.map((t) => t.slug).sort(),
    );
    expect(types.find((t) => t.slug === "juleica")).toMatchObject({
      nameDe: "Juleica (Jugendleiter/in-Card)",
      nameEn: "Juleica (youth leader card)",
      isArchived: false,
      rules: { validityMonths: 36, reminderDays: 90 },
    });
  });

  it("lets only the coordination office add a type, checked against the city's types", async () => {
    const staff = await signedIn("staff@a.example");
    expect((await refusal(staff.qualifications.createType(LIFEGUARD))).code).toBe("FORBIDDEN");
    const coord = await signedIn("coord@a.example");
    expect(
      await refusal(
        coord.qualifications.createType({
          ...LIFEGUARD,
          rules: {
            ...RULES,
            minimumAgeJustified: 17,
            requires: [{ typeSlug: "bootsfuehrerschein", maxAgeMonths: null }],
          },
        }),
      ),
    ).toEqual({
      code: "BAD_REQUEST",
      fields: {
        "rules.minimumAgeJustified": [
          "Das Alter in begründeten Fällen muss unter dem Mindestalter liegen.",
        ],
      },
    });
    expect(
      (
        await refusal(
          coord.qualifications.createType({
            ...LIFEGUARD,
            rules: { ...RULES, requires: [{ typeSlug: "bootsfuehrerschein", maxAgeMonths: null }] },
          }),
        )
      ).fields,
    ).toEqual({
      "rules.requires.0.typeSlug": ["Diese Qualifikation gibt es in dieser Stadt nicht."],
    });
    const created = await coord.qualifications.createType(LIFEGUARD);
    expect(created).toMatchObject({ slug: "rettungsschwimmer", isArchived: false, rules: RULES });
    expect((await refusal(coord.qualifications.createType(LIFEGUARD))).fields).toEqual({
      slug: ["Diese Kennung ist schon vergeben."],
    });
    // The other city neither sees nor changes it.
    const other = await signedIn("coord@b.example", "stadt-b");
    expect((await other.qualifications.types()).map((t) => t.slug)).not.toContain(
      "rettungsschwimmer",
    );
    expect((await refusal(other.qualifications.updateType(LIFEGUARD))).code).toBe("NOT_FOUND");
  });

  it("changes a type's names and rules, and an opportunity may then require it", async () => {
    const coord = await signedIn("coord@a.example");
    const updated = await coord.qualifications.updateType({
      ...LIFEGUARD,
      nameDe: "Rettungsschwimmer (Silber)",
      rules: { ...RULES, reminderDays: 30 },
    });
    expect(updated).toMatchObject({
      nameDe: "Rettungsschwimmer (Silber)",
      rules: { reminderDays: 30 },
    });
    const staff = await signedIn("staff@a.example");
    const [row] = await database.db
      .select()
      .from(opportunities)
      .where(eq(opportunities.organisationId, a.orgA.id));
    const input = { ...inputOfRow(row!), requiredQualifications: ["rettungsschwimmer"] };
    await staff.opportunityAdmin.update({ ...input, id: row!.id });
    expect(
      (
        await refusal(
          staff.opportunityAdmin.update({
            ...input,
            id: row!.id,
            requiredQualifications: ["bootsfuehrerschein"],
          }),
        )
      ).fields,
    ).toEqual({
      "requiredQualifications.0": ["Diese Qualifikation gibt es in dieser Stadt nicht."],
    });
  });

  it("shows a person's records to the organisations they are engaged with, never beyond", async () => {
    const staff = await signedIn("staff@a.example");
    const partner = await signedIn("partner@a.example");
    const coord = await signedIn("coord@a.example");
    const other = await signedIn("coord@b.example", "stadt-b");
    expect(await staff.qualifications.recordsOfPerson({ personId: lena })).toEqual([]);
    expect(await coord.qualifications.recordsOfPerson({ personId: ole })).toEqual([]);
    // Ole is engaged only with partner B; Lena only with A.
    expect((await refusal(staff.qualifications.recordsOfPerson({ personId: ole }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await refusal(partner.qualifications.recordsOfPerson({ personId: lena }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await refusal(other.qualifications.recordsOfPerson({ personId: lena }))).code).toBe(
      "NOT_FOUND",
    );
    const volunteer = await asVolunteer("lena@people.example");
    expect(await volunteer.qualifications.recordsOfPerson({ personId: lena })).toEqual([]);
    expect((await refusal(volunteer.qualifications.recordsOfPerson({ personId: ole }))).code).toBe(
      "FORBIDDEN",
    );
    const reads = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.personId, lena), eq(auditLog.action, "qualification.read")));
    // Staff and the coordination office are logged; the volunteer's own look is not.
    expect(reads).toHaveLength(1);
  });

  it("adds an external certificate: validated, dated by the type's rules, audited", async () => {
    const staff = await signedIn("staff@a.example");
    const certificate = {
      personId: lena,
      typeSlug: "juleica",
      validFrom: "2026-06-01",
      issuer: "Kreisjugendring Göppingen",
    };
    expect(
      (
        await refusal(
          staff.qualifications.addExternalRecord({ ...certificate, validFrom: "2026-11-25" }),
        )
      ).fields,
    ).toEqual({ validFrom: ["Das Ausstellungsdatum darf nicht in der Zukunft liegen."] });
    expect(
      (
        await refusal(
          staff.qualifications.addExternalRecord({
            ...certificate,
            issuer: "K",
            validUntil: "2026-05-01",
          }),
        )
      ).fields,
    ).toMatchObject({ issuer: [expect.any(String)], validUntil: [expect.any(String)] });
    expect(
      (
        await refusal(
          staff.qualifications.addExternalRecord({ ...certificate, typeSlug: "segelschein" }),
        )
      ).fields,
    ).toEqual({ typeSlug: ["Diese Qualifikation gibt es in dieser Stadt nicht."] });
    const partner = await signedIn("partner@a.example");
    expect((await refusal(partner.qualifications.addExternalRecord(certificate))).code).toBe(
      "FORBIDDEN",
    );
    expect(
      await database.db
        .select()
        .from(qualificationRecords)
        .where(eq(qualificationRecords.personId, lena)),
    ).toHaveLength(0);

    // Juleica is valid 3 years from the certificate's date; an explicit date wins.
    expect(await staff.qualifications.addExternalRecord(certificate)).toMatchObject({
      validFrom: "2026-06-01",
      validUntil: "2029-06-01",
    });
    await staff.qualifications.addExternalRecord({
      ...certificate,
      typeSlug: "erste-hilfe",
      validFrom: "2025-03-01",
      issuer: "DRK Kreisverband Göppingen",
      validUntil: "2027-03-01",
    });
    const records = await staff.qualifications.recordsOfPerson({ personId: lena });
    expect(records).toMatchObject([
      { typeSlug: "juleica", source: "external", issuer: "Kreisjugendring Göppingen" },
      {
        typeSlug: "erste-hilfe",
        validUntil: "2027-03-01",
        status: { status: "valid", daysLeft: 97 },
      },
    ]);
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.personId, lena), eq(auditLog.action, "qualification.recorded")));
    expect(audit.map((e) => e.subjectId).sort()).toEqual(records.map((r) => r.id).sort());
  });

  it("archives a type in use: records stay readable, nothing new is recorded or required", async () => {
    const coord = await signedIn("coord@a.example");
    const staff = await signedIn("staff@a.example");
    await staff.qualifications.addExternalRecord({
      personId: lena,
      typeSlug: "rettungsschwimmer",
      validFrom: "2026-01-10",
      issuer: "DLRG Göppingen",
    });
    expect(
      await coord.qualifications.archiveType({ slug: "rettungsschwimmer", isArchived: true }),
    ).toMatchObject({ isArchived: true });
    const records = await staff.qualifications.recordsOfPerson({ personId: lena });
    expect(records.find((r) => r.typeSlug === "rettungsschwimmer")).toMatchObject({
      nameDe: "Rettungsschwimmer (Silber)",
      isTypeArchived: true,
      validUntil: "2028-01-10",
    });
    expect(
      (
        await refusal(
          staff.qualifications.addExternalRecord({
            personId: lena,
            typeSlug: "rettungsschwimmer",
            validFrom: "2026-02-10",
            issuer: "DLRG Göppingen",
          }),
        )
      ).fields,
    ).toEqual({
      typeSlug: [
        "Diese Qualifikation ist archiviert; es werden keine neuen Nachweise mehr erfasst.",
      ],
    });
    const [row] = await database.db
      .select()
      .from(opportunities)
      .where(eq(opportunities.organisationId, a.orgA.id));
    expect(
      (await refusal(staff.opportunityAdmin.update({ ...inputOfRow(row!), id: row!.id }))).fields,
    ).toEqual({
      "requiredQualifications.0": [
        "Diese Qualifikation ist archiviert und wird nicht mehr verlangt. Bitte abwählen.",
      ],
    });
    const types = await coord.qualifications.types();
    expect(types.find((t) => t.slug === "rettungsschwimmer")?.isArchived).toBe(true);
    await coord.qualifications.archiveType({ slug: "rettungsschwimmer", isArchived: false });
    expect(
      (await refusal(staff.qualifications.archiveType({ slug: "juleica", isArchived: true }))).code,
    ).toBe("FORBIDDEN");
  });

  it("shows the volunteer their own qualifications with where each stands", async () => {
    const held = (typeSlug: string, validFrom: string, validUntil: string) => ({
      cityId: a.city.id,
      personId: lena,
      typeSlug,
      validFrom,
      validUntil,
      issuer: "Gesundheitsamt",
      source: "external" as const,
    });
    await database.db
      .insert(qualificationRecords)
      .values([
        held("hygiene-belehrung", "2025-12-01", "2026-12-01"),
        held("datenschutz-belehrung", "2024-11-01", "2026-11-01"),
      ]);
    const volunteer = await asVolunteer("lena@people.example");
    const mine = await volunteer.qualifications.mine();
    expect(mine.map((r) => [r.typeSlug, r.status])).toEqual([
      ["juleica", { status: "valid", daysLeft: 920 }],
      ["rettungsschwimmer", { status: "valid", daysLeft: 412 }],
      // Hygiene is flagged 60 days ahead.
      ["hygiene-belehrung", { status: "expiring", daysLeft: 7 }],
      ["erste-hilfe", { status: "valid", daysLeft: 97 }],
      ["datenschutz-belehrung", { status: "expired", daysAgo: 23 }],
    ]);
    expect(mine[0]).toMatchObject({
      nameDe: "Juleica (Jugendleiter/in-Card)",
      validFrom: "2026-06-01",
    });
    const staff = await signedIn("staff@a.example");
    expect((await refusal(staff.qualifications.mine())).code).toBe("FORBIDDEN");
    const anonymous = await testClient(database.db, "stadt-a").call();
    expect((await refusal(anonymous.qualifications.mine())).code).toBe("UNAUTHORIZED");
  });
});
