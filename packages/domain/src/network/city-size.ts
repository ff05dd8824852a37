import { z } from "zod";

/**
 * Size classes of German municipalities by population, as official statistics use them:
 * Landgemeinde under 5,000, Kleinstadt under 20,000, Mittelstadt under 100,000, Großstadt above.
 */
export const CITY_SIZE_CLASSES = [
  "landgemeinde",
  "kleinstadt",
  "mittelstadt",
  "grossstadt",
] as const;
export const CitySizeClass = z.enum(CITY_SIZE_CLASSES);
export type CitySizeClass = z.infer<typeof CitySizeClass>;

/** The population range of each class: from (inclusive) to (exclusive, null for no limit). */
export const CITY_SIZE_RANGES: Record<CitySizeClass, { from: number; to: number | null }> = {
  landgemeinde: { from: 0, to: 5_000 },
  kleinstadt: { from: 5_000, to: 20_000 },
  mittelstadt: { from: 20_000, to: 100_000 },
  grossstadt: { from: 100_000, to: null },
};

export function citySizeClass(population: number): CitySizeClass {
  for (const size of CITY_SIZE_CLASSES) {
    const { to } = CITY_SIZE_RANGES[size];
    if (to === null || population < to) return size;
  }
  return "grossstadt";
}

/**
 * Cities of similar size, for comparing shared figures: at most twice as large or half as
 * large. A class boundary alone would call 21,000 and 99,000 inhabitants alike.
 */
export const SIMILAR_SIZE_FACTOR = 2;

export function isSimilarSize(population: number, other: number): boolean {
  if (population <= 0 || other <= 0) return false;
  const ratio = population > other ? population / other : other / population;
  return ratio <= SIMILAR_SIZE_FACTOR;
}

/** The population range of cities similar in size to one, for a database query. */
export function similarSizeRange(population: number): { from: number; to: number } {
  return {
    from: Math.ceil(population / SIMILAR_SIZE_FACTOR),
    to: Math.floor(population * SIMILAR_SIZE_FACTOR),
  };
}
