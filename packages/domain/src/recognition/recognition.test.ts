import { describe, expect, it } from "vitest";
import { allowanceLimit, checkAllowancePayment } from "./allowances.ts";
import { EHRENAMTSKARTE_RULES, ehrenamtskarteStatus, windowStart } from "./ehrenamtskarte.ts";
import {
  canEditEntry,
  checkHourEntry,
  effectiveEntries,
  HourEntryInput,
  hourTotals,
  type CountedEntry,
} from "./hours.ts";
import { milestonesInMonth } from "./milestones.ts";

const TODAY = "2026-11-24";

describe("hours", () => {
  it.each([
    ["today", TODAY, 60, 0, { ok: true }],
    ["tomorrow", "2026-11-25", 60, 0, { ok: false, reason: "future_date" }],
    ["exactly 24 h in a day", TODAY, 240, 1200, { ok: true }],
    [
      "one minute over 24 h",
      TODAY,
      241,
      1200,
      { ok: false, reason: "day_full", remainingMinutes: 240 },
    ],
    ["a full day already", TODAY, 1, 1440, { ok: false, reason: "day_full", remainingMinutes: 0 }],
  ] as const)("%s", (_label, workedOn, minutes, other, expected) => {
    expect(
      checkHourEntry({ workedOn, minutes }, { today: TODAY, otherMinutesThatDay: other }),
    ).toEqual(expected);
  });

  it("refuses 0 minutes and more than 24 hours in one entry, with a message per field", () => {
    const base = {
      engagementId: "0b7c6f36-2f5e-4c51-9a35-6d1f7d3c9a10",
      workedOn: TODAY,
      activity: "Vorlesen",
    };
    expect(HourEntryInput.safeParse({ ...base, minutes: 1440 }).success).toBe(true);
    const over = HourEntryInput.safeParse({ ...base, minutes: 1441 });
    expect(over.error?.issues[0]?.path).toEqual(["minutes"]);
    expect(HourEntryInput.safeParse({ ...base, minutes: 0 }).success).toBe(false);
    expect(
      HourEntryInput.safeParse({ ...base, minutes: 60, activity: " " }).error?.issues[0]?.path,
    ).toEqual(["activity"]);
  });

  it("an approved entry is never edited, only corrected", () => {
    expect(canEditEntry("pending")).toBe(true);
    expect(canEditEntry("returned")).toBe(true);
    expect(canEditEntry("approved")).toBe(false);
  });

  const entry = (id: string, over: Partial<CountedEntry> = {}): CountedEntry => ({
    id,
    workedOn: "2026-10-05",
    minutes: 120,
    status: "approved",
    correctsEntryId: null,
    createdAt: new Date("2026-10-05T10:00:00Z"),
    ...over,
  });

  it("a correction counts instead of the entry it corrects; the latest correction wins", () => {
    const entries = [
      entry("a"),
      entry("b", {
        correctsEntryId: "a",
        minutes: 90,
        createdAt: new Date("2026-10-06T10:00:00Z"),
      }),
      entry("c", {
        correctsEntryId: "a",
        minutes: 60,
        createdAt: new Date("2026-10-07T10:00:00Z"),
      }),
      entry("d", { status: "returned" }),
      entry("e", { status: "pending", workedOn: "2026-11-02", minutes: 30 }),
    ];
    expect(effectiveEntries(entries).map((e) => e.id)).toEqual(["c", "e"]);
    const totals = hourTotals(entries);
    expect(totals.byMonth.get("2026-10")).toEqual({ approved: 60, pending: 0 });
    expect(totals.byMonth.get("2026-11")).toEqual({ approved: 0, pending: 30 });
    expect(totals.byYear.get("2026")).toEqual({ approved: 60, pending: 30 });
  });
});

