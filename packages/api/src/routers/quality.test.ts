import { organisations, surveyResponses, surveys } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity, insertUser, testClient } from "../testing.ts";

async function errorOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}
const codeOf = async (promise: Promise<unknown>) => (await errorOf(promise)).code;
const fieldsOf = async (promise: Promise<unknown>) => {
  const error = await errorOf(promise);
  expect(error.code).toBe("BAD_REQUEST");
  // The error formatter sends these to the form only when the cause is kept as a real error.
  expect(error.cause).toBeInstanceOf(Error);
  const cause = error.cause as { issues?: { path: (string | number)[]; message: string }[] };
  return Object.fromEntries((cause.issues ?? []).map((i) => [i.path.join("."), i.message]));
};

// The test clock stands on 2026-11-24 (see testClient).
const TODAY = "2026-11-24";

describe.each(testDatabaseKinds())("quality on %s", (kind) => {
  let database: TestDatabase;
  let a: Awaited<ReturnType<typeof insertCity>>;
  let b: Awaited<ReturnType<typeof insertCity>>;

  async function signedIn(email: string, city = "stadt-a") {
    const client = testClient(database.db, city);
    await client.signIn(email);
    return client.call();
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    a = await insertCity(db, "stadt-a");
    b = await insertCity(db, "stadt-b");
    await insertUser(db, a.city.id, {
      email: "staff@a.example",
      role: "staff",
      organisationId: a.orgA.id,
    });
    await insertUser(db, a.city.id, {
      email: "partner@a.example",
      role: "staff",
      organisationId: a.orgB.id,
    });
    await insertUser(db, a.city.id, { email: "coord@a.example", role: "coordinator" });
    await insertUser(db, b.city.id, { email: "coord@b.example", role: "coordinator" });
  });
  afterAll(() => database.drop());

  it("starts every city with the nine standards of the catalogue, in order", async () => {
    const staff = await signedIn("staff@a.example");
    const standards = await staff.quality.standards();
    expect(standards.map((s) => s.slug)).toEqual([
      "ansprechperson",
      "aufgabenbeschreibung",
      "einarbeitung",
      "versicherung",
      "fortbildung",
      "feedback",
      "anerkennung",
      "abschlussgespraech",
      "datenschutz",
    ]);
    expect(standards[0]).toMatchObject({ title: "Feste Ansprechperson", position: 1 });
    expect(standards.every((s) => s.evidence.length > 0)).toBe(true);
    const other = await signedIn("coord@b.example", "stadt-b");
    const ids = new Set(standards.map((s) => s.id));
    expect((await other.quality.standards()).some((s) => ids.has(s.id))).toBe(false);
  });

  it("lets only the coordination office edit, archive, restore and reorder the catalogue", async () => {
    const staff = await signedIn("staff@a.example");
    const coord = await signedIn("coord@a.example");
    const texts = {
      title: "Übergänge",
      description: "Wechsel gut begleiten.",
      evidence: "Ablauf.",
    };
    expect(await codeOf(staff.quality.createStandard(texts))).toBe("FORBIDDEN");
    expect(await codeOf(staff.quality.standards({ includeArchived: true }))).toBe("FORBIDDEN");

    const created = await coord.quality.createStandard(texts);
    expect(created).toMatchObject({ slug: "uebergaenge", position: 10, isArchived: false });
    const twin = await coord.quality.createStandard(texts);
    expect(twin.slug).toBe("uebergaenge-2");

    const edited = await coord.quality.updateStandard({
      standardId: created.id,
      ...texts,
      title: "Übergänge gestalten",
    });
    expect(edited).toMatchObject({ title: "Übergänge gestalten", slug: "uebergaenge" });
    expect(await codeOf(staff.quality.updateStandard({ standardId: created.id, ...texts }))).toBe(
      "FORBIDDEN",
    );

    await coord.quality.moveStandard({ standardId: created.id, direction: "up" });
    const order = (await coord.quality.standards()).map((s) => s.id);
    expect(order.indexOf(created.id)).toBe(8);
    expect(order.at(-1)).toBe(twin.id);

    await coord.quality.archiveStandard({ standardId: twin.id });
    expect((await coord.quality.standards()).map((s) => s.id)).not.toContain(twin.id);
    const all = await coord.quality.standards({ includeArchived: true });
    expect(all.find((s) => s.id === twin.id)?.isArchived).toBe(true);
    expect(await codeOf(coord.quality.moveStandard({ standardId: twin.id, direction: "up" }))).toBe(
      "NOT_FOUND",
    );
    const restored = await coord.quality.archiveStandard({
      standardId: twin.id,
      isArchived: false,
    });
    expect(restored.isArchived).toBe(false);
    await coord.quality.archiveStandard({ standardId: twin.id });
    await coord.quality.archiveStandard({ standardId: created.id });

    const foreign = await signedIn("coord@b.example", "stadt-b");
    expect(await codeOf(foreign.quality.updateStandard({ standardId: created.id, ...texts }))).toBe(
      "NOT_FOUND",
    );
  });

  it("refuses a standard without a title or description, naming the field in German", async () => {
    const coord = await signedIn("coord@a.example");
    expect(
      await fieldsOf(coord.quality.createStandard({ title: "", description: " ", evidence: "x" })),
    ).toEqual({
      title: "Mindestens 3 Zeichen.",
      description: "Bitte eine Beschreibung angeben.",
    });
  });

  it("keeps every assessment: the latest is current, the rest is history, page by page", async () => {
    const staff = await signedIn("staff@a.example");
    const before = await staff.quality.myAssessment();
    expect(before.organisation.name).toBe("Amt A");
    expect(before.score).toBe(0);
    const contact = before.standards.find((s) => s.slug === "ansprechperson")!;
    expect(contact.current).toBeNull();

    const assess = (level: number, assessedOn: string, evidenceNote = "") =>
      staff.quality.assess({
        organisationId: a.orgA.id,
        standardId: contact.id,
        level,
        assessedOn,
        evidenceNote,
      });
    await assess(1, "2026-03-02", "Nur mündlich vereinbart.");
    await assess(3, "2026-10-01", "Im Angebotstext benannt.");
    // Entered later, but dated earlier: it joins the history and does not become current.
    await assess(2, "2026-06-15");

    const after = await staff.quality.myAssessment();
    const current = after.standards.find((s) => s.id === contact.id)!.current;
    expect(current).toMatchObject({
      level: 3,
      assessedOn: "2026-10-01",
      evidenceNote: "Im Angebotstext benannt.",
      assessedBy: "staff",
    });
    expect(after.score).toBe(Math.round((100 * 3) / (3 * 9)));

    const key = { organisationId: a.orgA.id, standardId: contact.id };
    const first = await staff.quality.history({ ...key, limit: 2 });
    expect(first.total).toBe(3);
    expect(first.items.map((i) => [i.level, i.assessedOn])).toEqual([
      [3, "2026-10-01"],
      [2, "2026-06-15"],
    ]);
    const second = await staff.quality.history({ ...key, limit: 2, cursor: first.nextCursor });
    expect(second.items.map((i) => i.level)).toEqual([1]);
    expect(second.nextCursor).toBeNull();
    // A tampered cursor gives the first page, never an error.
    const tampered = Buffer.from(JSON.stringify(["2026-99-99", TODAY, contact.id])).toString(
      "base64url",
    );
    expect(
      (await staff.quality.history({ ...key, limit: 2, cursor: tampered })).items,
    ).toHaveLength(2);

    const coord = await signedIn("coord@a.example");
    const seen = await coord.quality.organisationAssessment({ organisationId: a.orgA.id });
    expect(seen.standards.find((s) => s.id === contact.id)!.current?.level).toBe(3);
  });

  it("validates an assessment and says what is wrong with which field", async () => {
    const staff = await signedIn("staff@a.example");
    const standard = (await staff.quality.standards()).find((s) => s.slug === "einarbeitung");
    const base = { organisationId: a.orgA.id, standardId: standard!.id, assessedOn: TODAY };
    expect(await fieldsOf(staff.quality.assess({ ...base, level: 4 }))).toEqual({
      level: "Bitte eine Stufe von 0 bis 3 wählen.",
    });
    expect(
      await fieldsOf(staff.quality.assess({ ...base, level: 2, evidenceNote: "x".repeat(2001) })),
    ).toEqual({ evidenceNote: "Der Nachweis darf höchstens 2000 Zeichen lang sein." });
    expect(
      await fieldsOf(staff.quality.assess({ ...base, level: 2, assessedOn: "2026-11-25" })),
    ).toEqual({ assessedOn: "Das Datum der Einschätzung darf nicht in der Zukunft liegen." });
    expect(
      await codeOf(
        staff.quality.assess({
          ...base,
          standardId: "00000000-0000-4000-8000-000000000000",
          level: 1,
        }),
      ),
    ).toBe("NOT_FOUND");
    const coord = await signedIn("coord@a.example");
    const archived = (await coord.quality.standards({ includeArchived: true })).find(
      (s) => s.isArchived,
    )!;
    const refused = await errorOf(
      staff.quality.assess({ ...base, standardId: archived.id, level: 1 }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/archiviert/);
    const history = await staff.quality.history({
      organisationId: a.orgA.id,
      standardId: standard!.id,
    });
    expect(history.total).toBe(0);
  });

  it("shows an organisation only its own assessments; another city never", async () => {
    const staff = await signedIn("staff@a.example");
    const partner = await signedIn("partner@a.example");
    const [standard] = await staff.quality.standards();
    const ofA = { organisationId: a.orgA.id };
    expect(await codeOf(partner.quality.organisationAssessment(ofA))).toBe("FORBIDDEN");
    expect(await codeOf(partner.quality.history({ ...ofA, standardId: standard!.id }))).toBe(
      "FORBIDDEN",
    );
    expect(
      await codeOf(
        partner.quality.assess({ ...ofA, standardId: standard!.id, level: 0, assessedOn: TODAY }),
      ),
    ).toBe("FORBIDDEN");
    expect((await partner.quality.myAssessment()).organisation.name).toBe("Partner B");
    expect((await partner.quality.myAssessment()).standards.every((s) => s.current === null)).toBe(
      true,
    );

    const volunteer = testClient(database.db, "stadt-a");
    expect(await codeOf((await volunteer.call()).quality.myAssessment())).toBe("UNAUTHORIZED");

    const coord = await signedIn("coord@a.example");
    expect(await codeOf(coord.quality.myAssessment())).toBe("PRECONDITION_FAILED");

    const foreign = await signedIn("coord@b.example", "stadt-b");
    expect(await codeOf(foreign.quality.organisationAssessment(ofA))).toBe("NOT_FOUND");
    expect(await codeOf(foreign.quality.trend(ofA))).toBe("NOT_FOUND");
    const [foreignStandard] = await foreign.quality.standards();
    expect(
      await codeOf(
        foreign.quality.assess({
          ...ofA,
          standardId: foreignStandard!.id,
          level: 3,
          assessedOn: TODAY,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect((await foreign.quality.history({ ...ofA, standardId: standard!.id })).total).toBe(0);
    const matrix = await foreign.quality.matrix({});
    expect(matrix.rows.map((r) => r.organisation.name)).toEqual(["Amt A", "Partner B"]);
    expect(matrix.rows.every((r) => r.cells.every((c) => c === null))).toBe(true);
  });

  it("keeps the matrix, trend and export for the coordination office", async () => {
    const staff = await signedIn("staff@a.example");
    expect(await codeOf(staff.quality.matrix({}))).toBe("FORBIDDEN");
    expect(await codeOf(staff.quality.matrixCsv())).toBe("FORBIDDEN");
    expect(await codeOf(staff.quality.trend({ organisationId: a.orgA.id }))).toBe("FORBIDDEN");
  });

  it("shows the matrix with levels, scores and the volunteers' feedback of groups of 5 or more", async () => {
    const db = database.db;
    const coord = await signedIn("coord@a.example");
    const standards = await coord.quality.standards();
    const feedback = standards.find((s) => s.slug === "feedback")!;
    const partner = await signedIn("partner@a.example");
    await partner.quality.assess({
      organisationId: a.orgB.id,
      standardId: feedback.id,
      level: 2,
      assessedOn: "2026-11-20",
    });
    const [survey] = await db
      .insert(surveys)
      .values({
        cityId: a.city.id,
        title: "Herbstbefragung",
        questions: [{ id: "q1", kind: "scale", text: "Wie zufrieden?" }],
        status: "closed",
        openedAt: new Date("2026-10-01T08:00:00Z"),
        createdByUserId: (await coord.auth.me()).user!.userId,
      })
      .returning();
    const answer = (organisationId: string, value: number) => ({
      cityId: a.city.id,
      surveyId: survey!.id,
      organisationId,
      submittedOn: "2026-10-05",
      answers: { q1: value },
    });
    await db
      .insert(surveyResponses)
      .values([
        ...[4, 5, 4, 3, 5].map((v) => answer(a.orgB.id, v)),
        ...[1, 2, 1, 2].map((v) => answer(a.orgA.id, v)),
      ]);

    const matrix = await coord.quality.matrix({});
    expect(matrix.total).toBe(2);
    expect(matrix.feedbackStandardId).toBe(feedback.id);
    const [rowA, rowB] = matrix.rows;
    expect(rowA!.organisation.name).toBe("Amt A");
    expect(rowA!.cells[standards.findIndex((s) => s.slug === "ansprechperson")]).toEqual({
      level: 3,
      assessedOn: "2026-10-01",
    });
    expect(rowA!.score).toBe(11);
    // Four answers are too few to show: no single volunteer can be recognised.
    expect(rowA!.feedback).toBeNull();
    expect(rowB!.feedback).toEqual({ average: 4.2, answers: 5, surveyTitle: "Herbstbefragung" });
    expect(rowB!.cells[standards.indexOf(feedback)]).toEqual({
      level: 2,
      assessedOn: "2026-11-20",
    });

    const firstPage = await coord.quality.matrix({ limit: 1 });
    expect(firstPage.rows.map((r) => r.organisation.name)).toEqual(["Amt A"]);
    const next = await coord.quality.matrix({ limit: 1, cursor: firstPage.nextCursor });
    expect(next.rows.map((r) => r.organisation.name)).toEqual(["Partner B"]);
    expect(next.nextCursor).toBeNull();
  });

  it("draws the trend per quarter from the history", async () => {
    const coord = await signedIn("coord@a.example");
    const trend = await coord.quality.trend({ organisationId: a.orgA.id, quarters: 4 });
    // Amt A: level 1 in March, 2 in June, 3 in October for one standard of nine.
    expect(trend.points).toEqual([
      { label: "2026 Q1", asOf: "2026-03-31", score: 4 },
      { label: "2026 Q2", asOf: "2026-06-30", score: 7 },
      { label: "2026 Q3", asOf: "2026-09-30", score: 7 },
      { label: "2026 Q4", asOf: TODAY, score: 11 },
    ]);
  });

  it("exports the matrix as CSV with formulas defused", async () => {
    const db = database.db;
    const coord = await signedIn("coord@a.example");
    await db.insert(organisations).values({
      cityId: a.city.id,
      slug: "formel",
      name: '=HYPERLINK("http://evil.example"), e.V.',
      kind: "partner",
      email: "f@partner.example",
    });
    const created = await coord.quality.createStandard({
      title: "@Standard mit Formel",
      description: "Steht am Ende.",
      evidence: "-",
    });
    const { filename, content } = await coord.quality.matrixCsv();
    expect(filename).toBe(`qualitaet-stadt-a-${TODAY}.csv`);
    expect(content.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = content.slice(1).split("\r\n");
    expect(header).toBe(
      [
        "Organisation",
        "Reifegrad (%)",
        ...(await coord.quality.standards()).slice(0, -1).map((s) => s.title),
        // A title a spreadsheet would run as a formula is written as text.
        "'@Standard mit Formel",
        "Rückmeldung der Engagierten (Durchschnitt 1–5)",
      ].join(","),
    );
    expect(rows.at(-1)).toBe("");
    const cells = (...fields: string[]) => fields.join(",");
    const empty = (n: number) => Array<string>(n).fill("");
    expect([...rows.slice(0, -1)].sort()).toEqual(
      [
        cells('"\'=HYPERLINK(""http://evil.example""), e.V."', "0", ...empty(11)),
        // One standard of ten at level 3: 10 %; four answers are too few to show.
        cells("Amt A", "10", "3", ...empty(10)),
        cells("Partner B", "7", ...empty(5), "2", ...empty(4), "4.2"),
      ].sort(),
    );
    await coord.quality.archiveStandard({ standardId: created.id });
  });
});
