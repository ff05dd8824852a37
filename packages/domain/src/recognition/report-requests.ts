import { z } from "zod";
import { IsoDate } from "../shared/primitives.ts";

/** The longest period one report covers: enough for a five-year comparison, no more. */
export const REPORT_MAX_YEARS = 5;

const PeriodFields = z.object({
  from: IsoDate,
  to: IsoDate,
  /** One organisation; none means the whole city (coordination office only). */
  organisationId: z.uuid({ message: "Bitte eine gültige Organisation wählen." }).nullish(),
});

function checkPeriod(period: { from: string; to: string }, ctx: z.RefinementCtx) {
  if (period.to < period.from) {
    ctx.addIssue({
      code: "custom",
      path: ["to"],
      message: "Das Ende darf nicht vor dem Beginn liegen.",
    });
    return;
  }
  const years = Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4));
  const isTooLong =
    years > REPORT_MAX_YEARS ||
    (years === REPORT_MAX_YEARS && period.to.slice(5) >= period.from.slice(5));
  if (isTooLong) {
    ctx.addIssue({
      code: "custom",
      path: ["from"],
      message: `Ein Bericht umfasst höchstens ${REPORT_MAX_YEARS} Jahre.`,
    });
  }
}

/** A report's period (both days included) and scope. */
export const ReportInput = PeriodFields.superRefine(checkPeriod);
export type ReportInput = z.infer<typeof ReportInput>;

/** The tables of a report, each of which can be downloaded as CSV. */
export const REPORT_TABLES = [
  "overview",
  "hoursPerMonth",
  "ageGroups",
  "categories",
  "districts",
  "retention",
] as const;
export const ReportTable = z.enum(REPORT_TABLES, { message: "Diese Tabelle gibt es nicht." });
export type ReportTable = z.infer<typeof ReportTable>;

export const ReportCsvInput = PeriodFields.extend({
  table: ReportTable,
  language: z.enum(["de", "en"], { message: "Bitte Deutsch oder Englisch wählen." }).default("de"),
}).superRefine(checkPeriod);
export type ReportCsvInput = z.input<typeof ReportCsvInput>;
