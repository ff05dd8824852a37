import type { Weekday } from "@engagiert/domain/shared";

/** When an opportunity happens, relative to the day of seeding, so the demo never goes stale. */
export type ScheduleTemplate =
  | { format: "one_off"; inDays: number; shifts: { from: string; to: string; capacity: number }[] }
  | { format: "project"; startInDays: number; endInDays: number }
  | {
      format: "regular";
      hours: number;
      per: "week" | "month";
      windows: { weekday: Weekday; from: string; to: string }[];
    };

export type PlaceTemplate = { district: string; address: string } | "remote";

/** One demo opportunity; texts are German as the platform shows them. */
export type OpportunityTemplate = {
  org: string;
  title: string;
  summary: string;
  /** What the volunteer does. */
  tasks: string;
  /** What the volunteer brings. */
  profile: string;
  categories: string[];
  schedule: ScheduleTemplate;
  place: PlaceTemplate;
  stepFree: boolean;
  accessibleToilet: boolean;
  accessNotes?: string;
  minimumAge: number;
  involvesMinorContact?: boolean;
  requiredQualifications?: string[];
  languages?: string[];
  /** Places for the whole opportunity; a one-off counts the places of its shifts. */
  capacity?: number;
  status?: "draft" | "paused" | "closed";
};

/** A one-off date with shifts written as "09:00-12:00/8" (from-to/places). */
export function oneOff(inDays: number, ...shifts: string[]): ScheduleTemplate {
  return {
    format: "one_off",
    inDays,
    shifts: shifts.map((s) => {
      const [times, places] = s.split("/") as [string, string];
      const [from, to] = times.split("-") as [string, string];
      return { from, to, capacity: Number(places) };
    }),
  };
}

export function project(startInDays: number, endInDays: number): ScheduleTemplate {
  return { format: "project", startInDays, endInDays };
}

/** Regular hours with time windows written as "mon 15:00-17:00". */
export function regular(
  hours: number,
  per: "week" | "month",
  ...windows: string[]
): ScheduleTemplate {
  return {
    format: "regular",
    hours,
    per,
    windows: windows.map((w) => {
      const [weekday, times] = w.split(" ") as [Weekday, string];
      const [from, to] = times.split("-") as [string, string];
      return { weekday, from, to };
    }),
  };
}

export function at(district: string, address: string): PlaceTemplate {
  return { district, address };
}

/** Accessibility of a place: fully accessible, step-free only, or with stairs. */
export const A = { stepFree: true, accessibleToilet: true };
export const STEP_FREE = { stepFree: true, accessibleToilet: false };
export const STAIRS = { stepFree: false, accessibleToilet: false };
