import { and, eq, gte, min, sql } from "drizzle-orm";
import { unionAll, type AnyPgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "../client.ts";
import {
  cities,
  networkEvents,
  organisations,
  trainings,
  trainingSessions,
} from "../schema/index.ts";
import { keysetPage, readTimestampCursor } from "./pagination.ts";
import type { CityScope } from "./scope.ts";

/*
 * The joint calendar a city's local partners (and every member of the network) see: the city's
 * own published trainings and the network's published events, in one list by start. Read only;
 * trainings never leave their city, and of the network's events only published ones appear.
 */

export type JointCalendarEntry = {
  source: "training" | "network_event";
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string | null;
  isOnline: boolean;
  /** Who offers it: the organisation (null: the city's coordination office) or the host city. */
  organiser: string | null;
  /** The training's topic or the network event's kind. */
  kind: string;
};

export type JointCalendarWindow = {
  /** The month shown, "YYYY-MM", in the city's time zone (Europe/Berlin). */
  month: string;
  /** Nothing that starts before this instant (what has begun is no longer ahead). */
  notBefore: Date;
  limit: number;
  cursor?: string | null;
};

/** The first instant of a month, "YYYY-MM", plus `months`, in the city's time zone. */
const monthStart = (month: string, months = 0) =>
  sql`((to_date(${month}, 'YYYY-MM') + make_interval(months => ${months}::int))::timestamp at time zone 'Europe/Berlin')`;

/** Rows of one part of the calendar in the window, after the cursor's (start, id). */
function inWindow(startsAt: AnyPgColumn, id: AnyPgColumn, window: JointCalendarWindow) {
  const after = readTimestampCursor(window.cursor);
  return and(
    gte(startsAt, window.notBefore),
    sql`${startsAt} >= ${monthStart(window.month)}`,
    sql`${startsAt} < ${monthStart(window.month, 1)}`,
    after ? sql`(${startsAt}, ${id}) > (${after.at}::timestamptz, ${after.id}::uuid)` : undefined,
  );
}

const trainingEnd = sql<Date | null>`(select max(${trainingSessions.endsAt}) from ${trainingSessions}
  where ${trainingSessions.cityId} = ${trainings.cityId}
    and ${trainingSessions.trainingId} = ${trainings.id})`;

function trainingsOf(db: Executor, scope: CityScope, window: JointCalendarWindow) {
  return db
    .select({
      source: sql<"training" | "network_event">`'training'`.as("source"),
      id: trainings.id,
      title: trainings.title,
      startsAt: sql<Date>`${trainings.startsAt}`.mapWith(trainings.startsAt).as("starts_at"),
      endsAt: trainingEnd.mapWith(trainingSessions.endsAt).as("ends_at"),
      place: trainings.place,
      isOnline: sql<boolean>`(${trainings.onlineUrl} is not null)`.as("is_online"),
      organiser: sql<string | null>`${organisations.name}`.as("organiser"),
      kind: sql<string>`${trainings.topic}`.as("kind"),
    })
    .from(trainings)
    .leftJoin(
      organisations,
      and(
        eq(organisations.cityId, trainings.cityId),
        eq(organisations.id, trainings.organisationId),
      ),
    )
    .where(
      and(
        eq(trainings.cityId, scope.cityId),
        eq(trainings.status, "published"),
        inWindow(trainings.startsAt, trainings.id, window),
      ),
    );
}

function networkEventsIn(db: Executor, window: JointCalendarWindow) {
  return db
    .select({
      source: sql<"training" | "network_event">`'network_event'`.as("source"),
      id: networkEvents.id,
      title: networkEvents.title,
      startsAt: sql<Date>`${networkEvents.startsAt}`
        .mapWith(networkEvents.startsAt)
        .as("starts_at"),
      endsAt: sql<Date | null>`${networkEvents.endsAt}`.mapWith(networkEvents.endsAt).as("ends_at"),
      place: networkEvents.place,
      isOnline: sql<boolean>`(${networkEvents.onlineUrl} is not null)`.as("is_online"),
      organiser: sql<string | null>`${cities.name}`.as("organiser"),
      kind: sql<string>`${networkEvents.kind}`.as("kind"),
    })
    .from(networkEvents)
    .innerJoin(cities, eq(cities.id, networkEvents.cityId))
    .where(
      and(
        eq(networkEvents.status, "published"),
        inWindow(networkEvents.startsAt, networkEvents.id, window),
      ),
    );
}

/**
 * The calendar's entries in a window of time, by start, page by page along (starts_at, id):
 * each part runs on its own index (trainings_city_status_starts, network_events_status_starts).
 */
export async function listJointCalendar(
  db: Executor,
  scope: CityScope,
  window: JointCalendarWindow,
): Promise<{ items: JointCalendarEntry[]; nextCursor: string | null }> {
  const rows = await unionAll(trainingsOf(db, scope, window), networkEventsIn(db, window))
    .orderBy(sql`starts_at`, sql`id`)
    .limit(window.limit + 1);
  const items: JointCalendarEntry[] = rows.map((row) => ({
    ...row,
    isOnline: Boolean(row.isOnline),
  }));
  return keysetPage(items, window.limit, (last) => [last.startsAt.toISOString(), last.id]);
}

/** When the calendar's first entry after a month starts, for pointing past an empty month. */
export async function nextJointCalendarDate(
  db: Executor,
  scope: CityScope,
  month: string,
): Promise<Date | null> {
  const from = monthStart(month, 1);
  const [training] = await db
    .select({ at: min(trainings.startsAt) })
    .from(trainings)
    .where(
      and(
        eq(trainings.cityId, scope.cityId),
        eq(trainings.status, "published"),
        sql`${trainings.startsAt} >= ${from}`,
      ),
    );
  const [event] = await db
    .select({ at: min(networkEvents.startsAt) })
    .from(networkEvents)
    .where(and(eq(networkEvents.status, "published"), sql`${networkEvents.startsAt} >= ${from}`));
  const dates = [training?.at, event?.at].filter((d): d is Date => d instanceof Date);
  return dates.length > 0 ? new Date(Math.min(...dates.map((d) => d.getTime()))) : null;
}
