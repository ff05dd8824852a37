import { FEDERAL_STATES } from "@engagiert/domain/city";
import { useT } from "@engagiert/ui/i18n";

const de = {
  "app.name": "Netzwerk",
  "nav.cities": "Mitgliedsstädte",
  "cities.title": "Mitgliedsstädte im Netzwerk",
  "cities.intro":
    "Die Engagierten Städte teilen, was sich bewährt hat. Hier finden Sie die Städte des Netzwerks.",
  "cities.filters": "Städte filtern",
  "cities.search": "Suche",
  "cities.searchHint": "Name der Stadt oder Gemeinde",
  "cities.federalState": "Bundesland",
  "cities.allStates": "Alle Bundesländer",
  "cities.apply": "Anwenden",
  "cities.reset": "Filter zurücksetzen",
  "cities.caption": "Mitgliedsstädte",
  "cities.total": "eine Stadt gefunden|{count} Städte gefunden",
  "cities.name": "Stadt",
  "cities.population": "Einwohnerzahl",
  "cities.joined": "Im Netzwerk seit",
  "cities.runsPlatform": "Nutzt Engagiert",
  "cities.yes": "Ja",
  "cities.no": "Nein",
  "cities.unknown": "unbekannt",
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
  "nav.cities": "Member cities",
  "cities.title": "Member cities of the network",
  "cities.intro":
    "The Engaged Cities share what has proven itself. Here you find the cities of the network.",
  "cities.filters": "Filter cities",
  "cities.search": "Search",
  "cities.searchHint": "Name of the city or municipality",
  "cities.federalState": "Federal state",
  "cities.allStates": "All federal states",
  "cities.apply": "Apply",
  "cities.reset": "Reset filters",
  "cities.caption": "Member cities",
  "cities.total": "one city found|{count} cities found",
  "cities.name": "City",
  "cities.population": "Population",
  "cities.joined": "Member since",
  "cities.runsPlatform": "Runs Engagiert",
  "cities.yes": "Yes",
  "cities.no": "No",
  "cities.unknown": "unknown",
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
