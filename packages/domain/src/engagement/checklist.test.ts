import { describe, expect, it } from "vitest";
import { checklistOf, isQualificationValid } from "./checklist.ts";
import { canActivate } from "./lifecycle.ts";

const AT = new Date("2026-05-01T10:00:00Z");
const NOTHING = {
  firstConversationAt: null,
  agreementAt: null,
  dataProtectionNoticeAt: null,
  insuranceInformationAt: null,
  guardianConsentAt: null,
  inspections: [],
  qualifications: [],
};

describe("checklistOf", () => {
  it("reads the ticked items from their timestamps", () => {
    expect(
      checklistOf({ ...NOTHING, firstConversationAt: AT, guardianConsentAt: AT }, "2026-06-01"),
    ).toEqual({
      firstConversationHeld: true,
      agreementSigned: false,
      dataProtectionNoticeAcknowledged: false,
      insuranceInformationGiven: false,
      hasValidFuehrungszeugnis: false,
      validQualifications: [],
      guardianConsentGiven: true,
    });
  });

  it("counts only a valid Führungszeugnis and valid qualifications", () => {
    const checklist = checklistOf(
      {
        ...NOTHING,
        inspections: [
          { certificateIssuedOn: "2026-04-01", inspectedOn: "2026-04-20", hasRelevantEntry: false },
        ],
        qualifications: [
          { typeSlug: "erste-hilfe", validFrom: "2024-01-01", validUntil: "2026-05-31" },
          { typeSlug: "juleica", validFrom: "2026-01-01", validUntil: "2029-01-01" },
        ],
      },
      "2026-06-01",
    );
    expect(checklist.hasValidFuehrungszeugnis).toBe(true);
    expect(checklist.validQualifications).toEqual(["juleica"]);
    expect(
      canActivate(checklist, {
        requiresFuehrungszeugnis: true,
        requiredQualifications: ["erste-hilfe"],
        isMinor: false,
      }),
    ).toEqual({
      ok: false,
      missing: [
        "first_conversation",
        "agreement",
        "data_protection_notice",
        "insurance_information",
        "qualification:erste-hilfe",
      ],
    });
  });

  it("treats a qualification as valid on its last day", () => {
    const q = { typeSlug: "erste-hilfe", validFrom: "2024-06-01", validUntil: "2026-06-01" };
    expect(isQualificationValid(q, "2026-06-01")).toBe(true);
    expect(isQualificationValid(q, "2026-06-02")).toBe(false);
    expect(isQualificationValid(q, "2024-05-31")).toBe(false);
  });
});
