import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import {
  engagementEvents,
  engagements,
  opportunities,
  persons,
  qualificationRecords,
} from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity, insertUser, opportunityRow, testClient } from "../testing.ts";

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

async function errorOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

const GARBAGE: unknown[] = [
  null,
  42,
  "x'; drop table engagements;--",
  { engagementId: "x'; drop table engagements;--" },
  { engagementId: -1 },
  { engagementId: "a".repeat(100_000) },
  { limit: -5 },
  { limit: 1e9, search: "a".repeat(100_000) },
  { status: "everything" },
  { to: "active", engagementId: ["<script>"] },
];

describe.each(testDatabaseKinds())("pipeline on %s", (kind) => {
  let database: TestDatabase;
  let a: Awaited<ReturnType<typeof insertCity>>;
  let b: Awaited<ReturnType<typeof insertCity>>;
  let oppA: typeof opportunities.$inferSelect;
  let oppB: typeof opportunities.$inferSelect;
  let seq = 0;

  async function signedIn(email: string, city = "stadt-a") {
    const client = testClient(database.db, city);
    await client.signIn(email);
    return client.call();
  }

  async function application(
    opp: typeof opportunities.$inferSelect,
    status: typeof engagements.$inferInsert.status,
    overrides: Partial<typeof engagements.$inferInsert> = {},
  ) {
    seq += 1;
    const [person] = await database.db
      .insert(persons)
      .values({
        cityId: opp.cityId,
        firstName: `Mia${seq}`,
        lastName: "Beispiel",
        email: `mia${seq}@people.example`,
        birthYear: 1990,
      })
      .returning();
    const [row] = await database.db
      .insert(engagements)
      .values({
        cityId: opp.cityId,
        opportunityId: opp.id,
        organisationId: opp.organisationId,
        personId: person!.id,
        status,
        confirmedAt: new Date("2026-11-01T10:00:00Z"),
        ...overrides,
      })
      .returning();
    return { engagement: row!, person: person! };
  }

  const complete = {
    firstConversationAt: new Date("2026-11-02T10:00:00Z"),
    agreementAt: new Date("2026-11-02T10:00:00Z"),
    dataProtectionNoticeAt: new Date("2026-11-02T10:00:00Z"),
    insuranceInformationAt: new Date("2026-11-02T10:00:00Z"),
  };

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
      email: "staff2@a.example",
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
    [oppA, oppB] = (await db
      .insert(opportunities)
      .values([
        opportunityRow(a.city.id, a.orgA.id, { involvesMinorContact: false, capacity: 50 }),
        opportunityRow(a.city.id, a.orgB.id),
      ])
      .returning()) as [typeof opportunities.$inferSelect, typeof opportunities.$inferSelect];
  });
  afterAll(() => database.drop());

  it("lists only confirmed applications of the own organisation", async () => {
    const mine = await application(oppA, "submitted");
    await application(oppA, "submitted", { confirmedAt: null });
    await application(oppB, "submitted");
    const staff = await signedIn("staff@a.example");
    const page = await staff.pipeline.list({ status: "submitted" });
    expect(page.items.map((i) => i.id)).toEqual([mine.engagement.id]);
    expect(page.items[0]!.moves.sort()).toEqual(["declined", "in_contact"]);
    const board = await staff.pipeline.board({});
    expect(board.find((c) => c.status === "submitted")!.total).toBe(1);
    const coord = await signedIn("coord@a.example");
    expect((await coord.pipeline.list({ status: "submitted" })).total).toBe(2);
    expect(
      (await coord.pipeline.list({ status: "submitted", organisationId: a.orgB.id })).total,
    ).toBe(1);
  });

  it("pages through the table by name and searches by name", async () => {
    const coord = await signedIn("coord@a.example");
    const first = await coord.pipeline.list({ sort: "name", limit: 1 });
    expect(first.items).toHaveLength(1);
    const second = await coord.pipeline.list({ sort: "name", limit: 1, cursor: first.nextCursor });
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    const found = await coord.pipeline.list({ search: first.items[0]!.firstName });
    expect(found.items.map((i) => i.id)).toContain(first.items[0]!.id);
    expect((await coord.pipeline.list({ search: "%'; drop" })).items).toEqual([]);
  });

  it("refuses staff another organisation's applications, notes and moves", async () => {
    const other = await application(oppB, "submitted");
    const staff = await signedIn("staff@a.example");
    const id = other.engagement.id;
    expect(await codeOf(staff.pipeline.get({ engagementId: id }))).toBe("FORBIDDEN");
    expect(await codeOf(staff.pipeline.move({ engagementId: id, to: "in_contact" }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(staff.pipeline.notes({ engagementId: id }))).toBe("FORBIDDEN");
    expect(await codeOf(staff.pipeline.addNote({ engagementId: id, body: "x" }))).toBe("FORBIDDEN");
    expect(
      await codeOf(
        staff.pipeline.setChecklistItem({ engagementId: id, item: "agreement", done: true }),
      ),
    ).toBe("FORBIDDEN");
    expect(await codeOf(staff.pipeline.list({ organisationId: a.orgB.id }))).toBe("FORBIDDEN");
    expect(await codeOf(staff.pipeline.board({ organisationId: a.orgB.id }))).toBe("FORBIDDEN");
    const foreign = await signedIn("coord@b.example", "stadt-b");
    expect(await codeOf(foreign.pipeline.get({ engagementId: id }))).toBe("NOT_FOUND");
    expect(await codeOf(foreign.pipeline.notes({ engagementId: id }))).toBe("NOT_FOUND");
    // Another city's organisation id finds nothing: every query is scoped to the caller's city.
    expect((await foreign.pipeline.list({ organisationId: a.orgA.id })).total).toBe(0);
  });

  it("refuses moves the organisation may not make", async () => {
    const { engagement } = await application(oppA, "submitted");
    const staff = await signedIn("staff@a.example");
    for (const to of ["withdrawn", "active", "ended", "submitted"] as const) {
      expect(
        await codeOf(
          staff.pipeline.move({
            engagementId: engagement.id,
            to,
            endReason: "other",
            exitConversationWanted: false,
          }),
        ),
      ).toBe("CONFLICT");
    }
    expect(await codeOf(staff.pipeline.move({ engagementId: engagement.id, to: "ended" }))).toBe(
      "BAD_REQUEST",
    );
  });

  it("invites, records an event and sends a kind mail", async () => {
    const { engagement, person } = await application(oppA, "submitted");
    const staff = await signedIn("staff@a.example");
    expect(
      await staff.pipeline.move({ engagementId: engagement.id, to: "in_contact" }),
    ).toMatchObject({
      status: "in_contact",
    });
    const events = await database.db
      .select()
      .from(engagementEvents)
      .where(eq(engagementEvents.engagementId, engagement.id));
    expect(events).toMatchObject([
      { fromStatus: "submitted", toStatus: "in_contact", actorKind: "organisation" },
    ]);
    const [mail] = await mailsTo(database.db, cityScope(a.city.id), person.email);
    expect(mail).toMatchObject({ kind: "engagement_in_contact" });
    expect(mail!.bodyText).toContain("Gespräch");
    expect(mail!.bodyText).toContain("conversation");
  });

  it("refuses activation with the missing items, then activates once the checklist is complete", async () => {
    const [opp] = await database.db
      .insert(opportunities)
      .values(
        opportunityRow(a.city.id, a.orgA.id, {
          involvesMinorContact: true,
          requiredQualifications: ["erste-hilfe"],
          capacity: 3,
        }),
      )
      .returning();
    const { engagement, person } = await application(opp!, "onboarding", { isMinor: true });
    const staff = await signedIn("staff@a.example");
    const refused = await errorOf(
      staff.pipeline.move({ engagementId: engagement.id, to: "active" }),
    );
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.message).toContain("Erstgespräch");
    expect(refused.message).toContain("Führungszeugnis");
    expect(refused.message).toContain("Qualifikation Erste Hilfe");
    expect(refused.message).toContain("Erziehungsberechtigten");
    const before = await staff.pipeline.get({ engagementId: engagement.id });
    expect(before.onboarding.activation).toMatchObject({ ok: false });

    for (const item of [
      "first_conversation",
      "agreement",
      "data_protection_notice",
      "insurance_information",
    ] as const) {
      await staff.pipeline.setChecklistItem({ engagementId: engagement.id, item, done: true });
    }
    // A certificate older than 3 months is refused at the field.
    const tooOld = await errorOf(
      staff.pipeline.recordInspection({
        engagementId: engagement.id,
        certificateIssuedOn: "2026-07-01",
        inspectedOn: "2026-11-20",
        hasRelevantEntry: false,
      }),
    );
    expect(tooOld.code).toBe("BAD_REQUEST");
    await staff.pipeline.recordInspection({
      engagementId: engagement.id,
      certificateIssuedOn: "2026-10-01",
      inspectedOn: "2026-11-20",
      hasRelevantEntry: false,
    });
    await database.db.insert(qualificationRecords).values({
      cityId: a.city.id,
      personId: person.id,
      typeSlug: "erste-hilfe",
      validFrom: "2026-01-01",
      validUntil: "2028-01-01",
      source: "external",
    });
    const stillMissing = await errorOf(
      staff.pipeline.move({ engagementId: engagement.id, to: "active" }),
    );
    expect(stillMissing.message).toContain("Erziehungsberechtigten");
    expect(stillMissing.message).not.toContain("Erstgespräch");
    await database.db
      .update(engagements)
      .set({ guardianConsentAt: new Date("2026-11-03T10:00:00Z") })
      .where(and(eq(engagements.cityId, a.city.id), eq(engagements.id, engagement.id)));
    const detail = await staff.pipeline.get({ engagementId: engagement.id });
    expect(detail.onboarding.activation).toEqual({ ok: true });
    expect(detail.onboarding.fuehrungszeugnis.validity).toMatchObject({
      status: "valid",
      reinspectionDueOn: "2031-11-20",
    });
    expect(await staff.pipeline.move({ engagementId: engagement.id, to: "active" })).toMatchObject({
      status: "active",
    });
    const mails = await mailsTo(database.db, cityScope(a.city.id), person.email);
    expect(mails.map((m) => m.kind)).toEqual(["engagement_active"]);
  });

  it("refuses a Führungszeugnis for an opportunity without contact with minors", async () => {
    const { engagement } = await application(oppA, "onboarding");
    const staff = await signedIn("staff@a.example");
    expect(
      await codeOf(
        staff.pipeline.recordInspection({
          engagementId: engagement.id,
          certificateIssuedOn: "2026-10-01",
          inspectedOn: "2026-11-20",
          hasRelevantEntry: false,
        }),
      ),
    ).toBe("PRECONDITION_FAILED");
  });

  it("ends with a reason and the exit-conversation wish, and declines with a kind mail", async () => {
    const staff = await signedIn("staff@a.example");
    const active = await application(oppA, "active");
    await staff.pipeline.move({
      engagementId: active.engagement.id,
      to: "ended",
      endReason: "moved_away",
      exitConversationWanted: true,
    });
    const [row] = await database.db
      .select()
      .from(engagements)
      .where(eq(engagements.id, active.engagement.id));
    expect(row).toMatchObject({
      status: "ended",
      endReason: "moved_away",
      exitConversationWanted: true,
    });
    const declined = await application(oppA, "in_contact");
    await staff.pipeline.move({ engagementId: declined.engagement.id, to: "declined" });
    const [mail] = await mailsTo(database.db, cityScope(a.city.id), declined.person.email);
    expect(mail!.kind).toBe("engagement_declined");
  });

  it("activates concurrently no more than the capacity", async () => {
    const [opp] = await database.db
      .insert(opportunities)
      .values(opportunityRow(a.city.id, a.orgA.id, { involvesMinorContact: false, capacity: 2 }))
      .returning();
    await application(opp!, "active");
    const first = await application(opp!, "onboarding", complete);
    const second = await application(opp!, "onboarding", complete);
    const one = await signedIn("staff@a.example");
    const two = await signedIn("staff2@a.example");
    const results = await Promise.allSettled([
      one.pipeline.move({ engagementId: first.engagement.id, to: "active" }),
      two.pipeline.move({ engagementId: second.engagement.id, to: "active" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as TRPCError).code).toBe("CONFLICT");
    const active = await database.db
      .select()
      .from(engagements)
      .where(and(eq(engagements.opportunityId, opp!.id), eq(engagements.status, "active")));
    expect(active).toHaveLength(2);
  });

  it("keeps notes per engagement, page by page", async () => {
    const { engagement } = await application(oppA, "submitted");
    const staff = await signedIn("staff@a.example");
    await staff.pipeline.addNote({ engagementId: engagement.id, body: "Erste Notiz" });
    await staff.pipeline.addNote({ engagementId: engagement.id, body: "Zweite Notiz" });
    const page = await staff.pipeline.notes({ engagementId: engagement.id, limit: 1 });
    expect(page.items).toHaveLength(1);
    const next = await staff.pipeline.notes({
      engagementId: engagement.id,
      limit: 1,
      cursor: page.nextCursor,
    });
    expect([...page.items, ...next.items].map((n) => n.body).sort()).toEqual([
      "Erste Notiz",
      "Zweite Notiz",
    ]);
    expect(await codeOf(staff.pipeline.addNote({ engagementId: engagement.id, body: "   " }))).toBe(
      "BAD_REQUEST",
    );
  });

  it("answers garbage with BAD_REQUEST, never a server error", async () => {
    const staff = await signedIn("staff@a.example");
    const procedures = {
      board: (i: unknown) => staff.pipeline.board(i as never),
      list: (i: unknown) => staff.pipeline.list(i as never),
      get: (i: unknown) => staff.pipeline.get(i as never),
      move: (i: unknown) => staff.pipeline.move(i as never),
      setChecklistItem: (i: unknown) => staff.pipeline.setChecklistItem(i as never),
      recordInspection: (i: unknown) => staff.pipeline.recordInspection(i as never),
      notes: (i: unknown) => staff.pipeline.notes(i as never),
      addNote: (i: unknown) => staff.pipeline.addNote(i as never),
    };
    for (const [name, call] of Object.entries(procedures)) {
      for (const input of GARBAGE) {
        const result = await call(input).then(
          () => "OK",
          (e: TRPCError) => e.code,
        );
        // The board and the table take every field as optional: an empty filter is fine.
        if (result === "OK") expect(["board", "list"]).toContain(name);
        else expect([name, result]).toEqual([name, "BAD_REQUEST"]);
      }
    }
  });
});
