import type { OpportunityStatus } from "./opportunity.schema.ts";

/**
 * The moves an opportunity may make. A draft can be discarded (archived) without ever being
 * published; a paused opportunity can be resumed; a closed one stays closed and is archived.
 */
const MOVES: Record<OpportunityStatus, readonly OpportunityStatus[]> = {
  draft: ["published", "archived"],
  published: ["paused", "closed"],
  paused: ["published", "closed"],
  closed: ["archived"],
  archived: [],
};

export type OpportunityMoveDecision =
  | { ok: true }
  | { ok: false; reason: "same_status" | "not_allowed"; allowed: readonly OpportunityStatus[] };

export function nextOpportunityStatuses(from: OpportunityStatus): readonly OpportunityStatus[] {
  return MOVES[from];
}

export function canMoveOpportunity(
  from: OpportunityStatus,
  to: OpportunityStatus,
): OpportunityMoveDecision {
  if (from === to) return { ok: false, reason: "same_status", allowed: MOVES[from] };
  return MOVES[from].includes(to)
    ? { ok: true }
    : { ok: false, reason: "not_allowed", allowed: MOVES[from] };
}

/** Only a published opportunity takes applications. */
export function acceptsApplications(status: OpportunityStatus): boolean {
  return status === "published";
}
