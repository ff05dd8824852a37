import type { IsoDate } from "../shared/primitives.ts";

/** Anniversaries of engagement in years (RULES.md). */
export const ANNIVERSARY_YEARS = [1, 5, 10, 25] as const;

/**
 * Hour thresholds worth a thank-you. RULES.md names hour thresholds without figures: these are
 * the platform's defaults, as data.
 */
export const HOUR_MILESTONES = [100, 250, 500, 1000, 2500] as const;

export type Milestone =
  { kind: "anniversary"; years: number; on: IsoDate } | { kind: "hours"; hours: number };

/**
 * The milestones a person reaches in a month (`YYYY-MM`): an anniversary of their first
 * engagement that falls in the month, and each hour threshold crossed by the month's approved
 * hours (from `minutesBefore` at the month's start to `minutesAfter` at its end).
 */
export function milestonesInMonth(
  person: { engagedSince: IsoDate | null; minutesBefore: number; minutesAfter: number },
  month: string,
): Milestone[] {
  const found: Milestone[] = [];
  if (person.engagedSince) {
    const [y, m, d] = person.engagedSince.split("-").map(Number) as [number, number, number];
    const [my, mm] = month.split("-").map(Number) as [number, number];
    const years = my - y;
    if (mm === m && (ANNIVERSARY_YEARS as readonly number[]).includes(years)) {
      const lastDay = new Date(Date.UTC(my, mm, 0)).getUTCDate();
      const day = String(Math.min(d, lastDay)).padStart(2, "0");
      found.push({ kind: "anniversary", years, on: `${month}-${day}` });
    }
  }
  for (const hours of HOUR_MILESTONES) {
    if (person.minutesBefore < hours * 60 && person.minutesAfter >= hours * 60)
      found.push({ kind: "hours", hours });
  }
  return found;
}
