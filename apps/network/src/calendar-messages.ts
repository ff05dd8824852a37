import { useAreaT } from "@engagiert/ui/i18n";
import type { NetworkMessageKey } from "./messages.ts";

/** Messages of the joint calendar: the city's trainings and the network's events. */
export const calendarDe = {
  "calendar.title": "Gemeinsamer Kalender",
  "calendar.intro":
    "Die Schulungen Ihrer Stadt und die Veranstaltungen des Netzwerks auf einen Blick, Monat für Monat.",
  "calendar.months": "Monate",
  "calendar.previous": "Voriger Monat: {month}",
  "calendar.next": "Nächster Monat: {month}",
  "calendar.entries": "Termine im {month}",
  "calendar.empty": "In diesem Monat steht nichts (mehr) an.",
  "calendar.nextDate": "Der nächste Termin ist am {date}.",
  "calendar.toMonth": "Zum {month}",
  "calendar.more": "Weitere Termine laden",
  "calendar.training": "Schulung der Stadt",
  "calendar.networkEvent": "Netzwerk",
  "calendar.online": "Online",
  "calendar.place": "Ort",
  "calendar.by": "Angeboten von {organiser}",
  "calendar.byCoordination": "Angeboten von der Koordinierungsstelle",
  "calendar.hostedBy": "Ausgerichtet von {organiser}",
  "calendar.kind.national_meeting": "Bundesweites Netzwerktreffen",
  "calendar.kind.regional_meeting": "Regionaltreffen",
  "calendar.kind.exchange_meeting": "Austauschtreffen",
  "calendar.kind.training": "Fortbildung oder Webinar",
  "calendar.topic.erste-hilfe": "Erste Hilfe",
  "calendar.topic.kinderschutz": "Kinderschutz",
  "calendar.topic.jugendleitung": "Jugendleitung (Juleica)",
  "calendar.topic.datenschutz": "Datenschutz",
  "calendar.topic.hygiene": "Hygiene",
  "calendar.topic.kommunikation": "Kommunikation",
  "calendar.topic.digitales": "Digitales",
  "calendar.topic.recht-versicherung": "Recht und Versicherung",
  "calendar.topic.fortbildung-allgemein": "Fortbildung allgemein",
};

export type CalendarMessageKey = keyof typeof calendarDe;

const calendarEn: Record<CalendarMessageKey, string> = {
  "calendar.title": "Joint calendar",
  "calendar.intro": "Your city's trainings and the network's events at a glance, month by month.",
  "calendar.months": "Months",
  "calendar.previous": "Previous month: {month}",
  "calendar.next": "Next month: {month}",
  "calendar.entries": "Dates in {month}",
  "calendar.empty": "Nothing (more) is planned for this month.",
  "calendar.nextDate": "The next date is on {date}.",
  "calendar.toMonth": "To {month}",
  "calendar.more": "Load more dates",
  "calendar.training": "City training",
  "calendar.networkEvent": "Network",
  "calendar.online": "Online",
  "calendar.place": "Place",
  "calendar.by": "Offered by {organiser}",
  "calendar.byCoordination": "Offered by the coordination office",
  "calendar.hostedBy": "Hosted by {organiser}",
  "calendar.kind.national_meeting": "National network meeting",
  "calendar.kind.regional_meeting": "Regional meeting",
  "calendar.kind.exchange_meeting": "Exchange meeting",
  "calendar.kind.training": "Training or webinar",
  "calendar.topic.erste-hilfe": "First aid",
  "calendar.topic.kinderschutz": "Child protection",
  "calendar.topic.jugendleitung": "Youth leadership (Juleica)",
  "calendar.topic.datenschutz": "Data protection",
  "calendar.topic.hygiene": "Hygiene",
  "calendar.topic.kommunikation": "Communication",
  "calendar.topic.digitales": "Digital skills",
  "calendar.topic.recht-versicherung": "Law and insurance",
  "calendar.topic.fortbildung-allgemein": "General training",
};

export const calendarMessages = { de: calendarDe, en: calendarEn };

/** The calendar page's texts: they load with that page, not with the app's first page. */
export const useCalendarT = () => useAreaT<CalendarMessageKey, NetworkMessageKey>(calendarMessages);
