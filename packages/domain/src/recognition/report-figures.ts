/**
 * Age groups of the reports, by age reached in the last year of the period (birth year only, as
 * applications ask for it). The bounds follow common life stages: minors, young adults up to 26
 * (the age limit of many youth programmes), family years, mid-life, young-old, old-old.
 */
export const AGE_GROUPS = [
  { key: "under_18", min: 0, max: 17 },
  { key: "18_26", min: 18, max: 26 },
  { key: "27_40", min: 27, max: 40 },
  { key: "41_60", min: 41, max: 60 },
  { key: "61_75", min: 61, max: 75 },
  { key: "over_75", min: 76, max: null },
] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number]["key"];

/** The age group of an age in whole years. */
export function ageGroupOf(age: number): AgeGroup {
  const group = AGE_GROUPS.find((g) => age >= g.min && (g.max === null || age <= g.max));
  return group?.key ?? "under_18";
}

/**
 * Retention is measured at these marks: an engagement counts when its 6 (12) months mark falls in
 * the period, and is retained when it had not ended by then.
 */
export const RETENTION_MONTHS = [6, 12] as const;
export type RetentionMonths = (typeof RETENTION_MONTHS)[number];

/** A share between 0 and 1, or null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
