import type { Weekday } from "../shared/primitives.ts";
import type { Schedule } from "./opportunity.schema.ts";

export const DAY_PARTS = ["morning", "afternoon", "evening"] as const;
export type DayPart = (typeof DAY_PARTS)[number];

/** What search filters on: weekdays and parts of the day in Europe/Berlin, and the date span. */
export type ScheduleFacets = {
  weekdays: Weekday[];
  dayParts: DayPart[];
  startsOn: string | null;
  endsOn: string | null;
};

const WEEKDAYS: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** Morning until noon, afternoon until 17:00, evening after. A span covers each part it touches. */
export function dayPartsOf(from: string, to: string): DayPart[] {
  const parts: DayPart[] = [];
  if (from < "12:00") parts.push("morning");
  if (from < "17:00" && to > "12:00") parts.push("afternoon");
  if (to > "17:00") parts.push("evening");
  return parts;
}

const berlin = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Berlin",
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function berlinWeekdayAndTime(at: Date): { weekday: Weekday; time: string } {
  const parts = Object.fromEntries(berlin.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    weekday: String(parts.weekday).slice(0, 3).toLowerCase() as Weekday,
    time: `${parts.hour}:${parts.minute}`,
  };
}

function weekdayOfDate(isoDate: string): Weekday {
  return WEEKDAYS[new Date(`${isoDate}T12:00:00Z`).getUTCDay()]!;
}

const unique = <T>(items: T[], order: readonly T[]): T[] => order.filter((o) => items.includes(o));

export function scheduleFacets(schedule: Schedule): ScheduleFacets {
  const weekOrder: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  switch (schedule.format) {
    case "one_off": {
      const parts = schedule.shifts.flatMap((shift) => {
        const start = berlinWeekdayAndTime(shift.startsAt);
        const end = berlinWeekdayAndTime(shift.endsAt);
        return dayPartsOf(start.time, end.weekday === start.weekday ? end.time : "23:59");
      });
      return {
        weekdays: [weekdayOfDate(schedule.date)],
        dayParts: unique(parts, DAY_PARTS),
        startsOn: schedule.date,
        endsOn: schedule.date,
      };
    }
    case "project":
      return { weekdays: [], dayParts: [], startsOn: schedule.startDate, endsOn: schedule.endDate };
    case "regular":
      return {
        weekdays: unique(
          schedule.windows.map((w) => w.weekday),
          weekOrder,
        ),
        dayParts: unique(
          schedule.windows.flatMap((w) => dayPartsOf(w.from, w.to)),
          DAY_PARTS,
        ),
        startsOn: null,
        endsOn: null,
      };
  }
}
