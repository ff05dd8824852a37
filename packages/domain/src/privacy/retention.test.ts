import { describe, expect, it } from "vitest";
import type { EngagementStatus } from "../engagement/engagement.schema.ts";
import {
  addCalendarMonths,
  applicationRetention,
  DEFAULT_RETENTION,
  fuehrungszeugnisRetention,
  inactivityStep,
  periodCutoff,
  RetentionSettings,
  retentionSettingsOf,
  type ApplicationForRetention,
} from "./retention.ts";

const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
const NOW = at("2026-11-24");
const SIX = DEFAULT_RETENTION;

describe("retention settings", () => {
  it("default to 6 months for applications, 24 for inactivity, 30 days for mail texts", () => {
    expect(RetentionSettings.parse({})).toEqual({
      applicationMonths: 6,
      inactivityMonths: 24,
      sentMailDays: 30,
    });
    expect(retentionSettingsOf({})).toEqual(DEFAULT_RETENTION);
    expect(retentionSettingsOf({ retention: { ...SIX, applicationMonths: 3 } })).toMatchObject({
      applicationMonths: 3,
      inactivityMonths: 24,
    });
  });

  it.each([
    [{ applicationMonths: 0 }, ["applicationMonths"], "Mindestens 1 Monat."],
    [{ inactivityMonths: 3 }, ["inactivityMonths"], "Mindestens 6 Monate."],
    [{ sentMailDays: 400 }, ["sentMailDays"], "Höchstens 365 Tage."],
  ])("refuses %o with a message for its field", (input, path, message) => {
    const issue = RetentionSettings.safeParse(input).error?.issues[0];
    expect(issue?.path).toEqual(path);
    expect(issue?.message).toBe(message);
  });
});

describe("calendar months", () => {
  it.each([
    ["2026-05-24", 6, "2026-11-24"],
    ["2026-08-31", 6, "2027-02-28"],
    ["2027-08-31", 6, "2028-02-29"],
    ["2026-11-24", -24, "2024-11-24"],
    ["2026-03-31", -1, "2026-02-28"],
  ])("%s plus %i months is %s", (from, months, expected) => {
    expect(addCalendarMonths(at(from), months)).toEqual(at(expected));
  });

  it("a period's cutoff lies its months before today", () => {
    expect(periodCutoff(NOW, 6)).toEqual(at("2026-05-24"));
  });
});

describe("applications that never became an engagement", () => {
  const application = (over: Partial<ApplicationForRetention>): ApplicationForRetention => ({
    status: "submitted",
    confirmedAt: at("2026-01-02"),
    startedAt: null,
    createdAt: at("2026-01-01"),
    statusChangedAt: at("2026-01-01"),
    ...over,
  });

  it.each<[string, Partial<ApplicationForRetention>, boolean | "kept"]>([
    [
      "declined one day less than 6 months ago",
      { status: "declined", statusChangedAt: at("2026-05-25") },
      false,
    ],
    [
      "declined exactly 6 months ago",
      { status: "declined", statusChangedAt: at("2026-05-24") },
      true,
    ],
    [
      "declined one day more than 6 months ago",
      { status: "declined", statusChangedAt: at("2026-05-23") },
      true,
    ],
    [
      "withdrawn one day less than 6 months ago",
      { status: "withdrawn", statusChangedAt: at("2026-05-25") },
      false,
    ],
    [
      "withdrawn one day more than 6 months ago",
      { status: "withdrawn", statusChangedAt: at("2026-05-23") },
      true,
    ],
    [
      "never confirmed, sent one day less than 6 months ago",
      { confirmedAt: null, createdAt: at("2026-05-25") },
      false,
    ],
    [
      "never confirmed, sent one day more than 6 months ago",
      { confirmedAt: null, createdAt: at("2026-05-23") },
      true,
    ],
    ["confirmed and still submitted, years ago", { createdAt: at("2020-01-01") }, "kept"],
    ["in contact for years", { status: "in_contact", statusChangedAt: at("2020-01-01") }, "kept"],
    [
      "ended long ago (it was an engagement)",
      { status: "ended", startedAt: at("2019-01-01"), statusChangedAt: at("2020-01-01") },
      "kept",
    ],
  ])("%s", (_label, over, expected) => {
    const result = applicationRetention(application(over), SIX, NOW);
    if (expected === "kept") expect(result).toEqual({ kind: "kept" });
    else expect(result).toMatchObject({ kind: "closed", isDue: expected });
  });

  it("names why and from when it counts", () => {
    expect(
      applicationRetention(
        application({ confirmedAt: null, createdAt: at("2026-03-01") }),
        SIX,
        NOW,
      ),
    ).toEqual({
      kind: "closed",
      reason: "never_confirmed",
      closedAt: at("2026-03-01"),
      isDue: true,
      dueOn: at("2026-09-01"),
    });
  });

  it("follows the city's own period", () => {
    const three = { ...SIX, applicationMonths: 3 };
    const declined = application({ status: "declined", statusChangedAt: at("2026-08-23") });
    expect(applicationRetention(declined, three, NOW)).toMatchObject({ isDue: true });
    expect(applicationRetention(declined, SIX, NOW)).toMatchObject({ isDue: false });
  });
});

