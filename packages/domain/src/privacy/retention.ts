import { z } from "zod";
import type { EngagementStatus } from "../engagement/engagement.schema.ts";

/**
 * How long a city keeps what the law leaves to it (DSGVO Art. 5(1)(e), storage limitation). The
 * periods are data, set per city in its configuration; these defaults apply where a city sets
 * none. Only the Führungszeugnis period is fixed by law (§72a(5) SGB VIII) and not configurable.
 */
export const RetentionSettings = z.object({
  /** Months after an application closed without becoming an engagement. */
  applicationMonths: z
    .number()
    .int()
    .min(1, { message: "Mindestens 1 Monat." })
    .max(60, { message: "Höchstens 60 Monate." })
    .default(6),
  /** Months without any activity after which an account is deleted (after a notice). */
  inactivityMonths: z
    .number()
    .int()
    .min(6, { message: "Mindestens 6 Monate." })
    .max(120, { message: "Höchstens 120 Monate." })
    .default(24),
  /**
   * Days after which the text of a delivered e-mail is cleared. Sign-in and survey links live
   * only in mail bodies, so clearing them also keeps survey answers unlinkable.
   */
  sentMailDays: z
    .number()
    .int()
    .min(7, { message: "Mindestens 7 Tage." })
    .max(365, { message: "Höchstens 365 Tage." })
    .default(30),
});
export type RetentionSettings = z.infer<typeof RetentionSettings>;

export const DEFAULT_RETENTION: RetentionSettings = {
  applicationMonths: 6,
  inactivityMonths: 24,
  sentMailDays: 30,
};

/** The notice before deletion for inactivity goes out this many days before (issue: 30 days). */
export const INACTIVITY_NOTICE_DAYS = 30;

/** §72a(5) SGB VIII: a Führungszeugnis record is deleted at the latest 3 months after the activity. */
export const FUEHRUNGSZEUGNIS_MONTHS_AFTER_END = 3;

/** A city's periods: its own where set, the defaults otherwise. */
export function retentionSettingsOf(config: { retention?: RetentionSettings | undefined }) {
  return { ...DEFAULT_RETENTION, ...config.retention };
}

const DAY_MS = 86_400_000;

export function daysAfter(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

/**
 * Moves an instant by calendar months (UTC fields); a day that does not exist in the target month
 * becomes its last day, as a person counts "six months after 31 August".
 */
export function addCalendarMonths(at: Date, months: number): Date {
  const index = at.getUTCFullYear() * 12 + at.getUTCMonth() + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      year,
      month,
      Math.min(at.getUTCDate(), lastDay),
      at.getUTCHours(),
      at.getUTCMinutes(),
      at.getUTCSeconds(),
      at.getUTCMilliseconds(),
    ),
  );
}

/**
 * The latest moment something may have happened for its period to be over today: everything at
 * or before it is due. Every retention rule is stated this way, so the database can select the
 * same rows with one comparison on an index.
 */
export function periodCutoff(now: Date, months: number): Date {
  return addCalendarMonths(now, -months);
}

// --- Applications that never became an engagement -------------------------------------------

export type ApplicationForRetention = {
  status: EngagementStatus;
  confirmedAt: Date | null;
  /** Set when the engagement started (onboarding → active). */
  startedAt: Date | null;
  createdAt: Date;
  statusChangedAt: Date;
};

export type ApplicationRetention =
  /** Still running, or it became an engagement: kept as long as the engagement. */
  | { kind: "kept" }
  /** Closed without becoming an engagement; deleted once `closedAt` is at or before the cutoff. */
  | {
      kind: "closed";
      reason: "declined" | "withdrawn" | "never_confirmed";
      closedAt: Date;
      isDue: boolean;
      dueOn: Date;
    };

/**
 * When an application that never became an engagement is deleted: a declined or withdrawn one
 * `applicationMonths` after it was closed, one that was never confirmed by its e-mail link
 * `applicationMonths` after it was sent. Anything that ever started is an engagement and stays.
 */
export function applicationRetention(
  application: ApplicationForRetention,
  settings: RetentionSettings,
  now: Date,
): ApplicationRetention {
  if (application.startedAt) return { kind: "kept" };
  const closed =
    application.status === "declined" || application.status === "withdrawn"
      ? { reason: application.status, closedAt: application.statusChangedAt }
      : application.status === "submitted" && !application.confirmedAt
        ? { reason: "never_confirmed" as const, closedAt: application.createdAt }
        : null;
  if (!closed) return { kind: "kept" };
  return {
    kind: "closed",
    ...closed,
    isDue: closed.closedAt <= periodCutoff(now, settings.applicationMonths),
    dueOn: addCalendarMonths(closed.closedAt, settings.applicationMonths),
  };
}

// --- Inactive accounts --------------------------------------------------------------------------

export type AccountForRetention = {
  /** The latest of: sign-in, application, hours logged, a change of an engagement, creation. */
  lastActivityAt: Date;
  /** When the notice before deletion went out; null if none is pending. */
  inactivityNoticeAt: Date | null;
  /** An application or engagement that still runs: the person is not inactive. */
  hasOpenEngagement: boolean;
};

