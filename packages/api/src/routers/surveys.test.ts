import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import { latestFeedbackByOrganisation } from "@engagiert/db/queries/survey-results";
import {
  engagements,
  opportunities,
  organisations,
  outbox,
  persons,
  surveyInvitations,
  surveyResponses,
} from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import type { SurveyQuestion } from "@engagiert/domain/surveys";
import { TRPCError } from "@trpc/server";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity, insertUser, opportunityRow, testClient } from "../testing.ts";

async function errorOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const trpc = error as TRPCError;
  return { code: trpc.code, reason: (trpc.cause as { reason?: string } | undefined)?.reason };
}

const QUESTIONS: SurveyQuestion[] = [
  { id: "zufrieden", kind: "scale", text: "Wie zufrieden sind Sie mit Ihrem Engagement?" },
  { id: "begleitet", kind: "scale", text: "Fühlen Sie sich gut begleitet?" },
  { id: "wunsch", kind: "text", text: "Was wünschen Sie sich?" },
];
const SURVEY = {
  title: "Wie geht es Ihnen?",
  intro: "Fünf Minuten",
  questions: QUESTIONS,
  closesOn: "2026-12-15",
};

/** The answer links of a mail, in order. */
const linksIn = (body: string) => [
  ...new Set(
    [...body.matchAll(/http\S+\/umfrage\?token=\S+/g)].map((m) =>
      new URL(m[0]).searchParams.get("token")!,
    ),
  ),
];

