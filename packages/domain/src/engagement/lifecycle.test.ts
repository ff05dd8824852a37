import { describe, expect, it } from "vitest";
import { EngagementStatus, Mover, type Checklist } from "./engagement.schema.ts";
import { availableMoves, canActivate, canMoveEngagement } from "./lifecycle.ts";

const ORG: Mover[] = ["organisation"];
const VOL: Mover[] = ["volunteer"];
const BOTH: Mover[] = ["organisation", "volunteer"];

// Who may make each allowed move, written out from RULES.md rather than read from LIFECYCLE.
const EXPECTED: Record<EngagementStatus, Partial<Record<EngagementStatus, Mover[]>>> = {
  submitted: { in_contact: ORG, declined: ORG, withdrawn: VOL },
  in_contact: { onboarding: ORG, declined: ORG, withdrawn: VOL },
  onboarding: { active: ORG, declined: ORG, withdrawn: VOL },
  active: { paused: BOTH, ended: BOTH },
  paused: { active: BOTH, ended: BOTH },
  ended: {},
  declined: {},
  withdrawn: {},
};

const CASES = EngagementStatus.options.flatMap((from) =>
  EngagementStatus.options.flatMap((to) => Mover.options.map((by) => [from, to, by] as const)),
);

describe("canMoveEngagement", () => {
  it("covers 8 × 8 statuses × 2 movers", () => {
    expect(CASES).toHaveLength(128);
  });

  it.each(CASES)("%s → %s by %s", (from, to, by) => {
    const decision = canMoveEngagement({ from, to, by, endReason: "no_time" });
    const movers = EXPECTED[from][to];
    if (!movers) {
      expect(decision).toEqual({ ok: false, reason: "not_allowed" });
    } else if (movers.includes(by)) {
      expect(decision).toEqual({ ok: true });
    } else {
      expect(decision).toMatchObject({ ok: false, reason: "not_for_mover" });
      const allowedMovers = "allowedMovers" in decision ? [...decision.allowedMovers].sort() : [];
      expect(allowedMovers).toEqual([...movers].sort());
    }
  });

  it.each([
    ["active", "organisation"],
    ["active", "volunteer"],
    ["paused", "organisation"],
    ["paused", "volunteer"],
  ] as const)("ending from %s by the %s requires an end reason", (from, by) => {
    expect(canMoveEngagement({ from, to: "ended", by })).toEqual({
      ok: false,
      reason: "end_reason_required",
    });
    expect(canMoveEngagement({ from, to: "ended", by, endReason: null })).toEqual({
      ok: false,
      reason: "end_reason_required",
    });
    expect(canMoveEngagement({ from, to: "ended", by, endReason: "moved_away" })).toEqual({
      ok: true,
    });
  });

  it("does not ask for an end reason on other moves", () => {
    expect(canMoveEngagement({ from: "active", to: "paused", by: "volunteer" })).toEqual({
      ok: true,
    });
  });
});

describe("availableMoves", () => {
  it.each([
    ["submitted", "organisation", ["declined", "in_contact"]],
    ["submitted", "volunteer", ["withdrawn"]],
    ["in_contact", "organisation", ["declined", "onboarding"]],
    ["in_contact", "volunteer", ["withdrawn"]],
    ["onboarding", "organisation", ["active", "declined"]],
    ["onboarding", "volunteer", ["withdrawn"]],
    ["active", "organisation", ["ended", "paused"]],
    ["active", "volunteer", ["ended", "paused"]],
    ["paused", "organisation", ["active", "ended"]],
    ["paused", "volunteer", ["active", "ended"]],
    ["ended", "organisation", []],
    ["ended", "volunteer", []],
    ["declined", "organisation", []],
    ["declined", "volunteer", []],
    ["withdrawn", "organisation", []],
    ["withdrawn", "volunteer", []],
  ] as const)("from %s for the %s", (from, by, expected) => {
    expect(availableMoves(from, by).sort()).toEqual(expected);
  });
});

describe("canActivate", () => {
  const COMPLETE: Checklist = {
    firstConversationHeld: true,
    agreementSigned: true,
    dataProtectionNoticeAcknowledged: true,
    insuranceInformationGiven: true,
    hasValidFuehrungszeugnis: true,
    validQualifications: ["erste-hilfe", "juleica"],
    guardianConsentGiven: true,
  };
  const DEMANDING = {
    requiresFuehrungszeugnis: true,
    requiredQualifications: ["erste-hilfe", "juleica"],
    isMinor: true,
  };
  const PLAIN = { requiresFuehrungszeugnis: false, requiredQualifications: [], isMinor: false };

  it("activates with a complete checklist", () => {
    expect(canActivate(COMPLETE, DEMANDING)).toEqual({ ok: true });
    expect(canActivate(COMPLETE, PLAIN)).toEqual({ ok: true });
  });

  it.each([
    ["firstConversationHeld", "first_conversation"],
    ["agreementSigned", "agreement"],
    ["dataProtectionNoticeAcknowledged", "data_protection_notice"],
    ["insuranceInformationGiven", "insurance_information"],
  ] as const)("always needs %s", (field, item) => {
    const checklist = { ...COMPLETE, [field]: false };
    expect(canActivate(checklist, PLAIN)).toEqual({ ok: false, missing: [item] });
    expect(canActivate(checklist, DEMANDING)).toEqual({ ok: false, missing: [item] });
  });

  it("needs a Führungszeugnis only where the opportunity requires one", () => {
    const checklist = { ...COMPLETE, hasValidFuehrungszeugnis: false };
    expect(canActivate(checklist, DEMANDING)).toEqual({ ok: false, missing: ["fuehrungszeugnis"] });
    expect(canActivate(checklist, { ...DEMANDING, requiresFuehrungszeugnis: false })).toEqual({
      ok: true,
    });
  });

  it("names each missing qualification", () => {
    expect(canActivate({ ...COMPLETE, validQualifications: ["juleica"] }, DEMANDING)).toEqual({
      ok: false,
      missing: ["qualification:erste-hilfe"],
    });
    expect(canActivate({ ...COMPLETE, validQualifications: [] }, DEMANDING)).toEqual({
      ok: false,
      missing: ["qualification:erste-hilfe", "qualification:juleica"],
    });
    expect(canActivate({ ...COMPLETE, validQualifications: [] }, PLAIN)).toEqual({ ok: true });
  });

  it("needs guardian consent only for a minor", () => {
    const checklist = { ...COMPLETE, guardianConsentGiven: false };
    expect(canActivate(checklist, DEMANDING)).toEqual({ ok: false, missing: ["guardian_consent"] });
    expect(canActivate(checklist, { ...DEMANDING, isMinor: false })).toEqual({ ok: true });
  });

  it("lists everything missing from an empty checklist, in checklist order", () => {
    const empty: Checklist = {
      firstConversationHeld: false,
      agreementSigned: false,
      dataProtectionNoticeAcknowledged: false,
      insuranceInformationGiven: false,
      hasValidFuehrungszeugnis: false,
      validQualifications: [],
      guardianConsentGiven: false,
    };
    expect(canActivate(empty, DEMANDING)).toEqual({
      ok: false,
      missing: [
        "first_conversation",
        "agreement",
        "data_protection_notice",
        "insurance_information",
        "fuehrungszeugnis",
        "qualification:erste-hilfe",
        "qualification:juleica",
        "guardian_consent",
      ],
    });
    expect(canActivate(empty, PLAIN)).toEqual({
      ok: false,
      missing: [
        "first_conversation",
        "agreement",
        "data_protection_notice",
        "insurance_information",
      ],
    });
  });
});
