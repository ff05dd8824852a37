import { describe, expect, it } from "vitest";
import { GOEPPINGEN } from "../city/goeppingen.ts";
import {
  distanceKm,
  matchOpportunity,
  rankOpportunities,
  type MatchOpportunity,
  type MatchProfile,
} from "./matching.ts";

const TODAY = "2026-06-15";
const DISTRICTS = GOEPPINGEN.districts;
const BARTENBACH = { lat: 48.7236, lng: 9.6722 };

const profile: MatchProfile = {
  birthYear: 1990,
  interests: ["bildung", "soziales"],
  skills: ["Vorlesen"],
  availability: [
    { weekday: "mon", from: "09:00", to: "12:00" },
    { weekday: "wed", from: "17:00", to: "20:00" },
  ],
  district: "innenstadt",
  needsStepFree: false,
  qualifications: [],
};

const opportunity: MatchOpportunity = {
  categories: ["bildung"],
  isRemote: false,
  district: "bartenbach",
  coordinates: BARTENBACH,
  isStepFree: true,
  minimumAge: 16,
  requiredQualifications: [],
  weekdays: ["mon"],
  dayParts: ["morning"],
  endsOn: null,
  text: "Vorlesen in der Kita",
};

describe("distanceKm", () => {
  it("measures great-circle distances", () => {
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).toBeCloseTo(111.19, 2);
    expect(distanceKm({ lat: 52.52, lng: 13.405 }, { lat: 48.137, lng: 11.575 })).toBeCloseTo(
      504.34,
      2,
    );
    expect(distanceKm(BARTENBACH, BARTENBACH)).toBe(0);
  });
});

