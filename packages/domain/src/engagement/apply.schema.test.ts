import { describe, expect, it } from "vitest";
import { ApplicationInput, canApply, EngagementLinkToken } from "./apply.schema.ts";

const VALID = {
  opportunityId: "0b7c1f0e-8a4b-4c1e-9d3f-2a6b8c9d0e1f",
  firstName: " Lena ",
  lastName: "Wagner",
  email: " Lena.Wagner@Example.org ",
  birthYear: 1990,
  message: "Ich lese gern vor.",
  hasConsented: true,
};

describe("ApplicationInput", () => {
  it("accepts a complete application and tidies it", () => {
    expect(ApplicationInput.parse({ ...VALID, phone: "", guardianEmail: "" })).toEqual({
      ...VALID,
      firstName: "Lena",
      email: "lena.wagner@example.org",
      phone: undefined,
      guardianEmail: undefined,
    });
  });

  it("has the message default to empty", () => {
    const { message: _m, ...rest } = VALID;
    expect(ApplicationInput.parse(rest).message).toBe("");
  });

  it.each([
    ["without consent", { hasConsented: false }, "hasConsented"],
    ["with consent as text", { hasConsented: "true" }, "hasConsented"],
    ["without a first name", { firstName: "  " }, "firstName"],
    ["with a bad e-mail", { email: "lena@" }, "email"],
    ["with a birth year as text", { birthYear: "1990" }, "birthYear"],
    ["with a birth year of 1850", { birthYear: 1850 }, "birthYear"],
    ["with letters in the phone number", { phone: "0171<script>" }, "phone"],
    ["with a birth date of another year", { birthDate: "1991-05-01" }, "birthDate"],
    [
      "with the own address as guardian",
      { guardianEmail: "lena.wagner@example.org" },
      "guardianEmail",
    ],
    ["with a message of 2001 characters", { message: "x".repeat(2001) }, "message"],
    ["with a made-up opportunity id", { opportunityId: "1; drop table" }, "opportunityId"],
  ])("refuses an application %s", (_name, change, field) => {
    const result = ApplicationInput.safeParse({ ...VALID, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toContain(field);
  });
});

describe("canApply", () => {
  const TODAY = "2026-11-24";
  it("lets an adult apply", () => {
    expect(canApply({ birthYear: 1990 }, 18, TODAY)).toEqual({ ok: true, isMinor: false });
  });
  it("refuses someone too young with the age", () => {
    expect(canApply({ birthYear: 2014 }, 14, TODAY)).toEqual({
      ok: false,
      reason: "too_young",
      minimumAge: 14,
      age: 12,
    });
  });
  it("asks for the birth date where the year leaves it open", () => {
    expect(canApply({ birthYear: 2010 }, 16, TODAY)).toEqual({
      ok: false,
      reason: "needs_birth_date",
      minimumAge: 16,
    });
    expect(canApply({ birthYear: 2010, birthDate: "2010-03-01" }, 16, TODAY)).toEqual({
      ok: false,
      reason: "needs_guardian_email",
    });
  });
  it("lets a minor apply only with a guardian's address", () => {
    expect(canApply({ birthYear: 2011 }, 14, TODAY)).toEqual({
      ok: false,
      reason: "needs_guardian_email",
    });
    expect(canApply({ birthYear: 2011, guardianEmail: "mama@example.org" }, 14, TODAY)).toEqual({
      ok: true,
      isMinor: true,
    });
  });
});

describe("EngagementLinkToken", () => {
  it.each(["", "abc", "x".repeat(44), `${"a".repeat(42)}'`])("refuses %j", (token) => {
    expect(EngagementLinkToken.safeParse({ token }).success).toBe(false);
  });
  it("accepts a token as issued", () => {
    expect(EngagementLinkToken.safeParse({ token: "A".repeat(43) }).success).toBe(true);
  });
});
