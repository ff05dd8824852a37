import { csvField } from "../shared/csv-write.ts";
import type { GroupResult } from "./results.ts";
import { MIN_GROUP_SIZE } from "./results.ts";
import type { SurveyQuestion } from "./survey.schema.ts";

/** A group as the results list and the file name it: an organisation, or all of them. */
export type NamedGroupResult = { name: string; result: GroupResult };

const HEADER = [
  "Gruppe",
  "Antworten der Gruppe",
  "Frage",
  "Art",
  "Antworten auf die Frage",
  "Durchschnitt",
  "1",
  "2",
  "3",
  "4",
  "5",
  "Kommentar",
];

export const HIDDEN_GROUP_NOTE = `Weniger als ${MIN_GROUP_SIZE} Antworten – zum Schutz der Anonymität wird nichts gezeigt.`;
export const HIDDEN_QUESTION_NOTE = `Weniger als ${MIN_GROUP_SIZE} Antworten auf diese Frage – kein Wert.`;

const decimal = (value: number) => value.toFixed(2).replace(".", ",");

/**
 * The results as a CSV file. It holds exactly what the results page shows: a group below the
 * threshold is one line saying so, without any figure.
 */
export function surveyResultsCsv(
  questions: readonly SurveyQuestion[],
  groups: readonly NamedGroupResult[],
): string {
  const lines: (string | number)[][] = [HEADER];
  const textOf = new Map(questions.map((q) => [q.id, q.text]));
  for (const { name, result } of groups) {
    if (!result.isShown) {
      lines.push([name, "", "", "", "", "", "", "", "", "", "", HIDDEN_GROUP_NOTE]);
      continue;
    }
    for (const q of result.questions) {
      const base = [name, result.answers, textOf.get(q.questionId) ?? q.questionId];
      if (!q.isShown) {
        lines.push([...base, "Skala", "", "", "", "", "", "", "", HIDDEN_QUESTION_NOTE]);
      } else if (q.kind === "scale") {
        lines.push([...base, "Skala", q.answered, decimal(q.average), ...q.distribution, ""]);
      } else if (q.comments.length === 0) {
        lines.push([...base, "Text", 0, "", "", "", "", "", "", ""]);
      } else {
        for (const comment of q.comments) {
          lines.push([...base, "Text", q.comments.length, "", "", "", "", "", "", comment]);
        }
      }
    }
  }
  return `\uFEFF${lines.map((line) => line.map(csvField).join(",")).join("\r\n")}\r\n`;
}
