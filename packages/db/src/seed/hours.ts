import type { Executor } from "../client.ts";
import { hourEntries, type users } from "../schema/index.ts";
import type { EngagementRow } from "./engagements.ts";
import type { PersonRow } from "./people.ts";
import { createRandom, type Random } from "./random.ts";
import { addDays, berlinInstant, todayInBerlin } from "./time.ts";

type HourRow = typeof hourEntries.$inferInsert;
type UserRow = typeof users.$inferInsert;

/** Its own sequence, so the hours do not shift the rest of the demo data. */
const SEED = 20_261_124;
/** The demo stays fast to seed: never more entries than this. */
const MAX_ENTRIES = 28_000;
const CHUNK = 1_000;
/** Entries of the last days still wait for staff; older ones were mostly handled. */
const RECENT_DAYS = 14;

const ACTIVITIES = [
  "Vorbereitung und Durchführung",
  "Betreuung vor Ort",
  "Teamtreffen",
  "Aufbau und Abbau",
  "Begleitung und Gespräche",
  "Planung mit dem Team",
  "Einsatz nach Plan",
  "Fortbildung im Team",
  "Vertretung für eine Kollegin",
  "Einkauf und Organisation",
];

const RETURN_COMMENTS = [
  "Bitte tragen Sie ein, was Sie gemacht haben – ein Stichwort genügt.",
  "An diesem Tag war die Einrichtung geschlossen. Ist das Datum richtig?",
  "Das sind mehr Stunden als der Einsatz gedauert hat. Bitte prüfen Sie die Dauer.",
  "Diesen Einsatz haben Sie schon eingetragen. Ist das doppelt?",
];

const MINUTES: [number, number][] = [
  [60, 3],
  [90, 4],
  [120, 5],
  [150, 2],
  [180, 3],
  [240, 1],
];

/** How many days lie between two entries of an engagement (weekly, fortnightly, monthly). */
const INTERVALS: [number, number][] = [
  [7, 5],
  [14, 3],
  [30, 2],
];

const dayOf = (at: Date | null | undefined) => (at ? todayInBerlin(at) : null);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The days of the last year on which an engagement ran, or null if there were none. */
function periodIn(e: EngagementRow, today: string): { from: string; to: string } | null {
  const started = dayOf(e.startedAt);
  if (!started) return null;
  const to =
    e.status === "active"
      ? today
      : e.status === "paused"
        ? dayOf(e.statusChangedAt)
        : e.status === "ended"
          ? dayOf(e.endedAt)
          : null;
  if (!to) return null;
  const from = started > addDays(today, -365) ? started : addDays(today, -365);
  const last = to < today ? to : today;
  return from <= last ? { from, to: last } : null;
}

type Plan = { engagement: EngagementRow; from: string; to: string; interval: number };

/** Entries of one engagement, from its first day in the window, about every `interval` days. */
function entriesOf(random: Random, plan: Plan, context: SeedContext, enteredBy: string) {
  const rows: HourRow[] = [];
  const { engagement: e, from, to } = plan;
  let day = addDays(from, random.int(0, Math.min(plan.interval - 1, daysBetween(from, to))));
  while (day <= to) {
    const age = daysBetween(day, context.today);
    const status = age < RECENT_DAYS ? (random.chance(0.6) ? "pending" : "approved") : "approved";
    const isReturned = status === "approved" && age < 90 && random.chance(0.01);
    const reviewer = context.staffOf.get(e.organisationId)!;
    rows.push({
      cityId: context.cityId,
      id: random.uuid(),
      personId: e.personId,
      engagementId: e.id!,
      organisationId: e.organisationId,
      workedOn: day,
      minutes: random.weighted(MINUTES),
      activity: random.pick(ACTIVITIES),
      status: isReturned ? "returned" : status,
      returnComment: isReturned ? random.pick(RETURN_COMMENTS) : null,
      enteredByUserId: enteredBy,
      reviewedByUserId: status === "pending" ? null : reviewer,
      reviewedAt:
        status === "pending" ? null : berlinInstant(addDays(day, Math.min(age, 3)), "10:00"),
      createdAt: berlinInstant(day, "20:00"),
    });
    day = addDays(day, plan.interval + random.int(-2, 2));
  }
  return rows;
}

