import { NetworkEventInput, type NetworkEventKind } from "@engagiert/domain/network";
import { placeDecision } from "@engagiert/domain/shared";
import type { Executor } from "../client.ts";
import { networkEventRegistrations, networkEvents } from "../schema/index.ts";
import { createRandom } from "./random.ts";
import { addDays, berlinInstant, plusDays } from "./time.ts";

/** Its own sequence, so the rest of the demo stays the same whether or not this part runs. */
const SEED = 20_261_210;

const COORDINATION = "koordination@goeppingen.example";
const NETWORK = "netzwerk@goeppingen.example";
const NETWORK_ADMIN = "netzwerk-admin@goeppingen.example";
const CITY_ADMIN = "admin@goeppingen.example";
const FAMILY_ALLIANCE = "buendnis-familie@team.goeppingen.example";
const SENIOR_COUNCIL = "stadtseniorenrat@team.goeppingen.example";

type SeedUser = { id: string; email: string; displayName: string };

type DemoEvent = {
  by: string;
  kind: NetworkEventKind;
  status: "draft" | "published";
  title: string;
  description: string;
  agenda: string;
  federalState: string | null;
  /** Days from the seed's day, and the Berlin times it begins and ends. */
  day: number;
  from: string;
  /** For events over several days: how many days after `day` it ends. */
  lastDay?: number;
  to: string;
  /** Days before the start that registration closes. */
  deadlineDaysBefore: number;
  place: string | null;
  onlineUrl: string | null;
  capacity: number;
  contactEmail: string;
  /** Who registered, in this order, and how many days before the seed's day. */
  registrations: { email: string; daysAgo: number }[];
};

/**
 * The network's calendar as Göppingen's accounts see it: the national network meeting announced
 * by the network's admin, a regional meeting for Baden-Württemberg, an exchange meeting, two
 * webinars (one fully booked with a waiting list), one held three weeks ago and a draft.
 */
