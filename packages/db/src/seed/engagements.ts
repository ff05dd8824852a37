import { HOLDS_PLACE, type EndReason, type EngagementStatus } from "@engagiert/domain/engagement";
import { checkAge } from "@engagiert/domain/people";
import type { engagements } from "../schema/index.ts";
import type { SeededOpportunity } from "./opportunities.ts";
import type { PersonRow } from "./people.ts";
import type { Random } from "./random.ts";
import { maxDate, minDate, plusDays } from "./time.ts";

export type EngagementRow = typeof engagements.$inferInsert;

const STATUS_MIX: [EngagementStatus, number][] = [
  ["active", 45],
  ["ended", 14],
  ["submitted", 8],
  ["in_contact", 6],
  ["onboarding", 6],
  ["paused", 5],
  ["declined", 7],
  ["withdrawn", 9],
];

const ENGAGEMENTS_PER_PERSON: [number, number][] = [
  [0, 15],
  [1, 50],
  [2, 25],
  [3, 10],
];

/** How many days ago an application in this status was made: [at least, at most]. */
const APPLIED_DAYS_AGO: Record<EngagementStatus, [number, number]> = {
  submitted: [0.1, 21],
  in_contact: [2, 45],
  onboarding: [8, 75],
  active: [14, 540],
  paused: [60, 540],
  ended: [60, 540],
  declined: [3, 540],
  withdrawn: [3, 540],
};

const END_REASONS: [EndReason, number][] = [
  ["no_time", 4],
  ["volunteer_decision", 3],
  ["moved_away", 2],
  ["health", 1],
  ["organisation_decision", 1],
  ["other", 1],
];

/** What applicants write, in the words of people in the city (its short name). */
const messagesIn = (cityName: string) => [
  "Ich habe vor allem nachmittags Zeit und würde gern mithelfen.",
  `Ich bin neu in ${cityName} und möchte Leute kennenlernen.`,
  "Ich habe so etwas schon in meiner alten Stadt gemacht.",
  "Kann ich zuerst einmal unverbindlich vorbeischauen?",
  "Ich bin in Rente und suche eine sinnvolle Aufgabe.",
  "Meine Freundin macht hier schon mit und hat es mir empfohlen.",
  "Für die Schule brauche ich ein Sozialpraktikum, das würde gut passen.",
];

type Context = {
  cityId: string;
  today: string;
  now: Date;
  /** The city's name as people say it in a sentence; Göppingen unless given. */
  cityName?: string;
};

const DAY_MS = 86_400_000;

/** The statuses an engagement with this opportunity can have today. */
function statusesFor(opp: SeededOpportunity, now: Date): readonly EngagementStatus[] {
  if (opp.status === "draft" || opp.status === "archived" || !opp.publishedAt) return [];
  if ((opp.period && opp.period.end < now) || opp.status === "closed") {
    return ["ended", "declined", "withdrawn"];
  }
  const hasStarted = !opp.period || opp.period.start <= now;
  if (opp.status === "paused") {
    return hasStarted
      ? ["active", "paused", "ended", "declined", "withdrawn"]
      : ["active", "declined", "withdrawn"];
  }
  return hasStarted
    ? STATUS_MIX.map(([s]) => s)
    : ["submitted", "in_contact", "onboarding", "active", "declined", "withdrawn"];
}

function isFeasible(opp: SeededOpportunity, status: EngagementStatus, now: Date): boolean {
  if (!statusesFor(opp, now).includes(status) || !opp.publishedAt) return false;
  const isOver = opp.period !== null && opp.period.end < now;
  if (isOver) return true;
  return opp.publishedAt.getTime() <= now.getTime() - APPLIED_DAYS_AGO[status][0] * DAY_MS;
}

const between = (random: Random, from: Date, to: Date) =>
  new Date(from.getTime() + random.next() * Math.max(0, to.getTime() - from.getTime()));