describe("Ehrenamtskarte Baden-Württemberg", () => {
  const facts = {
    engagedSince: "2025-11-24",
    minutesInWindow: 200 * 60,
    mostMinutesInOneProject: 0,
    groups: [],
  };

  it.each([
    ["365 days and 200 h", facts, { kind: "eligible", basis: "hours" }],
    [
      "364 days and 200 h",
      { ...facts, engagedSince: "2025-11-25" },
      { kind: "not_yet", daysMissing: 1, hoursMissing: 0, projectHoursMissing: 100 },
    ],
    [
      "365 days and 199 h",
      { ...facts, minutesInWindow: 199 * 60 },
      { kind: "not_yet", daysMissing: 0, hoursMissing: 1, projectHoursMissing: 100 },
    ],
    [
      "166 h: noch 34 Stunden",
      { ...facts, minutesInWindow: 166 * 60 },
      { kind: "not_yet", daysMissing: 0, hoursMissing: 34, projectHoursMissing: 100 },
    ],
    [
      "100 h in one project, new",
      {
        ...facts,
        engagedSince: "2026-06-01",
        minutesInWindow: 100 * 60,
        mostMinutesInOneProject: 100 * 60,
      },
      { kind: "eligible", basis: "project" },
    ],
    [
      "99 h in one project",
      {
        ...facts,
        engagedSince: "2026-06-01",
        minutesInWindow: 99 * 60,
        mostMinutesInOneProject: 99 * 60,
      },
      { kind: "not_yet", daysMissing: 189, hoursMissing: 101, projectHoursMissing: 1 },
    ],
    [
      "a Juleica holder without hours",
      { ...facts, engagedSince: null, minutesInWindow: 0, groups: ["juleica"] as const },
      { kind: "eligible", basis: "group", group: "juleica" },
    ],
    [
      "never engaged",
      { ...facts, engagedSince: null, minutesInWindow: 0 },
      { kind: "not_yet", daysMissing: 365, hoursMissing: 200, projectHoursMissing: 100 },
    ],
  ] as const)("%s", (_label, given, expected) => {
    expect(ehrenamtskarteStatus("Baden-Württemberg", given, TODAY)).toEqual(expected);
  });

  it("a state without a rule in the table has no card to check", () => {
    expect(ehrenamtskarteStatus("Bayern", facts, TODAY)).toEqual({ kind: "no_rule" });
  });

  it("the window is the last 12 months up to today", () => {
    expect(windowStart(EHRENAMTSKARTE_RULES["Baden-Württemberg"]!, TODAY)).toBe("2025-11-25");
  });
});

describe("allowances", () => {
  it.each([
    ["ehrenamtspauschale", 2025, 84_000],
    ["ehrenamtspauschale", 2026, 96_000],
    ["uebungsleiterpauschale", 2025, 300_000],
    ["uebungsleiterpauschale", 2026, 330_000],
  ] as const)("%s in %i: %i cents", (allowance, year, cents) => {
    expect(allowanceLimit(allowance, year)).toBe(cents);
  });

  const pay = (amountCents: number, paidOn: string, activity = "Jugendtraining") => ({
    allowance: "ehrenamtspauschale" as const,
    amountCents,
    paidOn,
    activity,
  });

  it("960 € in 2026 fit, 960 € in 2025 exceed by 120 €", () => {
    const none = { paidCents: 0, otherAllowanceActivities: [] };
    expect(checkAllowancePayment(pay(96_000, "2026-03-01"), none)).toEqual({
      kind: "ok",
      remainingCents: 0,
    });
    expect(checkAllowancePayment(pay(96_000, "2025-03-01"), none)).toEqual({
      kind: "exceeds",
      limitCents: 84_000,
      paidCents: 0,
      excessCents: 12_000,
    });
  });

  it("counts what the year already paid: one cent over is reported", () => {
    expect(
      checkAllowancePayment(pay(6_001, "2026-12-01"), {
        paidCents: 90_000,
        otherAllowanceActivities: [],
      }),
    ).toMatchObject({ kind: "exceeds", excessCents: 1 });
  });

  it("refuses both allowances for the same activity, whatever the case or spaces", () => {
    expect(
      checkAllowancePayment(pay(100, "2026-01-10", " jugendtraining "), {
        paidCents: 0,
        otherAllowanceActivities: ["Jugendtraining"],
      }),
    ).toEqual({ kind: "same_activity", other: "uebungsleiterpauschale" });
  });
});

describe("milestones", () => {
  it.each([
    [
      { engagedSince: "2025-11-03", minutesBefore: 0, minutesAfter: 0 },
      "2026-11",
      [{ kind: "anniversary", years: 1, on: "2026-11-03" }],
    ],
    [{ engagedSince: "2024-11-03", minutesBefore: 0, minutesAfter: 0 }, "2026-11", []],
    [
      { engagedSince: "2016-02-29", minutesBefore: 0, minutesAfter: 0 },
      "2021-02",
      [{ kind: "anniversary", years: 5, on: "2021-02-28" }],
    ],
    [
      { engagedSince: null, minutesBefore: 99 * 60, minutesAfter: 100 * 60 },
      "2026-11",
      [{ kind: "hours", hours: 100 }],
    ],
    [
      { engagedSince: null, minutesBefore: 100 * 60, minutesAfter: 260 * 60 },
      "2026-11",
      [{ kind: "hours", hours: 250 }],
    ],
    [{ engagedSince: null, minutesBefore: 0, minutesAfter: 99 * 60 + 59 }, "2026-11", []],
  ] as const)("%o in %s", (person, month, expected) => {
    expect(milestonesInMonth(person, month)).toEqual(expected);
  });
});
