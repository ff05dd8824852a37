import { describe, expect, it } from "vitest";
import { DEFAULT_QUALIFICATION_TYPES, QualificationTypeInput } from "./types.ts";
import {
  addMonths,
  checkPrerequisites,
  qualificationStatus,
  QualificationRules,
  renewalDecision,
  validUntilFor,
  type QualificationHeld,
} from "./validity.ts";

const juleica = QualificationRules.parse(
  DEFAULT_QUALIFICATION_TYPES.find((t) => t.slug === "juleica")!.rules,
);
const firstAid = (validFrom: string): QualificationHeld => ({
  typeSlug: "erste-hilfe",
  validFrom,
  validUntil: null,
});
const TODAY = "2026-11-24";

describe("validity", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2026-11-24", 36, "2029-11-24"],
    ["2026-12-15", 1, "2027-01-15"],
  ])("%s plus %i months is %s", (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });

  it("Juleica is valid 3 years; first aid without a set validity does not expire", () => {
    expect(validUntilFor(juleica, "2026-11-24")).toBe("2029-11-24");
    const aid = DEFAULT_QUALIFICATION_TYPES.find((t) => t.slug === "erste-hilfe")!;
    expect(validUntilFor(QualificationRules.parse(aid.rules), "2026-11-24")).toBeNull();
  });

  it.each([
    ["2029-11-24", 90, { status: "valid", daysLeft: 1096 }],
    ["2026-12-24", 30, { status: "expiring", daysLeft: 30 }],
    ["2026-12-25", 30, { status: "valid", daysLeft: 31 }],
    ["2026-11-24", 30, { status: "expiring", daysLeft: 0 }],
    ["2026-11-23", 30, { status: "expired", daysAgo: 1 }],
  ] as const)("valid until %s, flagged %i days ahead: %o", (validUntil, within, expected) => {
    expect(
      qualificationStatus(
        { typeSlug: "juleica", validFrom: "2025-01-01", validUntil },
        TODAY,
        within,
      ),
    ).toEqual(expected);
  });

  it("a record dated in the future is not yet valid", () => {
    expect(
      qualificationStatus({ typeSlug: "x", validFrom: "2026-12-01", validUntil: null }, TODAY, 30),
    ).toEqual({ status: "not_yet_valid", daysUntil: 7 });
  });
});

describe("Juleica prerequisites", () => {
  const person = (birthDate: string, attendedUnits: number, held: QualificationHeld[]) => ({
    birthDate,
    attendedUnits,
    held,
  });

  it("is granted at 16 with 40 units and first aid at most 2 years old", () => {
    expect(
      checkPrerequisites(juleica, person("2010-11-24", 40, [firstAid("2024-11-24")]), TODAY),
    ).toEqual({
      ok: true,
    });
  });

  it("refuses at 15 unless the case is justified, and never at 14", () => {
    const fifteen = person("2011-06-01", 40, [firstAid("2026-01-10")]);
    expect(checkPrerequisites(juleica, fifteen, TODAY)).toEqual({
      ok: false,
      missing: [{ code: "age", minimumAge: 16, age: 15 }],
    });
    expect(checkPrerequisites(juleica, { ...fifteen, isJustifiedCase: true }, TODAY)).toEqual({
      ok: true,
    });
    const fourteen = {
      ...person("2012-06-01", 40, [firstAid("2026-01-10")]),
      isJustifiedCase: true,
    };
    expect(checkPrerequisites(juleica, fourteen, TODAY)).toMatchObject({
      ok: false,
      missing: [{ code: "age", minimumAge: 15, age: 14 }],
    });
  });

  it("needs 40 units: 39 are not enough", () => {
    expect(
      checkPrerequisites(juleica, person("2000-01-01", 39, [firstAid("2026-01-10")]), TODAY),
    ).toEqual({ ok: false, missing: [{ code: "units", requiredUnits: 40, attendedUnits: 39 }] });
  });

  it("first aid of exactly 2 years counts, one day older does not, and none at all is listed", () => {
    expect(
      checkPrerequisites(juleica, person("2000-01-01", 40, [firstAid("2024-11-24")]), TODAY).ok,
    ).toBe(true);
    const stale = checkPrerequisites(
      juleica,
      person("2000-01-01", 40, [firstAid("2024-11-23")]),
      TODAY,
    );
    expect(stale).toEqual({
      ok: false,
      missing: [{ code: "requires", typeSlug: "erste-hilfe", maxAgeMonths: 24 }],
    });
    expect(checkPrerequisites(juleica, person("2012-01-01", 0, []), TODAY)).toMatchObject({
      ok: false,
      missing: [{ code: "age" }, { code: "units" }, { code: "requires" }],
    });
  });
});

describe("renewal", () => {
  const held: QualificationHeld = {
    typeSlug: "juleica",
    validFrom: "2024-01-10",
    validUntil: "2027-01-10",
  };

  it("renews after 8 hours of further training, for 3 years from the day of renewal", () => {
    expect(renewalDecision(juleica, held, 8 * 60, TODAY)).toEqual({
      ok: true,
      validFrom: TODAY,
      validUntil: "2029-11-24",
    });
  });

  it("says how much is missing below 8 hours, and refuses an expired card", () => {
    expect(renewalDecision(juleica, held, 8 * 60 - 45, TODAY)).toEqual({
      ok: false,
      reason: "hours",
      neededMinutes: 45,
    });
    expect(renewalDecision(juleica, { ...held, validUntil: "2026-11-23" }, 600, TODAY)).toEqual({
      ok: false,
      reason: "expired",
    });
  });
});

describe("qualification types as data", () => {
  it("every built-in type is a valid input", () => {
    for (const type of DEFAULT_QUALIFICATION_TYPES) {
      expect(QualificationTypeInput.safeParse(type).success).toBe(true);
    }
  });

  it("refuses a justified age above the minimum age and a type that requires itself", () => {
    const base = DEFAULT_QUALIFICATION_TYPES.find((t) => t.slug === "juleica")!;
    const result = QualificationTypeInput.safeParse({
      ...base,
      rules: {
        ...base.rules,
        minimumAgeJustified: 17,
        requires: [{ typeSlug: "juleica", maxAgeMonths: null }],
      },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual([
      "rules.minimumAgeJustified",
      "rules.requires",
    ]);
  });
});
