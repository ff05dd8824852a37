import type { SurveyAnswers, SurveyQuestion } from "./survey.schema.ts";

/**
 * The smallest group of answers whose results are shown (RULES.md, Qualitätsmanagement): below
 * it nothing is shown — not the figures, not the comments, not even how many answers there are —
 * so no single volunteer can be identified.
 */
export const MIN_GROUP_SIZE = 5;

/** How many answers gave 1, 2, 3, 4 and 5. */
export type Distribution = [number, number, number, number, number];

/**
 * What is counted for one group of answers (an organisation, the whole city, or any narrower
 * selection). It never leaves the server as such: only `results` decides what may be shown.
 */
export type GroupTally = {
  answers: number;
  /** Scale question id → its distribution. */
  scales: Readonly<Record<string, Distribution>>;
  /** Text question id → the comments given. */
  comments: Readonly<Record<string, readonly string[]>>;
};

export type QuestionResult =
  | {
      questionId: string;
      kind: "scale";
      isShown: true;
      answered: number;
      average: number;
      distribution: Distribution;
    }
  | { questionId: string; kind: "text"; isShown: true; comments: string[] }
  /** A scale question answered by fewer than `MIN_GROUP_SIZE` of the group. */
  | { questionId: string; kind: "scale" | "text"; isShown: false };

export type GroupResult =
  { isShown: false } | { isShown: true; answers: number; questions: QuestionResult[] };

const emptyDistribution = (): Distribution => [0, 0, 0, 0, 0];
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const round2 = (value: number) => Math.round(value * 100) / 100;
const byText = (a: string, b: string) => a.localeCompare(b, "de");

/** Whether a group is large enough to be shown. */
export function isGroupShown(answers: number): boolean {
  return answers >= MIN_GROUP_SIZE;
}

/**
 * Whether a combination of groups may be shown beside its parts. Besides the threshold for the
 * whole, the groups that are hidden themselves must together hold none or at least
 * `MIN_GROUP_SIZE` answers: otherwise the whole minus the shown groups would reveal them.
 */
export function isCombinationShown(groupSizes: readonly number[]): boolean {
  const hidden = sum(groupSizes.filter((n) => !isGroupShown(n)));
  return isGroupShown(sum(groupSizes)) && (hidden === 0 || isGroupShown(hidden));
}

/** The mean of a distribution, to two decimals; 0 when nothing was answered. */
export function averageOf(distribution: Distribution): number {
  const answered = sum(distribution);
  if (answered === 0) return 0;
  return round2(sum(distribution.map((n, i) => n * (i + 1))) / answered);
}

/**
 * The results of one group. Fewer than `MIN_GROUP_SIZE` answers reveal nothing. Otherwise: the
 * number of answers; per scale question the average and the distribution (a question answered by
 * fewer than `MIN_GROUP_SIZE` shows no figure); per text question the comments, ordered by their
 * text so that nothing tells in which order they came.
 */
export function results(questions: readonly SurveyQuestion[], group: GroupTally): GroupResult {
  if (!isGroupShown(group.answers)) return { isShown: false };
  return {
    isShown: true,
    answers: group.answers,
    questions: questions.map((q): QuestionResult => {
      if (q.kind === "text") {
        const comments = [...(group.comments[q.id] ?? [])].sort(byText);
        return { questionId: q.id, kind: "text", isShown: true, comments };
      }
      const distribution = [...(group.scales[q.id] ?? emptyDistribution())] as Distribution;
      const answered = sum(distribution);
      if (!isGroupShown(answered)) return { questionId: q.id, kind: "scale", isShown: false };
      return {
        questionId: q.id,
        kind: "scale",
        isShown: true,
        answered,
        average: averageOf(distribution),
        distribution,
      };
    }),
  };
}

/** Adds groups together, e.g. every organisation's answers to a city-wide survey. */
export function mergeTallies(groups: readonly GroupTally[]): GroupTally {
  const scales: Record<string, Distribution> = {};
  const comments: Record<string, string[]> = {};
  for (const group of groups) {
    for (const [id, distribution] of Object.entries(group.scales)) {
      const into = (scales[id] ??= emptyDistribution());
      distribution.forEach((n, i) => (into[i] = (into[i] ?? 0) + n));
    }
    for (const [id, texts] of Object.entries(group.comments)) {
      (comments[id] ??= []).push(...texts);
    }
  }
  return { answers: sum(groups.map((g) => g.answers)), scales, comments };
}

/**
 * The results of several groups taken together. Shown only when the whole and every question
 * pass `isCombinationShown`, so the combination never uncovers a group that is hidden on its own.
 */
export function combinedResults(
  questions: readonly SurveyQuestion[],
  groups: readonly GroupTally[],
): GroupResult {
  if (!isCombinationShown(groups.map((g) => g.answers))) return { isShown: false };
  const combined = results(questions, mergeTallies(groups));
  if (!combined.isShown) return combined;
  return {
    ...combined,
    questions: combined.questions.map((result) => {
      if (result.kind !== "scale" || !result.isShown) return result;
      // A group hidden as a whole has fewer answers to each question than the threshold, so it
      // counts as hidden here too.
      const perGroup = groups.map((g) => sum(g.scales[result.questionId] ?? []));
      return isCombinationShown(perGroup)
        ? result
        : { questionId: result.questionId, kind: "scale" as const, isShown: false as const };
    }),
  };
}

/** Counts raw answers into a tally (the database does the same in SQL). */
export function tallyAnswers(
  questions: readonly SurveyQuestion[],
  answers: readonly SurveyAnswers[],
): GroupTally {
  const scales: Record<string, Distribution> = {};
  const comments: Record<string, string[]> = {};
  for (const q of questions) {
    if (q.kind === "scale") scales[q.id] = emptyDistribution();
    else comments[q.id] = [];
  }
  for (const answer of answers) {
    for (const q of questions) {
      const value = answer[q.id];
      if (q.kind === "scale" && typeof value === "number") scales[q.id]![value - 1]! += 1;
      if (q.kind === "text" && typeof value === "string") comments[q.id]!.push(value);
    }
  }
  return { answers: answers.length, scales, comments };
}
