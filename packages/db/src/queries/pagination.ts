import { decodeCursor, encodeCursor } from "./scope.ts";

/** The kinds of value a keyset cursor may carry; anything else makes the cursor invalid. */
type KeyKind = "timestamp" | "uuid" | "text";

const CHECKS: Record<KeyKind, (v: unknown) => boolean> = {
  // ISO (JavaScript) or PostgreSQL's own text of a timestamptz, exact to the microsecond.
  timestamp: (v) =>
    typeof v === "string" &&
    /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2})?|Z)$/.test(v),
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
