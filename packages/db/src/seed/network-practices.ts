import { PracticeInput, type PracticeTheme } from "@engagiert/domain/network";
import type { Executor } from "../client.ts";
import { practicePosts, practices } from "../schema/index.ts";
import { createRandom } from "./random.ts";
import { plusDays } from "./time.ts";

const SEED = 20_261_106;

const COORDINATION = "koordination@goeppingen.example";
const NETWORK = "netzwerk@goeppingen.example";

type DemoPost = { by: string; daysAgo: number; body: string };
type DemoPractice = {
  by: string;
  /** Days before the seed's day it was published; null for a draft. */
  publishedDaysAgo: number | null;
  title: string;
  summary: string;
  problem: string;
  approach: string;
  resourcesPeople: string;
  resourcesMoney: string;
  resourcesTime: string;
  results: string;
  links: { label: string; url: string }[];
  themes: PracticeTheme[];
  questions: (DemoPost & { answers: DemoPost[] })[];
};

/** Göppingen's practices in the network's library: fictional, but as a coordination office writes them. */
const PRACTICES: DemoPractice[] = [
  {
    by: COORDINATION,
    publishedDaysAgo: 120,
    title: "Ehrenamtsbörse für kurze Einsätze",
    summary:
      "Vereine bieten Aufgaben in kleinen Portionen an: ein Nachmittag, ein Wochenende, ein Projekt. So finden auch Menschen mit wenig Zeit einen Einstieg.",
    problem:
      "Viele Vereine suchten Menschen für ein dauerhaftes Amt und fanden niemanden. Gleichzeitig fragten im Bürgerbüro immer mehr Menschen nach Engagement, das sich mit Beruf und Familie verträgt.",
    approach:
      "Gemeinsam mit zwölf Vereinen haben wir Aufgaben in einzelne Einsätze zerlegt und in einer Online-Börse beschrieben: was, wann, wie lange, wer hilft beim Einstieg. Wer keinen Internetzugang hat, bekommt die Einsätze im Bürgerbüro ausgedruckt. Einmal im Quartier stellen sich die Vereine bei einem Engagement-Frühstück vor.",
    resourcesPeople:
      "Eine Koordinatorin mit etwa 6 Stunden pro Woche, dazu eine Ansprechperson je Verein.",
    resourcesMoney: "Rund 2.000 € im ersten Jahr für Druck, Frühstück und Öffentlichkeitsarbeit.",
    resourcesTime: "Drei Monate Vorbereitung bis zu den ersten 40 Einsätzen.",
    results:
      "Im ersten Jahr haben 140 Menschen einen Kurzeinsatz übernommen; etwa jede oder jeder Fünfte ist danach dauerhaft geblieben.",
    links: [
      {
        label: "Leitfaden Kurzeinsätze (PDF)",
        url: "https://www.goeppingen.example/engagement/kurzeinsaetze",
      },
    ],
    themes: ["neue-engagementformen", "akquise", "digitalisierung"],
    questions: [
      {
        by: "stadtseniorenrat@team.goeppingen.example",
        daysAgo: 60,
        body: "Wie erreichen Sie ältere Menschen, die keine Online-Börse nutzen? Bei uns im Stadtseniorenrat kommt die Frage oft.",
        answers: [
          {
            by: COORDINATION,
            daysAgo: 58,
            body: "Das Bürgerbüro druckt jede Woche eine Liste der Einsätze aus, und die Seniorentreffs bekommen sie per Post. Außerdem kann man im Bürgerbüro direkt eine Ansprechperson nennen lassen.",
          },
        ],
      },
    ],
  },
  {
    by: COORDINATION,
    publishedDaysAgo: 95,
    title: "Engagement-Lotsen in den Stadtbezirken",
    summary:
      "Geschulte Ehrenamtliche beraten in ihrem Stadtbezirk zu passenden Aufgaben und begleiten die ersten Schritte.",
    problem:
      "In den Stadtbezirken kannten viele Menschen die Angebote in der Innenstadt nicht, und die Vereine vor Ort hatten keine Zeit für Beratung.",
    approach:
      "Zwölf Lotsinnen und Lotsen wurden in vier Abenden geschult: Gesprächsführung, Überblick über die Vereine, Versicherungsfragen. Sie halten zweimal im Monat eine Sprechstunde im Bezirksamt oder im Gemeindehaus und melden sich nach vier Wochen noch einmal bei den Menschen, die sie beraten haben.",
    resourcesPeople: "Zwölf Ehrenamtliche, begleitet von der Koordinierungsstelle.",
    resourcesMoney: "1.500 € im Jahr für Schulung, Fahrtkosten und ein Dankeschön.",
    resourcesTime: "Ein halbes Jahr von der Idee bis zur ersten Sprechstunde.",
    results:
      "80 Beratungen im ersten Jahr, davon 55 mit einer vereinbarten Aufgabe. Die Vereine in Faurndau und Holzheim melden spürbar mehr Anfragen.",
    links: [],
    themes: ["akquise", "beteiligungsprozesse"],
    questions: [],
  },
  {
    by: NETWORK,
    publishedDaysAgo: 80,
    title: "Juleica-Grundkurs im Verbund mit den Nachbargemeinden",
    summary:
      "Ein gemeinsamer Jugendleiter-Grundkurs mit Nachbargemeinden: volle Kurse, geteilte Kosten und Jugendliche, die sich über Ortsgrenzen kennenlernen.",
    problem:
      "Für einen eigenen Juleica-Kurs fanden sich in jeder Gemeinde zu wenige Jugendliche; Kurse fielen aus, und die Jugendarbeit verlor Nachwuchs.",
    approach:
      "Die Kinder- und Jugendförderung organisiert den Kurs einmal im Jahr gemeinsam mit drei Nachbargemeinden. Die Gemeinden teilen sich Referentinnen und Räume, der Erste-Hilfe-Kurs ist Teil des Pakets. Anmeldung und Anwesenheit laufen über eine Liste, aus der die Qualifikation direkt eingetragen wird.",
    resourcesPeople: "Zwei Referentinnen, eine Koordination in der Jugendförderung.",
    resourcesMoney:
      "Etwa 3.200 € je Kurs, auf vier Gemeinden verteilt; die Teilnahme ist kostenlos.",
    resourcesTime: "40 Unterrichtseinheiten an zwei verlängerten Wochenenden.",
    results: "Seit dem Start jedes Jahr ein voller Kurs mit 18 bis 22 Jugendlichen.",
    links: [{ label: "Juleica – die Jugendleiter/in-Card", url: "https://www.juleica.de" }],
    themes: ["qualifizierung", "generationswechsel"],
    questions: [
      {
        by: "buendnis-familie@team.goeppingen.example",
        daysAgo: 40,
        body: "Wie haben Sie die Kosten zwischen den Gemeinden aufgeteilt – nach Teilnehmenden oder pauschal?",
        answers: [
          {
            by: NETWORK,
            daysAgo: 38,
            body: "Nach Teilnehmenden, mit einem Sockelbetrag von 300 € je Gemeinde. So lohnt es sich auch für kleine Orte, und niemand zahlt für leere Plätze.",
          },
        ],
      },
    ],
  },
  {
    by: COORDINATION,
    publishedDaysAgo: 64,
    title: "Qualitätsstandards als Selbstcheck für Vereine",
    summary:
      "Neun Standards guter Engagementbegleitung, die Vereine und Ämter selbst einschätzen – ohne Prüfung, aber mit Gespräch.",
    problem:
      "Die Qualität der Begleitung von Ehrenamtlichen war sehr unterschiedlich. Eine Prüfung von außen hätte die Vereine abgeschreckt.",
    approach:
      "Wir haben mit Vereinen neun Standards formuliert, von der festen Ansprechperson bis zum Abschlussgespräch. Jede Organisation schätzt sich einmal im Jahr von 0 bis 3 ein und nennt einen Beleg. Die Koordinierungsstelle bespricht das Ergebnis und bietet passende Schulungen an.",
    resourcesPeople: "Die Koordinierungsstelle, etwa ein Gespräch je Organisation und Jahr.",
    resourcesMoney: "Keine zusätzlichen Kosten.",
    resourcesTime: "Zwei Workshops zum Erarbeiten der Standards.",
    results:
      "17 Organisationen machen mit; bei der Hälfte ist die Einarbeitung neuer Ehrenamtlicher inzwischen schriftlich geregelt.",
    links: [],
    themes: ["qualitaetsmanagement"],
    questions: [],
  },
  {
    by: COORDINATION,
    publishedDaysAgo: 45,
    title: "Ehrenamtsabend mit Übergabe der Ehrenamtskarte",
    summary:
      "Ein jährlicher Abend, an dem die Stadt sich bei den Engagierten bedankt und die Ehrenamtskarte feierlich überreicht.",
    problem:
      "Die Ehrenamtskarte wurde kaum beantragt; viele wussten nicht, dass sie die Voraussetzungen erfüllen.",
    approach:
      "Die Stadt prüft anhand der erfassten Stunden, wer die Voraussetzungen erfüllt, und lädt diese Menschen mit ihren Vereinen persönlich ein. Am Abend überreicht der Oberbürgermeister die Karten; Vereine stellen sich mit kurzen Beiträgen vor.",
    resourcesPeople: "Ein Team von vier Personen aus Koordinierungsstelle und Kulturamt.",
    resourcesMoney: "Etwa 4.500 € für Raum, Essen und Musik.",
    resourcesTime: "Zwei Monate Vorbereitung.",
    results:
      "Im ersten Jahr 210 Gäste und 96 überreichte Karten, dreimal so viele wie im Jahr davor.",
    links: [],
    themes: ["anerkennung"],
    questions: [
      {
        by: "pfd@team.goeppingen.example",
        daysAgo: 12,
        body: "Laden Sie auch Engagierte ein, die die Voraussetzungen für die Karte knapp verfehlen? Wir hätten da einige Jugendliche im Blick.",
        answers: [],
      },
    ],
  },
  {
    by: NETWORK,
    publishedDaysAgo: 30,
    title: "Repair-Café und Gemeinschaftsgärten als Einstieg ins Engagement",
    summary:
      "Offene Mitmach-Orte für Nachhaltigkeit, an denen man ohne Verpflichtung vorbeikommt und oft bleibt.",
    problem:
      "Jüngere Menschen wollten etwas für Klima und Umwelt tun, fanden aber in den klassischen Vereinen keinen Platz.",
    approach:
      "Das Umweltamt stellt Räume und Werkzeug, Ehrenamtliche organisieren ein monatliches Repair-Café und zwei Gemeinschaftsgärten. Wer mitmacht, trägt sich nicht ein, sondern kommt einfach; wer mehr will, übernimmt eine Schicht.",
    resourcesPeople: "Sechs feste Ehrenamtliche, eine Ansprechperson im Umweltamt.",
    resourcesMoney: "800 € im Jahr für Werkzeug und Saatgut.",
    resourcesTime: "Vier Monate bis zum ersten Repair-Café.",
    results: "Jeden Monat 40 reparierte Geräte; 25 Menschen gärtnern regelmäßig mit.",
    links: [],
    themes: ["nachhaltigkeit", "neue-engagementformen"],
    questions: [],
  },
  {
    by: NETWORK,
    publishedDaysAgo: 14,
    title: "Vorstandsnachfolge im Verein: Tandems aus Erfahrenen und Neuen",
    summary:
      "Erfahrene Vorstände geben ihr Amt schrittweise weiter: ein Jahr im Tandem mit der Nachfolge, begleitet von einer Schulung.",
    problem:
      "Viele Vorstände sind seit Jahrzehnten im Amt und finden keine Nachfolge; Vereine drohten aufzugeben.",
    approach:
      "Vereine melden sich bei der Koordinierungsstelle, die Nachfolgerinnen und Nachfolger mit Vorständen zusammenbringt. Ein Jahr lang teilen sie sich die Aufgaben nach einer schriftlichen Tandem-Vereinbarung. Drei Abende zu Vereinsrecht, Finanzen und Versammlungsleitung gehören dazu.",
    resourcesPeople: "Die Koordinierungsstelle und zwei ehrenamtliche Vereinsberater.",
    resourcesMoney: "600 € im Jahr für die Schulungsabende.",
    resourcesTime: "Ein Jahr je Tandem.",
    results: "Acht Tandems im ersten Durchgang, sechs Vereine mit neuem Vorstand.",
    links: [
      {
        label: "Muster einer Tandem-Vereinbarung",
        url: "https://www.goeppingen.example/engagement/tandem",
      },
    ],
    themes: ["generationswechsel", "qualifizierung"],
    questions: [
      {
        by: "netzwerk-admin@goeppingen.example",
        daysAgo: 5,
        body: "Dürfen wir die Tandem-Vereinbarung beim nächsten Regionaltreffen als Beispiel zeigen?",
        answers: [
          {
            by: NETWORK,
            daysAgo: 4,
            body: "Sehr gern. Ich bringe auch zwei Tandems mit, die von ihren Erfahrungen erzählen können.",
          },
        ],
      },
    ],
  },
  {
    by: COORDINATION,
    publishedDaysAgo: null,
    title: "Digitale Vereinssprechstunde",
    summary:
      "Einmal im Monat beantworten Ehrenamtliche Fragen von Vereinen zu Website, Online-Anmeldung und Datenschutz.",
    problem: "Kleine Vereine scheitern an digitalen Werkzeugen und trauen sich nicht zu fragen.",
    approach:
      "Wir sammeln gerade Erfahrungen mit einer offenen Sprechstunde in der Stadtbibliothek; der Beitrag wird ergänzt, sobald das erste halbe Jahr vorbei ist.",
    resourcesPeople: "Drei ehrenamtliche Digitallotsen.",
    resourcesMoney: "",
    resourcesTime: "",
    results: "",
    links: [],
    themes: ["digitalisierung"],
    questions: [],
  },
];

