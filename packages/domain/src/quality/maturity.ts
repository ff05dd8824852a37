import type { IsoDate } from "../shared/primitives.ts";
import { MAX_LEVEL } from "./standards.ts";

/** One self-assessment as the rules need it. */
export type AssessmentPoint = {
  standardId: string;
  level: number;
  assessedOn: IsoDate;
  /** Breaks ties between two assessments of the same day: the later entry counts. */
  createdAt: Date;
};

/**
 * The maturity score of an organisation, in percent (0–100).
 *
 * Rule: the sum of the current levels of all standards in the catalogue (archived standards
 * left out), divided by the highest possible sum (3 per standard), rounded to a whole percent.
 * A standard not yet assessed counts as 0, so a score only rises by assessing, and an empty
 * catalogue scores 0.
 */
export function maturityScore(
  standardIds: readonly string[],
  levelOf: ReadonlyMap<string, number>,
): number {
  if (standardIds.length === 0) return 0;
  const sum = standardIds.reduce((total, id) => total + clampLevel(levelOf.get(id) ?? 0), 0);
  return Math.round((100 * sum) / (MAX_LEVEL * standardIds.length));
}

function clampLevel(level: number): number {
  return Math.min(MAX_LEVEL, Math.max(0, Math.trunc(level)));
}

const isLater = (a: AssessmentPoint, b: AssessmentPoint) =>
  a.assessedOn > b.assessedOn ||
  (a.assessedOn === b.assessedOn && a.createdAt.getTime() > b.createdAt.getTime());

/** The level per standard as of a day: the latest assessment dated on or before it. */
export function levelsAsOf(
  assessments: readonly AssessmentPoint[],
  day: IsoDate,
): Map<string, number> {
  const latest = new Map<string, AssessmentPoint>();
  for (const a of assessments) {
    if (a.assessedOn > day) continue;
    const current = latest.get(a.standardId);
    if (!current || isLater(a, current)) latest.set(a.standardId, a);
  }
  return new Map([...latest].map(([id, a]) => [id, a.level]));
}

/** A calendar quarter, e.g. 2026 Q3, with its last day. */
export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4; label: string; endsOn: IsoDate };

const pad = (n: number) => String(n).padStart(2, "0");

function quarterOf(year: number, quarter: number): Quarter {
  const lastMonth = quarter * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return {
    year,
    quarter: quarter as Quarter["quarter"],
    label: `${year} Q${quarter}`,
    endsOn: `${String(year).padStart(4, "0")}-${pad(lastMonth)}-${pad(lastDay)}`,
  };
}

/** The `count` quarters up to and including the one `today` falls in, oldest first. */
export function quartersUpTo(today: IsoDate, count: number): Quarter[] {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const current = year * 4 + Math.floor((month - 1) / 3);
  return Array.from({ length: count }, (_, i) => {
    const index = current - (count - 1) + i;
    return quarterOf(Math.floor(index / 4), (index % 4) + 1);
  });
}

export type TrendPoint = {
  label: string;
  /** The day the score is measured: the quarter's last day, or today for the running quarter. */
  asOf: IsoDate;
  /** Null before the organisation assessed any standard: no score yet, rather than 0 %. */
  score: number | null;
};

/**
 * The maturity score per quarter: at each quarter's end (today for the running quarter) the
 * latest assessment of each standard up to that day counts. The standards are those of today's
 * catalogue, so every point measures against the same list. A quarter before the first
 * assessment has no score.
 */
export function maturityTrend(
  standardIds: readonly string[],
  assessments: readonly AssessmentPoint[],
  today: IsoDate,
  quarters: number,
): TrendPoint[] {
  return quartersUpTo(today, quarters).map((q) => {
    const asOf = q.endsOn < today ? q.endsOn : today;
    const levels = levelsAsOf(assessments, asOf);
    const hasStarted = standardIds.some((id) => levels.has(id));
    return {
      label: q.label,
      asOf,
      score: hasStarted ? maturityScore(standardIds, levels) : null,
    };
  });
}
