import { describe, expect, it } from "vitest";
import {
  CITY_SIZE_CLASSES,
  CITY_SIZE_RANGES,
  citySizeClass,
  isSimilarSize,
  similarSizeRange,
} from "./city-size.ts";

describe("citySizeClass", () => {
  it.each([
    [1, "landgemeinde"],
    [4_999, "landgemeinde"],
    [5_000, "kleinstadt"],
    [19_999, "kleinstadt"],
    [20_000, "mittelstadt"],
    [57_558, "mittelstadt"],
    [99_999, "mittelstadt"],
    [100_000, "grossstadt"],
    [3_600_000, "grossstadt"],
  ] as const)("puts %i inhabitants in %s", (population, size) => {
    expect(citySizeClass(population)).toBe(size);
  });

  it("agrees with the ranges it is built from, without gaps between classes", () => {
    for (const size of CITY_SIZE_CLASSES) {
      const { from, to } = CITY_SIZE_RANGES[size];
      if (from > 0) expect(citySizeClass(from)).toBe(size);
      if (to !== null) expect(citySizeClass(to - 1)).toBe(size);
    }
    const bounds = CITY_SIZE_CLASSES.map((size) => CITY_SIZE_RANGES[size]);
    bounds.slice(1).forEach((range, i) => expect(range.from).toBe(bounds[i]!.to));
  });
});

describe("similar size", () => {
  it.each([
    [50_000, 100_000, true],
    [100_000, 50_000, true],
    [50_000, 25_000, true],
    [50_000, 100_001, false],
    [50_000, 24_999, false],
    [57_558, 57_558, true],
    [33_000, 57_558, true],
    [0, 10_000, false],
    [10_000, -5, false],
  ])("%i and %i inhabitants alike: %s", (population, other, alike) => {
    expect(isSimilarSize(population, other)).toBe(alike);
  });

  it("gives the range of similar cities for a query, bounds included", () => {
    expect(similarSizeRange(50_000)).toEqual({ from: 25_000, to: 100_000 });
    expect(similarSizeRange(57_558)).toEqual({ from: 28_779, to: 115_116 });
    // An odd population: the half rounds up, so the lower bound is itself similar.
    expect(similarSizeRange(33_333)).toEqual({ from: 16_667, to: 66_666 });
    const { from, to } = similarSizeRange(33_333);
    expect(isSimilarSize(33_333, from)).toBe(true);
    expect(isSimilarSize(33_333, from - 1)).toBe(false);
    expect(isSimilarSize(33_333, to)).toBe(true);
    expect(isSimilarSize(33_333, to + 1)).toBe(false);
  });
});
