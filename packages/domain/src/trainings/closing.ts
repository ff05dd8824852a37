import {
  bestRecordOf,
  checkPrerequisites,
  renewalDecision,
  UNIT_MINUTES,
  validUntilFor,
  type MissingPrerequisite,
  type QualificationHeld,
  type QualificationRules,
} from "../qualifications/validity.ts";
import type { IsoDate } from "../shared/primitives.ts";

/** A session as closing needs it: its units and its day in the city's time zone. */
export type ClosingSession = { id: string; units: number; day: IsoDate };

/** One tick of the attendance list; a session without a tick counts as absent. */
export type AttendanceMark = { sessionId: string; personId: string; isPresent: boolean };

/** A confirmed participant with what the qualification's rules ask about them. */
export type ClosingParticipant = {
  personId: string;
  birthDate: IsoDate | null;
  birthYear: number;
  /** The qualifications the person holds, from any source. */
  held: readonly QualificationHeld[];
  /** Staff state a justified case: the lower age of the type applies (Juleica: 15). */
  isJustifiedCase?: boolean;
};

export type ClosingMissing =
  | MissingPrerequisite
  /** A holder renewing: further training still missing, in minutes. */
  | { code: "renewal_hours"; neededMinutes: number };

export type ClosingOutcome =
  | { status: "granted"; isRenewal: boolean; validFrom: IsoDate; validUntil: IsoDate | null }
  | { status: "not_granted"; missing: ClosingMissing[] }
  /** The training leads to no qualification; only the attendance counts. */
  | { status: "no_qualification" };

export type ClosingResult = { personId: string; attendedUnits: number; outcome: ClosingOutcome };

export type ClosingInput = {
  /** The qualification the training leads to, with the type's rules; null for none. */
  qualification: { typeSlug: string; rules: QualificationRules } | null;
  /** Units a participant must attend of this training. */
  requiredUnits: number;
  sessions: readonly ClosingSession[];
  attendance: readonly AttendanceMark[];
  participants: readonly ClosingParticipant[];
};

/**
 * The birth date the age rules use. With only the birth year known, 31 December of that year:
 * the latest the person can have been born, so the age is never overestimated and nobody is
 * granted a qualification before the minimum age. Staff who know the date record it.
 */
export function birthDateForRules(person: { birthDate: IsoDate | null; birthYear: number }) {
  return person.birthDate ?? `${String(person.birthYear).padStart(4, "0")}-12-31`;
}

/** Units each person attended: the units of every session they were ticked present at. */
export function attendedUnitsByPerson(
  sessions: readonly ClosingSession[],
  attendance: readonly AttendanceMark[],
): Map<string, number> {
  const units = new Map(sessions.map((s) => [s.id, s.units]));
  const byPerson = new Map<string, number>();
  for (const mark of attendance) {
    const sessionUnits = units.get(mark.sessionId);
    if (!mark.isPresent || sessionUnits === undefined) continue;
    byPerson.set(mark.personId, (byPerson.get(mark.personId) ?? 0) + sessionUnits);
  }
  return byPerson;
}

/** The day a qualification from this training counts from: the day of its last session. */
export function lastSessionDay(sessions: readonly ClosingSession[]): IsoDate | null {
  return sessions.reduce<IsoDate | null>(
    (last, s) => (last === null || s.day > last ? s.day : last),
    null,
  );
}

/**
 * Who earns the training's qualification when it is closed. Each confirmed participant is
 * judged on the day of the last session:
 * - a person who already holds a valid record of a type that is renewed by further training
 *   (Juleica: 8 hours) renews it when the attended time reaches the hours;
 * - everyone else is granted it when the type's prerequisites are met (age, units, other
 *   qualifications recent enough), counting this training's attended units.
 * Either way a participant must have attended the units the training asks for. What is missing
 * is listed, so staff can tell each person what they still need.
 */
export function closingResults(input: ClosingInput): ClosingResult[] {
  const attended = attendedUnitsByPerson(input.sessions, input.attendance);
  const day = lastSessionDay(input.sessions);
  return input.participants.map((person) => {
    const attendedUnits = attended.get(person.personId) ?? 0;
    if (!input.qualification || day === null) {
      return { personId: person.personId, attendedUnits, outcome: { status: "no_qualification" } };
    }
    return {
      personId: person.personId,
      attendedUnits,
      outcome: outcomeFor(input.qualification, input.requiredUnits, person, attendedUnits, day),
    };
  });
}

function outcomeFor(
  qualification: { typeSlug: string; rules: QualificationRules },
  trainingUnits: number,
  person: ClosingParticipant,
  attendedUnits: number,
  day: IsoDate,
): ClosingOutcome {
  const { rules, typeSlug } = qualification;
  const held = bestRecordOf(person.held, typeSlug, day);
  if (held && rules.renewalHours !== null && rules.validityMonths !== null) {
    const missing: ClosingMissing[] = [];
    if (attendedUnits < trainingUnits) {
      missing.push({ code: "units", requiredUnits: trainingUnits, attendedUnits });
    }
    const renewal = renewalDecision(rules, held, attendedUnits * UNIT_MINUTES, day);
    if (!renewal.ok) {
      missing.push({ code: "renewal_hours", neededMinutes: renewal.neededMinutes ?? 0 });
    }
    if (missing.length > 0 || !renewal.ok) return { status: "not_granted", missing };
    return {
      status: "granted",
      isRenewal: true,
      validFrom: renewal.validFrom,
      validUntil: renewal.validUntil,
    };
  }
  // The training's own threshold and the type's units are one requirement: the higher counts.
  const check = checkPrerequisites(
    { ...rules, requiredUnits: Math.max(rules.requiredUnits, trainingUnits) },
    {
      birthDate: birthDateForRules(person),
      attendedUnits,
      held: person.held,
      isJustifiedCase: person.isJustifiedCase ?? false,
    },
    day,
  );
  if (!check.ok) return { status: "not_granted", missing: check.missing };
  return {
    status: "granted",
    isRenewal: false,
    validFrom: day,
    validUntil: validUntilFor(rules, day),
  };
}
