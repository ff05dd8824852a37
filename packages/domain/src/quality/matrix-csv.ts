export { csvField, csvLine } from "../shared/csv-write.ts";
import { csvLine } from "../shared/csv-write.ts";

export type MatrixCsvRow = {
  organisationName: string;
  score: number;
  /** Standard id → current level; a standard not assessed yet is missing. */
  levels: ReadonlyMap<string, number>;
  /** The volunteers' average answer (1–5) of the latest feedback survey, where shown. */
  feedbackAverage?: number | null;
};

/**
 * The quality matrix as CSV for a spreadsheet: one line per organisation, its maturity score,
 * then the current level (0–3) per standard in catalogue order; empty where not assessed. With
 * `hasFeedback`, a last column holds the volunteers' feedback average (one decimal). Starts with
 * a byte order mark, so spreadsheet programs read the umlauts right.
 */
export function qualityMatrixCsv(input: {
  standards: readonly { id: string; title: string }[];
  rows: readonly MatrixCsvRow[];
  hasFeedback?: boolean;
}): string {
  const header = [
    "Organisation",
    "Reifegrad (%)",
    ...input.standards.map((s) => s.title),
    ...(input.hasFeedback ? ["Rückmeldung der Engagierten (Durchschnitt 1–5)"] : []),
  ];
  const lines = input.rows.map((row) =>
    csvLine([
      row.organisationName,
      row.score,
      ...input.standards.map((s) => row.levels.get(s.id) ?? null),
      ...(input.hasFeedback
        ? [row.feedbackAverage == null ? null : row.feedbackAverage.toFixed(1)]
        : []),
    ]),
  );
  return `\uFEFF${csvLine(header)}${lines.join("")}`;
}
