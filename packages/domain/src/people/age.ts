import { yearsBetween, type IsoDate } from "../shared/primitives.ts";

/** Under 18 a parent's or guardian's consent must be recorded (RULES.md, Minors). */
export const AGE_OF_MAJORITY = 18;

export type AgeInput = { birthYear: number; birthDate?: IsoDate | null };

/** The age a person may have today: exact with a birth date, usually a range of two with the year only. */
export function possibleAges(person: AgeInput, today: IsoDate): { min: number; max: number } {
  if (person.birthDate) {
    const age = yearsBetween(person.birthDate, today);
    return { min: age, max: age };
  }
  const reached = Number(today.slice(0, 4)) - person.birthYear;
  // By 31 December every birthday of the year has passed, and a child born this year is 0, not -1.
  const isCertain = reached === 0 || today.endsWith("-12-31");
  return { min: isCertain ? reached : reached - 1, max: reached };
}

export type AgeCheck =
  | { status: "eligible"; isMinor: boolean }
  | { status: "too_young"; minimumAge: number; age: number }
  | { status: "needs_birth_date"; minimumAge: number };

/**
 * Whether a person meets an opportunity's minimum age today, and whether they count as a minor.
 * With only a birth year the answer can be open: then the birth date is asked for. A person who
 * may still be 17 is treated as a minor, so guardian consent is never skipped by rounding.
 */
export function checkAge(person: AgeInput, minimumAge: number, today: IsoDate): AgeCheck {
  const { min, max } = possibleAges(person, today);
  if (max < minimumAge) return { status: "too_young", minimumAge, age: max };
  if (min < minimumAge) return { status: "needs_birth_date", minimumAge };
  return { status: "eligible", isMinor: min < AGE_OF_MAJORITY };
}

export function isMinor(person: AgeInput, today: IsoDate): boolean {
  return possibleAges(person, today).min < AGE_OF_MAJORITY;
}