/** One engagement with timestamps that follow the lifecycle, all before `now`. */
function engagementOf(
  random: Random,
  context: Context,
  person: PersonRow,
  opp: SeededOpportunity,
  status: EngagementStatus,
  messages: readonly string[],
): EngagementRow {
  const { now } = context;
  const publishedAt = opp.publishedAt!;
  const period = opp.period;
  let appliedAt: Date;
  let changedAt: Date;
  let startedAt: Date | null = null;
  let endedAt: Date | null = null;
  let endReason: EndReason | null = null;

  if (period && period.end < now) {
    // A past date or project: people applied before it and it ended with it.
    appliedAt = between(random, plusDays(publishedAt, 0.05), plusDays(period.start, -1));
    if (status === "ended") {
      startedAt = period.start;
      endedAt = period.end;
      endReason = "project_completed";
      changedAt = endedAt;
    } else {
      changedAt = between(random, appliedAt, minDate(plusDays(appliedAt, 10), period.start));
    }
  } else {
    const [minAgo, maxAgo] = APPLIED_DAYS_AGO[status];
    appliedAt = between(
      random,
      maxDate(plusDays(publishedAt, 0.05), plusDays(now, -maxAgo)),
      plusDays(now, -minAgo),
    );
    const upTo = (days: number) => minDate(plusDays(appliedAt, days), now);
    switch (status) {
      case "submitted":
        changedAt = appliedAt;
        break;
      case "in_contact":
        changedAt = between(random, plusDays(appliedAt, 0.5), upTo(7));
        break;
      case "onboarding":
        changedAt = between(random, plusDays(appliedAt, 2), upTo(21));
        break;
      case "declined":
      case "withdrawn":
        changedAt = between(random, plusDays(appliedAt, 1), upTo(14));
        break;
      case "active":
        startedAt = between(random, plusDays(appliedAt, 5), upTo(30));
        changedAt = startedAt;
        break;
      case "paused":
        startedAt = between(random, plusDays(appliedAt, 7), upTo(30));
        changedAt = between(random, startedAt, now);
        break;
      case "ended":
        startedAt = between(random, plusDays(appliedAt, 7), upTo(30));
        endedAt = between(random, plusDays(startedAt, 14), now);
        endReason = random.weighted(END_REASONS);
        changedAt = endedAt;
        break;
    }
  }
  if (appliedAt < person.createdAt) person.createdAt = plusDays(appliedAt, -random.int(0, 5) - 0.1);

  return {
    cityId: context.cityId,
    id: random.uuid(),
    opportunityId: opp.row.id,
    organisationId: opp.row.organisationId,
    personId: person.id,
    status,
    message: random.chance(0.4) ? random.pick(messages) : null,
    // Demo applications were confirmed by their e-mail link (double opt-in) when they were made.
    confirmedAt: appliedAt,
    endReason,
    startedAt,
    endedAt,
    statusChangedAt: changedAt,
    isDemo: true,
    createdAt: appliedAt,
    updatedAt: changedAt,
  };
}

/**
 * Engagements across the lifecycle: 0–3 per volunteer, preferring opportunities that match
 * their interests and district, respecting minimum ages and never exceeding an opportunity's
 * capacity with the engagements that hold a place (HOLDS_PLACE).
 */
export function buildEngagements(
  random: Random,
  context: Context,
  people: PersonRow[],
  opps: SeededOpportunity[],
  fixed: { person: PersonRow; title: string; status: EngagementStatus }[] = [],
): EngagementRow[] {
  const rows: EngagementRow[] = [];
  const messages = messagesIn(context.cityName ?? "Göppingen");
  const placesTaken = new Map<string, number>();
  // A fifth of the places stays free, so applying works in the demo.
  const seedLimit = (opp: SeededOpportunity) =>
    Math.min(opp.capacity - 1, Math.floor(opp.capacity * 0.8));
  const hasRoom = (opp: SeededOpportunity, status: EngagementStatus) =>
    !HOLDS_PLACE.includes(status) || (placesTaken.get(opp.row.id) ?? 0) < seedLimit(opp);
  const add = (person: PersonRow, opp: SeededOpportunity, status: EngagementStatus) => {
    rows.push(engagementOf(random, context, person, opp, status, messages));
    if (HOLDS_PLACE.includes(status))
      placesTaken.set(opp.row.id, (placesTaken.get(opp.row.id) ?? 0) + 1);
  };

  for (const f of fixed) {
    const opp = opps.find((o) => o.row.title === f.title);
    if (!opp || !isFeasible(opp, f.status, context.now) || !hasRoom(opp, f.status)) {
      throw new Error(`Demo engagement "${f.title}" (${f.status}) does not fit the catalogue.`);
    }
    add(f.person, opp, f.status);
  }

  for (const person of people) {
    const count = random.weighted(ENGAGEMENTS_PER_PERSON);
    const chosen = new Set<string>();
    for (let i = 0; i < count; i++) {
      const status = random.weighted(STATUS_MIX);
      const candidates = opps.filter(
        (opp) =>
          !chosen.has(opp.row.id) &&
          isFeasible(opp, status, context.now) &&
          hasRoom(opp, status) &&
          checkAge(person, opp.minimumAge, context.today).status === "eligible",
      );
      if (candidates.length === 0) continue;
      const opp = random.weighted(
        candidates.map((c) => {
          const matchesInterest = c.categories.some((cat) => person.interests?.includes(cat));
          const isNearby = c.district !== null && c.district === person.district;
          return [c, 1 + (matchesInterest ? 6 : 0) + (isNearby ? 2 : 0)] as const;
        }),
      );
      chosen.add(opp.row.id);
      add(person, opp, status);
    }
  }
  return rows;
}
