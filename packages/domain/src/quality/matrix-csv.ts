/**
 * One CSV field (RFC 4180): quoted when it holds a comma, semicolon, quote or line break. A text
 * a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return)
 * gets a leading apostrophe, so an organisation's name or a standard's title cannot run code in
 * the spreadsheet of whoever opens the export.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (fields: readonly (string | number | null | undefined)[]) =>
  `${fields.map(csvField).join(",")}\r\n`;

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
