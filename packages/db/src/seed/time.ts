const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` plus a number of days (negative for earlier). */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  return new Date(d.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** The last Sunday of a month, as day of month (for the switch to and from summer time). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Europe/Berlin is UTC+2 from the last Sunday of March to the last Sunday of October, else UTC+1. */
function berlinOffsetHours(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  if (m > 3 && m < 10) return 2;
  if (m === 3) return d >= lastSunday(y, 3) ? 2 : 1;
  if (m === 10) return d < lastSunday(y, 10) ? 2 : 1;
  return 1;
}

/** A wall-clock time in Göppingen on a day, as an instant. */
export function berlinInstant(isoDate: string, time: string): Date {
  const offset = berlinOffsetHours(isoDate);
  return new Date(`${isoDate}T${time}:00+0${offset}:00`);
}

export function plusDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

export function minDate(a: Date, b: Date): Date {
  return a < b ? a : b;
}

export function maxDate(a: Date, b: Date): Date {
  return a > b ? a : b;
}

/** Today's date in Göppingen. */
export function todayInBerlin(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(now);
}
