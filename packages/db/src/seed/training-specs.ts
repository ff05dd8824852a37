import type { TrainingTopic } from "@engagiert/domain/trainings";

// The demo city's trainings as data.

type Status = "draft" | "published" | "cancelled" | "closed";

/** One demo training; days are counted from the seed's `today`. */
export type TrainingSpec = {
  title: string;
  description: string;
  audience: string;
  topic: TrainingTopic;
  /** Null: the coordination office offers it for the whole city. */
  organisationSlug: string | null;
  qualificationTypeSlug: string | null;
  requiredUnits: number;
  trainer: string;
  place: string | null;
  onlineUrl: string | null;
  capacity: number;
  costCents: number;
  status: Status;
  /** Each session: day offset, from, to (Göppingen time), units. */
  sessions: readonly [number, string, string, number][];
  confirmed: number;
  waiting: number;
  /** Youngest and oldest participant. */
  ages: [number, number];
};

export const TRAINING_SPECS: readonly TrainingSpec[] = [
  {
    title: "Juleica-Grundkurs",
    description:
      "Fünf Tage Grundausbildung für Jugendleiterinnen und Jugendleiter: Gruppen leiten, Spiele anleiten, Aufsichtspflicht, Kinderschutz und Recht. Mit der Teilnahme an allen 40 Unterrichtseinheiten und einem Erste-Hilfe-Kurs, der höchstens zwei Jahre alt ist, gibt es die Jugendleiter/in-Card.",
    audience: "Jugendliche ab 16 Jahren (in begründeten Fällen ab 15), die Gruppen leiten",
    topic: "jugendleitung",
    organisationSlug: "jugendfoerderung",
    qualificationTypeSlug: "juleica",
    requiredUnits: 40,
    trainer: "Kreisjugendring Göppingen",
    place: "Jugendhaus Göppingen, Poststraße 6, 73033 Göppingen",
    onlineUrl: null,
    capacity: 16,
    costCents: 4500,
    status: "published",
    sessions: [21, 22, 23, 24, 25].map((d) => [d, "09:00", "16:00", 8] as const),
    confirmed: 9,
    waiting: 0,
    ages: [16, 24],
  },
  {
    title: "Erste-Hilfe-Kurs für Ehrenamtliche",
    description:
      "Ein Tag mit den wichtigsten Handgriffen: Notruf, stabile Seitenlage, Herz-Lungen-Wiederbelebung, Wunden versorgen. Der Kurs gilt auch für die Juleica.",
    audience: "Alle Engagierten, besonders in der Kinder- und Jugendarbeit",
    topic: "erste-hilfe",
    organisationSlug: "gesundheit-inklusion",
    qualificationTypeSlug: "erste-hilfe",
    requiredUnits: 9,
    trainer: "DRK Kreisverband Göppingen",
    place: "DRK-Zentrum, Eislinger Straße 50, 73033 Göppingen",
    onlineUrl: null,
    capacity: 12,
    costCents: 0,
    status: "published",
    sessions: [[12, "09:00", "16:30", 9]],
    confirmed: 12,
    waiting: 4,
    ages: [18, 70],
  },
  {
    title: "Datenschutz-Belehrung für Ehrenamtliche",
    description:
      "Was darf ich mit den Daten der Menschen tun, die ich begleite? Eine kurze Einführung mit Beispielen aus dem Alltag im Ehrenamt, online.",
    audience: "Alle Engagierten, die mit personenbezogenen Daten umgehen",
    topic: "datenschutz",
    organisationSlug: null,
    qualificationTypeSlug: "datenschutz-belehrung",
    requiredUnits: 2,
    trainer: "Datenschutzbeauftragte der Stadt Göppingen",
    place: null,
    onlineUrl: "https://meet.goeppingen.example/datenschutz",
    capacity: 40,
    costCents: 0,
    status: "published",
    sessions: [[9, "18:00", "19:30", 2]],
    confirmed: 11,
    waiting: 0,
    ages: [18, 75],
  },
  {
    title: "Kinderschutz: Hinsehen und handeln",
    description:
      "Wie erkenne ich Anzeichen für eine Gefährdung, und was tue ich dann? Mit dem Schutzkonzept der Stadt und den Ansprechpersonen.",
    audience: "Engagierte in der Arbeit mit Kindern und Jugendlichen",
    topic: "kinderschutz",
    organisationSlug: "bildung-schulen",
    qualificationTypeSlug: null,
    requiredUnits: 0,
    trainer: "Kinderschutzbund Göppingen",
    place: "Rathaus Göppingen, Sitzungssaal, Hauptstraße 1",
    onlineUrl: "https://meet.goeppingen.example/kinderschutz",
    capacity: 25,
    costCents: 0,
    status: "published",
    sessions: [
      [30, "18:00", "20:30", 3],
      [37, "18:00", "20:30", 3],
    ],
    confirmed: 7,
    waiting: 0,
    ages: [18, 65],
  },
  {
    title: "Hygiene-Belehrung nach §43 IfSG",
    description:
      "Die Belehrung nach dem Infektionsschutzgesetz für alle, die bei Festen, Tafel oder Mittagstisch mit Lebensmitteln umgehen.",
    audience: "Engagierte, die Lebensmittel ausgeben oder zubereiten",
    topic: "hygiene",
    organisationSlug: "soziales-familie",
    qualificationTypeSlug: "hygiene-belehrung",
    requiredUnits: 2,
    trainer: "Gesundheitsamt Landkreis Göppingen",
    place: "Stadthalle Göppingen, Raum 2, Blumenstraße 41",
    onlineUrl: null,
    capacity: 20,
    costCents: 0,
    // Held three days ago: attendance still to be taken, then closed.
    status: "published",
    sessions: [[-3, "17:00", "18:30", 2]],
    confirmed: 6,
    waiting: 0,
    ages: [18, 75],
  },
  {
    title: "Erste Hilfe am Kind",
    description:
      "Notfälle bei Säuglingen und Kindern: Verschlucken, Fieberkrampf, Verbrennungen, Unfälle beim Spielen.",
    audience: "Engagierte in Kita, Schule, Ferienbetreuung und Familienpatenschaften",
    topic: "erste-hilfe",
    organisationSlug: "buendnis-familie",
    qualificationTypeSlug: "erste-hilfe",
    requiredUnits: 9,
    trainer: "Malteser Hilfsdienst Göppingen",
    place: "Familienzentrum, Bahnhofstraße 12, 73033 Göppingen",
    onlineUrl: null,
    capacity: 12,
    costCents: 2500,
    status: "closed",
    sessions: [[-60, "09:00", "16:30", 9]],
    confirmed: 10,
    waiting: 0,
    ages: [20, 68],
  },
  {
    title: "Schwierige Gespräche im Ehrenamt",
    description:
      "Wie sage ich Nein, wie gehe ich mit Ärger um, und wann hole ich mir Hilfe? Ein Abend mit Übungen in kleinen Gruppen.",
    audience: "Alle Engagierten in Beratung, Begleitung und Besuchsdiensten",
    topic: "kommunikation",
    organisationSlug: "soziales-familie",
    qualificationTypeSlug: null,
    requiredUnits: 0,
    trainer: "Psychologische Beratungsstelle Göppingen",
    place: "Haus der Familie, Pfarrstraße 45, 73033 Göppingen",
    onlineUrl: null,
    capacity: 15,
    costCents: 0,
    status: "draft",
    sessions: [[45, "18:00", "21:00", 4]],
    confirmed: 0,
    waiting: 0,
    ages: [18, 75],
  },
  {
    title: "Versichert im Ehrenamt",
    description:
      "Unfall- und Haftpflichtversicherung im Ehrenamt: wann die gesetzliche Unfallversicherung greift, was die Sammelverträge des Landes Baden-Württemberg abdecken.",
    audience: "Engagierte, Vereinsvorstände und Ansprechpersonen in den Organisationen",
    topic: "recht-versicherung",
    organisationSlug: null,
    qualificationTypeSlug: null,
    requiredUnits: 0,
    trainer: "Koordinierungsstelle Bürgerschaftliches Engagement",
    place: null,
    onlineUrl: "https://meet.goeppingen.example/versicherung",
    capacity: 50,
    costCents: 0,
    status: "published",
    sessions: [[16, "18:30", "20:00", 2]],
    confirmed: 5,
    waiting: 0,
    ages: [18, 75],
  },
];
