import { describe, expect, it } from "vitest";
import { periodOf } from "./report-period.ts";

describe("report periods", () => {
  it.each([
    ["this_year", "2026-11-24", { from: "2026-01-01", to: "2026-11-24" }],
    ["this_year", "2026-01-01", { from: "2026-01-01", to: "2026-01-01" }],
    ["last_12_months", "2026-11-24", { from: "2025-11-25", to: "2026-11-24" }],
    ["last_12_months", "2026-12-31", { from: "2026-01-01", to: "2026-12-31" }],
    ["last_12_months", "2028-02-29", { from: "2027-03-01", to: "2028-02-29" }],
  ] as const)("%s on %s", (preset, today, expected) => {
    expect(periodOf(preset, today)).toEqual(expected);
  });
});
