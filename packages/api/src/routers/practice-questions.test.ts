import { mailsTo } from "@engagiert/db/queries/outbox";
import { ANSWERS_SHOWN } from "@engagiert/db/queries/practice-posts";
import { cityScope } from "@engagiert/db/queries/scope";
import { outbox, practicePosts } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity } from "../testing.ts";
import {
  codeOf,
  member,
  NETWORK_APP,
  NOW,
  practiceInput,
  refusalOf,
  visitor,
} from "./practice-fixture.ts";

type Caller = Awaited<ReturnType<typeof member>>;

describe.each(testDatabaseKinds())("questions and answers on %s", (kind) => {
  let database: TestDatabase;
  let a: Awaited<ReturnType<typeof insertCity>>;
  let b: Awaited<ReturnType<typeof insertCity>>;
  let coordinatorA: Caller;
  let coordinatorB: Caller;
  let practiceId: string;

  const mailsOf = (cityId: string, to: string) => mailsTo(database.db, cityScope(cityId), to);
  // Every call happens a second after the one before, so posts have a clear order.
  let moment = NOW.getTime();
  const clock = () => new Date((moment += 1000));

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    a = await insertCity(database.db, "stadt-a");
    b = await insertCity(database.db, "stadt-b");
    coordinatorA = await member(
      database.db,
      "stadt-a",
      {
        email: "koordination@stadt-a.example",
        role: "coordinator",
        name: "Sabine Krämer",
      },
      clock,
    );
    coordinatorB = await member(
      database.db,
      "stadt-b",
      {
        email: "koordination@stadt-b.example",
        role: "coordinator",
        name: "Jonas Huber",
      },
      clock,
    );
    const saved = await coordinatorA.practices.save(
      practiceInput({ contactEmail: "lotsen@stadt-a.example", publish: true }),
    );
    practiceId = saved.id;
  });
  afterAll(() => database.drop());

  it("writes to the author and the contact in the author city's outbox on a new question", async () => {
    const asked = await coordinatorB.practices.post({
      practiceId,
      body: "Wie habt ihr die Lotsinnen und Lotsen gefunden?",
    });
    expect(asked).toMatchObject({ isAnswer: false, mailed: 2 });

    const [toAuthor] = await mailsOf(a.city.id, "koordination@stadt-a.example");
    expect(toAuthor).toMatchObject({
      kind: "practice_question",
      subject: "Neue Frage zu Ihrer Praxislösung „Engagement-Lotsen im Quartier“",
    });
    expect(toAuthor!.bodyText).toContain("Jonas Huber (Teststadt stadt-b)");
    expect(toAuthor!.bodyText).toContain("> Wie habt ihr die Lotsinnen und Lotsen gefunden?");
    expect(toAuthor!.bodyText).toContain(`${NETWORK_APP}/praxis/${practiceId}#fragen`);
    expect(await mailsOf(a.city.id, "lotsen@stadt-a.example")).toHaveLength(1);
    // Nothing of city A's members lands in city B's outbox.
    expect(await mailsOf(b.city.id, "koordination@stadt-a.example")).toEqual([]);
    expect(await mailsOf(b.city.id, "lotsen@stadt-a.example")).toEqual([]);
  });

  it("writes to the person who asked, in their own city's outbox, on an answer", async () => {
    const questions = await coordinatorA.practices.questions({ practiceId });
    const question = questions.items.find((q) => q.body.startsWith("Wie habt ihr"))!;
    const answered = await coordinatorA.practices.post({
      practiceId,
      questionId: question.id,
      body: "Über die Freiwilligenagentur und einen Aufruf im Amtsblatt.",
    });
    expect(answered).toMatchObject({ isAnswer: true, mailed: 1 });
    const [toAsker] = await mailsOf(b.city.id, "koordination@stadt-b.example");
    expect(toAsker).toMatchObject({
      kind: "practice_answer",
      subject: "Antwort auf Ihre Frage zu „Engagement-Lotsen im Quartier“",
    });
    expect(toAsker!.bodyText).toContain("Sabine Krämer (Teststadt stadt-a)");
    expect(await mailsOf(a.city.id, "koordination@stadt-b.example")).toEqual([]);

    const seen = await coordinatorB.practices.questions({ practiceId });
    expect(seen.items.find((q) => q.id === question.id)).toMatchObject({
      authorName: "Jonas Huber",
      cityName: "Teststadt stadt-b",
      answerCount: 1,
      answersCursor: null,
      answers: [
        expect.objectContaining({
          authorName: "Sabine Krämer",
          cityName: "Teststadt stadt-a",
          body: "Über die Freiwilligenagentur und einen Aufruf im Amtsblatt.",
        }),
      ],
    });
  });

  it("writes no mail to the one who wrote: an own question reaches only the contact", async () => {
    const own = await coordinatorA.practices.post({
      practiceId,
      body: "Für alle: Gibt es Erfahrungen mit Lotsen auf dem Land?",
    });
    expect(own.mailed).toBe(1);
    const reply = await coordinatorA.practices.post({
      practiceId,
      questionId: own.id,
      body: "Nachtrag: Wir probieren es ab März im Ortsteil.",
    });
    expect(reply.mailed).toBe(0);
  });

  it("lets members read but only writers post; visitors see no questions", async () => {
    const department = await member(database.db, "stadt-b", {
      email: "amt@stadt-b.example",
      role: "staff",
      organisationId: b.orgA.id,
    });
    expect((await department.practices.questions({ practiceId })).total).toBeGreaterThan(0);
    expect(await codeOf(department.practices.post({ practiceId, body: "Darf ich fragen?" }))).toBe(
      "FORBIDDEN",
    );
    const anonymous = await visitor(database.db, "stadt-b");
    expect(await codeOf(anonymous.practices.questions({ practiceId }))).toBe("UNAUTHORIZED");
    expect((await anonymous.practices.get({ id: practiceId })).viewer).toMatchObject({
      mayReadQuestions: false,
      mayPost: false,
    });
  });

  it("refuses posts where they do not belong, writing neither post nor mail", async () => {
    const posts = async () => (await database.db.select({ n: count() }).from(practicePosts))[0]!.n;
    const mails = async () => (await database.db.select({ n: count() }).from(outbox))[0]!.n;
    const before = [await posts(), await mails()];
    const draft = await coordinatorA.practices.save(practiceInput({ title: "Lotsen-Entwurf" }));
    expect(
      await refusalOf(coordinatorA.practices.post({ practiceId: draft.id, body: "Schon fertig?" })),
    ).toMatchObject({ code: "CONFLICT", reason: "practice_draft" });
    expect(
      await codeOf(coordinatorB.practices.post({ practiceId: draft.id, body: "Was ist das?" })),
    ).toBe("NOT_FOUND");
    const unknown = "7d1c2a4e-0f3b-4c5d-8e6f-9a0b1c2d3e4f";
    expect(
      await codeOf(
        coordinatorB.practices.post({ practiceId, questionId: unknown, body: "Antwort ins Leere" }),
      ),
    ).toBe("NOT_FOUND");
    const answer = (await coordinatorB.practices.questions({ practiceId })).items[0]!.answers[0]!;
    expect(
      await codeOf(
        coordinatorB.practices.post({
          practiceId,
          questionId: answer.id,
          body: "Antwort auf Antwort",
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await refusalOf(coordinatorB.practices.post({ practiceId, body: "Wie?" })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      fields: { body: "Der Beitrag braucht mindestens 5 Zeichen." },
    });
    expect([await posts(), await mails()]).toEqual(before);
  });

  it("pages through questions and through long answer threads", async () => {
    const first = await coordinatorA.practices.questions({ practiceId, limit: 1 });
    const second = await coordinatorA.practices.questions({
      practiceId,
      limit: 1,
      cursor: first.nextCursor,
    });
    expect(first.total).toBe(2);
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    expect(second.nextCursor).toBeNull();

    const questionId = first.items[0]!.id;
    for (let i = 1; i <= ANSWERS_SHOWN + 2; i++) {
      await coordinatorB.practices.post({ practiceId, questionId, body: `Ergänzung Nummer ${i}` });
    }
    const thread = (await coordinatorB.practices.questions({ practiceId, limit: 1 })).items[0]!;
    expect(thread.answers).toHaveLength(ANSWERS_SHOWN);
    expect(thread.answerCount).toBe(ANSWERS_SHOWN + 3);
    const rest = await coordinatorB.practices.answers({
      practiceId,
      questionId,
      cursor: thread.answersCursor,
    });
    expect(rest.items.map((answer) => answer.body)).toEqual([
      `Ergänzung Nummer ${ANSWERS_SHOWN}`,
      `Ergänzung Nummer ${ANSWERS_SHOWN + 1}`,
      `Ergänzung Nummer ${ANSWERS_SHOWN + 2}`,
    ]);
  });
});
