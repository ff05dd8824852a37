import { TIME_ZONE } from "@engagiert/ui/format";

// Event times are entered and shown in German time, whatever the device's zone is.

const wallClock = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** A moment as a `datetime-local` field shows it in German time: `YYYY-MM-DDTHH:MM`. */
export function localDateTime(value: Date): string {
  const parts = Object.fromEntries(wallClock.formatToParts(value).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

const asUtc = (local: string) => Date.parse(`${local}:00Z`);

/**
 * The moment a `datetime-local` value in German time stands for. A value that is not a date is
 * sent on as text, so the API names the field instead of the form failing silently.
 */
export function momentOf(local: string): Date {
  const wall = asUtc(local);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) || Number.isNaN(wall)) {
    return local as unknown as Date;
  }
  // The offset at a first guess, then once more at the result (for the days clocks change).
  const offsetAt = (instant: number) => asUtc(localDateTime(new Date(instant))) - instant;
  const guess = wall - offsetAt(wall);
  return new Date(wall - offsetAt(guess));
}
