import type { CityConfig } from "@engagiert/domain/city";
import {
  engagementFigures,
  hoursPerMonth,
  volunteerBreakdowns,
  type Breakdowns,
  type HoursMonth,
  type ReportPeriod,
} from "@engagiert/db/queries/reports";
import { REPORT_CSV_LABELS, share, type ReportTable } from "@engagiert/domain/recognition";
import type { Context } from "../context.ts";

type Figures = Awaited<ReturnType<typeof engagementFigures>>;
type Part = "figures" | "breakdowns" | "hours";
export type ReportParts = {
  figures: Figures | null;
  breakdowns: Breakdowns | null;
  months: HoursMonth[] | null;
};

/** The queries each table is made of, so a download asks the database for no more. */
export const PARTS_OF_TABLE: Record<ReportTable, readonly Part[]> = {
  overview: ["figures", "hours"],
  hoursPerMonth: ["hours"],
  ageGroups: ["breakdowns"],
  categories: ["breakdowns"],
  districts: ["breakdowns"],
  retention: ["figures"],
};

/** Runs the report's queries that are asked for, side by side. */
export async function loadParts(
  ctx: Context,
  period: ReportPeriod,
  parts: readonly Part[],
): Promise<ReportParts> {
  const [figures, breakdowns, months] = await Promise.all([
    parts.includes("figures") ? engagementFigures(ctx.db, ctx.scope, period) : null,
    parts.includes("breakdowns") ? volunteerBreakdowns(ctx.db, ctx.scope, period) : null,
    parts.includes("hours") ? hoursPerMonth(ctx.db, ctx.scope, period) : null,
  ]);
  return { figures, breakdowns, months };
}

function need<T>(part: T | null): T {
  if (part === null) throw new Error("A report table was built without the part it needs.");
  return part;
}

export function overviewOf(figures: Figures, months: HoursMonth[]) {
  return {
    activeVolunteers: figures.activeVolunteers,
    activeEngagements: figures.activeEngagements,
    applications: figures.applications,
    converted: figures.converted,
    conversion: share(figures.converted, figures.applications),
    approvedMinutes: months.reduce((sum, m) => sum + m.minutes, 0),
  };
}

export const retentionOf = (figures: Figures) =>
  figures.retention.map((r) => ({ ...r, share: share(r.retained, r.cohort) }));

/** The fields of engagement with the city's names for them (both languages). */
export const categoriesOf = (config: CityConfig, breakdowns: Breakdowns) =>
  breakdowns.categories.map((c) => ({
    ...c,
    label: config.categories.find((known) => known.slug === c.key)?.label ?? {
      de: c.key,
      en: c.key,
    },
  }));

/** The districts with the city's names; null where the person gave none. */
export const districtsOf = (config: CityConfig, breakdowns: Breakdowns) =>
  breakdowns.districts.map((d) => ({
    ...d,
    name:
      d.key === null
        ? null
        : (config.districts.find((known) => known.slug === d.key)?.name ?? d.key),
  }));

/** Hours with at most two decimals, from minutes. */
const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
/** A share as per cent with one decimal; empty when there is nothing to divide. */
const percentOf = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);

/** The rows of one report table, as the page shows them, for the CSV download. */
export function csvRowsOf(
  table: ReportTable,
  parts: ReportParts,
  config: CityConfig,
  language: "de" | "en",
): (string | number | null)[][] {
  const labels = REPORT_CSV_LABELS[language];
  switch (table) {
    case "overview": {
      const o = overviewOf(need(parts.figures), need(parts.months));
      return [
        [labels.activeVolunteers, o.activeVolunteers],
        [labels.activeEngagements, o.activeEngagements],
        [labels.applications, o.applications],
        [labels.converted, o.converted],
        [labels.conversionPercent, percentOf(o.conversion)],
        [labels.approvedHours, hoursOf(o.approvedMinutes)],
      ];
    }
    case "hoursPerMonth":
      return need(parts.months).map((m) => [m.month, hoursOf(m.minutes), m.volunteers]);
    case "ageGroups":
      return need(parts.breakdowns).ageGroups.map((g) => [labels[g.key], g.volunteers]);
    case "categories":
      return categoriesOf(config, need(parts.breakdowns)).map((c) => [
        c.label[language],
        c.volunteers,
      ]);
    case "districts":
      return districtsOf(config, need(parts.breakdowns)).map((d) => [
        d.name ?? labels.noDistrict,
        d.volunteers,
      ]);
    case "retention":
      return retentionOf(need(parts.figures)).map((r) => [
        r.months,
        r.cohort,
        r.retained,
        percentOf(r.share),
      ]);
  }
}
