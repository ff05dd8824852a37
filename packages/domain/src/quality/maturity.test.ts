import { describe, expect, it } from "vitest";
import {
  levelsAsOf,
  maturityScore,
  maturityTrend,
  quartersUpTo,
  type AssessmentPoint,
} from "./maturity.ts";

const at = (iso: string) => new Date(iso);
const point = (
  standardId: string,
  level: number,
  assessedOn: string,
  createdAt = `${assessedOn}T10:00:00Z`,
): AssessmentPoint => ({ standardId, level, assessedOn, createdAt: at(createdAt) });

describe("maturityScore", () => {
  it.each([
    [["a", "b", "c"], { a: 3, b: 3, c: 3 }, 100],
    [["a", "b", "c"], {}, 0],
    [["a", "b", "c"], { a: 3 }, 33],
    [["a", "b", "c"], { a: 2, b: 2 }, 44],
    [["a", "b"], { a: 1, b: 2 }, 50],
    // An assessment of a standard no longer in the catalogue does not count.
    [["a"], { a: 3, archived: 0 }, 100],
    [[], { a: 3 }, 0],
  ])("standards %j with levels %j score %i", (ids, levels, expected) => {
    expect(maturityScore(ids, new Map(Object.entries(levels)))).toBe(expected);
  });

  it("stays within 0–100 even with out-of-range levels", () => {
    expect(maturityScore(["a"], new Map([["a", 7]]))).toBe(100);
    expect(maturityScore(["a"], new Map([["a", -2]]))).toBe(0);
  });
});

describe("levelsAsOf", () => {
  const history = [
    point("a", 1, "2026-01-10"),
    point("a", 2, "2026-04-02"),
    point("a", 3, "2026-04-02", "2026-04-02T09:00:00Z"),
    point("b", 2, "2026-06-30"),
  ];

  it("takes the latest assessment on or before the day", () => {
    expect(levelsAsOf(history, "2026-03-31")).toEqual(new Map([["a", 1]]));
    expect(levelsAsOf(history, "2026-06-30")).toEqual(
      new Map([
        ["a", 2],
        ["b", 2],
      ]),
    );
  });

  it("of two assessments on one day, the later entry counts", () => {
    expect(levelsAsOf(history, "2026-04-02").get("a")).toBe(2);
  });
});

describe("quarters and trend", () => {
  it("lists the quarters up to today's, oldest first, across a year", () => {
    expect(quartersUpTo("2026-02-10", 3).map((q) => [q.label, q.endsOn])).toEqual([
      ["2025 Q3", "2025-09-30"],
      ["2025 Q4", "2025-12-31"],
      ["2026 Q1", "2026-03-31"],
    ]);
    expect(quartersUpTo("2024-06-30", 1)[0]!.endsOn).toBe("2024-06-30");
  });

  it("scores each quarter's end and today for the running quarter", () => {
    const history = [
      point("a", 1, "2025-11-03"),
      point("b", 3, "2026-02-01"),
      point("a", 3, "2026-04-20"),
      point("b", 0, "2026-05-02"),
    ];
    expect(maturityTrend(["a", "b"], history, "2026-05-15", 4)).toEqual([
      // Before the first assessment there is no score yet.
      { label: "2025 Q3", asOf: "2025-09-30", score: null },
      { label: "2025 Q4", asOf: "2025-12-31", score: 17 },
      { label: "2026 Q1", asOf: "2026-03-31", score: 67 },
      { label: "2026 Q2", asOf: "2026-05-15", score: 50 },
    ]);
  });

  it("has no score at all without an assessment of a standard still in the catalogue", () => {
    const points = maturityTrend(["a"], [point("archived", 3, "2026-01-10")], "2026-05-15", 2);
    expect(points.map((p) => p.score)).toEqual([null, null]);
  });
});
