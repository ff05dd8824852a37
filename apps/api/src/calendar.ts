import type { Database } from "@engagiert/db/client";
import { getCityBySlug } from "@engagiert/db/queries/cities";
import { cityScope } from "@engagiert/db/queries/scope";
import { getShift } from "@engagiert/db/queries/shifts";
import { findCalendarFeedPerson } from "@engagiert/db/queries/training-registrations";
import {
  feedSessions,
  getPublishedTraining,
  type TrainingSessionEvent,
} from "@engagiert/db/queries/trainings";
import { CALENDAR_FEED_TOKEN, calendarFeedSince } from "@engagiert/domain/trainings";
import { Hono, type Context as HonoContext } from "hono";
import { createHash } from "node:crypto";

/** A UTC time as iCalendar writes it: 20261128T080000Z (RFC 5545 §3.3.5, form #2). */
export const icsTime = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export const icsText = (text: string) =>
  text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with a space, and a
 * multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export type CalendarEvent = {
  uid: string;
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  location: string | null;
  description: string | null;
  url: string | null;
};

function icsEvent(event: CalendarEvent): (string | null)[] {
  return [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${icsTime(event.stamp)}`,
    `DTSTART:${icsTime(event.start)}`,
    `DTEND:${icsTime(event.end)}`,
    `SUMMARY:${icsText(event.summary)}`,
    event.location ? `LOCATION:${icsText(event.location)}` : null,
    event.description ? `DESCRIPTION:${icsText(event.description)}` : null,
    event.url ? `URL:${event.url}` : null,
    "END:VEVENT",
  ];
}

/**
 * A calendar of one event (a shift) or several (a training's sessions, a personal feed). A feed
 * carries a name and how often calendar programs should read it again.
 */
export function icsCalendar(
  events: CalendarEvent | readonly CalendarEvent[],
  options: { name?: string; refreshHours?: number } = {},
): string {
  const list: readonly CalendarEvent[] = Array.isArray(events) ? events : [events as CalendarEvent];
  const refresh = options.refreshHours ? `PT${options.refreshHours}H` : null;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Engagiert//Kalender//DE",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    options.name ? `X-WR-CALNAME:${icsText(options.name)}` : null,
    refresh ? `REFRESH-INTERVAL;VALUE=DURATION:${refresh}` : null,
    refresh ? `X-PUBLISHED-TTL:${refresh}` : null,
    ...list.flatMap(icsEvent),
    "END:VCALENDAR",
  ].filter((line): line is string => line !== null);
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The name of a calendar file in the path, without its `.ics`; "" when it has none. */
const baseName = (file: string) => (file.endsWith(".ics") ? file.slice(0, -4) : "");

/** The session's time with the training's title, place and teacher: one event per session. */
function sessionEvent(
  session: TrainingSessionEvent,
  citySlug: string,
  stamp: Date,
  options: { position?: { index: number; of: number }; withOnlineUrl: boolean },
): CalendarEvent {
  const { position, withOnlineUrl } = options;
  const room = withOnlineUrl && session.onlineUrl ? `Online: ${session.onlineUrl}` : null;
  return {
    uid: `training-session-${session.sessionId}@${citySlug}.engagiert`,
    stamp,
    start: session.startsAt,
    end: session.endsAt,
    summary:
      position && position.of > 1
        ? `${session.title} (Termin ${position.index} von ${position.of})`
        : session.title,
    location: session.place ?? "Online",
    description: [session.description, `Leitung: ${session.trainer}`, room]
      .filter(Boolean)
      .join("\n\n"),
    url: null,
  };
}

/**
 * iCalendar files: a shift and a training hold only what their public pages show (never who
 * signed up), so those links can be shared and need no session. The personal feed lists one
 * volunteer's confirmed trainings behind a secret, revocable address, as calendar programs
 * subscribe without signing in.
 */
export function calendarRoutes(options: { db: Database; defaultCity: string; now?: () => Date }) {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const app = new Hono();

  const cityOf = async (c: HonoContext) => {
    const slug = c.req.query("city") ?? c.req.header("x-engagiert-city") ?? options.defaultCity;
    const city = await getCityBySlug(db, slug.slice(0, 60));
    return city?.config ? city : null;
  };

  const calendarFile = (c: HonoContext, body: string, fileName: string, cache: string) => {
    c.header("content-type", "text/calendar; charset=utf-8");
    c.header("content-disposition", `attachment; filename="${fileName}"`);
    c.header("cache-control", cache);
    return c.body(body);
  };

  app.get("/shift/:file", async (c) => {
    const shiftId = baseName(c.req.param("file"));
    const notFound = () => c.text("Diese Schicht gibt es nicht (mehr).", 404);
    if (!UUID.test(shiftId)) return notFound();
    const city = await cityOf(c);
    if (!city) return notFound();
    const shift = await getShift(db, cityScope(city.id), shiftId);
    if (!shift || shift.status === "draft" || shift.status === "archived") return notFound();
    const body = icsCalendar({
      uid: `shift-${shift.id}@${city.slug}.engagiert`,
      stamp: now(),
      start: shift.startsAt,
      end: shift.endsAt,
      summary: shift.title,
      location: shift.isRemote ? "Online" : shift.address,
      description: `${shift.summary}\n\n${shift.organisationName}`,
      url: null,
    });
    return calendarFile(c, body, `schicht-${shift.id}.ics`, "public, max-age=300");
  });

  app.get("/training/:file", async (c) => {
    const trainingId = baseName(c.req.param("file"));
    const notFound = () => c.text("Diese Schulung gibt es nicht (mehr).", 404);
    if (!UUID.test(trainingId)) return notFound();
    const city = await cityOf(c);
    if (!city) return notFound();
    const training = await getPublishedTraining(db, cityScope(city.id), trainingId);
    if (!training || training.sessions.length === 0) return notFound();
    const stamp = now();
    const events = training.sessions.map((session, i) =>
      sessionEvent(
        {
          sessionId: session.id,
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          trainingId: training.id,
          title: training.title,
          description: training.description,
          trainer: training.trainer,
          place: training.place,
          onlineUrl: training.onlineUrl,
        },
        city.slug,
        stamp,
        { position: { index: i + 1, of: training.sessions.length }, withOnlineUrl: false },
      ),
    );
    return calendarFile(
      c,
      icsCalendar(events),
      `schulung-${training.id}.ics`,
      "public, max-age=300",
    );
  });

  app.get("/feed/:file", async (c) => {
    const token = baseName(c.req.param("file"));
    const notFound = () => c.text("Diesen Kalender gibt es nicht (mehr).", 404);
    if (!CALENDAR_FEED_TOKEN.test(token)) return notFound();
    const city = await cityOf(c);
    if (!city) return notFound();
    const scope = cityScope(city.id);
    // Only the token's hash is stored, as with sign-in links.
    const tokenHash = createHash("sha256").update(token).digest("hex");
    const personId = await findCalendarFeedPerson(db, scope, tokenHash);
    if (!personId) return notFound();
    const stamp = now();
    const sessions = await feedSessions(db, scope, personId, calendarFeedSince(stamp));
    // The feed shows a window of sessions, so it does not number them within their training;
    // it is the person's own, so it carries the online room of trainings they hold a place in.
    const events = sessions.map((session) =>
      sessionEvent(session, city.slug, stamp, { withOnlineUrl: true }),
    );
    const body = icsCalendar(events, { name: `Meine Schulungen – ${city.name}`, refreshHours: 1 });
    c.header("x-robots-tag", "noindex");
    return calendarFile(c, body, "meine-schulungen.ics", "private, max-age=300");
  });

  return app;
}
