import { describe, expect, it } from "vitest";
import { GOEPPINGEN } from "../city/goeppingen.ts";
import { ProfileInput, SuggestionsInput, profileForCity } from "./profile.schema.ts";

describe("ProfileInput", () => {
  it("fills what is left out and turns empty text into null", () => {
    expect(ProfileInput.parse({ accessibilityNeeds: "  " })).toEqual({
      interests: [],
      skills: [],
      availability: [],
      district: null,
      accessibilityNeeds: null,
    });
  });

  it("trims and removes duplicates", () => {
    const profile = ProfileInput.parse({
      interests: ["sport", "sport", "kultur"],
      skills: [" Kochen ", "Kochen"],
      accessibilityNeeds: " Rollstuhl ",
    });
    expect(profile.interests).toEqual(["sport", "kultur"]);
    expect(profile.skills).toEqual(["Kochen"]);
    expect(profile.accessibilityNeeds).toBe("Rollstuhl");
  });

  it("refuses a window that ends before it begins, naming the field", () => {
    const result = ProfileInput.safeParse({
      availability: [{ weekday: "mon", from: "12:00", to: "09:00" }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["availability", 0, "to"]);
  });

  it("refuses garbage", () => {
    for (const input of [
      null,
      { interests: "sport" },
      { skills: ["x".repeat(61)] },
      { availability: [{ weekday: "monday", from: "9", to: "10" }] },
      { accessibilityNeeds: "x".repeat(501) },
      { district: "Not A Slug" },
      { interests: Array.from({ length: 13 }, (_, i) => `feld-${i}`) },
    ]) {
      expect(ProfileInput.safeParse(input).success, JSON.stringify(input)).toBe(false);
    }
  });
});

describe("profileForCity", () => {
  const schema = profileForCity(GOEPPINGEN);

  it("accepts the city's categories and districts", () => {
    expect(schema.safeParse({ interests: ["sport"], district: "faurndau" }).success).toBe(true);
  });

  it("refuses another city's categories and districts per field", () => {
    const result = schema.safeParse({ interests: ["sport", "surfen"], district: "mitte" });
    expect(result.error?.issues.map((i) => i.path)).toEqual([["interests", 1], ["district"]]);
  });
});

describe("SuggestionsInput", () => {
  it("defaults to no step-free need", () => {
    expect(SuggestionsInput.parse(undefined)).toEqual({ needsStepFree: false });
    expect(SuggestionsInput.parse({ needsStepFree: true })).toEqual({ needsStepFree: true });
    expect(SuggestionsInput.safeParse({ needsStepFree: "yes" }).success).toBe(false);
  });
});
