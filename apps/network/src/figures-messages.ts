import { useAreaT } from "@engagiert/ui/i18n";
import type { NetworkMessageKey } from "./messages.ts";

/** Messages of the shared figures: the city's opt-in and the comparison of similar cities. */
export const figuresDe = {
  "figures.title": "Zahlen im Vergleich",
  "figures.intro":
    "Städte, die mitmachen, teilen jedes Jahr ein paar anonyme Zahlen. So sehen Sie, wo Ihre Stadt im Vergleich mit Städten ähnlicher Größe steht.",
  "sharing.title": "Zahlen Ihrer Stadt teilen",
  "sharing.what": "Was geteilt wird",
  "sharing.volunteers":
    "Aktive Engagierte: wie viele Menschen im Jahr in mindestens einem Engagement aktiv waren.",
  "sharing.hours": "Bestätigte Stunden: die Summe der im Jahr bestätigten Stunden, gerundet.",
  "sharing.opportunities":
    "Veröffentlichte Angebote: wie viele Angebote im Jahr veröffentlicht wurden, insgesamt und je Engagementfeld.",
  "sharing.years": "Jeweils für das laufende Jahr und die {count} Jahre davor.",
  "sharing.never":
    "Nie geteilt werden Namen, E-Mail-Adressen, Alter, Wohnorte oder andere Angaben zu einzelnen Menschen. Die Zahlen werden in Ihrer Stadt aus ihren eigenen Daten berechnet; nur die Summen gehen an das Netzwerk.",
  "sharing.refresh":
    "Die Zahlen werden täglich neu berechnet. Beenden Sie das Teilen, werden die geteilten Zahlen sofort gelöscht.",
  "sharing.on": "{city} teilt seine Zahlen seit dem {date}.",
  "sharing.off": "{city} teilt derzeit keine Zahlen.",
  "sharing.computed": "Zuletzt berechnet: {date}.",
  "sharing.choice": "{city} teilt diese Zahlen mit dem Netzwerk",
  "sharing.save": "Speichern",
  "sharing.saving": "Wird gespeichert …",
  "sharing.savedOn": "Ihre Zahlen sind jetzt für das Netzwerk sichtbar.",
  "sharing.savedOff": "Ihre Zahlen wurden gelöscht und werden nicht mehr geteilt.",
  "sharing.failed": "Das hat nicht geklappt",
  "sharing.onlyCoordination": "Ob Ihre Stadt Zahlen teilt, entscheidet ihre Koordinierungsstelle.",
  "compare.title": "Vergleich mit Städten ähnlicher Größe",
  "compare.range":
    "Städte mit {from} bis {to} Einwohnerinnen und Einwohnern (höchstens doppelt oder halb so groß wie {city}), die ihre Zahlen teilen.",
  "compare.noPopulation":
    "Die Einwohnerzahl von {city} ist nicht bekannt. Gezeigt werden alle Städte, die ihre Zahlen teilen.",
  "compare.choose": "Vergleich wählen",
  "compare.year": "Jahr",
  "compare.metric": "Kennzahl",
  "compare.show": "Anzeigen",
  "compare.caption": "{metric} {year} in Städten ähnlicher Größe",
  "compare.city": "Stadt",
  "compare.federalState": "Bundesland",
  "compare.population": "Einwohnerzahl",
  "compare.value": "Wert",
  "compare.perThousand": "je 1.000 Einwohner",
  "compare.own": "{city} (Ihre Stadt)",
  "compare.empty": "Für {year} teilt noch keine Stadt ähnlicher Größe diese Zahl.",
  "compare.chartTitle": "{metric} {year} je 1.000 Einwohnerinnen und Einwohner",
  "compare.chartDescription": "Balkendiagramm, {metric} {year} je 1.000 Einwohner: {values}.",
  "compare.chartTitleValues": "{metric} {year}",
  "compare.chartDescriptionValues": "Balkendiagramm, {metric} {year}: {values}.",
  "compare.chartEntry": "{city} {value}",
  "compare.chartTable": "Werte des Diagramms als Tabelle",
  "compare.more": "Weitere Städte laden",
  "compare.unknown": "–",
};

type FiguresMessageKey = keyof typeof figuresDe;

const figuresEn: Record<FiguresMessageKey, string> = {
  "figures.title": "Figures compared",
  "figures.intro":
    "Cities that take part share a few anonymous figures every year. This shows where your city stands compared with cities of similar size.",
  "sharing.title": "Share your city's figures",
  "sharing.what": "What is shared",
  "sharing.volunteers":
    "Active volunteers: how many people were active in at least one engagement during the year.",
  "sharing.hours": "Approved hours: the sum of the hours approved in the year, rounded.",
  "sharing.opportunities":
    "Published opportunities: how many opportunities were published in the year, in total and per field of engagement.",
  "sharing.years": "Each for the current year and the {count} years before.",
  "sharing.never":
    "Names, e-mail addresses, ages, places of residence or any other details of individual people are never shared. The figures are computed in your city from its own data; only the totals go to the network.",
  "sharing.refresh":
    "The figures are recomputed daily. If you stop sharing, the shared figures are deleted at once.",
  "sharing.on": "{city} has shared its figures since {date}.",
  "sharing.off": "{city} does not share figures at the moment.",
  "sharing.computed": "Last computed: {date}.",
  "sharing.choice": "{city} shares these figures with the network",
  "sharing.save": "Save",
  "sharing.saving": "Saving …",
  "sharing.savedOn": "Your figures are now visible to the network.",
  "sharing.savedOff": "Your figures were deleted and are no longer shared.",
  "sharing.failed": "That did not work",
  "sharing.onlyCoordination":
    "Whether your city shares figures is decided by its coordination office.",
  "compare.title": "Compared with cities of similar size",
  "compare.range":
    "Cities with {from} to {to} inhabitants (at most twice or half the size of {city}) that share their figures.",
  "compare.noPopulation":
    "The population of {city} is not known. All cities that share their figures are shown.",
  "compare.choose": "Choose a comparison",
  "compare.year": "Year",
  "compare.metric": "Figure",
  "compare.show": "Show",
  "compare.caption": "{metric} {year} in cities of similar size",
  "compare.city": "City",
  "compare.federalState": "Federal state",
  "compare.population": "Population",
  "compare.value": "Value",
  "compare.perThousand": "per 1,000 inhabitants",
  "compare.own": "{city} (your city)",
  "compare.empty": "No city of similar size shares this figure for {year} yet.",
  "compare.chartTitle": "{metric} {year} per 1,000 inhabitants",
  "compare.chartDescription": "Bar chart, {metric} {year} per 1,000 inhabitants: {values}.",
  "compare.chartTitleValues": "{metric} {year}",
  "compare.chartDescriptionValues": "Bar chart, {metric} {year}: {values}.",
  "compare.chartEntry": "{city} {value}",
  "compare.chartTable": "The chart's values as a table",
  "compare.more": "Load more cities",
  "compare.unknown": "–",
};

export const figuresMessages = { de: figuresDe, en: figuresEn };

/** The figures pages' texts: they load with those pages, not with the app's first page. */
export const useFiguresT = () => useAreaT<FiguresMessageKey, NetworkMessageKey>(figuresMessages);
