import { describe, expect, it } from "vitest";
import {
  canLogHoursOn,
  HourApproveManyInput,
  HourHistoryInput,
  HourQueueInput,
  type HourEngagementPeriod,
} from "./hour-requests.ts";

const ID = "0b7c6f36-2f5e-4c51-9a35-6d1f7d3c9a10";

const period = (over: Partial<HourEngagementPeriod>): HourEngagementPeriod => ({
  status: "active",
  startedOn: "2026-03-01",
  pausedSince: null,
  endedOn: null,
  ...over,
});

describe("days an engagement takes hours", () => {
  it.each([
    ["active, after the start", period({}), "2026-05-10", true],
    ["active, on the first day", period({}), "2026-03-01", true],
    ["active, before the start", period({}), "2026-02-28", false],
    ["active without a recorded start", period({ startedOn: null }), "2020-01-01", true],
    [
      "paused, before the pause",
      period({ status: "paused", pausedSince: "2026-06-01" }),
      "2026-05-31",
      true,
    ],
    [
      "paused, on the day of the pause",
      period({ status: "paused", pausedSince: "2026-06-01" }),
      "2026-06-01",
      true,
    ],
    [
      "paused, during the pause",
      period({ status: "paused", pausedSince: "2026-06-01" }),
      "2026-06-02",
      false,
    ],
    ["ended, within", period({ status: "ended", endedOn: "2026-09-30" }), "2026-09-30", true],
    [
      "ended, after the end",
      period({ status: "ended", endedOn: "2026-09-30" }),
      "2026-10-01",
      false,
    ],
    [
      "ended, before the start",
      period({ status: "ended", endedOn: "2026-09-30" }),
      "2026-01-01",
      false,
    ],
    [
      "still an application",
      period({ status: "onboarding", startedOn: null }),
      "2026-05-10",
      false,
    ],
    ["declined", period({ status: "declined", startedOn: null }), "2026-05-10", false],
  ] as const)("%s", (_label, engagement, day, allowed) => {
    expect(canLogHoursOn(engagement, day)).toEqual(
      allowed ? { ok: true } : { ok: false, reason: "not_active" },
    );
  });
});

describe("requests about hours", () => {
  it("asks for exactly one of engagement and person in a history", () => {
    expect(HourHistoryInput.safeParse({ engagementId: ID }).success).toBe(true);
    expect(HourHistoryInput.safeParse({ personId: ID }).success).toBe(true);
    expect(HourHistoryInput.safeParse({}).error?.issues[0]?.path).toEqual(["engagementId"]);
    expect(HourHistoryInput.safeParse({ engagementId: ID, personId: ID }).success).toBe(false);
  });

  it("takes a month as YYYY-MM only", () => {
    expect(HourQueueInput.safeParse({ month: "2026-11" }).success).toBe(true);
    for (const month of ["2026-13", "2026-1", "11/2026", "2026-11-01"]) {
      expect(HourQueueInput.safeParse({ month }).error?.issues[0]?.path).toEqual(["month"]);
    }
  });

  it("approves between one and a hundred entries at once", () => {
    expect(HourApproveManyInput.safeParse({ entryIds: [] }).success).toBe(false);
    expect(HourApproveManyInput.safeParse({ entryIds: [ID] }).success).toBe(true);
    expect(HourApproveManyInput.safeParse({ entryIds: Array(101).fill(ID) }).success).toBe(false);
  });
});
