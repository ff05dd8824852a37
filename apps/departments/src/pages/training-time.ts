import { TIME_ZONE } from "@engagiert/ui/format";

// Training dates are entered and shown in the city's time, whatever the device's zone is.

const wallClock = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function partsOf(value: Date) {
  const parts = Object.fromEntries(wallClock.formatToParts(value).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** A moment as the date (`YYYY-MM-DD`) and time (`HH:MM`) fields show it in the city. */
export function cityDateTime(value: Date): { date: string; time: string } {
  return partsOf(value);
}

const asUtc = (date: string, time: string) => Date.parse(`${date}T${time}:00Z`);

/**
 * The moment a date and time in the city stand for. A value that is not a date is sent on as
 * text, so the API names the field instead of the form failing silently.
 */
export function cityMoment(date: string, time: string): Date {
  const wall = asUtc(date, time);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time) || Number.isNaN(wall)) {
    return `${date}T${time}` as unknown as Date;
  }
  // The city's offset at a first guess, then once more at the result (for the days clocks change).
  const offsetAt = (instant: number) => {
    const p = partsOf(new Date(instant));
    return asUtc(p.date, p.time) - instant;
  };
  const guess = wall - offsetAt(wall);
  return new Date(wall - offsetAt(guess));
}