describe("inactive accounts", () => {
  const step = (lastActivity: string, notice: string | null, open = false) =>
    inactivityStep(
      {
        lastActivityAt: at(lastActivity),
        inactivityNoticeAt: notice ? at(notice) : null,
        hasOpenEngagement: open,
      },
      SIX,
      NOW,
    );

  it.each([
    // 24 months after 2024-12-24 is 2026-12-24: the notice goes out 30 days before, today.
    ["active one day too recently for the notice", "2024-12-25", null, { action: "keep" }],
    [
      "active exactly 24 months less 30 days ago",
      "2024-12-24",
      null,
      { action: "notify", erasesOn: at("2026-12-24") },
    ],
    [
      "active one day longer ago",
      "2024-12-23",
      null,
      { action: "notify", erasesOn: at("2026-12-24") },
    ],
    // A late notice still gives 30 days.
    [
      "inactive for years, never told",
      "2020-01-01",
      null,
      { action: "notify", erasesOn: at("2026-12-24") },
    ],
  ] as const)("%s", (_label, last, notice, expected) => {
    expect(step(last, notice)).toEqual(expected);
  });

  it("erases only 30 days after the notice and once the 24 months are over", () => {
    // Noticed 29 days ago: wait one more day.
    expect(step("2020-01-01", "2026-10-26")).toEqual({
      action: "wait",
      erasesOn: at("2026-11-25"),
    });
    expect(step("2020-01-01", "2026-10-25")).toEqual({ action: "erase" });
    expect(step("2020-01-01", "2026-10-24")).toEqual({ action: "erase" });
    // Noticed long ago, but the 24 months end only tomorrow.
    expect(step("2024-11-25", "2026-10-01")).toEqual({
      action: "wait",
      erasesOn: at("2026-11-25"),
    });
    expect(step("2024-11-24", "2026-10-01")).toEqual({ action: "erase" });
  });

  it("activity after the notice starts the count again", () => {
    expect(step("2026-11-01", "2026-10-01")).toEqual({ action: "keep" });
  });

  it("never touches a person whose application or engagement still runs", () => {
    expect(step("2020-01-01", null, true)).toEqual({ action: "keep" });
    expect(step("2020-01-01", "2026-01-01", true)).toEqual({ action: "keep" });
  });
});

describe("Führungszeugnis records (§72a(5) SGB VIII)", () => {
  const engagement = (
    status: EngagementStatus,
    changed: string,
    started: string | null = null,
    ended: string | null = null,
  ) => ({
    status,
    statusChangedAt: at(changed),
    startedAt: started ? at(started) : null,
    endedAt: ended ? at(ended) : null,
  });
  const RECORDED = at("2026-01-10");

  it.each([
    [
      "while the application is in onboarding",
      [engagement("onboarding", "2026-01-05")],
      { kind: "kept" },
    ],
    [
      "while the engagement is active",
      [engagement("active", "2026-02-01", "2026-02-01")],
      { kind: "kept" },
    ],
    ["while it is paused", [engagement("paused", "2026-06-01", "2026-02-01")], { kind: "kept" }],
    [
      "at once when the person never took up the activity",
      [engagement("withdrawn", "2026-03-01")],
      {
        kind: "deletable",
        reason: "not_taken_up",
        countsFrom: at("2026-03-01"),
        dueOn: at("2026-03-01"),
        isDue: true,
      },
    ],
    [
      "at once when the person has no engagement left",
      [],
      {
        kind: "deletable",
        reason: "not_taken_up",
        countsFrom: RECORDED,
        dueOn: RECORDED,
        isDue: true,
      },
    ],
    [
      "not yet one day before 3 months after the end",
      [engagement("ended", "2026-08-25", "2026-02-01", "2026-08-25")],
      {
        kind: "deletable",
        reason: "activity_ended",
        countsFrom: at("2026-08-25"),
        dueOn: at("2026-11-25"),
        isDue: false,
      },
    ],
    [
      "exactly 3 months after the end",
      [engagement("ended", "2026-08-24", "2026-02-01", "2026-08-24")],
      {
        kind: "deletable",
        reason: "activity_ended",
        countsFrom: at("2026-08-24"),
        dueOn: at("2026-11-24"),
        isDue: true,
      },
    ],
    [
      "one day later",
      [engagement("ended", "2026-08-23", "2026-02-01", "2026-08-23")],
      {
        kind: "deletable",
        reason: "activity_ended",
        countsFrom: at("2026-08-23"),
        dueOn: at("2026-11-23"),
        isDue: true,
      },
    ],
    [
      "from the last end when several engagements ended",
      [
        engagement("ended", "2025-01-01", "2024-01-01", "2025-01-01"),
        engagement("ended", "2026-09-01", "2026-02-01", "2026-09-01"),
        engagement("declined", "2026-10-01"),
      ],
      {
        kind: "deletable",
        reason: "activity_ended",
        countsFrom: at("2026-09-01"),
        dueOn: at("2026-12-01"),
        isDue: false,
      },
    ],
  ] as const)("%s", (_label, engagements, expected) => {
    expect(fuehrungszeugnisRetention(engagements, RECORDED, NOW)).toEqual(expected);
  });
});
