import { describe, expect, it } from "vitest";
import {
  FigureComparisonQuery,
  FigureSharingInput,
  perThousand,
  SHARED_METRICS,
  SHARED_YEARS,
  sharedYears,
} from "./figures.ts";

describe("perThousand", () => {
  it.each([
    [575, 57_558, 10],
    [1_234, 57_558, 21.4],
    [1, 4_999, 0.2],
    [0, 20_000, 0],
    [5, 5_000, 1],
    [100_000, 100_000, 1000],
  ])("%i in a city of %i inhabitants is %d per 1,000", (value, population, expected) => {
    expect(perThousand(value, population)).toBe(expected);
  });

  it("has no figure without a population", () => {
    expect(perThousand(100, null)).toBeNull();
    expect(perThousand(100, 0)).toBeNull();
  });
});

describe("sharedYears", () => {
  it("shares the current year and the ones before it", () => {
    expect(SHARED_YEARS).toBe(3);
    expect(sharedYears(2026)).toEqual([2024, 2025, 2026]);
    expect(sharedYears(2026)).toHaveLength(SHARED_YEARS);
  });
});

describe("the inputs", () => {
  it("asks for a yes or no to sharing", () => {
    expect(FigureSharingInput.safeParse({ share: true }).success).toBe(true);
    expect(FigureSharingInput.safeParse({ share: "ja" }).success).toBe(false);
  });

  it("compares one known figure of a year from 2015 on", () => {
    expect(SHARED_METRICS).toEqual(["active_volunteers", "hours", "opportunities"]);
    expect(FigureComparisonQuery.parse({ year: 2026, metric: "hours" })).toEqual({
      year: 2026,
      metric: "hours",
      limit: 50,
    });
    expect(FigureComparisonQuery.safeParse({ year: 2014, metric: "hours" }).success).toBe(false);
    expect(FigureComparisonQuery.safeParse({ year: 2026, metric: "names" }).success).toBe(false);
  });
});
