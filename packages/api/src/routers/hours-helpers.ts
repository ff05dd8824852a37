import type { Executor } from "@engagiert/db/client";
import {
  countedMinutesOnDay,
  engagementForHours,
  getHourEntry,
  lockPerson,
  type EngagementForHours,
} from "@engagiert/db/queries/hours";
import { getPerson } from "@engagiert/db/queries/people";
import { isErasedName } from "@engagiert/domain/privacy";
import {
  canEditEntry,
  canLogHoursOn,
  checkHourEntry,
  type HourEngagementPeriod,
} from "@engagiert/domain/recognition";
import type { Context } from "../context.ts";
import { authorize, refuse } from "../trpc.ts";
import { notFound, todayIn } from "./akquise-helpers.ts";

// The checks the hour procedures share: the rules of a day, who may touch an entry, refusals.

const NO_ENGAGEMENT = "Dieses Engagement gibt es nicht.";
const NO_ENTRY = "Diesen Stundeneintrag gibt es nicht (mehr).";

const hoursText = (minutes: number) => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h > 0 ? `${h} Std.` : null, m > 0 || h === 0 ? `${m} Min.` : null]
    .filter(Boolean)
    .join(" ");
};

export const alreadyApproved = () =>
  refuse(
    "CONFLICT",
    "already_approved",
    "Dieser Eintrag ist schon freigegeben. Freigegebene Stunden ändert nur die Organisation, mit einer Korrektur.",
  );

/** The days an engagement ran, in Göppingen's calendar. */
export function periodOf(
  e: Pick<EngagementForHours, "status" | "startedAt" | "endedAt" | "statusChangedAt">,
): HourEngagementPeriod {
  return {
    status: e.status,
    startedOn: e.startedAt ? todayIn(e.startedAt) : null,
    pausedSince: e.status === "paused" ? todayIn(e.statusChangedAt) : null,
    endedOn: e.endedAt
      ? todayIn(e.endedAt)
      : e.status === "ended"
        ? todayIn(e.statusChangedAt)
        : null,
  };
}

/**
 * The rules of RULES.md (Anerkennung) for minutes on a day, checked under the person's row lock
 * so parallel entries are counted one after the other: no future day, only days on which the
 * engagement was active, at most 24 hours across all of the person's engagements.
 * `exceptEntryId`: the entry whose minutes the new figure replaces (an edit or a correction).
 */
export async function assertDayAllows(
  tx: Executor,
  ctx: Context,
  engagement: EngagementForHours,
  entry: { workedOn: string; minutes: number },
  exceptEntryId: string | null = null,
) {
  await lockPerson(tx, ctx.scope, engagement.personId);
  const other = await countedMinutesOnDay(
    tx,
    ctx.scope,
    engagement.personId,
    entry.workedOn,
    exceptEntryId,
  );
  const decision = checkHourEntry(entry, { today: todayIn(ctx.now()), otherMinutesThatDay: other });
  if (!decision.ok && decision.reason === "future_date") {
    throw refuse(
      "BAD_REQUEST",
      "future_date",
      "Stunden lassen sich erst eintragen, wenn der Tag gekommen ist: bitte kein Datum in der Zukunft.",
    );
  }
  if (!canLogHoursOn(periodOf(engagement), entry.workedOn).ok) {
    throw refuse(
      "PRECONDITION_FAILED",
      "not_active",
      "An diesem Tag war das Engagement nicht aktiv. Stunden zählen nur für Tage, an denen es lief.",
    );
  }
  if (!decision.ok) {
    throw refuse(
      "CONFLICT",
      "day_full",
      decision.remainingMinutes === 0
        ? "Für diesen Tag sind schon 24 Stunden eingetragen, über alle Engagements zusammen."
        : `An diesem Tag sind nur noch ${hoursText(decision.remainingMinutes)} frei: mehr als 24 Stunden an einem Tag gehen nicht, über alle Engagements zusammen.`,
    );
  }
}

/** The engagement of an action, with the caller's right to it checked (its person or its staff). */
export async function engagementFor(
  ctx: Context,
  engagementId: string,
  action: "engagement.read" | "engagement.move",
) {
  const engagement = await engagementForHours(ctx.db, ctx.scope, engagementId);
  if (!engagement) throw notFound(NO_ENGAGEMENT);
  authorize(ctx, action, {
    cityId: ctx.city.id,
    organisationId: engagement.organisationId,
    personId: engagement.personId,
  });
  return engagement;
}

/** An entry with the caller's right to change it checked. */
export async function entryFor(ctx: Context, entryId: string) {
  const entry = await getHourEntry(ctx.db, ctx.scope, entryId);
  if (!entry) throw notFound(NO_ENTRY);
  authorize(ctx, "engagement.move", {
    cityId: ctx.city.id,
    organisationId: entry.organisationId,
    personId: entry.personId,
  });
  return entry;
}

/** Reads the entry again under its lock and refuses if it was approved in the meantime. */
export async function lockOpenEntry(tx: Executor, ctx: Context, entryId: string) {
  const entry = await getHourEntry(tx, ctx.scope, entryId, { lock: true });
  if (!entry) throw notFound(NO_ENTRY);
  if (!canEditEntry(entry.status)) throw alreadyApproved();
  return entry;
}

/** Staff names stay with staff: a volunteer sees only whether their organisation entered it. */
export function forVolunteer<T extends { enteredByName: string; reviewedByName: string | null }>(
  entry: T,
): Omit<T, "enteredByName" | "reviewedByName"> {
  const { enteredByName: _entered, reviewedByName: _reviewed, ...rest } = entry;
  return rest;
}

export function notPending() {
  return refuse(
    "CONFLICT",
    "not_pending",
    "Dieser Eintrag wartet nicht mehr auf Freigabe: er wurde inzwischen bearbeitet oder zurückgegeben.",
  );
}

export async function personName(ctx: Context, personId: string) {
  const person = await getPerson(ctx.db, ctx.scope, personId);
  if (!person) throw notFound("Diese Person gibt es nicht.");
  // An erased person's name is empty; the app shows "deleted person" in its language.
  return isErasedName(person) ? "" : `${person.firstName} ${person.lastName}`;
}
