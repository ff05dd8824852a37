import type { FederalState } from "../city/city.schema.ts";
import { daysBetween } from "../qualifications/validity.ts";
import type { IsoDate } from "../shared/primitives.ts";

/**
 * A state's rule for its Ehrenamtskarte, as data. Baden-Württemberg's is in RULES.md: at least one
 * year of engagement with at least 200 hours in the last 12 months, or 100 hours in a project;
 * members of some groups qualify without counting hours. A state without a rule here has no
 * card the platform can check; its rule is added as one more entry.
 */
export type EhrenamtskarteRule = {
  /** Days since the first engagement began. */
  minimumEngagementDays: number;
  /** Hours in the last `windowMonths` months. */
  minimumHoursInWindow: number;
  windowMonths: number;
  /** Hours in one project engagement, an alternative path. */
  minimumHoursInProject: number;
  /** Groups that qualify without counting hours. */
  automaticGroups: readonly AutomaticGroup[];
};

export const AUTOMATIC_GROUPS = [
  "feuerwehr",
  "thw",
  "rettungsdienst",
  "freiwilligendienst",
  "juleica",
] as const;
export type AutomaticGroup = (typeof AUTOMATIC_GROUPS)[number];

export const EHRENAMTSKARTE_RULES: Partial<Record<FederalState, EhrenamtskarteRule>> = {
  "Baden-Württemberg": {
    minimumEngagementDays: 365,
    minimumHoursInWindow: 200,
    windowMonths: 12,
    minimumHoursInProject: 100,
    automaticGroups: AUTOMATIC_GROUPS,
  },
};

export type EhrenamtskarteFacts = {
  /** The day the person's first engagement in the city began; null if none has. */
  engagedSince: IsoDate | null;
  /** Approved minutes in the rule's window (the last 12 months up to today). */
  minutesInWindow: number;
  /** The most approved minutes in any one engagement in an opportunity of the project format. */
  mostMinutesInOneProject: number;
  /** Groups the person belongs to (Juleica: holds a valid Juleica). */
  groups: readonly AutomaticGroup[];
};

export type EhrenamtskarteStatus =
  | { kind: "no_rule" }
  | { kind: "eligible"; basis: "group"; group: AutomaticGroup }
  | { kind: "eligible"; basis: "hours" | "project" }
  | {
      kind: "not_yet";
      /** Days still needed for the year of engagement (0 when reached). */
      daysMissing: number;
      /** Hours still needed in the window (0 when reached), rounded up. */
      hoursMissing: number;
      /** Hours still needed in one project (0 when reached), rounded up. */
      projectHoursMissing: number;
    };

/**
 * May this person apply for the state's Ehrenamtskarte today? A group member always may; else a
 * year of engagement plus the hours in the window, or the hours in one project. When not yet,
 * what is still missing ("noch 34 Stunden").
 */
export function ehrenamtskarteStatus(
  state: FederalState,
  facts: EhrenamtskarteFacts,
  today: IsoDate,
): EhrenamtskarteStatus {
  const rule = EHRENAMTSKARTE_RULES[state];
  if (!rule) return { kind: "no_rule" };
  const group = rule.automaticGroups.find((g) => facts.groups.includes(g));
  if (group) return { kind: "eligible", basis: "group", group };
  const days =
    facts.engagedSince === null ? 0 : Math.max(0, daysBetween(facts.engagedSince, today));
  const hasYear = facts.engagedSince !== null && days >= rule.minimumEngagementDays;
  const hasHours = facts.minutesInWindow >= rule.minimumHoursInWindow * 60;
  if (hasYear && hasHours) return { kind: "eligible", basis: "hours" };
  if (facts.mostMinutesInOneProject >= rule.minimumHoursInProject * 60)
    return { kind: "eligible", basis: "project" };
  const hoursShort = (needed: number, minutes: number) =>
    Math.max(0, Math.ceil((needed * 60 - minutes) / 60));
  return {
    kind: "not_yet",
    daysMissing: Math.max(0, rule.minimumEngagementDays - days),
    hoursMissing: hoursShort(rule.minimumHoursInWindow, facts.minutesInWindow),
    projectHoursMissing: hoursShort(rule.minimumHoursInProject, facts.mostMinutesInOneProject),
  };
}

/** The first day of the rule's window ending today: the last 12 months. */
export function windowStart(rule: EhrenamtskarteRule, today: IsoDate): IsoDate {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 - rule.windowMonths, d + 1));
  return date.toISOString().slice(0, 10);
}
