import { z } from "zod";

/**
 * The anonymous figures a city may share with the network, per calendar year (RULES.md,
 * Network): counts only, never a person.
 * - active_volunteers: people with an engagement active at any time in the year
 * - hours: approved hours in the year, whole hours
 * - opportunities: opportunities published in the year, in total and per category
 */
export const SHARED_METRICS = ["active_volunteers", "hours", "opportunities"] as const;
export const SharedMetric = z.enum(SHARED_METRICS);
export type SharedMetric = z.infer<typeof SharedMetric>;

/** Years a city shares: the current one and the years before it, back to this many. */
export const SHARED_YEARS = 3;

/** The years shared in a given calendar year, oldest first: 2026 → [2024, 2025, 2026]. */
export function sharedYears(currentYear: number): number[] {
  return Array.from({ length: SHARED_YEARS }, (_, i) => currentYear - SHARED_YEARS + 1 + i);
}

export const FigureSharingInput = z.object({ share: z.boolean() });
export type FigureSharingInput = z.infer<typeof FigureSharingInput>;

/** One figure of one year across the cities that share it, page by page. */
export const FigureComparisonQuery = z.object({
  year: z.number().int().min(2015).max(2100),
  metric: SharedMetric,
  limit: z.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).nullish(),
});
export type FigureComparisonQuery = z.infer<typeof FigureComparisonQuery>;

/** A figure per 1,000 inhabitants, so cities of different size can be compared; one decimal. */
export function perThousand(value: number, population: number | null): number | null {
  if (population === null || population <= 0) return null;
  return Math.round((value * 10_000) / population) / 10;
}