describe("matchOpportunity", () => {
  it("gives each reason and its points: interest 30, Monday 15, 2.7 km 14.7, skill 10", () => {
    expect(matchOpportunity(profile, opportunity, TODAY, DISTRICTS)).toEqual({
      eligible: true,
      score: 70,
      reasons: [
        { kind: "interest", category: "bildung" },
        { kind: "weekday_free", weekday: "mon" },
        { kind: "distance", km: 2.7 },
        { kind: "skill", skill: "Vorlesen" },
      ],
    });
  });

  it("counts a weekday only when a window meets the opportunity's time of day", () => {
    const evening = { ...opportunity, dayParts: ["evening" as const] };
    expect(matchOpportunity(profile, evening, TODAY, DISTRICTS).reasons).not.toContainEqual({
      kind: "weekday_free",
      weekday: "mon",
    });
    const wednesdayEvening = { ...evening, weekdays: ["mon" as const, "wed" as const] };
    const match = matchOpportunity(profile, wednesdayEvening, TODAY, DISTRICTS);
    expect(match.reasons).toContainEqual({ kind: "weekday_free", weekday: "wed" });
    expect(match.score).toBe(70);
  });

  it("counts at most two free weekdays", () => {
    const person = {
      ...profile,
      availability: (["mon", "tue", "wed"] as const).map((weekday) => ({
        weekday,
        from: "08:00",
        to: "20:00",
      })),
    };
    const threeDays = { ...opportunity, weekdays: ["mon", "tue", "wed"] as const, dayParts: [] };
    const match = matchOpportunity(
      person,
      { ...threeDays, weekdays: [...threeDays.weekdays] },
      TODAY,
      DISTRICTS,
    );
    expect(match.reasons.filter((r) => r.kind === "weekday_free")).toHaveLength(3);
    expect(match.score).toBe(30 + 2 * 15 + 15 + 10);
  });

  it("uses the district centre when the opportunity has no coordinates", () => {
    const match = matchOpportunity(
      profile,
      { ...opportunity, coordinates: null, district: "hohenstaufen" },
      TODAY,
      DISTRICTS,
    );
    expect(match.reasons).toContainEqual({ kind: "distance", km: 6.3 });
    // 30 + 15 + 20 × (1 − 6.27 / 10) + 10
    expect(match.score).toBe(62);
  });

  it("names no distance beyond 10 km and none without a district", () => {
    const far = { ...opportunity, coordinates: { lat: 48.8, lng: 9.8 } };
    expect(matchOpportunity(profile, far, TODAY, DISTRICTS).reasons.map((r) => r.kind)).toEqual([
      "interest",
      "weekday_free",
      "skill",
    ]);
    const nowhere = { ...profile, district: null };
    expect(matchOpportunity(nowhere, opportunity, TODAY, DISTRICTS).score).toBe(55);
  });

  it("prefers remote opportunities with 10 points and no distance", () => {
    const remote = { ...opportunity, isRemote: true, coordinates: null, district: null };
    expect(matchOpportunity(profile, remote, TODAY, DISTRICTS)).toEqual({
      eligible: true,
      score: 65,
      reasons: [
        { kind: "interest", category: "bildung" },
        { kind: "weekday_free", weekday: "mon" },
        { kind: "remote" },
        { kind: "skill", skill: "Vorlesen" },
      ],
    });
  });

  it("filters a place with steps for a person who needs a step-free one", () => {
    const person = { ...profile, needsStepFree: true };
    expect(
      matchOpportunity(person, { ...opportunity, isStepFree: false }, TODAY, DISTRICTS),
    ).toEqual({ eligible: false, score: 0, reasons: [{ kind: "not_step_free" }] });
    const stepFree = matchOpportunity(person, opportunity, TODAY, DISTRICTS);
    expect(stepFree.reasons).toContainEqual({ kind: "step_free" });
    expect(stepFree.score).toBe(75);
    const remote = { ...opportunity, isRemote: true, isStepFree: false };
    expect(matchOpportunity(person, remote, TODAY, DISTRICTS).eligible).toBe(true);
    // Without the need, steps do not matter.
    expect(
      matchOpportunity(profile, { ...opportunity, isStepFree: false }, TODAY, DISTRICTS).score,
    ).toBe(70);
  });

  it("filters by minimum age with checkAge", () => {
    const young = { ...profile, birthYear: 2012 };
    expect(matchOpportunity(young, opportunity, TODAY, DISTRICTS)).toEqual({
      eligible: false,
      score: 0,
      reasons: [{ kind: "too_young", minimumAge: 16 }],
    });
    // Born 2010: 15 or 16 on 15 June 2026; the birth date decides, so the match stays open.
    const open = matchOpportunity({ ...profile, birthYear: 2010 }, opportunity, TODAY, DISTRICTS);
    expect(open.eligible).toBe(true);
    expect(open.reasons.at(-1)).toEqual({ kind: "birth_date_needed", minimumAge: 16 });
    const known = { ...profile, birthYear: 2010, birthDate: "2010-06-16" };
    expect(matchOpportunity(known, opportunity, TODAY, DISTRICTS).eligible).toBe(false);
  });

  it("names every blocker at once", () => {
    const person = { ...profile, birthYear: 2015, needsStepFree: true };
    const ended = { ...opportunity, isStepFree: false, endsOn: "2026-06-14" };
    expect(matchOpportunity(person, ended, TODAY, DISTRICTS).reasons).toEqual([
      { kind: "too_young", minimumAge: 16 },
      { kind: "not_step_free" },
      { kind: "ended" },
    ]);
    expect(
      matchOpportunity(profile, { ...opportunity, endsOn: TODAY }, TODAY, DISTRICTS).eligible,
    ).toBe(true);
  });

  it("lowers the score by 10 per missing qualification, without filtering", () => {
    const needs = { ...opportunity, requiredQualifications: ["erste-hilfe", "juleica"] };
    const match = matchOpportunity(profile, needs, TODAY, DISTRICTS);
    expect(match.eligible).toBe(true);
    expect(match.score).toBe(50);
    expect(match.reasons.slice(-2)).toEqual([
      { kind: "missing_qualification", qualification: "erste-hilfe" },
      { kind: "missing_qualification", qualification: "juleica" },
    ]);
    const holder = { ...profile, qualifications: ["erste-hilfe"] };
    expect(matchOpportunity(holder, needs, TODAY, DISTRICTS).score).toBe(60);
  });

  it("never goes below 0", () => {
    const bare = { ...profile, interests: [], skills: [], availability: [], district: null };
    const needs = { ...opportunity, requiredQualifications: ["erste-hilfe"] };
    expect(matchOpportunity(bare, needs, TODAY, DISTRICTS)).toEqual({
      eligible: true,
      score: 0,
      reasons: [{ kind: "missing_qualification", qualification: "erste-hilfe" }],
    });
  });

  it("finds skills in the text regardless of case", () => {
    const person = { ...profile, skills: ["kochen", "Vorlesen", "Gitarre", "kita"] };
    const match = matchOpportunity(person, opportunity, TODAY, DISTRICTS);
    expect(match.reasons.filter((r) => r.kind === "skill")).toEqual([
      { kind: "skill", skill: "Vorlesen" },
      { kind: "skill", skill: "kita" },
    ]);
    expect(match.score).toBe(80);
  });
});

describe("rankOpportunities", () => {
  it("drops the ineligible and sorts by score, keeping the given order on ties", () => {
    const a = { ...opportunity, text: "A" }; // 60
    const b = { ...opportunity, text: "B", minimumAge: 99 }; // filtered
    const c = { ...opportunity, text: "C Vorlesen" }; // 70
    const d = { ...opportunity, text: "D" }; // 60
    const ranked = rankOpportunities(profile, [a, b, c, d], TODAY, DISTRICTS, 10);
    expect(ranked.map((r) => [r.opportunity.text, r.match.score])).toEqual([
      ["C Vorlesen", 70],
      ["A", 60],
      ["D", 60],
    ]);
    expect(rankOpportunities(profile, [a, b, c, d], TODAY, DISTRICTS, 1)).toHaveLength(1);
  });
});
