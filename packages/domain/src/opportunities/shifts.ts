import { z } from "zod";
import { BirthYear, PersonName } from "../engagement/apply.schema.ts";
import { Email, Id, PageInput } from "../shared/primitives.ts";

/** The shifts of one published one-off opportunity (at most 50, so one answer holds them all). */
export const ShiftListInput = z.object({ opportunityId: Id });
export type ShiftListInput = z.infer<typeof ShiftListInput>;

/** Taking or cancelling a place on a shift, by a volunteer signed in by e-mail link. */
export const ShiftRef = z.object({ shiftId: Id });
export type ShiftRef = z.infer<typeof ShiftRef>;

/** The signed-in volunteer's shifts, soonest first. */
export const MyShiftsInput = PageInput;
export type MyShiftsInput = z.infer<typeof MyShiftsInput>;

/** What a visitor without an account agrees to when asking for a shift (DSGVO Art. 7). */
export const SHIFT_CONSENT = { purpose: "shift", version: "2026-11" } as const;

/** Shift requests per e-mail address and per client within the window, against floods of mail. */
export const SHIFT_REQUEST_LIMITS = { windowMinutes: 60, perEmail: 5, perClient: 30 } as const;

/**
 * A visitor without an account asks for a shift: the sign-up stays pending (holding no place)
 * until they follow the link in the e-mail — the same low threshold as an application.
 */
export const ShiftRequestInput = z.object({
  shiftId: Id,
  firstName: PersonName,
  lastName: PersonName,
  email: Email,
  birthYear: BirthYear,
  hasConsented: z.literal(true, {
    message: "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.",
  }),
});
export type ShiftRequestInput = z.infer<typeof ShiftRequestInput>;

/** Confirming one's own pending sign-up after following the e-mail link. */
export const ShiftConfirmInput = z.object({ signupId: Id });
export type ShiftConfirmInput = z.infer<typeof ShiftConfirmInput>;

/** A pending sign-up waits for the e-mail link and holds no place; only confirmed ones count. */
export type ShiftSignupStatus = "pending" | "confirmed" | "waiting" | "cancelled";

// Places and the waiting list follow the one rule trainings and network events use as well.
export {
  placeDecision as shiftSignupDecision,
  nextInLine,
  freePlaces,
} from "../shared/waitlist.ts";

export type ShiftChangeDecision = { ok: true } | { ok: false; reason: "shift_started" };

/** A shift that has begun (or is over) can neither be taken nor cancelled any more. */
export function canChangeShift(shift: { startsAt: Date }, now: Date): ShiftChangeDecision {
  return now < shift.startsAt ? { ok: true } : { ok: false, reason: "shift_started" };
}

const berlinDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" });

/** The calendar day of an instant in Europe/Berlin, as `YYYY-MM-DD`. */
export function berlinDayOf(instant: Date): string {
  return berlinDay.format(instant);
}

function dayBefore(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The reminder goes out the day before the shift (Berlin day), or later on if the job missed that
 * day, as long as the shift has not begun.
 */
export function isReminderDue(shift: { startsAt: Date }, now: Date): boolean {
  if (now >= shift.startsAt) return false;
  return berlinDayOf(now) >= dayBefore(berlinDayOf(shift.startsAt));
}
