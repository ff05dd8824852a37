/** The periods the reports page offers besides a custom one, both days included. */
export type PeriodPreset = "this_year" | "last_12_months";

export type Period = { from: string; to: string };

/** The period of a preset, ending on `today` (YYYY-MM-DD in the city's time zone). */
export function periodOf(preset: PeriodPreset, today: string): Period {
  if (preset === "this_year") return { from: `${today.slice(0, 4)}-01-01`, to: today };
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  // The day after the same day a year ago; a 29 February counts from 1 March.
  const lastDayOfMonth = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  const start = new Date(Date.UTC(year - 1, month - 1, Math.min(day, lastDayOfMonth) + 1));
  return { from: start.toISOString().slice(0, 10), to: today };
}

/** A `YYYY-MM` month as a date in its middle, for formatting it in the reader's language. */
export function monthDate(month: string): Date {
  return new Date(`${month}-15T12:00:00Z`);
}
