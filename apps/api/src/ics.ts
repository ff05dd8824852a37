import type { Context as HonoContext } from "hono";

/*
 * iCalendar (RFC 5545) text: escaping, line folding, events and calendars, and the answer that
 * hands a calendar file to a browser or a calendar program.
 */

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
  /** CANCELLED tells a subscribed calendar the event is off (RFC 5545 §3.8.1.11). */
  status?: "CONFIRMED" | "CANCELLED";
  /** Raised with each change a calendar should take over (RFC 5545 §3.8.7.4). */
  sequence?: number;
  lastModified?: Date;
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
    event.status ? `STATUS:${event.status}` : null,
    event.sequence !== undefined ? `SEQUENCE:${event.sequence}` : null,
    event.lastModified ? `LAST-MODIFIED:${icsTime(event.lastModified)}` : null,
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

export const isUuid = (text: string) => UUID.test(text);

/** The name of a calendar file in the path, without its `.ics`; "" when it has none. */
export const icsBaseName = (file: string) => (file.endsWith(".ics") ? file.slice(0, -4) : "");

/** A calendar file as the answer, to save or to subscribe to. */
export function calendarFile(c: HonoContext, body: string, fileName: string, cache: string) {
  c.header("content-type", "text/calendar; charset=utf-8");
  c.header("content-disposition", `attachment; filename="${fileName}"`);
  c.header("cache-control", cache);
  return c.body(body);
}