export type InactivityStep =
  | { action: "keep" }
  /** Send the notice now; deletion follows on `erasesOn` unless the person is active again. */
  | { action: "notify"; erasesOn: Date }
  /** The notice went out and its period passed without activity. */
  | { action: "erase" }
  /** The notice went out; deletion follows on `erasesOn`. */
  | { action: "wait"; erasesOn: Date };

/** The cutoffs of the inactivity rule for one moment, for the database to select by. */
export function inactivityCutoffs(settings: RetentionSettings, now: Date) {
  return {
    /** Whoever was last active at or before this gets the notice now. */
    noticeIfActiveBefore: periodCutoff(
      daysAfter(now, INACTIVITY_NOTICE_DAYS),
      settings.inactivityMonths,
    ),
    /** Whoever was last active at or before this may be deleted … */
    eraseIfActiveBefore: periodCutoff(now, settings.inactivityMonths),
    /** … once the notice went out at or before this. */
    eraseIfNoticedBefore: daysAfter(now, -INACTIVITY_NOTICE_DAYS),
  };
}

/**
 * The inactivity rule: `inactivityMonths` after the last activity an account is deleted, and
 * `INACTIVITY_NOTICE_DAYS` before that the person gets a notice by e-mail. Deletion never comes
 * sooner than that many days after the notice, even if the notice went out late, and any activity
 * after the notice starts the count again. A person with an application or engagement that still
 * runs is never inactive.
 */
export function inactivityStep(
  account: AccountForRetention,
  settings: RetentionSettings,
  now: Date,
): InactivityStep {
  if (account.hasOpenEngagement) return { action: "keep" };
  const cutoffs = inactivityCutoffs(settings, now);
  const notice =
    account.inactivityNoticeAt && account.inactivityNoticeAt >= account.lastActivityAt
      ? account.inactivityNoticeAt
      : null;
  const periodEnds = addCalendarMonths(account.lastActivityAt, settings.inactivityMonths);
  if (notice) {
    const isDue =
      account.lastActivityAt <= cutoffs.eraseIfActiveBefore &&
      notice <= cutoffs.eraseIfNoticedBefore;
    if (isDue) return { action: "erase" };
    const noticeEnds = daysAfter(notice, INACTIVITY_NOTICE_DAYS);
    return { action: "wait", erasesOn: noticeEnds > periodEnds ? noticeEnds : periodEnds };
  }
  if (account.lastActivityAt > cutoffs.noticeIfActiveBefore) return { action: "keep" };
  const noticeEnds = daysAfter(now, INACTIVITY_NOTICE_DAYS);
  return { action: "notify", erasesOn: noticeEnds > periodEnds ? noticeEnds : periodEnds };
}

// --- Führungszeugnis records (§72a(5) SGB VIII) ------------------------------------------------

export type EngagementForFuehrungszeugnis = {
  status: EngagementStatus;
  startedAt: Date | null;
  endedAt: Date | null;
  statusChangedAt: Date;
};

export type FuehrungszeugnisRetention =
  /** An application or engagement still runs: the record is needed. */
  | { kind: "kept" }
  | {
      kind: "deletable";
      /** `not_taken_up`: the person never started; `activity_ended`: 3 months after the end. */
      reason: "not_taken_up" | "activity_ended";
      /** The moment the rule counts from: the last closing, or the end of the activity. */
      countsFrom: Date;
      dueOn: Date;
      isDue: boolean;
    };

const RUNNING: readonly EngagementStatus[] = [
  "submitted",
  "in_contact",
  "onboarding",
  "active",
  "paused",
];

/**
 * §72a(5) SGB VIII: the record of an inspection is deleted at once if the person does not take
 * up the activity, otherwise at the latest 3 months after the activity ends. "Does not take up"
 * is certain once every application closed without starting; the activity ends when the last
 * engagement that started has ended. `recordedAt` counts when the person has no engagement.
 */
export function fuehrungszeugnisRetention(
  engagements: readonly EngagementForFuehrungszeugnis[],
  recordedAt: Date,
  now: Date,
): FuehrungszeugnisRetention {
  if (engagements.some((e) => RUNNING.includes(e.status))) return { kind: "kept" };
  const started = engagements.filter((e) => e.startedAt !== null);
  if (started.length === 0) {
    const closedAt = engagements.reduce(
      (latest, e) => (e.statusChangedAt > latest ? e.statusChangedAt : latest),
      recordedAt,
    );
    return {
      kind: "deletable",
      reason: "not_taken_up",
      countsFrom: closedAt,
      dueOn: closedAt,
      isDue: closedAt <= now,
    };
  }
  const endedAt = started.reduce((latest, e) => {
    const end = e.endedAt ?? e.statusChangedAt;
    return end > latest ? end : latest;
  }, new Date(0));
  const dueOn = addCalendarMonths(endedAt, FUEHRUNGSZEUGNIS_MONTHS_AFTER_END);
  return {
    kind: "deletable",
    reason: "activity_ended",
    countsFrom: endedAt,
    dueOn,
    isDue: endedAt <= periodCutoff(now, FUEHRUNGSZEUGNIS_MONTHS_AFTER_END),
  };
}

/** The kinds a retention run looks at, as counted in its record. */
export const RETENTION_KINDS = [
  "applications",
  "inactive_accounts",
  "fuehrungszeugnis",
  "mail_bodies",
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];
