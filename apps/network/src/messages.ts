import { FEDERAL_STATES } from "@engagiert/domain/city";
import { useT } from "@engagiert/ui/i18n";

const de = {
  "app.name": "Netzwerk",
  "nav.home": "Übersicht",
  "nav.cities": "Mitgliedsstädte",
  "nav.practices": "Praxislösungen",
  "nav.events": "Veranstaltungen",
  "nav.figures": "Zahlen",
  "nav.calendar": "Kalender",
  "noAccess.title": "Kein Zugang",
  "noAccess.text":
    "Diese Seite ist für Mitglieder des Netzwerks mit einer anderen Rolle. Wenden Sie sich bei Fragen an die Koordinierungsstelle Ihrer Stadt.",
  "cityChoice.label": "Ihre Stadt",
  "cityChoice.hint": "Die Stadt, bei der Ihr Zugang eingerichtet ist.",
  "size.landgemeinde": "Landgemeinde (unter 5.000 Einwohner)",
  "size.kleinstadt": "Kleinstadt (5.000 bis 19.999)",
  "size.mittelstadt": "Mittelstadt (20.000 bis 99.999)",
  "size.grossstadt": "Großstadt (ab 100.000)",
  "metric.active_volunteers": "Aktive Engagierte",
  "metric.hours": "Bestätigte Stunden",
  "metric.opportunities": "Veröffentlichte Angebote",
  "state.Baden-Württemberg": "Baden-Württemberg",
  "state.Bayern": "Bayern",
  "state.Berlin": "Berlin",
  "state.Brandenburg": "Brandenburg",
  "state.Bremen": "Bremen",
  "state.Hamburg": "Hamburg",
  "state.Hessen": "Hessen",
  "state.Mecklenburg-Vorpommern": "Mecklenburg-Vorpommern",
  "state.Niedersachsen": "Niedersachsen",
  "state.Nordrhein-Westfalen": "Nordrhein-Westfalen",
  "state.Rheinland-Pfalz": "Rheinland-Pfalz",
  "state.Saarland": "Saarland",
  "state.Sachsen": "Sachsen",
  "state.Sachsen-Anhalt": "Sachsen-Anhalt",
  "state.Schleswig-Holstein": "Schleswig-Holstein",
  "state.Thüringen": "Thüringen",
} as const;

export type NetworkMessageKey = keyof typeof de;

const en: Record<NetworkMessageKey, string> = {
  "app.name": "Network",
  "nav.home": "Overview",
  "nav.cities": "Member cities",
  "nav.practices": "Practices",
  "nav.events": "Events",
  "nav.figures": "Figures",
  "nav.calendar": "Calendar",
  "noAccess.title": "No access",
  "noAccess.text":
    "This page is for network members with another role. If you have questions, contact your city's coordination office.",
  "cityChoice.label": "Your city",
  "cityChoice.hint": "The city where your account was set up.",
  "size.landgemeinde": "Rural municipality (under 5,000 inhabitants)",
  "size.kleinstadt": "Small town (5,000 to 19,999)",
  "size.mittelstadt": "Medium-sized town (20,000 to 99,999)",
  "size.grossstadt": "City (100,000 and more)",
  "metric.active_volunteers": "Active volunteers",
  "metric.hours": "Approved hours",
  "metric.opportunities": "Published opportunities",
  "state.Baden-Württemberg": "Baden-Württemberg",
  "state.Bayern": "Bavaria",
  "state.Berlin": "Berlin",
  "state.Brandenburg": "Brandenburg",
  "state.Bremen": "Bremen",
  "state.Hamburg": "Hamburg",
  "state.Hessen": "Hesse",
  "state.Mecklenburg-Vorpommern": "Mecklenburg-Western Pomerania",
  "state.Niedersachsen": "Lower Saxony",
  "state.Nordrhein-Westfalen": "North Rhine-Westphalia",
  "state.Rheinland-Pfalz": "Rhineland-Palatinate",
  "state.Saarland": "Saarland",
  "state.Sachsen": "Saxony",
  "state.Sachsen-Anhalt": "Saxony-Anhalt",
  "state.Schleswig-Holstein": "Schleswig-Holstein",
  "state.Thüringen": "Thuringia",
};

export const messages = { de, en };

export const useAppT = () => useT<NetworkMessageKey>();

export type FederalState = (typeof FEDERAL_STATES)[number];

// Every state of the domain's list needs its name in the catalogue.
const _everyStateNamed: `state.${FederalState}` extends NetworkMessageKey ? true : never = true;

export function isFederalState(value: unknown): value is FederalState {
  return typeof value === "string" && (FEDERAL_STATES as readonly string[]).includes(value);
}

export { FEDERAL_STATES };
