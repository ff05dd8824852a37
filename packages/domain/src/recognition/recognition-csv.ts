import { csvLine } from "../shared/csv-write.ts";
import type { IsoDate } from "../shared/primitives.ts";
import type { AutomaticGroup, EhrenamtskarteRule } from "./ehrenamtskarte.ts";
import { dayDe, invitationReasonDe, type InvitationReason } from "./invitations.ts";

export const GROUP_NAMES_DE: Record<AutomaticGroup, string> = {
  feuerwehr: "Freiwillige Feuerwehr",
  thw: "Technisches Hilfswerk (THW)",
  rettungsdienst: "Rettungsdienst",
  freiwilligendienst: "Freiwilligendienst",
  juleica: "Jugendleiter/in-Card (Juleica)",
};

/** On what the claim rests; `group` is set for the basis "group". */
export type EligibleBasis = { basis: "group" | "hours" | "project"; group: AutomaticGroup | null };

/** Why a person may apply, in the words of the state's rule. */
export function eligibleBasisDe(rule: EhrenamtskarteRule, basis: EligibleBasis): string {
  if (basis.basis === "group" && basis.group) return `Mitglied: ${GROUP_NAMES_DE[basis.group]}`;
  if (basis.basis === "hours") {
    return `${rule.minimumHoursInWindow} Stunden in ${rule.windowMonths} Monaten und ein Jahr Engagement`;
  }
  return `${rule.minimumHoursInProject} Stunden in einem Projekt`;
}

/** Minutes as hours in German notation with up to two decimals: 7410 → "123,5". */
export function formatHoursDe(minutes: number): string {
  return (minutes / 60).toLocaleString("de-DE", { maximumFractionDigits: 2, useGrouping: false });
}

export type EligibleCsvRow = {
  lastName: string;
  firstName: string;
  email: string;
  birthYear: number;
  engagedSince: IsoDate | null;
  minutesInWindow: number;
} & EligibleBasis;

/**
 * The people who may apply for the Ehrenamtskarte, as CSV for the application to the state:
 * one line per person with the basis of the claim. Starts with a byte order mark, so spreadsheet
 * programs read the umlauts right; texts that would run as a formula are defused.
 */
export function ehrenamtskarteCsv(rule: EhrenamtskarteRule, rows: readonly EligibleCsvRow[]) {
  const header = [
    "Nachname",
    "Vorname",
    "E-Mail",
    "Geburtsjahr",
    "Engagiert seit",
    `Stunden in den letzten ${rule.windowMonths} Monaten`,
    "Grundlage",
  ];
  const lines = rows.map((row) =>
    csvLine([
      row.lastName,
      row.firstName,
      row.email,
      row.birthYear,
      row.engagedSince ? dayDe(row.engagedSince) : null,
      formatHoursDe(row.minutesInWindow),
      eligibleBasisDe(rule, row),
    ]),
  );
  return `\uFEFF${csvLine(header)}${lines.join("")}`;
}

export type InvitationCsvRow = {
  lastName: string;
  firstName: string;
  email: string;
  reasons: readonly InvitationReason[];
  mailedOn: IsoDate | null;
};

/** An event's invitation list as CSV, for name tags, seating and the guest list at the door. */
export function invitationsCsv(rows: readonly InvitationCsvRow[]) {
  const header = ["Nachname", "Vorname", "E-Mail", "Anlass", "Einladung verschickt am"];
  const lines = rows.map((row) =>
    csvLine([
      row.lastName,
      row.firstName,
      row.email,
      row.reasons.map(invitationReasonDe).join("; "),
      row.mailedOn ? dayDe(row.mailedOn) : null,
    ]),
  );
  return `\uFEFF${csvLine(header)}${lines.join("")}`;
}
