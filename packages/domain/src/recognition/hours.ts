import { z } from "zod";
import { Id, IsoDate } from "../shared/primitives.ts";

/** A day has 24 hours: no one logs more across all their engagements (RULES.md, Anerkennung). */
export const MAX_MINUTES_PER_DAY = 24 * 60;

export const HourEntryStatus = z.enum(["pending", "approved", "returned"]);
export type HourEntryStatus = z.infer<typeof HourEntryStatus>;

const Minutes = z
  .number({ message: "Bitte die Dauer in Minuten angeben." })
  .int({ message: "Bitte ganze Minuten angeben." })
  .min(1, { message: "Mindestens eine Minute." })
  .max(MAX_MINUTES_PER_DAY, { message: "Höchstens 24 Stunden an einem Tag." });

const Activity = z
  .string()
  .trim()
  .min(2, { message: "Bitte kurz beschreiben, was Sie getan haben." })
  .max(300, { message: "Höchstens 300 Zeichen." });

/** Hours logged for one engagement on one day, by the volunteer or by staff for them. */
export const HourEntryInput = z.object({
  engagementId: Id,
  workedOn: IsoDate,
  minutes: Minutes,
  activity: Activity,
});
export type HourEntryInput = z.infer<typeof HourEntryInput>;

/**
 * A correction of an approved entry: the entry itself never changes; the correction records the
 * right figures and why, and the history shows both.
 */
export const HourCorrectionInput = z.object({
  entryId: Id,
  workedOn: IsoDate,
  minutes: z
    .number({ message: "Bitte die richtige Dauer in Minuten angeben." })
    .int({ message: "Bitte ganze Minuten angeben." })
    .min(0, { message: "Die Dauer kann nicht negativ sein." })
    .max(MAX_MINUTES_PER_DAY, { message: "Höchstens 24 Stunden an einem Tag." }),
  activity: Activity,
  reason: z
    .string()
    .trim()
    .min(3, { message: "Bitte den Grund der Korrektur angeben." })
    .max(500, { message: "Höchstens 500 Zeichen." }),
});
export type HourCorrectionInput = z.infer<typeof HourCorrectionInput>;

/** Staff return an entry with a comment the volunteer can act on. */
export const HourReturnInput = z.object({
  entryId: Id,
  comment: z
    .string()
    .trim()
    .min(3, { message: "Bitte sagen Sie, was geändert werden soll." })
    .max(500, { message: "Höchstens 500 Zeichen." }),
});
export type HourReturnInput = z.infer<typeof HourReturnInput>;

export type HourEntryRefusal =
  | { ok: false; reason: "future_date" }
  | { ok: false; reason: "day_full"; remainingMinutes: number };

/**
 * May these minutes be logged on this day? Not for a future day, and not beyond 24 hours across
 * all of the person's engagements that day (`otherMinutesThatDay`: their other entries of the day
 * that still count — pending and approved, with corrections in place of what they correct).
 */
export function checkHourEntry(
  entry: { workedOn: IsoDate; minutes: number },
  context: { today: IsoDate; otherMinutesThatDay: number },
): { ok: true } | HourEntryRefusal {
  if (entry.workedOn > context.today) return { ok: false, reason: "future_date" };
  const remaining = Math.max(0, MAX_MINUTES_PER_DAY - context.otherMinutesThatDay);
  if (entry.minutes > remaining)
    return { ok: false, reason: "day_full", remainingMinutes: remaining };
  return { ok: true };
}

/** Only entries not yet approved may be changed; an approved one is corrected by a new entry. */
export function canEditEntry(status: HourEntryStatus): boolean {
  return status !== "approved";
}

export type CountedEntry = {
  id: string;
  workedOn: IsoDate;
  minutes: number;
  status: HourEntryStatus;
  /** Set on a correction: the entry whose figures it replaces. */
  correctsEntryId: string | null;
  createdAt: Date;
};

/**
 * The entries that count: a corrected entry counts with its latest correction's figures instead
 * of its own; returned entries do not count until they are sent again.
 */
export function effectiveEntries<T extends CountedEntry>(entries: readonly T[]): T[] {
  const latestCorrection = new Map<string, T>();
  for (const e of entries) {
    if (e.correctsEntryId === null) continue;
    const seen = latestCorrection.get(e.correctsEntryId);
    if (!seen || e.createdAt > seen.createdAt) latestCorrection.set(e.correctsEntryId, e);
  }
  return entries.filter((e) => {
    if (e.status === "returned") return false;
    if (e.correctsEntryId !== null) return latestCorrection.get(e.correctsEntryId) === e;
    return !latestCorrection.has(e.id);
  });
}

export type HourTotals = { approved: number; pending: number };

/** Minutes per month (`YYYY-MM`) and per year, approved and pending apart. */
export function hourTotals(entries: readonly CountedEntry[]) {
  const byMonth = new Map<string, HourTotals>();
  const byYear = new Map<string, HourTotals>();
  for (const e of effectiveEntries(entries)) {
    const key = e.status === "approved" ? "approved" : "pending";
    for (const [map, period] of [
      [byMonth, e.workedOn.slice(0, 7)],
      [byYear, e.workedOn.slice(0, 4)],
    ] as const) {
      const totals = map.get(period) ?? { approved: 0, pending: 0 };
      totals[key] += e.minutes;
      map.set(period, totals);
    }
  }
  return { byMonth, byYear };
}
