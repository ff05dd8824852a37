import type { IsoDate } from "../shared/primitives.ts";
import type { Milestone } from "./milestones.ts";

/**
 * Why a person is on an event's invitation list: the milestones they reached, each with its
 * month. Stored as a short code per milestone ("anniversary:5:2026-03-12", "hours:250:2026-03"),
 * separated by ";", so each app shows it in its own language.
 */
export type InvitationReason =
  | { kind: "anniversary"; years: number; on: IsoDate }
  | { kind: "hours"; hours: number; month: string };

export function reasonOf(milestone: Milestone, month: string): InvitationReason {
  return milestone.kind === "anniversary"
    ? { kind: "anniversary", years: milestone.years, on: milestone.on }
    : { kind: "hours", hours: milestone.hours, month };
}

export function writeInvitationReasons(reasons: readonly InvitationReason[]): string {
  return reasons
    .map((r) =>
      r.kind === "anniversary" ? `anniversary:${r.years}:${r.on}` : `hours:${r.hours}:${r.month}`,
    )
    .join(";");
}

/** Reads the stored codes back; a part it does not understand is left out. */
export function readInvitationReasons(text: string): InvitationReason[] {
  return text.split(";").flatMap((part): InvitationReason[] => {
    const anniversary = /^anniversary:(\d{1,3}):(\d{4}-\d{2}-\d{2})$/.exec(part);
    if (anniversary)
      return [{ kind: "anniversary", years: Number(anniversary[1]), on: anniversary[2]! }];
    const hours = /^hours:(\d{1,6}):(\d{4}-\d{2})$/.exec(part);
    if (hours) return [{ kind: "hours", hours: Number(hours[1]), month: hours[2]! }];
    return [];
  });
}

const MONTHS_DE = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
];

/** "März 2026" for `2026-03`. */
export function monthNameDe(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return `${MONTHS_DE[m - 1]} ${year}`;
}

/** `2026-03-12` as "12.03.2026", the way German documents write a day. */
export function dayDe(day: IsoDate): string {
  const [y, m, d] = day.split("-");
  return `${d}.${m}.${y}`;
}

/** A reason in German words, for the CSV export and the invitation e-mail. */
export function invitationReasonDe(reason: InvitationReason): string {
  if (reason.kind === "anniversary") {
    const years = reason.years === 1 ? "1 Jahr" : `${reason.years} Jahre`;
    return `${years} Engagement am ${dayDe(reason.on)}`;
  }
  return `${reason.hours.toLocaleString("de-DE")} Stunden Engagement im ${monthNameDe(reason.month)}`;
}

/** A reason in English words, for the English part of the invitation e-mail. */
export function invitationReasonEn(reason: InvitationReason): string {
  if (reason.kind === "anniversary") {
    return `${reason.years} year${reason.years === 1 ? "" : "s"} of engagement on ${reason.on}`;
  }
  const [year, month] = reason.month.split("-").map(Number) as [number, number];
  const name = new Date(Date.UTC(year, month - 1, 1)).toLocaleString("en-GB", {
    month: "long",
    timeZone: "UTC",
  });
  return `${reason.hours.toLocaleString("en-GB")} hours of engagement in ${name} ${year}`;
}
