import type { OutgoingMail } from "@engagiert/db/queries/outbox";
import type { NetworkEventKind } from "@engagiert/domain/network";

export type NetworkEventMailContext = {
  to: string;
  name: string;
  eventTitle: string;
  kind: NetworkEventKind;
  organiserCityName: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  /** The online room; given only to those who hold a place. */
  onlineUrl: string | null;
  contactEmail: string;
  /** The event's page in the network app. */
  pageUrl: string;
  /** The event's iCalendar file. */
  calendarUrl: string;
};

const KIND_NAMES: Record<NetworkEventKind, { de: string; en: string }> = {
  national_meeting: { de: "Bundesnetzwerktreffen", en: "National network meeting" },
  regional_meeting: { de: "Regionaltreffen", en: "Regional meeting" },
  exchange_meeting: { de: "Austauschtreffen", en: "Exchange meeting" },
  training: { de: "Fortbildung / Webinar", en: "Training / webinar" },
};

const LOCALES = { de: "de-DE", en: "en-GB" } as const;

/** "Donnerstag, 10. Dezember 2026, 14:00–17:30 Uhr", or from one day to another. */
export function eventTimeText(start: Date, end: Date, language: "de" | "en"): string {
  const options = { timeZone: "Europe/Berlin" } as const;
  const day = new Intl.DateTimeFormat(LOCALES[language], {
    ...options,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  const time = new Intl.DateTimeFormat(LOCALES[language], {
    ...options,
    hour: "2-digit",
    minute: "2-digit",
  });
  const hours = language === "de" ? " Uhr" : "";
  const isOneDay = day.format(start) === day.format(end);
  return isOneDay
    ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}${hours}`
    : `${day.format(start)}, ${time.format(start)}${hours} – ${day.format(end)}, ${time.format(end)}${hours}`;
}

function details(c: NetworkEventMailContext, language: "de" | "en", holdsPlace: boolean) {
  const de = language === "de";
  const lines = [
    de ? `„${c.eventTitle}“` : `"${c.eventTitle}"`,
    `${de ? "Art" : "Kind"}: ${KIND_NAMES[c.kind][language]}`,
    `${de ? "Veranstaltet von" : "Organised by"}: ${c.organiserCityName}`,
    `${de ? "Wann" : "When"}: ${eventTimeText(c.startsAt, c.endsAt, language)}`,
  ];
  if (c.place) lines.push(`${de ? "Ort" : "Place"}: ${c.place}`);
  if (c.onlineUrl) {
    lines.push(
      holdsPlace
        ? `${de ? "Online-Link" : "Online link"}: ${c.onlineUrl}`
        : de
          ? "Online: Den Link bekommen Sie, sobald Sie einen Platz haben."
          : "Online: you get the link once you have a place.",
    );
  }
  lines.push(
    `${de ? "Fragen an" : "Questions to"}: ${c.contactEmail}`,
    "",
    `${de ? "Zur Veranstaltung" : "The event"}: ${c.pageUrl}`,
    `${de ? "Für Ihren Kalender (iCalendar-Datei)" : "For your calendar (iCalendar file)"}: ${c.calendarUrl}`,
  );
  return lines;
}

function eventMail(
  kind: string,
  subject: string,
  c: NetworkEventMailContext,
  text: { de: string; en: string; holdsPlace: boolean },
): OutgoingMail {
  return {
    kind,
    toEmail: c.to,
    subject,
    bodyText: [
      `Guten Tag ${c.name},`,
      "",
      text.de,
      "",
      ...details(c, "de", text.holdsPlace),
      "",
      "Viele Grüße\nNetzwerk Engagierte Stadt",
      "",
      "---",
      "",
      text.en,
      "",
      ...details(c, "en", text.holdsPlace),
    ].join("\n"),
  };
}

/** A place at the event is the member's. */
export function networkEventConfirmedMail(c: NetworkEventMailContext): OutgoingMail {
  return eventMail("network_event_confirmed", `Anmeldung bestätigt – ${c.eventTitle}`, c, {
    de: "schön, dass Sie dabei sind: Ihr Platz ist sicher. Falls Sie doch nicht können, melden Sie sich bitte im Netzwerk ab, damit jemand von der Warteliste nachrücken kann.",
    en: "We are glad you are joining: your place is confirmed. If you cannot come after all, please cancel in the network app so someone from the waiting list can move up.",
    holdsPlace: true,
  });
}

/** The event is full; the member waits and moves up by themselves when a place frees. */
export function networkEventWaitingMail(
  c: NetworkEventMailContext,
  position: number,
): OutgoingMail {
  return eventMail("network_event_waiting", `Warteliste – ${c.eventTitle}`, c, {
    de: `die Veranstaltung ist im Moment ausgebucht. Wir haben Sie auf die Warteliste gesetzt (Platz ${position}). Wird ein Platz frei, rücken Sie automatisch nach und bekommen von uns eine E-Mail – Sie müssen nichts weiter tun.`,
    en: `The event is fully booked at the moment. We have put you on the waiting list (position ${position}). If a place becomes free, you move up automatically and we will write to you – there is nothing else you need to do.`,
    holdsPlace: false,
  });
}

/** A freed place went to the member who waited first. */
export function networkEventMovedUpMail(c: NetworkEventMailContext): OutgoingMail {
  return eventMail("network_event_moved_up", `Sie sind nachgerückt – ${c.eventTitle}`, c, {
    de: "gute Nachricht: Bei der Veranstaltung, für die Sie auf der Warteliste standen, ist ein Platz frei geworden. Er gehört jetzt Ihnen. Falls Sie doch nicht können, melden Sie sich bitte ab, damit die Nächste oder der Nächste nachrücken kann.",
    en: "Good news: a place has become free at the event you were waiting for. It is now yours. If you cannot come after all, please cancel so the next person can move up.",
    holdsPlace: true,
  });
}

/** The organiser called the event off; everyone with a place or on the waiting list hears it. */
export function networkEventCancelledMail(c: NetworkEventMailContext): OutgoingMail {
  return eventMail("network_event_cancelled", `Abgesagt – ${c.eventTitle}`, c, {
    de: `leider müssen wir Ihnen mitteilen: Die Veranstaltung findet nicht statt, ${c.organiserCityName} hat sie abgesagt. Ihre Anmeldung ist damit hinfällig; bitte entfernen Sie den Termin aus Ihrem Kalender. Bei Fragen wenden Sie sich an die unten genannte Adresse.`,
    en: `We are sorry to tell you that the event will not take place: ${c.organiserCityName} has cancelled it. Your registration has lapsed; please remove the date from your calendar. If you have questions, write to the address below.`,
    holdsPlace: false,
  });
}
