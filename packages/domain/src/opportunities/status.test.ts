import { describe, expect, it } from "vitest";
import { OpportunityStatus } from "./opportunity.schema.ts";
import { acceptsApplications, canMoveOpportunity, nextOpportunityStatuses } from "./status.ts";

// Written out by hand, not read from the rule, so a changed rule fails here.
const ALLOWED: Record<OpportunityStatus, OpportunityStatus[]> = {
  draft: ["published", "archived"],
  published: ["paused", "closed"],
  paused: ["published", "closed"],
  closed: ["archived"],
  archived: [],
};

const PAIRS = OpportunityStatus.options.flatMap((from) =>
  OpportunityStatus.options.map((to) => [from, to] as const),
);

describe("canMoveOpportunity", () => {
  it("covers all 25 pairs", () => {
    expect(PAIRS).toHaveLength(25);
  });

  it.each(PAIRS)("%s → %s", (from, to) => {
    const decision = canMoveOpportunity(from, to);
    if (ALLOWED[from].includes(to)) {
      expect(decision).toEqual({ ok: true });
    } else if (from === to) {
      expect(decision).toEqual({ ok: false, reason: "same_status", allowed: ALLOWED[from] });
    } else {
      expect(decision).toEqual({ ok: false, reason: "not_allowed", allowed: ALLOWED[from] });
    }
  });

  it("never reopens a closed or archived opportunity", () => {
    expect(canMoveOpportunity("closed", "published")).toMatchObject({
      ok: false,
      reason: "not_allowed",
    });
    expect(canMoveOpportunity("archived", "draft")).toMatchObject({
      ok: false,
      reason: "not_allowed",
    });
  });
});

describe("nextOpportunityStatuses", () => {
  it.each(OpportunityStatus.options)("from %s", (from) => {
    expect([...nextOpportunityStatuses(from)].sort()).toEqual([...ALLOWED[from]].sort());
  });
});

describe("acceptsApplications", () => {
  it.each(OpportunityStatus.options)("%s", (status) => {
    expect(acceptsApplications(status)).toBe(status === "published");
  });
});
