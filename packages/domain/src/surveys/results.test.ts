import { describe, expect, it } from "vitest";
import {
  combinedResults,
  isCombinationShown,
  MIN_GROUP_SIZE,
  results,
  tallyAnswers,
  type GroupResult,
} from "./results.ts";
import { HIDDEN_GROUP_NOTE, surveyResultsCsv } from "./results-csv.ts";
import type { SurveyAnswers, SurveyQuestion } from "./survey.schema.ts";

const questions: SurveyQuestion[] = [
  { id: "zufrieden", kind: "scale", text: "Wie zufrieden sind Sie?" },
  { id: "begleitet", kind: "scale", text: "Fühlen Sie sich gut begleitet?" },
  { id: "wunsch", kind: "text", text: "Was wünschen Sie sich?" },
];

const answer = (zufrieden: number, wunsch?: string, begleitet?: number): SurveyAnswers => ({
  zufrieden,
  ...(begleitet ? { begleitet } : {}),
  ...(wunsch ? { wunsch } : {}),
});

const group = (answers: SurveyAnswers[]) => tallyAnswers(questions, answers);
const five = [
  answer(5, "Mehr Austausch", 4),
  answer(4, "Zeugnis", 4),
  answer(4, undefined, 5),
  answer(3, "Bessere Räume", 3),
  answer(2, undefined, 4),
];
const four = five.slice(0, 4);

/** Everything a person could read from a result, as one text. */
const visible = (result: GroupResult) => JSON.stringify(result);

describe("results", () => {
  it(`the threshold is ${MIN_GROUP_SIZE}`, () => {
    expect(MIN_GROUP_SIZE).toBe(5);
  });

  it("4 answers reveal nothing: no count, no average, no comment", () => {
    const result = results(questions, group(four));
    expect(result).toEqual({ isShown: false });
    expect(visible(result)).not.toMatch(/4|Austausch|Zeugnis/);
  });

  it("5 answers show the count, each scale's average and distribution, and the comments", () => {
    expect(results(questions, group(five))).toEqual({
      isShown: true,
      answers: 5,
      questions: [
        {
          questionId: "zufrieden",
          kind: "scale",
          isShown: true,
          answered: 5,
          average: 3.6,
          distribution: [0, 1, 1, 2, 1],
        },
        {
          questionId: "begleitet",
          kind: "scale",
          isShown: true,
          answered: 5,
          average: 4,
          distribution: [0, 0, 1, 3, 1],
        },
        {
          questionId: "wunsch",
          kind: "text",
          isShown: true,
          comments: ["Bessere Räume", "Mehr Austausch", "Zeugnis"],
        },
      ],
    });
  });

  it("comments come ordered by text, never in the order they arrived", () => {
    const reversed = results(questions, group([...five].reverse()));
    const forward = results(questions, group(five));
    expect(reversed).toEqual(forward);
  });

  it("a scale question answered by fewer than 5 of the group shows no figure", () => {
    const skipped = [...five.slice(0, 4).map((a) => ({ ...a, begleitet: undefined })), five[4]!]
      .map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)))
      .concat([answer(5, undefined, 2)]) as SurveyAnswers[];
    const result = results(questions, group(skipped));
    expect(result.isShown).toBe(true);
    if (!result.isShown) return;
    expect(result.questions[1]).toEqual({
      questionId: "begleitet",
      kind: "scale",
      isShown: false,
    });
  });
});

describe("groups taken together (filters and the whole city)", () => {
  const a = group(five);
  const b = group(four);

  it("a filter that narrows to 4 answers reveals nothing", () => {
    expect(combinedResults(questions, [b])).toEqual({ isShown: false });
    const narrowed = group([...five, ...four].filter((x) => x.zufrieden === 4));
    expect(narrowed.answers).toBe(4);
    expect(results(questions, narrowed)).toEqual({ isShown: false });
  });

  it("a whole that would reveal a hidden group by difference is hidden too", () => {
    // A shows 5, so A+B (9) minus A would give B's 4 answers.
    expect(combinedResults(questions, [a, b])).toEqual({ isShown: false });
  });

  it("hidden groups together holding 5 or more may be shown inside the whole", () => {
    const c = group(five.slice(0, 1));
    expect(isCombinationShown([5, 4, 1])).toBe(true);
    const result = combinedResults(questions, [a, b, c]);
    expect(result).toMatchObject({ isShown: true, answers: 10 });
  });

  it.each([
    [[5], true],
    [[4], false],
    [[2, 2], false],
    [[3, 2], true],
    [[6, 3], false],
    [[6, 0], true],
    [[6, 3, 2], true],
  ])("group sizes %o together: shown %s", (sizes, expected) => {
    expect(isCombinationShown(sizes)).toBe(expected);
  });
});

describe("the CSV file", () => {
  it("holds nothing of a group of 4, and the figures of a group of 5", () => {
    const csv = surveyResultsCsv(questions, [
      { name: "Amt A", result: results(questions, group(five)) },
      { name: "Partner B", result: results(questions, group(four)) },
    ]);
    const lines = csv.trim().split("\r\n");
    const b = lines.filter((l) => l.startsWith("Partner B"));
    expect(b).toEqual([`Partner B,,,,,,,,,,,${HIDDEN_GROUP_NOTE}`]);
    expect(lines).toContain('Amt A,5,Wie zufrieden sind Sie?,Skala,5,"3,60",0,1,1,2,1,');
    expect(lines).toContain("Amt A,5,Was wünschen Sie sich?,Text,3,,,,,,,Mehr Austausch");
  });

  it("a comment a spreadsheet would run as a formula stays text", () => {
    const csv = surveyResultsCsv(questions, [
      {
        name: "Amt A",
        result: results(questions, group([...five.slice(1), answer(5, "=HYPERLINK(1)")])),
      },
    ]);
    expect(csv).toContain("'=HYPERLINK(1)");
  });
});