describe.each(testDatabaseKinds())("surveys on %s", (kind) => {
  let database: TestDatabase;
  let a: Awaited<ReturnType<typeof insertCity>>;
  let seq = 0;

  async function signedIn(email: string, city = "stadt-a") {
    const client = testClient(database.db, city);
    await client.signIn(email);
    return client;
  }
  const as = async (email: string, city = "stadt-a") => (await signedIn(email, city)).call();
  const anonymous = (city = "stadt-a") => testClient(database.db, city).call();

  /** A person with one engagement per given organisation and status. */
  async function volunteer(...engaged: [string, typeof engagements.$inferInsert.status][]) {
    seq += 1;
    const email = `vol${seq}@people.example`;
    const [person] = await database.db
      .insert(persons)
      .values({ cityId: a.city.id, firstName: `Vol${seq}`, lastName: "X", email, birthYear: 1980 })
      .returning();
    for (const [organisationId, status] of engaged) {
      const [opp] = await database.db
        .insert(opportunities)
        .values(opportunityRow(a.city.id, organisationId))
        .returning();
      await database.db.insert(engagements).values({
        cityId: a.city.id,
        opportunityId: opp!.id,
        organisationId,
        personId: person!.id,
        status,
        confirmedAt: new Date("2026-10-01T10:00:00Z"),
      });
    }
    return { email, personId: person!.id };
  }

  /** The answer links of the newest invitation to this address (none: no invitation). */
  const tokensOf = async (email: string) => {
    const mails = await mailsTo(database.db, cityScope(a.city.id), email);
    const newest = mails.find((m) => m.kind === "survey_invitation");
    return newest ? linksIn(newest.bodyText) : [];
  };

  let activeA: { email: string; personId: string }[];
  let activeB: { email: string; personId: string }[];
  let both: { email: string; personId: string };
  let others: { email: string; personId: string }[];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    a = await insertCity(db, "stadt-a");
    const b = await insertCity(db, "stadt-b");
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
    activeA = [];
    for (let i = 0; i < 5; i++) activeA.push(await volunteer([a.orgA.id, "active"]));
    both = await volunteer([a.orgA.id, "active"], [a.orgB.id, "active"]);
    activeB = [];
    for (let i = 0; i < 4; i++) activeB.push(await volunteer([a.orgB.id, "active"]));
    others = [
      await volunteer([a.orgA.id, "submitted"]),
      await volunteer([a.orgA.id, "paused"]),
      await volunteer([a.orgA.id, "ended"]),
      await volunteer([a.orgA.id, "onboarding"]),
    ];
  });
  afterAll(() => database.drop());

  let surveyA: string;

  it("refuses a questionnaire without a scale and a closing day that is not in the future", async () => {
    const staff = await as("staff@a.example");
    const noScale = await staff.surveys
      .create({ ...SURVEY, organisationId: a.orgA.id, questions: [QUESTIONS[2]!] })
      .catch((e: TRPCError) => e);
    expect((noScale as TRPCError).code).toBe("BAD_REQUEST");
    const past = await staff.surveys
      .create({ ...SURVEY, organisationId: a.orgA.id, closesOn: "2026-11-24" })
      .catch((e: TRPCError) => e);
    expect((past as TRPCError).message).toContain(
      "Das Ende der Umfrage muss in der Zukunft liegen.",
    );
    expect(await errorOf(staff.surveys.create({ ...SURVEY, organisationId: null }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      await errorOf(staff.surveys.create({ ...SURVEY, organisationId: a.orgB.id })),
    ).toMatchObject({ code: "FORBIDDEN" });
  });

  it("opening queues one mail per active volunteer and none for anybody else", async () => {
    const staff = await as("staff@a.example");
    surveyA = (await staff.surveys.create({ ...SURVEY, organisationId: a.orgA.id })).id;
    await staff.surveys.update({ ...SURVEY, surveyId: surveyA, title: "Feedback Amt A" });
    const draft = await staff.surveys.get({ surveyId: surveyA });
    expect(draft).toMatchObject({ status: "draft", title: "Feedback Amt A", inviteeCount: 6 });
    expect(await staff.surveys.open({ surveyId: surveyA })).toEqual({ invited: 6 });
    for (const v of [...activeA, both]) {
      const mails = (await mailsTo(database.db, cityScope(a.city.id), v.email)).filter(
        (m) => m.kind === "survey_invitation",
      );
      expect(mails).toHaveLength(1);
      expect(mails[0]!.bodyText).toContain("freiwillig und anonym");
      expect(linksIn(mails[0]!.bodyText)).toHaveLength(1);
    }
    for (const v of [...activeB, ...others]) expect(await tokensOf(v.email)).toEqual([]);
    const [invitations] = await database.db
      .select({ n: count() })
      .from(surveyInvitations)
      .where(eq(surveyInvitations.surveyId, surveyA));
    expect(invitations!.n).toBe(6);
    expect(await errorOf(staff.surveys.update({ ...SURVEY, surveyId: surveyA }))).toMatchObject({
      code: "CONFLICT",
      reason: "survey_not_draft",
    });
    expect(await errorOf(staff.surveys.open({ surveyId: surveyA }))).toMatchObject({
      code: "CONFLICT",
    });
  });

  it("a link answers once, and the stored answer leads back to no link and no person", async () => {
    const [token] = await tokensOf(activeA[0]!.email);
    const visitor = await anonymous();
    const form = await visitor.surveys.answerForm({ token: token! });
    expect(form).toMatchObject({
      state: "open",
      survey: { title: "Feedback Amt A", organisationName: "Amt A", questions: QUESTIONS },
    });
    expect(JSON.stringify(form)).not.toContain(activeA[0]!.email);
    const bad = await errorOf(visitor.surveys.answer({ token: token!, answers: { wunsch: 4 } }));
    expect(bad.code).toBe("BAD_REQUEST");
    await visitor.surveys.answer({
      token: token!,
      answers: { zufrieden: 5, begleitet: 4, wunsch: "Mehr Austausch" },
    });
    expect(
      await errorOf(visitor.surveys.answer({ token: token!, answers: { zufrieden: 1 } })),
    ).toMatchObject({ code: "CONFLICT", reason: "survey_link_used" });
    expect(await visitor.surveys.answerForm({ token: token! })).toEqual({ state: "used" });
    expect(await visitor.surveys.answerForm({ token: "x".repeat(43) })).toEqual({
      state: "unknown",
    });
    const rows = await database.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.surveyId, surveyA));
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(Object.keys(row).sort()).toEqual(
      ["answers", "cityId", "id", "organisationId", "submittedOn", "surveyId"].sort(),
    );
    expect(row).toMatchObject({ organisationId: a.orgA.id, submittedOn: "2026-11-24" });
    const invitations = await database.db.select().from(surveyInvitations);
    const stored = JSON.stringify(row);
    for (const inv of invitations) {
      expect(stored).not.toContain(inv.id);
      expect(stored).not.toContain(inv.tokenHash);
    }
    expect(stored).not.toContain(activeA[0]!.personId);
    expect(stored).not.toContain(token!);
  });

  it("the same link used twice at once counts once", async () => {
    const [token] = await tokensOf(activeA[1]!.email);
    const visitors = await Promise.all([anonymous(), anonymous(), anonymous()]);
    const outcomes = await Promise.allSettled(
      visitors.map((v) => v.surveys.answer({ token: token!, answers: { zufrieden: 4 } })),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const [n] = await database.db
      .select({ n: count() })
      .from(surveyResponses)
      .where(eq(surveyResponses.surveyId, surveyA));
    expect(n!.n).toBe(2);
  });

  it("4 answers reveal nothing — in results, filters and CSV; 5 answers do", async () => {
    for (const [i, score] of [
      [2, 3],
      [3, 2],
    ] as const) {
      const [token] = await tokensOf(activeA[i]!.email);
      await (
        await anonymous()
      ).surveys.answer({
        token: token!,
        answers: { zufrieden: score, begleitet: 4, wunsch: `Kommentar ${i}` },
      });
    }
    const staff = await as("staff@a.example");
    const coord = await as("coord@a.example");
    for (const caller of [staff, coord]) {
      const hidden = await caller.surveys.results({ surveyId: surveyA });
      expect(hidden.groups).toEqual([
        { organisationId: a.orgA.id, organisationName: "Amt A", result: { isShown: false } },
      ]);
      const filtered = await caller.surveys.results({
        surveyId: surveyA,
        organisationId: a.orgA.id,
      });
      expect(filtered.groups[0]!.result).toEqual({ isShown: false });
      const csv = await caller.surveys.resultsCsv({ surveyId: surveyA });
      expect(csv.content).toContain("Weniger als 5 Antworten");
      const data = csv.content.split("\r\n").slice(1).join("\n");
      expect(data).not.toMatch(/Kommentar|Austausch|Skala|\d,\d/);
      expect(JSON.stringify(hidden)).not.toMatch(/Kommentar|Austausch|"answers"/);
    }
    expect((await latestFeedbackByOrganisation(database.db, cityScope(a.city.id))).size).toBe(0);

    const [token] = await tokensOf(both.email);
    await (
      await anonymous()
    ).surveys.answer({
      token: token!,
      answers: { zufrieden: 4, begleitet: 5, wunsch: "=Kommentar 5" },
    });
    const shown = await staff.surveys.results({ surveyId: surveyA });
    expect(shown.groups[0]!.result).toMatchObject({
      isShown: true,
      answers: 5,
      questions: [
        { questionId: "zufrieden", isShown: true, average: 3.6, distribution: [0, 1, 1, 2, 1] },
        { questionId: "begleitet", isShown: false },
        {
          questionId: "wunsch",
          comments: ["=Kommentar 5", "Kommentar 2", "Kommentar 3", "Mehr Austausch"],
        },
      ],
    });
    const csv = await staff.surveys.resultsCsv({ surveyId: surveyA });
    expect(csv.content).toContain(
      'Amt A,5,Wie zufrieden sind Sie mit Ihrem Engagement?,Skala,5,"3,60",0,1,1,2,1,',
    );
    expect(csv.content).toContain("'=Kommentar 5");
    const feedback = await latestFeedbackByOrganisation(database.db, cityScope(a.city.id));
    // The mean of all 9 scale answers given: (5+4 + 4 + 3+4 + 2+4 + 4+5) / 9.
    expect(feedback.get(a.orgA.id)).toEqual({
      average: 3.89,
      answers: 5,
      surveyTitle: "Feedback Amt A",
    });
  });

  it("staff of another organisation cannot read the results; another city never", async () => {
    const partner = await as("partner@a.example");
    for (const call of [
      () => partner.surveys.results({ surveyId: surveyA }),
      () => partner.surveys.resultsCsv({ surveyId: surveyA }),
      () => partner.surveys.get({ surveyId: surveyA }),
      () => partner.surveys.close({ surveyId: surveyA }),
    ]) {
      expect(await errorOf(call())).toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await partner.surveys.list({})).items.map((s) => s.id)).not.toContain(surveyA);
    const other = await as("coord@b.example", "stadt-b");
    expect(await errorOf(other.surveys.results({ surveyId: surveyA }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await other.surveys.list({})).items).toEqual([]);
    const [token] = await tokensOf(activeA[4]!.email);
    expect(await (await anonymous("stadt-b")).surveys.answerForm({ token: token! })).toEqual({
      state: "unknown",
    });
  });

  it("a closed survey, or one past its closing day, takes no answer", async () => {
    const [token] = await tokensOf(activeA[4]!.email);
    const late = testClient(database.db, "stadt-a");
    late.advance(60 * 24 * 22);
    expect(await (await late.call()).surveys.answerForm({ token: token! })).toEqual({
      state: "closed",
    });
    const staff = await as("staff@a.example");
    await staff.surveys.close({ surveyId: surveyA });
    expect(
      await errorOf(
        (await anonymous()).surveys.answer({ token: token!, answers: { zufrieden: 3 } }),
      ),
    ).toMatchObject({ code: "CONFLICT", reason: "survey_closed" });
    expect((await staff.surveys.list({ status: "closed" })).items.map((s) => s.id)).toEqual([
      surveyA,
    ]);
  });

  it("a city-wide survey: per organisation, and no difference uncovers a group of 4", async () => {
    const coordClient = await signedIn("coord@a.example");
    coordClient.advance(30);
    const coord = await coordClient.call();
    const { id } = await coord.surveys.create({
      ...SURVEY,
      title: "Stadtweit",
      organisationId: null,
    });
    expect(await coord.surveys.open({ surveyId: id })).toEqual({ invited: 10 });
    // One mail with a link per organisation, Amt A first.
    const [bothA, bothB] = await tokensOf(both.email);
    expect(await (await anonymous()).surveys.answerForm({ token: bothB! })).toMatchObject({
      survey: { organisationName: "Partner B" },
    });
    for (const v of [...activeA.slice(0, 4), ...activeB]) {
      const [token] = await tokensOf(v.email);
      await (
        await anonymous()
      ).surveys.answer({
        token: token!,
        answers: { zufrieden: 5, begleitet: 5 },
      });
    }
    await (await anonymous()).surveys.answer({ token: bothA!, answers: { zufrieden: 5 } });
    const all = await coord.surveys.results({ surveyId: id });
    expect(all.groups.map((g) => [g.organisationName, g.result.isShown])).toEqual([
      ["Amt A", true],
      ["Partner B", false],
    ]);
    expect(all.combined).toEqual({ isShown: false });
    const narrowed = await coord.surveys.results({ surveyId: id, organisationId: a.orgB.id });
    expect(narrowed.groups).toEqual([
      { organisationId: a.orgB.id, organisationName: "Partner B", result: { isShown: false } },
    ]);
    const csv = (await coord.surveys.resultsCsv({ surveyId: id })).content;
    expect(
      csv.split("\r\n").filter((l) => l.startsWith("Partner B") || l.startsWith("Alle")),
    ).toEqual([
      "Alle Organisationen,,,,,,,,,,,Weniger als 5 Antworten – zum Schutz der Anonymität wird nichts gezeigt.",
      "Partner B,,,,,,,,,,,Weniger als 5 Antworten – zum Schutz der Anonymität wird nichts gezeigt.",
    ]);
    const partner = await as("partner@a.example");
    const own = await partner.surveys.results({ surveyId: id });
    expect(own.groups.map((g) => g.organisationId)).toEqual([a.orgB.id]);
    expect(own.combined).toBeNull();
    expect(
      await errorOf(partner.surveys.results({ surveyId: id, organisationId: a.orgA.id })),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(await errorOf(partner.surveys.close({ surveyId: id }))).toMatchObject({
      code: "FORBIDDEN",
    });

    // The fifth answer for Partner B: now both groups and the whole city show.
    await (await anonymous()).surveys.answer({ token: bothB!, answers: { zufrieden: 3 } });
    const later = await coord.surveys.results({ surveyId: id });
    expect(later.groups.every((g) => g.result.isShown)).toBe(true);
    expect(later.combined).toMatchObject({ isShown: true, answers: 10 });
    const feedback = await latestFeedbackByOrganisation(database.db, cityScope(a.city.id));
    expect(feedback.get(a.orgB.id)).toMatchObject({ answers: 5, surveyTitle: "Stadtweit" });
    expect(feedback.get(a.orgA.id)).toMatchObject({ average: 5, surveyTitle: "Stadtweit" });
  });

  it("opening for 1,200 volunteers invites each of them in one go", async () => {
    const db = database.db;
    const [org] = await db
      .insert(organisations)
      .values({
        cityId: a.city.id,
        slug: "gross",
        name: "Großes Amt",
        kind: "department",
        email: "g@amt.example",
      })
      .returning();
    const [opp] = await db
      .insert(opportunities)
      .values(opportunityRow(a.city.id, org!.id))
      .returning();
    const people = await db
      .insert(persons)
      .values(
        Array.from({ length: 1200 }, (_, i) => ({
          cityId: a.city.id,
          firstName: `P${i}`,
          lastName: "Viele",
          email: `viele${i}@people.example`,
          birthYear: 1970,
        })),
      )
      .returning({ id: persons.id });
    await db.insert(engagements).values(
      people.map((p) => ({
        cityId: a.city.id,
        opportunityId: opp!.id,
        organisationId: org!.id,
        personId: p.id,
        status: "active" as const,
        confirmedAt: new Date("2026-10-01T10:00:00Z"),
      })),
    );
    const coord = await as("coord@a.example");
    const { id } = await coord.surveys.create({ ...SURVEY, organisationId: org!.id });
    expect((await coord.surveys.get({ surveyId: id })).inviteeCount).toBe(1200);
    expect(await coord.surveys.open({ surveyId: id })).toEqual({ invited: 1200 });
    const [mails] = await db
      .select({ n: count() })
      .from(outbox)
      .where(
        and(
          eq(outbox.kind, "survey_invitation"),
          eq(outbox.subject, `Ihre Meinung zählt: ${SURVEY.title}`),
        ),
      );
    expect(mails!.n).toBe(1200);
  }, 60_000);
});
