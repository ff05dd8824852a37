import { createHash, randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { SESSION_COOKIE } from "@engagiert/api/context";
import {
  insertCity,
  insertUser,
  opportunityRow,
  SILENT,
  TEST_SETTINGS,
} from "@engagiert/api/testing";
import { createSession } from "@engagiert/db/queries/accounts";
import { cityScope } from "@engagiert/db/queries/scope";
import {
  auditLog,
  cities,
  engagements,
  hourEntries,
  opportunities,
  organisations,
  trainingAttendance,
  trainings,
  trainingSessions,
} from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { GOEPPINGEN } from "@engagiert/domain/city";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";

const NOW = new Date("2026-11-24T09:00:00Z");
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#0b5394"/></svg>';
const STANDARD_FONTS = fileURLToPath(
  new URL("../node_modules/pdfjs-dist/standard_fonts/", import.meta.url),
);

type StructNode = { role?: string; alt?: string; children?: StructNode[] };
const figures = (node: StructNode | null): StructNode[] =>
  node
    ? [...(node.role === "Figure" ? [node] : []), ...(node.children ?? []).flatMap(figures)]
    : [];

/** The PDF read back as a reader would: its lines of text, its title and its figures. */
async function readPdf(body: ArrayBuffer) {
  const pdf = await getDocument({ data: new Uint8Array(body), standardFontDataUrl: STANDARD_FONTS })
    .promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  const lines = content.items
    .map((item) => ("str" in item ? item.str.trim() : ""))
    .filter((text) => text !== "");
  const { info } = (await pdf.getMetadata()) as { info: { Title?: string } };
  return {
    pages: pdf.numPages,
    lines,
    title: info.Title,
    figures: figures((await page.getStructTree()) as StructNode | null),
  };
}

describe.each(testDatabaseKinds())("Engagementnachweis as PDF on %s", (kind) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  const cookies: Record<string, string> = {};
  let started: string;
  let notStarted: string;

  /** A signed-in browser of this user: a session as the sign-in makes it. */
  async function sessionOf(cityId: string, userId: string) {
    const token = randomBytes(32).toString("base64url");
    await createSession(database.db, cityScope(cityId), {
      tokenHash: createHash("sha256").update(token).digest("hex"),
      userId,
      now: NOW,
      expiresAt: new Date(NOW.getTime() + 12 * 3_600_000),
    });
    return `${SESSION_COOKIE}=${token}`;
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    // A city with a logo of its own, set up as `insertCity` does.
    const [cityA] = await db
      .insert(cities)
      .values({
        slug: "stadt-a",
        name: "Teststadt",
        federalState: "Baden-Württemberg",
        isDemo: true,
        config: {
          ...GOEPPINGEN,
          slug: "stadt-a",
          name: "Teststadt",
          isDemo: true,
          branding: { ...GOEPPINGEN.branding, logoSvg: LOGO },
        },
      })
      .returning();
    const [orgA, orgB] = await db
      .insert(organisations)
      .values([
        {
          cityId: cityA!.id,
          slug: "amt-a",
          name: "Amt A",
          kind: "department",
          email: "a@amt.example",
        },
        {
          cityId: cityA!.id,
          slug: "partner-b",
          name: "Partner B",
          kind: "partner",
          email: "b@partner.example",
        },
      ])
      .returning();
    const a = { city: cityA!, orgA: orgA!, orgB: orgB! };
    const b = await insertCity(db, "stadt-b");
    const users = {
      staff: await insertUser(db, a.city.id, {
        email: "maria.muster@a.example",
        role: "staff",
        organisationId: a.orgA.id,
      }),
      partner: await insertUser(db, a.city.id, {
        email: "partner@a.example",
        role: "staff",
        organisationId: a.orgB.id,
      }),
      coordinator: await insertUser(db, a.city.id, {
        email: "koordination@a.example",
        role: "coordinator",
      }),
      admin: await insertUser(db, a.city.id, { email: "admin@a.example", role: "city_admin" }),
      vera: await insertUser(db, a.city.id, { email: "vera@a.example", role: "volunteer" }),
      other: await insertUser(db, a.city.id, { email: "ole@a.example", role: "volunteer" }),
      coordinatorB: await insertUser(db, b.city.id, {
        email: "koordination@b.example",
        role: "coordinator",
      }),
    };
    for (const [name, user] of Object.entries(users)) {
      cookies[name] = await sessionOf(user.cityId, user.id);
    }
    const [opportunity, partnerOpportunity] = await db
      .insert(opportunities)
      .values([
        opportunityRow(a.city.id, a.orgA.id, {
          contact: { name: "Frau Muster", email: "kontakt@amt.example" },
        }),
        opportunityRow(a.city.id, a.orgB.id, { title: "Tafel" }),
      ])
      .returning();
    const personId = users.vera.personId!;
    const [engagement, waiting] = await db
      .insert(engagements)
      .values([
        {
          cityId: a.city.id,
          opportunityId: opportunity!.id,
          organisationId: a.orgA.id,
          personId,
          status: "active",
          confirmedAt: new Date("2024-12-01T10:00:00Z"),
          startedAt: new Date("2025-01-10T09:00:00Z"),
        },
        {
          cityId: a.city.id,
          opportunityId: partnerOpportunity!.id,
          organisationId: a.orgB.id,
          personId,
          status: "submitted",
          confirmedAt: new Date("2026-11-01T10:00:00Z"),
        },
      ])
      .returning();
    started = engagement!.id;
    notStarted = waiting!.id;
    const entry = {
      cityId: a.city.id,
      personId,
      engagementId: started,
      organisationId: a.orgA.id,
      activity: "Vorlesen",
      enteredByUserId: users.staff.id,
    };
    const [corrected] = await db
      .insert(hourEntries)
      .values([
        { ...entry, workedOn: "2026-09-01", minutes: 600, status: "approved" as const },
        { ...entry, workedOn: "2026-09-02", minutes: 90, status: "pending" as const },
      ])
      .returning();
    await db.insert(hourEntries).values([
      { ...entry, workedOn: "2026-10-01", minutes: 7200, status: "approved" },
      // The first day's ten hours were three and a half: 7,200 + 210 minutes count, 123.5 hours.
      {
        ...entry,
        workedOn: "2026-09-01",
        minutes: 210,
        status: "approved",
        correctsEntryId: corrected!.id,
        correctionReason: "Tippfehler",
      },
    ]);
    const training = (title: string, status: "closed" | "published") => ({
      cityId: a.city.id,
      title,
      description: "Grundlagen",
      topic: "first_aid",
      trainer: "DRK",
      capacity: 12,
      registrationDeadline: new Date("2026-03-01T10:00:00Z"),
      status,
      createdByUserId: users.coordinator.id,
    });
    const [firstAid, absent, open] = await db
      .insert(trainings)
      .values([
        training("Erste Hilfe am Kind", "closed"),
        training("Datenschutz kompakt", "closed"),
        training("Hygieneschulung", "published"),
      ])
      .returning();
    const sessions = await db
      .insert(trainingSessions)
      .values(
        [firstAid!, absent!, open!].map((t) => ({
          cityId: a.city.id,
          trainingId: t.id,
          startsAt: new Date("2026-03-12T08:00:00Z"),
          endsAt: new Date("2026-03-12T15:00:00Z"),
          units: 8,
        })),
      )
      .returning();
    await db.insert(trainingAttendance).values(
      sessions.map((s, i) => ({
        cityId: a.city.id,
        sessionId: s.id,
        personId,
        isPresent: i !== 1,
        recordedByUserId: users.coordinator.id,
      })),
    );
    app = createApp({
      db,
      settings: TEST_SETTINGS,
      log: SILENT,
      defaultCity: "stadt-a",
      appOrigins: ["http://localhost:5173"],
      now: () => NOW,
    });
  });
  afterAll(() => database.drop());

  const download = (id: string, cookie?: string, city = "stadt-a") =>
    app.request(`/api/certificates/engagement/${id}.pdf?city=${city}`, {
      headers: cookie ? { cookie } : {},
    });

  it("gives the volunteer their certificate with every fact, signed by the contact person", async () => {
    const response = await download(started, cookies.vera);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="engagementnachweis-2026-11-24.pdf"',
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const pdf = await readPdf(await response.arrayBuffer());
    expect(pdf.pages).toBe(1);
    expect(pdf.title).toBe("Engagementnachweis – Vera Test");
    expect(pdf.figures).toMatchObject([{ alt: "Logo: Teststadt" }]);
    expect(pdf.lines).toEqual([
      "Göppingen engagiert",
      "Teststadt",
      "Engagementnachweis",
      "Hiermit bestätigen wir, dass",
      "Vera Test",
      "sich bei Amt A ehrenamtlich engagiert.",
      "Organisation",
      "Amt A",
      "Tätigkeit",
      "Lesepatenschaft in der Grundschule",
      "Kindern beim Lesen helfen, einmal pro Woche.",
      "Zeitraum",
      "seit 10. Januar 2025",
      "Bestätigte Stunden",
      "123,5 Stunden",
      "Besuchte Schulungen",
      "Erste Hilfe am Kind (12.03.2026)",
      "Für dieses Engagement danken wir herzlich.",
      "Teststadt, 24. November 2026",
      "Frau Muster",
      "ausgestellt von Amt A",
      "Dieser Nachweis wurde mit „Göppingen engagiert“ erstellt.",
    ]);
    const audit = (await database.db.select().from(auditLog)).filter(
      (e) => e.subjectId === started,
    );
    expect(audit).toEqual([]);
  });

  it("lets staff of the organisation and the coordination office download it, signed and audited", async () => {
    const staff = await readPdf(await (await download(started, cookies.staff)).arrayBuffer());
    expect(staff.lines).toContain("maria.muster");
    expect(staff.lines).not.toContain("Frau Muster");
    expect((await download(started, cookies.coordinator)).status).toBe(200);
    const audit = (await database.db.select().from(auditLog)).filter(
      (e) => e.subjectId === started,
    );
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      action: "person.read",
      subjectType: "engagement",
      details: { document: "certificate" },
    });
  });

  it("tells everyone else the same: no such certificate", async () => {
    const unknown = await download("6f1f2a8e-3a4b-4c5d-8e9f-0a1b2c3d4e5f", cookies.staff);
    expect(unknown.status).toBe(404);
    const body = await unknown.text();
    for (const who of ["partner", "other", "admin"]) {
      const response = await download(started, cookies[who]);
      expect(response.status, who).toBe(404);
      expect(await response.text()).toBe(body);
    }
    // The coordination office of another city does not find it either.
    const otherCity = await download(started, cookies.coordinatorB, "stadt-b");
    expect(otherCity.status).toBe(404);
    expect(await otherCity.text()).toBe(body);
    expect((await download("kein-nachweis", cookies.vera)).status).toBe(404);
  });

  it("asks to sign in without a session, and explains an engagement that has not begun", async () => {
    expect((await download(started)).status).toBe(401);
    // A session of one city is no session in another.
    expect((await download(started, cookies.vera, "stadt-b")).status).toBe(401);
    const waiting = await download(notStarted, cookies.vera);
    expect(waiting.status).toBe(409);
    expect(await waiting.text()).toMatch(/noch nicht begonnen/);
  });
});