const EVENTS: DemoEvent[] = [
  {
    by: NETWORK_ADMIN,
    kind: "national_meeting",
    status: "published",
    title: "Bundesnetzwerktreffen Engagierte Stadt",
    description:
      "Zwei Tage für alle Städte des Netzwerks: Wir schauen gemeinsam auf ein Jahr Engagementförderung, lernen von Praxisbeispielen aus großen und kleinen Städten und verabreden, woran wir im nächsten Jahr gemeinsam arbeiten.\n\nEingeladen sind die Koordinierungsstellen, Verwaltungsspitzen und lokalen Partner der Mitgliedsstädte.",
    agenda:
      "Tag 1\n10:30 Ankommen und Begrüßung\n11:00 Rückblick: Ein Jahr Engagierte Stadt\n13:30 Praxisforen: Digitalisierung, Generationswechsel, Beteiligung\n17:00 Markt der Möglichkeiten\n19:00 Gemeinsames Abendessen\n\nTag 2\n09:00 Werkstätten in kleinen Gruppen\n12:30 Verabredungen für das nächste Jahr\n14:00 Ende",
    federalState: null,
    day: 75,
    from: "10:30",
    lastDay: 1,
    to: "14:00",
    deadlineDaysBefore: 21,
    place: "Tagungszentrum am Hauptbahnhof, Invalidenstraße 50, 10557 Berlin",
    onlineUrl: null,
    capacity: 180,
    contactEmail: NETWORK_ADMIN,
    registrations: [
      { email: NETWORK, daysAgo: 12 },
      { email: COORDINATION, daysAgo: 9 },
    ],
  },
  {
    by: COORDINATION,
    kind: "regional_meeting",
    status: "published",
    title: "Regionaltreffen Baden-Württemberg",
    description:
      "Die Engagierten Städte in Baden-Württemberg treffen sich in Göppingen. Im Mittelpunkt: Wie gewinnen wir Menschen, die sich nur für kurze Zeit engagieren möchten, und wie bleiben sie dabei?",
    agenda:
      "10:00 Begrüßung durch die Oberbürgermeisterin\n10:30 Impuls: Kurzeinsätze in Göppingen\n11:30 Austausch in Tischgruppen\n13:00 Mittagessen\n14:00 Rundgang durch die Ehrenamtsbörse\n15:30 Ende",
    federalState: "Baden-Württemberg",
    day: 30,
    from: "10:00",
    to: "15:30",
    deadlineDaysBefore: 10,
    place: "Rathaus Göppingen, Großer Sitzungssaal, Hauptstraße 1, 73033 Göppingen",
    onlineUrl: null,
    capacity: 40,
    contactEmail: COORDINATION,
    registrations: [
      { email: COORDINATION, daysAgo: 20 },
      { email: CITY_ADMIN, daysAgo: 18 },
      { email: FAMILY_ALLIANCE, daysAgo: 6 },
    ],
  },
  {
    by: NETWORK,
    kind: "exchange_meeting",
    status: "published",
    title: "Austauschtreffen: Junge Menschen fürs Engagement gewinnen",
    description:
      "Ein offener Austausch unter Kolleginnen und Kollegen: Was hat bei Ihnen funktioniert, um junge Menschen zu erreichen – Schulkooperationen, Social Media, Projekte mit klarem Ende? Bringen Sie ein Beispiel mit, gerne auch eines, das nicht geklappt hat.",
    agenda:
      "14:00 Ankommen\n14:15 Drei Kurzberichte aus Mitgliedsstädten\n15:00 Austausch in kleinen Gruppen\n16:15 Was nehmen wir mit?\n16:30 Ende",
    federalState: null,
    day: 18,
    from: "14:00",
    to: "16:30",
    deadlineDaysBefore: 2,
    place: "Haus der Familie, Marktstraße 18, 73033 Göppingen",
    onlineUrl: "https://meet.netzwerk.example/austausch-junge-menschen",
    capacity: 25,
    contactEmail: NETWORK,
    registrations: [{ email: SENIOR_COUNCIL, daysAgo: 4 }],
  },
  {
    by: NETWORK_ADMIN,
    kind: "training",
    status: "published",
    title: "Webinar: Ehrenamt digital verwalten – Datenschutz in der Praxis",
    description:
      "Welche Daten von Engagierten darf eine Stadt speichern, wie lange, und wer darf sie sehen? Eine Datenschutzexpertin beantwortet die häufigsten Fragen aus der Praxis der Koordinierungsstellen.",
    agenda:
      "16:00 Begrüßung\n16:10 Vortrag: Datenschutz im Engagement\n16:50 Fragen aus der Praxis\n17:30 Ende",
    federalState: null,
    day: 10,
    from: "16:00",
    to: "17:30",
    deadlineDaysBefore: 1,
    place: null,
    onlineUrl: "https://meet.netzwerk.example/webinar-datenschutz",
    capacity: 100,
    contactEmail: NETWORK_ADMIN,
    registrations: [
      { email: NETWORK, daysAgo: 8 },
      { email: CITY_ADMIN, daysAgo: 5 },
    ],
  },
  {
    by: COORDINATION,
    kind: "training",
    status: "published",
    title: "Webinar: Anerkennungskultur mit der Ehrenamtskarte",
    description:
      "Wie führt eine Stadt die Ehrenamtskarte ein, welche Partner braucht sie und wie bleibt die Anerkennung lebendig? Göppingen berichtet aus dem ersten Jahr. Kleine Runde, damit Zeit für Fragen bleibt.",
    agenda: "10:00 Bericht aus Göppingen\n10:40 Fragen und Austausch\n11:30 Ende",
    federalState: null,
    day: 45,
    from: "10:00",
    to: "11:30",
    deadlineDaysBefore: 3,
    place: null,
    onlineUrl: "https://meet.netzwerk.example/webinar-ehrenamtskarte",
    capacity: 3,
    contactEmail: COORDINATION,
    registrations: [
      { email: FAMILY_ALLIANCE, daysAgo: 14 },
      { email: SENIOR_COUNCIL, daysAgo: 13 },
      { email: CITY_ADMIN, daysAgo: 11 },
      { email: NETWORK_ADMIN, daysAgo: 7 },
    ],
  },
  {
    by: NETWORK,
    kind: "exchange_meeting",
    status: "published",
    title: "Austauschtreffen Freiwilligenagenturen",
    description:
      "Freiwilligenagenturen und Koordinierungsstellen tauschen sich über ihre Zusammenarbeit aus: Wer macht was, und wie vermeiden wir doppelte Arbeit?",
    agenda: "15:00 Begrüßung\n15:15 Austausch\n17:00 Ende",
    federalState: null,
    day: -21,
    from: "15:00",
    to: "17:00",
    deadlineDaysBefore: 3,
    place: "Stadtbibliothek Göppingen, Kornhausplatz 1, 73033 Göppingen",
    onlineUrl: null,
    capacity: 20,
    contactEmail: NETWORK,
    registrations: [
      { email: COORDINATION, daysAgo: 35 },
      { email: FAMILY_ALLIANCE, daysAgo: 30 },
    ],
  },
  {
    by: COORDINATION,
    kind: "training",
    status: "draft",
    title: "Webinar: Engagement im ländlichen Raum",
    description:
      "Wie erreichen Städte die Engagierten in ihren Ortsteilen? Ein Webinar mit Beispielen aus Göppingens Stadtbezirken.",
    agenda: "",
    federalState: null,
    day: 60,
    from: "17:00",
    to: "18:30",
    deadlineDaysBefore: 1,
    place: null,
    onlineUrl: "https://meet.netzwerk.example/webinar-laendlicher-raum",
    capacity: 50,
    contactEmail: COORDINATION,
    registrations: [],
  },
];