type SeedUser = { id: string; email: string; displayName: string };

/**
 * Göppingen's practices in the network's library, some with questions and answers from the
 * city's coordination, network contacts and local partners. Dates are relative to the seed's
 * day; ids come from a fixed seed, so the demo is the same on every run.
 */
export async function seedNetworkPractices(
  tx: Executor,
  context: { cityId: string; now: Date; userRows: readonly SeedUser[] },
) {
  const random = createRandom(SEED);
  const userOf = (email: string) => {
    const user = context.userRows.find((u) => u.email === email);
    if (!user) throw new Error(`No demo account ${email} for the practices.`);
    return user;
  };
  const at = (daysAgo: number) => plusDays(context.now, -daysAgo);
  for (const demo of PRACTICES) {
    const author = userOf(demo.by);
    const content = PracticeInput.parse({
      ...demo,
      contactName: author.displayName,
      contactEmail: demo.by,
    });
    const id = random.uuid();
    const written = at((demo.publishedDaysAgo ?? 3) + 10);
    await tx.insert(practices).values({
      id,
      cityId: context.cityId,
      authorUserId: author.id,
      authorName: author.displayName,
      status: demo.publishedDaysAgo === null ? "draft" : "published",
      ...content,
      publishedAt: demo.publishedDaysAgo === null ? null : at(demo.publishedDaysAgo),
      isDemo: true,
      createdAt: written,
      updatedAt: demo.publishedDaysAgo === null ? at(3) : at(demo.publishedDaysAgo),
    });
    for (const question of demo.questions) {
      const questionId = random.uuid();
      const posts = [
        { ...question, id: questionId, parentId: null },
        ...question.answers.map((answer) => ({
          ...answer,
          id: random.uuid(),
          parentId: questionId,
        })),
      ];
      await tx.insert(practicePosts).values(
        posts.map((post) => ({
          id: post.id,
          practiceId: id,
          parentId: post.parentId,
          cityId: context.cityId,
          userId: userOf(post.by).id,
          authorName: userOf(post.by).displayName,
          body: post.body,
          createdAt: at(post.daysAgo),
        })),
      );
    }
  }
  return PRACTICES.length;
}
