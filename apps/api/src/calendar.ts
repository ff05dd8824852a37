import type { Database } from "@engagiert/db/client";
import { getCityBySlug } from "@engagiert/db/queries/cities";
import { cityScope } from "@engagiert/db/queries/scope";
import { getShift } from "@engagiert/db/queries/shifts";
import { Hono } from "hono";

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

export function icsCalendar(event: CalendarEvent): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Engagiert//Schichten//DE",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
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
    "END:VCALENDAR",
  ].filter((line): line is string => line !== null);
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The iCalendar file of a shift: only what the opportunity page shows to anyone (title, time,
 * place, organisation), never who signed up, so the link can be shared and needs no session.
 */
export function calendarRoutes(options: { db: Database; defaultCity: string; now?: () => Date }) {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const app = new Hono();

  app.get("/shift/:file", async (c) => {
    const file = c.req.param("file");
    const shiftId = file.endsWith(".ics") ? file.slice(0, -4) : "";
    const notFound = () => c.text("Diese Schicht gibt es nicht (mehr).", 404);
    if (!UUID.test(shiftId)) return notFound();
    const slug = c.req.query("city") ?? c.req.header("x-engagiert-city") ?? options.defaultCity;
    const city = await getCityBySlug(db, slug.slice(0, 60));
    if (!city?.config) return notFound();
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
    c.header("content-type", "text/calendar; charset=utf-8");
    c.header("content-disposition", `attachment; filename="schicht-${shift.id}.ics"`);
    c.header("cache-control", "public, max-age=300");
    return c.body(body);
  });

  return app;
}
