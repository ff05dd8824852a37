import { describe, expect, it } from "vitest";
import { Email, yearsBetween } from "./primitives.ts";

describe("Email", () => {
  it("trims and lowercases", () => {
    expect(Email.parse("  Anna.Schmidt@Example.ORG ")).toBe("anna.schmidt@example.org");
  });

  it.each(["", "   ", "anna", "anna@", "@example.org", "anna schmidt@example.org", "anna@example"])(
    "refuses %j",
    (input) => {
      expect(Email.safeParse(input).success).toBe(false);
    },
  );

  it("refuses an address longer than 254 characters with its own message", () => {
    const result = Email.safeParse(`${"a".repeat(64)}@${"b".repeat(190)}.de`);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Die E-Mail-Adresse ist zu lang.");
  });

  it("explains a malformed address in German", () => {
    expect(Email.safeParse("anna").error?.issues[0]?.message).toBe(
      "Bitte eine gültige E-Mail-Adresse angeben.",
    );
  });
});

describe("yearsBetween", () => {
  it.each([
    ["2000-06-15", "2026-06-14", 25],
    ["2000-06-15", "2026-06-15", 26],
    ["2000-06-15", "2026-06-16", 26],
    ["2000-06-15", "2026-05-31", 25],
    ["2000-06-15", "2026-07-01", 26],
    ["2000-12-31", "2026-01-01", 25],
    ["2000-01-01", "2025-12-31", 25],
    ["2026-06-15", "2026-06-15", 0],
  ])("born %s, on %s: %i", (birthDate, day, expected) => {
    expect(yearsBetween(birthDate, day)).toBe(expected);
  });

  // Born on 29 February: in a common year the new year of life is completed with the end of
  // 28 February (§188(3) BGB), so the person counts the new age from 1 March.
  it.each([
    ["2008-02-29", "2026-02-28", 17],
    ["2008-02-29", "2026-03-01", 18],
    ["2008-02-29", "2028-02-28", 19],
    ["2008-02-29", "2028-02-29", 20],
    ["2004-02-29", "2022-02-28", 17],
    ["2004-02-29", "2022-03-01", 18],
  ])("born %s, on %s: %i", (birthDate, day, expected) => {
    expect(yearsBetween(birthDate, day)).toBe(expected);
  });
});
