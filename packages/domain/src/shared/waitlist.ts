/**
 * Places with a waiting list, as shifts, trainings and network events have them: capacity is
 * never exceeded, and a freed place goes to the first who waits.
 */

/** A new registration gets a place while one is free, else it joins the waiting list. The
 * caller holds a lock on the thing registered for while counting. */
export function placeDecision(capacity: number, confirmedCount: number): "confirmed" | "waiting" {
  return confirmedCount < capacity ? "confirmed" : "waiting";
}

/** Who gets a freed place: the first on the waiting list by time of registration (id breaks ties). */
export function nextInLine<T extends { id: string; createdAt: Date }>(waiting: readonly T[]) {
  let first: T | null = null;
  for (const candidate of waiting) {
    if (
      !first ||
      candidate.createdAt < first.createdAt ||
      (candidate.createdAt.getTime() === first.createdAt.getTime() && candidate.id < first.id)
    ) {
      first = candidate;
    }
  }
  return first;
}

/** Free places; never negative, even if capacity was lowered below the confirmed. */
export function freePlaces(capacity: number, confirmedCount: number): number {
  return Math.max(0, capacity - confirmedCount);
}
