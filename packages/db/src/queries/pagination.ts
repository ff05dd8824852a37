import { decodeCursor, encodeCursor } from "./scope.ts";

/** The kinds of value a keyset cursor may carry; anything else makes the cursor invalid. */
type KeyKind = "timestamp" | "uuid" | "text";

/** ISO (JavaScript) or PostgreSQL's own text of a timestamptz, exact to the microsecond. */
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(?:[+-](\d{2})(:\d{2})?|Z)$/;

/** A moment the database can read: a real day and time (no 31 February, no year 0). */
function isMoment(v: unknown): boolean {
  const parts = typeof v === "string" ? TIMESTAMP.exec(v) : null;
  if (!parts) return false;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < 1900 || year > 2999 || month < 1 || month > 12) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    Number(parts[8] ?? 0) <= 15
  );
}

const CHECKS: Record<KeyKind, (v: unknown) => boolean> = {
  timestamp: isMoment,
  uuid: (v) =>
    typeof v === "string" &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  text: (v) => typeof v === "string" && v.length <= 500,
};

/**
 * Reads a keyset cursor of the given shape. A cursor that does not fit (tampered, from another
 * list, from an older version) reads as "no cursor": the caller gets the first page, never an
 * error from the database.
 */
export function readCursor(cursor: string | null | undefined, kinds: KeyKind[]): string[] | null {
  const parts = decodeCursor(cursor);
  if (!parts || parts.length !== kinds.length) return null;
  return kinds.every((kind, i) => CHECKS[kind](parts[i])) ? (parts as string[]) : null;
}

/** One page of a keyset query that fetched `limit + 1` rows: the items and the next cursor. */
export function keysetPage<T>(rows: T[], limit: number, keyOf: (last: T) => string[]) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

/** A cursor of (moment, id), the most common keyset. */
export function readTimestampCursor(cursor: string | null | undefined) {
  const parts = readCursor(cursor, ["timestamp", "uuid"]);
  return parts ? { at: parts[0]!, id: parts[1]! } : null;
}
