import type { NetworkEventKind } from "@engagiert/domain/network";
import { errorText, type ReadableError } from "@engagiert/ui/errors";
import { TIME_ZONE } from "@engagiert/ui/format";
import type { Language, Translate } from "@engagiert/ui/i18n";
import type { EventMessageKey } from "../event-messages.ts";
import type { NetworkMessageKey } from "../messages.ts";

// What the event pages share: how an event's time, place and places read, and its files.

export type EventT = Translate<EventMessageKey | NetworkMessageKey>;

const apiBase = () => import.meta.env.VITE_API_URL ?? "";

/** The event's iCalendar file, served by the API (network events name no city). */
export const eventCalendarFile = (eventId: string) =>
  `${apiBase()}/api/network/events/${eventId}.ics`;

/** The public calendar feed of one kind of event, as an absolute address to subscribe to. */
export const eventFeedUrl = (kind: NetworkEventKind) =>
  new URL(`${apiBase()}/api/network/feeds/${kind}.ics`, window.location.href).toString();

const LOCALES: Record<Language, string> = { de: "de-DE", en: "en-GB" };

/** "Do., 10. Dez. 2026, 14:00–17:30 Uhr", or from one day to another. */
export function eventTimeText(start: Date, end: Date, language: Language): string {
  const day = new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
  });
  const time = new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
  });
  const hours = language === "de" ? " Uhr" : "";
  return day.format(start) === day.format(end)
    ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}${hours}`
    : `${day.format(start)}, ${time.format(start)}${hours} – ${day.format(end)}, ${time.format(end)}${hours}`;
}

/** A moment with date and time, as deadlines read. */
export function momentText(at: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    dateStyle: "medium",
    timeStyle: "short",
  }).format(at);
}

export const kindLabel = (t: EventT, kind: NetworkEventKind) => t(`eventKind.${kind}`);

/** "Stadthalle", "Online" or "Stadthalle und online". */
export function placeText(t: EventT, event: { place: string | null; isOnline: boolean }) {
  if (event.place && event.isOnline) return t("events.placeAndOnline", { place: event.place });
  return event.place ?? t("events.online");
}

/** "3 Plätze frei · 2 auf der Warteliste" or "Ausgebucht". */
export function placesText(t: EventT, event: { freePlaces: number; waitingCount: number }) {
  const free =
    event.freePlaces > 0 ? t("events.freePlaces", { count: event.freePlaces }) : t("events.full");
  return event.waitingCount > 0
    ? `${free} · ${t("events.waitingCount", { count: event.waitingCount })}`
    : free;
}

const EVENT_REASONS = [
  "deadline_passed",
  "event_started",
  "event_cancelled",
  "event_not_published",
  "already_registered",
  "not_registered",
  "event_admin_only",
  "event_other_city",
  "event_in_past",
  "event_not_draft",
  "event_over",
] as const;

/** A refusal in the visitor's language; anything else as errorText has it. */
export function eventErrorText(error: ReadableError, t: EventT): string {
  const reason = EVENT_REASONS.find((r) => r === error.reason);
  return reason ? t(`events.error.${reason}`) : errorText(error, t);
}
