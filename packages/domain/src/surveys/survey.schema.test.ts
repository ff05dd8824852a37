import { describe, expect, it } from "vitest";
import {
  AnswerInput,
  checkAnswers,
  checkClosesOn,
  isSurveyAnswerable,
  MAX_SURVEY_QUESTIONS,
  SurveyInput,
  type SurveyQuestion,
} from "./survey.schema.ts";

const scale = (id: string): SurveyQuestion => ({ id, kind: "scale", text: `Frage ${id}` });
const text = (id: string): SurveyQuestion => ({ id, kind: "text", text: `Frage ${id}` });
const questions = [scale("q1"), scale("q2"), text("q3")];

const messages = (input: unknown) => {
  const parsed = SurveyInput.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe("SurveyInput", () => {
  const valid = { title: "Wie geht es Ihnen?", questions };

  it("takes a short questionnaire and trims its texts", () => {
    const parsed = SurveyInput.parse({ ...valid, title: "  Feedback 2026 ", closesOn: null });
    expect(parsed).toMatchObject({ title: "Feedback 2026", intro: "" });
  });

  it.each([
    ["no question", { ...valid, questions: [] }, "Bitte mindestens eine Frage stellen."],
    [
      "only text questions",
      { ...valid, questions: [text("a")] },
      "Bitte mindestens eine Frage mit einer Skala von 1 bis 5 stellen.",
    ],
    [
      "too many questions",
      {
        ...valid,
        questions: Array.from({ length: MAX_SURVEY_QUESTIONS + 1 }, (_, i) => scale(`q${i}`)),
      },
      "Höchstens 15 Fragen.",
    ],
    [
      "a question of two characters",
      { ...valid, questions: [{ id: "a", kind: "scale", text: "Ja" }] },
      "Bitte die Frage mit mindestens 3 Zeichen formulieren.",
    ],
    [
      "a question of 301 characters",
      { ...valid, questions: [{ id: "a", kind: "scale", text: "x".repeat(301) }] },
      "Höchstens 300 Zeichen.",
    ],
    [
      "two questions with one id",
      { ...valid, questions: [scale("a"), text("a")] },
      "Zwei Fragen haben dieselbe Kennung.",
    ],
    [
      "a short title",
      { ...valid, title: "Hi" },
      "Bitte einen Titel mit mindestens 3 Zeichen angeben.",
    ],
  ])("refuses %s", (_, input, message) => {
    expect(messages(input)).toContain(message);
  });

  it("closes only on a day after today", () => {
    expect(checkClosesOn(null, "2026-11-24")).toEqual({ ok: true, value: null });
    expect(checkClosesOn("2026-11-25", "2026-11-24")).toEqual({ ok: true, value: "2026-11-25" });
    expect(checkClosesOn("2026-11-24", "2026-11-24")).toMatchObject({
      ok: false,
      field: "closesOn",
    });
  });
});

describe("answers", () => {
  it.each([
    [
      { q1: 4, q3: "  Alles gut  " },
      { q1: 4, q3: "Alles gut" },
    ],
    [
      { q1: 1, q2: 5, q3: "" },
      { q1: 1, q2: 5 },
    ],
  ])("keeps what is answered: %o", (answers, kept) => {
    expect(checkAnswers(questions, answers)).toEqual({ ok: true, value: kept });
  });

  it.each([
    [{ q1: 0 }, "answers.q1", "Bitte einen Wert von 1 bis 5 wählen."],
    [{ q1: 6 }, "answers.q1", "Bitte einen Wert von 1 bis 5 wählen."],
    [{ q1: 2.5 }, "answers.q1", "Bitte einen Wert von 1 bis 5 wählen."],
    [{ q1: "5" }, "answers.q1", "Bitte einen Wert von 1 bis 5 wählen."],
    [{ q3: 3 }, "answers.q3", "Bitte hier einen Text schreiben."],
    [{ q9: 3 }, "answers.q9", "Diese Frage gehört nicht zur Umfrage."],
    [{ q3: "x".repeat(2001) }, "answers.q3", "Höchstens 2000 Zeichen."],
    [{}, "answers", "Bitte beantworten Sie mindestens eine Frage."],
    [{ q3: "   " }, "answers", "Bitte beantworten Sie mindestens eine Frage."],
  ])("refuses %o", (answers, field, message) => {
    expect(checkAnswers(questions, answers)).toEqual({ ok: false, field, message });
  });

  it("the input schema refuses a value outside 1–5 and a text over 2000 characters", () => {
    const token = "t".repeat(43);
    expect(AnswerInput.safeParse({ token, answers: { q1: 3 } }).success).toBe(true);
    expect(AnswerInput.safeParse({ token, answers: { q1: 7 } }).success).toBe(false);
    expect(AnswerInput.safeParse({ token, answers: { q3: "x".repeat(2001) } }).success).toBe(false);
    expect(AnswerInput.safeParse({ token: "short", answers: { q1: 3 } }).success).toBe(false);
  });

  it.each([
    ["open without end", { status: "open", closesOn: null }, true],
    ["open until today", { status: "open", closesOn: "2026-11-24" }, true],
    ["open, closing day passed", { status: "open", closesOn: "2026-11-23" }, false],
    ["closed", { status: "closed", closesOn: null }, false],
    ["draft", { status: "draft", closesOn: null }, false],
  ] as const)("%s: answerable %s", (_, survey, expected) => {
    expect(isSurveyAnswerable(survey, "2026-11-24")).toBe(expected);
  });
});
