import { useAreaT } from "@engagiert/ui/i18n";
import type { NetworkMessageKey } from "./messages.ts";

/** Messages of the network app's start page. */
export const homeDe = {
  "home.title": "Netzwerk Engagierte Städte",
  "home.intro":
    "Was es Neues gibt: Praxislösungen aus anderen Städten, die nächsten Treffen und wie Ihre Stadt im Vergleich steht.",
  "home.signInHint":
    "Melden Sie sich an, um den gemeinsamen Kalender, die Zahlen Ihrer Stadt und die Fragen unter den Praxislösungen zu sehen.",
  "home.signIn": "Anmelden",
  "home.practices": "Neue Praxislösungen",
  "home.practicesEmpty": "Noch keine Praxislösungen veröffentlicht.",
  "home.practiceFrom": "aus {city}",
  "home.allPractices": "Alle Praxislösungen",
  "home.events": "Nächste Veranstaltungen im Netzwerk",
  "home.eventsEmpty": "Gerade ist keine Veranstaltung angekündigt.",
  "home.eventBy": "ausgerichtet von {city}",
  "home.online": "online",
  "home.allEvents": "Alle Veranstaltungen",
  "home.figures": "Zahlen Ihrer Stadt",
  "home.figuresOn": "{city} teilt seine anonymen Zahlen mit dem Netzwerk.",
  "home.figuresOff": "{city} teilt derzeit keine Zahlen mit dem Netzwerk.",
  "home.figuresDecide": "Die Koordinierungsstelle kann das auf der Seite „Zahlen“ ändern.",
  "home.toFigures": "Zum Vergleich mit ähnlichen Städten",
  "home.network": "Das Netzwerk",
  "home.networkSize":
    "Eine Mitgliedsstadt in einem Bundesland.|{count} Mitgliedsstädte in {states} Bundesländern.",
  "home.links": "Schnellzugriff",
  "home.linkCities": "Verzeichnis der Mitgliedsstädte",
  "home.linkCalendar": "Gemeinsamer Kalender Ihrer Stadt",
  "home.linkFigures": "Zahlen im Vergleich",
  "home.linkPractices": "Praxislösungen",
  "home.linkImport": "Städte aus CSV importieren",
};

type HomeMessageKey = keyof typeof homeDe;

const homeEn: Record<HomeMessageKey, string> = {
  "home.title": "Engaged Cities network",
  "home.intro":
    "What is new: practices from other cities, the next meetings and how your city compares.",
  "home.signInHint":
    "Sign in to see the joint calendar, your city's figures and the questions under the practices.",
  "home.signIn": "Sign in",
  "home.practices": "New practices",
  "home.practicesEmpty": "No practices have been published yet.",
  "home.practiceFrom": "from {city}",
  "home.allPractices": "All practices",
  "home.events": "Next events in the network",
  "home.eventsEmpty": "No event is announced at the moment.",
  "home.eventBy": "hosted by {city}",
  "home.online": "online",
  "home.allEvents": "All events",
  "home.figures": "Your city's figures",
  "home.figuresOn": "{city} shares its anonymous figures with the network.",
  "home.figuresOff": "{city} does not share figures with the network at the moment.",
  "home.figuresDecide": "The coordination office can change this on the “Figures” page.",
  "home.toFigures": "To the comparison with similar cities",
  "home.network": "The network",
  "home.networkSize":
    "One member city in one federal state.|{count} member cities in {states} federal states.",
  "home.links": "Quick links",
  "home.linkCities": "Directory of member cities",
  "home.linkCalendar": "Your city's joint calendar",
  "home.linkFigures": "Figures compared",
  "home.linkPractices": "Practices",
  "home.linkImport": "Import cities from CSV",
};

export const homeMessages = { de: homeDe, en: homeEn };

/** The start page's texts: they load with that page, not with the app's first bundle. */
export const useHomeT = () => useAreaT<HomeMessageKey, NetworkMessageKey>(homeMessages);
