import type { Database } from "@engagiert/db/client";
import { feedEvents, getNetworkEvent } from "@engagiert/db/queries/network-events";
import { NetworkEventKind } from "@engagiert/domain/network";
import { Hono } from "hono";
import { calendarFile, icsBaseName, icsCalendar, isUuid, type CalendarEvent } from "./ics.ts";

/** The names calendar programs show for a subscribed feed. */
const FEED_NAMES: Record<NetworkEventKind, string> = {
  national_meeting: "Bundesnetzwerktreffen",
  regional_meeting: "Regionaltreffen",
  exchange_meeting: "Austauschtreffen",
  training: "Fortbildungen und Webinare",
};

/** How far back a feed reaches, so a calendar keeps recent events and learns of cancellations. */
const FEED_PAST_DAYS = 60;
const FEED_LIMIT = 300;

type EventForCalendar = {
  id: string;
  status: "draft" | "published" | "cancelled";
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  isOnline: boolean;
  organiserCityName: string;
  updatedAt: Date;
};

/**
 * One event as a calendar holds it: what its public page shows, never the online room or who
 * registered. The UID is the event's own, so a calendar updates the entry rather than adding a
 * second one; a cancelled event stays with STATUS:CANCELLED, so subscribers see it is off.
 */
function calendarEvent(event: EventForCalendar, stamp: Date): CalendarEvent {
  const isCancelled = event.status === "cancelled";
  const where = [event.place, event.isOnline ? "Online" : null].filter(Boolean).join(" / ");
  return {
    uid: `network-event-${event.id}@netzwerk.engagiert`,
    stamp,
    start: event.startsAt,
    end: event.endsAt,
    summary: isCancelled ? `Abgesagt: ${event.title}` : event.title,
    location: where || null,
    description: `${event.description}\n\nVeranstaltet von: ${event.organiserCityName}`,
    url: null,
    status: isCancelled ? "CANCELLED" : "CONFIRMED",
    sequence: isCancelled ? 1 : 0,
    lastModified: event.updatedAt,
  };
}

/**
 * The network's iCalendar files: one event, and a public feed per kind of event. Network events
 * are reference data of the whole network, so no city is named in the address.
 */
export function networkCalendarRoutes(options: { db: Database; now?: () => Date }) {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const app = new Hono();

  app.get("/events/:file", async (c) => {
    const eventId = icsBaseName(c.req.param("file"));
    const notFound = () => c.text("Diese Veranstaltung gibt es nicht (mehr).", 404);
    if (!isUuid(eventId)) return notFound();
    const event = await getNetworkEvent(db, eventId, null);
    // A draft stays with its organisers; a cancelled event is served as cancelled.
    if (!event || event.status === "draft") return notFound();
    const body = icsCalendar(calendarEvent(event, now()));
    return calendarFile(c, body, `netzwerk-veranstaltung-${event.id}.ics`, "public, max-age=300");
  });

  app.get("/feeds/:file", async (c) => {
    const kind = NetworkEventKind.safeParse(icsBaseName(c.req.param("file")));
    if (!kind.success) return c.text("Diesen Kalender gibt es nicht.", 404);
    const stamp = now();
    const events = await feedEvents(db, {
      kind: kind.data,
      since: new Date(stamp.getTime() - FEED_PAST_DAYS * 86_400_000),
      limit: FEED_LIMIT,
    });
    const body = icsCalendar(
      events.map((event) => calendarEvent(event, stamp)),
      { name: `Netzwerk Engagierte Stadt – ${FEED_NAMES[kind.data]}`, refreshHours: 6 },
    );
    return calendarFile(c, body, `netzwerk-${kind.data}.ics`, "public, max-age=900");
  });

  return app;
}
