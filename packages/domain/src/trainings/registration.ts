import { z } from "zod";
import { Id, IsoDate, PageInput } from "../shared/primitives.ts";
import { freePlaces, nextInLine, placeDecision } from "../shared/waitlist.ts";
import { TrainingTopic } from "./training.schema.ts";

/**
 * The public training calendar: published trainings of the city from a day on (today when none
 * is given), optionally of one topic, up to a day, or only those where a place is still free.
 * Read page by page, earliest first.
 */
export const TrainingCalendarInput = z
  .object({
    topic: TrainingTopic.nullish(),
    from: IsoDate.nullish(),
    to: IsoDate.nullish(),
    onlyWithPlaces: z.boolean().default(false),
    limit: z.number().int().min(1).max(50).default(20),
    cursor: z.string().max(200).nullish(),
  })
  .refine((input) => !input.from || !input.to || input.to >= input.from, {
    path: ["to"],
    message: "Das Enddatum darf nicht vor dem Anfangsdatum liegen.",
  });
export type TrainingCalendarInput = z.infer<typeof TrainingCalendarInput>;

/** One training, for its page, registering or cancelling. */
export const TrainingRef = z.object({ trainingId: Id });
export type TrainingRef = z.infer<typeof TrainingRef>;

/** The signed-in volunteer's trainings, soonest first. */
export const MyTrainingsInput = PageInput;
export type MyTrainingsInput = z.infer<typeof MyTrainingsInput>;

/** How far back the personal calendar feed reaches, so recent trainings stay in the calendar. */
export const CALENDAR_FEED_PAST_DAYS = 30;

/** The earliest session start the personal calendar feed still lists. */
export function calendarFeedSince(now: Date): Date {
  return new Date(now.getTime() - CALENDAR_FEED_PAST_DAYS * 24 * 60 * 60 * 1000);
}

/** A feed address's secret: 256 random bits, URL-safe, as sign-in links have them. */
export const CALENDAR_FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export type TrainingRegistrationStatus = "confirmed" | "waiting" | "cancelled";

export type RegistrationRefusal =
  "not_published" | "no_sessions" | "already_registered" | "training_started" | "deadline_passed";

export type RegistrationDecision = { ok: true } | { ok: false; reason: RegistrationRefusal };

type TrainingForRegistration = {
  status: string;
  registrationDeadline: Date;
  /** The first session's start; null while the training has no session. */
  startsAt: Date | null;
};

/** Why nobody can register for a training now. */
export type ClosedReason = Exclude<RegistrationRefusal, "already_registered">;

/**
 * Whether a training takes registrations at all: published, with dates, before its deadline and
 * before its first session. Null while it does.
 */
export function registrationClosedReason(
  training: TrainingForRegistration,
  now: Date,
): ClosedReason | null {
  if (training.status !== "published") return "not_published";
  if (!training.startsAt) return "no_sessions";
  if (now >= training.startsAt) return "training_started";
  if (now >= training.registrationDeadline) return "deadline_passed";
  return null;
}

/**
 * May a person register now? Only while the training takes registrations, and only once (a
 * cancelled registration does not count).
 */
export function canRegister(
  training: TrainingForRegistration,
  openRegistration: { status: TrainingRegistrationStatus } | null,
  now: Date,
): RegistrationDecision {
  if (training.status !== "published") return { ok: false, reason: "not_published" };
  if (!training.startsAt) return { ok: false, reason: "no_sessions" };
  if (openRegistration && openRegistration.status !== "cancelled") {
    return { ok: false, reason: "already_registered" };
  }
  const closed = registrationClosedReason(training, now);
  return closed ? { ok: false, reason: closed } : { ok: true };
}

export type CancelDecision = { ok: true } | { ok: false; reason: "training_started" };

/** A registration can be cancelled until the first session begins; then attendance counts. */
export function canCancel(training: { startsAt: Date | null }, now: Date): CancelDecision {
  return !training.startsAt || now < training.startsAt
    ? { ok: true }
    : { ok: false, reason: "training_started" };
}

/** A new registration is confirmed while a place is free, else it waits (shared waiting-list rule). */
export function registrationStatusFor(
  capacity: number,
  confirmedCount: number,
): "confirmed" | "waiting" {
  return placeDecision(capacity, confirmedCount);
}

/**
 * Who moves up when places free (a cancellation, a raised capacity): as many as there are free
 * places, each time the first who waits.
 */
export function waitingToPromote<T extends { id: string; createdAt: Date }>(
  capacity: number,
  confirmedCount: number,
  waiting: readonly T[],
): T[] {
  const promoted: T[] = [];
  let rest = [...waiting];
  for (let free = freePlaces(capacity, confirmedCount); free > 0; free--) {
    const next = nextInLine(rest);
    if (!next) break;
    promoted.push(next);
    rest = rest.filter((candidate) => candidate !== next);
  }
  return promoted;
}

const berlinParts = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Berlin",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** How far Berlin's wall clock is ahead of UTC at an instant (one or two hours). */
function berlinOffsetMs(instant: number): number {
  const parts = Object.fromEntries(
    berlinParts.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  const wall = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant a calendar day (`YYYY-MM-DD`) begins in Berlin, where the city's trainings take place. */
export function startOfBerlinDay(day: IsoDate): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  const guess = midnightUtc - berlinOffsetMs(midnightUtc);
  // Once more with the offset at the guess itself, for the days the clocks change.
  return new Date(midnightUtc - berlinOffsetMs(guess));
}

function nextDay(day: IsoDate): IsoDate {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The span of first sessions the calendar shows: from the start of `from` to the end of `to`. */
export function calendarSpan(
  input: { from?: IsoDate | null; to?: IsoDate | null },
  today: IsoDate,
): { from: Date; until: Date | null } {
  return {
    from: startOfBerlinDay(input.from ?? today),
    until: input.to ? startOfBerlinDay(nextDay(input.to)) : null,
  };
}