/** Göppingen's network events with a few registrations of its accounts. */
export async function seedNetworkEvents(
  tx: Executor,
  context: { cityId: string; today: string; now: Date; userRows: readonly SeedUser[] },
) {
  const random = createRandom(SEED);
  const userOf = (email: string) => {
    const user = context.userRows.find((u) => u.email === email);
    if (!user) throw new Error(`No demo account ${email} for the network events.`);
    return user;
  };
  const day = (offset: number, time: string) => berlinInstant(addDays(context.today, offset), time);
  for (const demo of EVENTS) {
    const startsAt = day(demo.day, demo.from);
    const content = NetworkEventInput.parse({
      ...demo,
      startsAt,
      endsAt: day(demo.day + (demo.lastDay ?? 0), demo.to),
      registrationDeadline: plusDays(startsAt, -demo.deadlineDaysBefore),
    });
    const eventId = random.uuid();
    const written = plusDays(context.now, -Math.max(40, 30 - demo.day));
    const isPublished = demo.status === "published";
    await tx.insert(networkEvents).values({
      id: eventId,
      cityId: context.cityId,
      createdByUserId: userOf(demo.by).id,
      status: demo.status,
      kind: content.kind,
      title: content.title,
      description: content.description,
      agenda: content.agenda,
      federalState: content.federalState,
      startsAt: content.startsAt,
      endsAt: content.endsAt,
      place: content.place,
      onlineUrl: content.onlineUrl,
      capacity: content.capacity,
      registrationDeadline: content.registrationDeadline,
      contactEmail: content.contactEmail,
      publishedAt: isPublished ? plusDays(written, 1) : null,
      isDemo: true,
      createdAt: written,
      updatedAt: isPublished ? plusDays(written, 1) : written,
    });
    if (demo.registrations.length === 0) continue;
    await tx.insert(networkEventRegistrations).values(
      demo.registrations.map((registration, i) => {
        const user = userOf(registration.email);
        const queuedAt = plusDays(context.now, -registration.daysAgo);
        return {
          id: random.uuid(),
          eventId,
          cityId: context.cityId,
          userId: user.id,
          participantName: user.displayName,
          participantEmail: user.email,
          // First come, first served, as a live registration is decided.
          status: placeDecision(demo.capacity, Math.min(i, demo.capacity)),
          queuedAt,
          createdAt: queuedAt,
        };
      }),
    );
  }
}
