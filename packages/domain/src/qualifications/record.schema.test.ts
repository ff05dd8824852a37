import { describe, expect, it } from "vitest";
import { ExpiringListInput, ExternalRecordInput, externalRecordDates } from "./record.schema.ts";
import { DEFAULT_QUALIFICATION_TYPES } from "./types.ts";
import { QualificationRules } from "./validity.ts";

const PERSON = "0f8fad5b-d9cb-469f-a165-70867728950e";
const TODAY = "2026-11-24";
const rulesOf = (slug: string) =>
  QualificationRules.parse(DEFAULT_QUALIFICATION_TYPES.find((t) => t.slug === slug)!.rules);

const base = {
  personId: PERSON,
  typeSlug: "erste-hilfe",
  validFrom: "2026-03-02",
  issuer: "DRK Kreisverband Göppingen",
};

const pathsOf = (input: unknown) => {
  const result = ExternalRecordInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
};

describe("ExternalRecordInput", () => {
  it.each([
    ["without a valid-until date", {}, null],
    ["with an empty valid-until field", { validUntil: "" }, null],
    ["with its own valid-until date", { validUntil: "2028-03-02" }, "2028-03-02"],
  ])("accepts a certificate %s", (_, extra, validUntil) => {
    const parsed = ExternalRecordInput.parse({ ...base, ...extra });
    expect(parsed.validUntil).toBe(validUntil);
    expect(parsed.issuer).toBe("DRK Kreisverband Göppingen");
  });

  it.each([
    ["an issuer of one letter", { issuer: " D " }, ["issuer"]],
    ["an issuer longer than 120 characters", { issuer: "x".repeat(121) }, ["issuer"]],
    ["a valid-until on the day of issue", { validUntil: "2026-03-02" }, ["validUntil"]],
    ["a valid-until before the day of issue", { validUntil: "2026-03-01" }, ["validUntil"]],
    ["a date that is no date", { validFrom: "02.03.2026" }, ["validFrom"]],
    ["a type that is no slug", { typeSlug: "Erste Hilfe" }, ["typeSlug"]],
    ["a person that is no id", { personId: "lena" }, ["personId"]],
  ])("refuses %s at its field", (_, extra, paths) => {
    expect(pathsOf({ ...base, ...extra })).toEqual(paths);
  });

  it("accepts an issuer of exactly 2 and of 120 characters", () => {
    expect(pathsOf({ ...base, issuer: "DR" })).toEqual([]);
    expect(pathsOf({ ...base, issuer: "x".repeat(120) })).toEqual([]);
  });
});

describe("externalRecordDates", () => {
  it("takes the certificate's own valid-until date", () => {
    expect(
      externalRecordDates(
        { validFrom: "2025-05-10", validUntil: "2027-05-10" },
        rulesOf("juleica"),
        TODAY,
      ),
    ).toEqual({ ok: true, validFrom: "2025-05-10", validUntil: "2027-05-10" });
  });

  it("computes it from the type's validity when none is given", () => {
    expect(
      externalRecordDates({ validFrom: "2025-05-10", validUntil: null }, rulesOf("juleica"), TODAY),
    ).toEqual({ ok: true, validFrom: "2025-05-10", validUntil: "2028-05-10" });
    expect(
      externalRecordDates(
        { validFrom: "2025-05-10", validUntil: null },
        rulesOf("erste-hilfe"),
        TODAY,
      ),
    ).toEqual({ ok: true, validFrom: "2025-05-10", validUntil: null });
  });

  it("accepts a certificate of today and refuses one of tomorrow", () => {
    const rules = rulesOf("hygiene-belehrung");
    expect(externalRecordDates({ validFrom: TODAY, validUntil: null }, rules, TODAY).ok).toBe(true);
    expect(
      externalRecordDates({ validFrom: "2026-11-25", validUntil: null }, rules, TODAY),
    ).toEqual({
      ok: false,
      issues: [
        { path: ["validFrom"], message: "Das Ausstellungsdatum darf nicht in der Zukunft liegen." },
      ],
    });
  });
});

describe("ExpiringListInput", () => {
  it("defaults to the type's own reminder period and 20 rows", () => {
    expect(ExpiringListInput.parse({})).toEqual({ limit: 20 });
  });

  it.each([0, 366, 1.5])("refuses %s days", (withinDays) => {
    expect(ExpiringListInput.safeParse({ withinDays }).success).toBe(false);
  });

  it.each([1, 60, 365])("accepts %s days", (withinDays) => {
    expect(ExpiringListInput.parse({ withinDays }).withinDays).toBe(withinDays);
  });
});
