import { checkAge, type AgeInput } from "../people/age.ts";
import type { Coordinates, IsoDate, Weekday } from "../shared/primitives.ts";
import { dayPartsOf, type DayPart } from "./facets.ts";
import type { TimeWindow } from "./opportunity.schema.ts";

/** Points per category of the opportunity that the person is interested in. */
export const INTEREST_POINTS = 30;
/** Points per weekday on which the person is free when the opportunity happens (at most two count). */
export const AVAILABILITY_POINTS = 15;
export const MAX_COUNTED_WEEKDAYS = 2;
/** Points for a place at the person's district centre, falling linearly to 0 at `NEAR_KM`. */
export const DISTANCE_POINTS = 20;
export const NEAR_KM = 10;
/** Points for an opportunity that can be done from home. */
export const REMOTE_POINTS = 10;
/** Points for a step-free place, for a person who needs one. */
export const STEP_FREE_POINTS = 5;
/** Points per skill of the person named in the opportunity's text (at most two count). */
export const SKILL_POINTS = 10;
export const MAX_COUNTED_SKILLS = 2;
/** Points taken off per required qualification the person does not hold yet. */
export const MISSING_QUALIFICATION_PENALTY = 10;

export type MatchProfile = AgeInput & {
  interests: readonly string[];
  skills: readonly string[];
  availability: readonly TimeWindow[];
  district: string | null;
  needsStepFree: boolean;
  /** Slugs of the qualifications the person holds and that are valid today. */
  qualifications: readonly string[];
};

export type MatchOpportunity = {
  categories: readonly string[];
  isRemote: boolean;
  district: string | null;
  coordinates: Coordinates | null;
  isStepFree: boolean;
  minimumAge: number;
  requiredQualifications: readonly string[];
  /** The schedule's facets (see `scheduleFacets`). */
  weekdays: readonly Weekday[];
  dayParts: readonly DayPart[];
  endsOn: IsoDate | null;
  /** Title and summary, where the person's skills are looked for. */
  text: string;
};

export type DistrictCentre = { slug: string; center: Coordinates };

/** Why an opportunity fits (or does not): structured, so each app words it in its language. */
export type MatchReason =
  | { kind: "interest"; category: string }
  | { kind: "weekday_free"; weekday: Weekday }
  | { kind: "distance"; km: number }
  | { kind: "remote" }
  | { kind: "step_free" }
  | { kind: "skill"; skill: string }
  | { kind: "missing_qualification"; qualification: string }
  | { kind: "birth_date_needed"; minimumAge: number }
  | { kind: "too_young"; minimumAge: number }
  | { kind: "not_step_free" }
  | { kind: "ended" };

export type Match = { eligible: boolean; score: number; reasons: MatchReason[] };

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The weekdays on which one of the person's windows meets the opportunity's days and times. */
function freeWeekdays(profile: MatchProfile, opportunity: MatchOpportunity): Weekday[] {
  return opportunity.weekdays.filter((weekday) =>
    profile.availability.some(
      (window) =>
        window.weekday === weekday &&
        (opportunity.dayParts.length === 0 ||
          dayPartsOf(window.from, window.to).some((part) => opportunity.dayParts.includes(part))),
    ),
  );
}

function placeOf(opportunity: MatchOpportunity, districts: readonly DistrictCentre[]) {
  if (opportunity.coordinates) return opportunity.coordinates;
  return districts.find((d) => d.slug === opportunity.district)?.center ?? null;
}

/**
 * How well an opportunity suits a volunteer (RULES.md, Matching). The minimum age and a needed
 * step-free place filter; everything else ranks. A missing qualification does not filter, since
 * it can be acquired, but it lowers the score and is named.
 */
export function matchOpportunity(
  profile: MatchProfile,
  opportunity: MatchOpportunity,
  today: IsoDate,
  districts: readonly DistrictCentre[],
): Match {
  const blockers: MatchReason[] = [];
  const age = checkAge(profile, opportunity.minimumAge, today);
  if (age.status === "too_young") {
    blockers.push({ kind: "too_young", minimumAge: opportunity.minimumAge });
  }
  if (profile.needsStepFree && !opportunity.isRemote && !opportunity.isStepFree) {
    blockers.push({ kind: "not_step_free" });
  }
  if (opportunity.endsOn !== null && opportunity.endsOn < today) blockers.push({ kind: "ended" });
  if (blockers.length > 0) return { eligible: false, score: 0, reasons: blockers };

  const reasons: MatchReason[] = [];
  let score = 0;

  for (const category of opportunity.categories) {
    if (profile.interests.includes(category)) {
      reasons.push({ kind: "interest", category });
      score += INTEREST_POINTS;
    }
  }

  freeWeekdays(profile, opportunity).forEach((weekday, index) => {
    reasons.push({ kind: "weekday_free", weekday });
    if (index < MAX_COUNTED_WEEKDAYS) score += AVAILABILITY_POINTS;
  });

  if (opportunity.isRemote) {
    reasons.push({ kind: "remote" });
    score += REMOTE_POINTS;
  } else {
    const home = districts.find((d) => d.slug === profile.district)?.center;
    const place = placeOf(opportunity, districts);
    if (home && place) {
      const km = distanceKm(home, place);
      if (km <= NEAR_KM) {
        reasons.push({ kind: "distance", km: Math.round(km * 10) / 10 });
        score += DISTANCE_POINTS * (1 - km / NEAR_KM);
      }
    }
    if (profile.needsStepFree) {
      reasons.push({ kind: "step_free" });
      score += STEP_FREE_POINTS;
    }
  }

  const text = opportunity.text.toLocaleLowerCase("de");
  profile.skills
    .filter((skill) => text.includes(skill.toLocaleLowerCase("de")))
    .forEach((skill, index) => {
      reasons.push({ kind: "skill", skill });
      if (index < MAX_COUNTED_SKILLS) score += SKILL_POINTS;
    });

  for (const qualification of opportunity.requiredQualifications) {
    if (!profile.qualifications.includes(qualification)) {
      reasons.push({ kind: "missing_qualification", qualification });
      score -= MISSING_QUALIFICATION_PENALTY;
    }
  }

  if (age.status === "needs_birth_date") {
    reasons.push({ kind: "birth_date_needed", minimumAge: opportunity.minimumAge });
  }

  return { eligible: true, score: Math.max(0, Math.round(score)), reasons };
}

/** The eligible opportunities, best first; ties keep the given order (e.g. newest first). */
export function rankOpportunities<T extends MatchOpportunity>(
  profile: MatchProfile,
  opportunities: readonly T[],
  today: IsoDate,
  districts: readonly DistrictCentre[],
  limit: number,
): { opportunity: T; match: Match }[] {
  return opportunities
    .map((opportunity, index) => ({
      opportunity,
      index,
      match: matchOpportunity(profile, opportunity, today, districts),
    }))
    .filter((entry) => entry.match.eligible)
    .sort((a, b) => b.match.score - a.match.score || a.index - b.index)
    .slice(0, limit)
    .map(({ opportunity, match }) => ({ opportunity, match }));
}
