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
import { calendarFile, icsBaseName, icsCalendar, isUuid, type CalendarEvent } from "./ics.ts";

export { foldLine, icsCalendar, icsText, icsTime, type CalendarEvent } from "./ics.ts";

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

  app.get("/shift/:file", async (c) => {
    const shiftId = icsBaseName(c.req.param("file"));
    const notFound = () => c.text("Diese Schicht gibt es nicht (mehr).", 404);
    if (!isUuid(shiftId)) return notFound();
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
    const trainingId = icsBaseName(c.req.param("file"));
    const notFound = () => c.text("Diese Schulung gibt es nicht (mehr).", 404);
    if (!isUuid(trainingId)) return notFound();
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
    const token = icsBaseName(c.req.param("file"));
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