type SeedContext = {
  cityId: string;
  today: string;
  /** The staff account of each organisation, who reviews (and enters) its volunteers' hours. */
  staffOf: Map<string, string>;
};

/**
 * A year of hours for the demo city's engagements: volunteers without an account had them entered
 * by staff, the demo volunteer logged her own. Most are approved, the last two weeks' partly
 * pending, a few returned with a comment, and one approved entry of the demo volunteer carries a
 * correction. At most MAX_ENTRIES rows, inserted in batches.
 */
export async function seedHours(
  db: Executor,
  context: { cityId: string; today: string },
  data: { engagementRows: EngagementRow[]; userRows: UserRow[]; volunteer: PersonRow },
  /** Another city's own sequence, so its ids differ from the first city's. */
  seed = SEED,
) {
  const random = createRandom(seed);
  const staffOf = new Map<string, string>();
  for (const u of data.userRows) {
    if (u.role === "staff" && u.organisationId && !staffOf.has(u.organisationId)) {
      staffOf.set(u.organisationId, u.id!);
    }
  }
  const volunteerUser = data.userRows.find((u) => u.personId === data.volunteer.id)!;
  const seedContext = { ...context, staffOf };

  const plans: Plan[] = [];
  for (const engagement of data.engagementRows) {
    const period = periodIn(engagement, context.today);
    if (!period || !staffOf.has(engagement.organisationId)) continue;
    plans.push({ engagement, ...period, interval: random.weighted(INTERVALS) });
  }
  // Longer intervals for everyone when a year of entries would exceed the limit.
  const expected = plans.reduce((n, p) => n + daysBetween(p.from, p.to) / p.interval + 1, 0);
  const stretch = Math.max(1, expected / MAX_ENTRIES);
  const rows: HourRow[] = [];
  for (const plan of plans) {
    const isDemo = plan.engagement.personId === data.volunteer.id;
    const enteredBy = isDemo ? volunteerUser.id! : staffOf.get(plan.engagement.organisationId)!;
    const interval = isDemo ? 7 : Math.ceil(plan.interval * stretch);
    rows.push(...entriesOf(random, { ...plan, interval }, seedContext, enteredBy));
  }

  const kept = rows.slice(0, MAX_ENTRIES - 1);
  const demoRows = kept.filter((r) => r.personId === data.volunteer.id);
  // The demo volunteer's newest entry waits for approval, so her page shows both kinds.
  const newest = demoRows.reduce<HourRow | null>(
    (a, r) => (!a || r.workedOn > a.workedOn ? r : a),
    null,
  );
  if (newest)
    Object.assign(newest, { status: "pending", reviewedByUserId: null, reviewedAt: null });
  // Her latest approved entry was corrected by staff, so the history shows how that looks.
  const corrected = demoRows
    .filter((r) => r.status === "approved" && r !== newest)
    .reduce<HourRow | null>((a, r) => (!a || r.workedOn > a.workedOn ? r : a), null);
  if (corrected) {
    const correctedAt = new Date(corrected.reviewedAt!.getTime() + 86_400_000);
    kept.push({
      ...corrected,
      id: random.uuid(),
      minutes: corrected.minutes + 30,
      correctsEntryId: corrected.id,
      correctionReason: "Die Nachbesprechung mit dem Team fehlte in der Liste.",
      enteredByUserId: corrected.reviewedByUserId!,
      reviewedAt: correctedAt,
      createdAt: correctedAt,
    });
  }

  for (let i = 0; i < kept.length; i += CHUNK) {
    await db.insert(hourEntries).values(kept.slice(i, i + CHUNK));
  }
  return kept.length;
}
