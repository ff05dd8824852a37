import { describe, expect, it } from "vitest";
import { checkAge, isMinor, possibleAges } from "./age.ts";

const TODAY = "2026-06-15";

describe("checkAge with a birth date", () => {
  it("is 18 on the 18th birthday", () => {
    const person = { birthYear: 2008, birthDate: "2008-06-15" };
    expect(possibleAges(person, TODAY)).toEqual({ min: 18, max: 18 });
    expect(checkAge(person, 18, TODAY)).toEqual({ status: "eligible", isMinor: false });
    expect(isMinor(person, TODAY)).toBe(false);
  });

  it("is still 17 one day before", () => {
    const person = { birthYear: 2008, birthDate: "2008-06-16" };
    expect(checkAge(person, 18, TODAY)).toEqual({ status: "too_young", minimumAge: 18, age: 17 });
    expect(checkAge(person, 16, TODAY)).toEqual({ status: "eligible", isMinor: true });
    expect(isMinor(person, TODAY)).toBe(true);
  });

  it("never asks for the birth date again once it is known", () => {
    const person = { birthYear: 2010, birthDate: "2010-12-31" };
    expect(checkAge(person, 16, TODAY)).toEqual({ status: "too_young", minimumAge: 16, age: 15 });
  });
});

describe("checkAge with the birth year only", () => {
  it("asks for the birth date where the year leaves the age open", () => {
    // Born in 2008: 17 or 18 on 15 June 2026.
    expect(possibleAges({ birthYear: 2008 }, TODAY)).toEqual({ min: 17, max: 18 });
    expect(checkAge({ birthYear: 2008 }, 18, TODAY)).toEqual({
      status: "needs_birth_date",
      minimumAge: 18,
    });
    expect(checkAge({ birthYear: 2008, birthDate: null }, 18, TODAY)).toEqual({
      status: "needs_birth_date",
      minimumAge: 18,
    });
  });

  it("is too young when even the oldest possible age is below the minimum", () => {
    expect(checkAge({ birthYear: 2009 }, 18, TODAY)).toEqual({
      status: "too_young",
      minimumAge: 18,
      age: 17,
    });
  });

  it("is eligible when even the youngest possible age reaches the minimum", () => {
    expect(checkAge({ birthYear: 2007 }, 18, TODAY)).toEqual({
      status: "eligible",
      isMinor: false,
    });
  });

  it("counts a person who may still be 17 as a minor", () => {
    expect(checkAge({ birthYear: 2008 }, 16, TODAY)).toEqual({ status: "eligible", isMinor: true });
    expect(isMinor({ birthYear: 2008 }, TODAY)).toBe(true);
    expect(isMinor({ birthYear: 2007 }, TODAY)).toBe(false);
  });

  it("knows the exact age on 31 December", () => {
    expect(possibleAges({ birthYear: 2008 }, "2026-12-31")).toEqual({ min: 18, max: 18 });
    expect(checkAge({ birthYear: 2008 }, 18, "2026-12-31")).toEqual({
      status: "eligible",
      isMinor: false,
    });
    expect(possibleAges({ birthYear: 2008 }, "2026-01-01")).toEqual({ min: 17, max: 18 });
  });
});

describe("minimum age 0", () => {
  it("lets everyone in, including a child born this year", () => {
    expect(possibleAges({ birthYear: 2026 }, TODAY)).toEqual({ min: 0, max: 0 });
    expect(checkAge({ birthYear: 2026 }, 0, TODAY)).toEqual({ status: "eligible", isMinor: true });
    expect(checkAge({ birthYear: 2025 }, 0, TODAY)).toEqual({ status: "eligible", isMinor: true });
    expect(checkAge({ birthYear: 2026, birthDate: TODAY }, 0, TODAY)).toEqual({
      status: "eligible",
      isMinor: true,
    });
    expect(checkAge({ birthYear: 1950 }, 0, TODAY)).toEqual({ status: "eligible", isMinor: false });
  });
});
