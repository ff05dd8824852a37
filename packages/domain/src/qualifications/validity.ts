import { z } from "zod";
import { yearsBetween, type IsoDate } from "../shared/primitives.ts";

/**
 * A qualification type's rules as data, so a city can add its own: how long a record is valid,
 * and what a person needs before it is granted (age, training units, other qualifications that
 * are recent enough), and how it is renewed.
 */
export const QualificationRules = z.object({
  /** Months a record is valid from its date; null: it does not expire. */
  validityMonths: z.number().int().min(1).max(600).nullable(),
  /** Youngest age at which it is granted; null: any age. */
  minimumAge: z.number().int().min(0).max(99).nullable(),
  /** A lower age allowed in justified cases (Juleica: 15 instead of 16); null: none. */
  minimumAgeJustified: z.number().int().min(0).max(99).nullable(),
  /** Training units (45 minutes each) a person must have attended; 0: none. */
  requiredUnits: z.number().int().min(0).max(1000),
  /** Other qualifications that must be held, at most `maxAgeMonths` old on the day it is granted. */
  requires: z
    .array(
      z.object({
        typeSlug: z.string().min(1).max(60),
        maxAgeMonths: z.number().int().min(1).max(600).nullable(),
      }),
    )
    .max(10),
  /** Hours of further training that renew it for another validity period; null: no renewal. */
  renewalHours: z.number().int().min(1).max(200).nullable(),
  /** How many days ahead an expiring record is flagged and its holder reminded. */
  reminderDays: z.number().int().min(1).max(365),
});
export type QualificationRules = z.infer<typeof QualificationRules>;

export type QualificationHeld = {
  typeSlug: string;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
};

/** Minutes in a training unit (Unterrichtseinheit). */
export const UNIT_MINUTES = 45;

/** The same calendar day `months` later (the last day of a shorter month where needed). */
export function addMonths(day: IsoDate, months: number): IsoDate {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

/** Whole days from one day to another (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The last valid day of a record dated `validFrom`: `validityMonths` later, or never. */
export function validUntilFor(rules: QualificationRules, validFrom: IsoDate): IsoDate | null {
  return rules.validityMonths === null ? null : addMonths(validFrom, rules.validityMonths);
}

/** A qualification counts from its start until and including its last valid day. */
export function isQualificationValid(q: QualificationHeld, today: IsoDate): boolean {
  return q.validFrom <= today && (q.validUntil === null || q.validUntil >= today);
}

export type QualificationStatus =
  | { status: "valid"; daysLeft: number | null }
  | { status: "expiring"; daysLeft: number }
  | { status: "expired"; daysAgo: number }
  | { status: "not_yet_valid"; daysUntil: number };

/** Where a record stands today: valid, expiring within `withinDays`, expired or not yet valid. */
export function qualificationStatus(
  q: QualificationHeld,
  today: IsoDate,
  withinDays: number,
): QualificationStatus {
  if (q.validFrom > today)
    return { status: "not_yet_valid", daysUntil: daysBetween(today, q.validFrom) };
  if (q.validUntil === null) return { status: "valid", daysLeft: null };
  const daysLeft = daysBetween(today, q.validUntil);
  if (daysLeft < 0) return { status: "expired", daysAgo: -daysLeft };
  return daysLeft <= withinDays ? { status: "expiring", daysLeft } : { status: "valid", daysLeft };
}

/** The record of a type that lasts longest among those valid today, if any. */
export function bestRecordOf<T extends QualificationHeld>(
  records: readonly T[],
  typeSlug: string,
  today: IsoDate,
): T | null {
  let best: T | null = null;
  for (const r of records) {
    if (r.typeSlug !== typeSlug || !isQualificationValid(r, today)) continue;
    if (
      !best ||
      (best.validUntil !== null && (r.validUntil === null || r.validUntil > best.validUntil))
    )
      best = r;
  }
  return best;
}

export type MissingPrerequisite =
  | { code: "age"; minimumAge: number; age: number }
  | { code: "units"; requiredUnits: number; attendedUnits: number }
  | { code: "requires"; typeSlug: string; maxAgeMonths: number | null };

export type PrerequisiteCheck = { ok: true } | { ok: false; missing: MissingPrerequisite[] };

/**
 * May a person be granted this qualification today? Age on the day (the lower justified age
 * only when staff say the case is justified), attended units, and each required qualification
 * valid today and dated no earlier than its maximum age allows (Juleica: first aid at most
 * 2 years old). Everything missing is listed, so staff can say what is still needed.
 */
export function checkPrerequisites(
  rules: QualificationRules,
  person: {
    birthDate: IsoDate;
    attendedUnits: number;
    held: readonly QualificationHeld[];
    isJustifiedCase?: boolean;
  },
  today: IsoDate,
): PrerequisiteCheck {
  const missing: MissingPrerequisite[] = [];
  const age = yearsBetween(person.birthDate, today);
  const minimumAge =
    person.isJustifiedCase && rules.minimumAgeJustified !== null
      ? Math.min(rules.minimumAgeJustified, rules.minimumAge ?? rules.minimumAgeJustified)
      : rules.minimumAge;
  if (minimumAge !== null && age < minimumAge) missing.push({ code: "age", minimumAge, age });
  if (person.attendedUnits < rules.requiredUnits)
    missing.push({
      code: "units",
      requiredUnits: rules.requiredUnits,
      attendedUnits: person.attendedUnits,
    });
  for (const required of rules.requires) {
    const recentEnough = person.held.some(
      (q) =>
        q.typeSlug === required.typeSlug &&
        isQualificationValid(q, today) &&
        (required.maxAgeMonths === null || addMonths(q.validFrom, required.maxAgeMonths) >= today),
    );
    if (!recentEnough)
      missing.push({
        code: "requires",
        typeSlug: required.typeSlug,
        maxAgeMonths: required.maxAgeMonths,
      });
  }
  return missing.length === 0 ? { ok: true } : { ok: false, missing };
}

export type RenewalDecision =
  | { ok: true; validFrom: IsoDate; validUntil: IsoDate | null }
  | { ok: false; reason: "no_renewal" | "expired" | "hours"; neededMinutes?: number };

/**
 * Renewal of a held record by further training (Juleica: 8 hours): allowed while the record is
 * still valid, once the further training since its date reaches the hours; the new period runs
 * from the day of renewal.
 */
export function renewalDecision(
  rules: QualificationRules,
  record: QualificationHeld,
  furtherTrainingMinutes: number,
  today: IsoDate,
): RenewalDecision {
  if (rules.renewalHours === null || rules.validityMonths === null)
    return { ok: false, reason: "no_renewal" };
  if (!isQualificationValid(record, today)) return { ok: false, reason: "expired" };
  const needed = rules.renewalHours * 60;
  if (furtherTrainingMinutes < needed)
    return { ok: false, reason: "hours", neededMinutes: needed - furtherTrainingMinutes };
  return { ok: true, validFrom: today, validUntil: validUntilFor(rules, today) };
}
