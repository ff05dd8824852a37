// Valid inputs of the larger forms, shared by the world and the matrix.

export function opportunityInput(organisationId: string) {
  return {
    organisationId,
    title: "Lesepatenschaft Ahornschule",
    summary: "Kindern beim Lesen helfen, einmal pro Woche.",
    description: "Sie lesen mit Kindern der zweiten Klasse und machen Lust auf Bücher.",
    categories: ["bildung"],
    schedule: {
      format: "regular" as const,
      hours: 2,
      per: "week" as const,
      windows: [{ weekday: "mon" as const, from: "15:00", to: "17:00" }],
    },
    location: {
      kind: "place" as const,
      address: "Schulstraße 1",
      district: "innenstadt",
      coordinates: { lat: 48.7, lng: 9.65 },
    },
    accessibility: { stepFree: true, accessibleToilet: true, notes: "" },
    minimumAge: 16,
    involvesMinorContact: true,
    requiredQualifications: [],
    languages: ["de"],
    capacity: 5,
    contact: { name: "Frau Muster", email: "kontakt@a.example" },
  };
}

export function oneOffInput(organisationId: string) {
  const shift = (from: string, to: string) => ({
    startsAt: new Date(`2026-12-12T${from}:00Z`),
    endsAt: new Date(`2026-12-12T${to}:00Z`),
    capacity: 3,
  });
  return {
    ...opportunityInput(organisationId),
    title: "Stadtputzete am Ahornplatz",
    involvesMinorContact: false,
    schedule: {
      format: "one_off" as const,
      date: "2026-12-12",
      shifts: [shift("09:00", "11:00"), shift("11:00", "13:00"), shift("13:00", "15:00")],
    },
  };
}

/** A one-day training of X on `day`; registration closes a week before. */
export function trainingInput(organisationId: string | null, day: string) {
  const start = new Date(`${day}T08:00:00Z`);
  return {
    organisationId,
    title: "Erste Hilfe am Kind",
    description: "Ein Tag Erste Hilfe für alle, die mit Kindern arbeiten.",
    audience: "Alle Engagierten",
    topic: "erste-hilfe" as const,
    qualificationTypeSlug: null,
    requiredUnits: 0,
    trainer: "DRK Kreisverband",
    place: "Jugendhaus, Poststraße 6",
    onlineUrl: null,
    capacity: 10,
    registrationDeadline: new Date(start.getTime() - 7 * 86_400_000),
    costCents: 0,
    sessions: [{ startsAt: start, endsAt: new Date(`${day}T15:00:00Z`), units: 8 }],
  };
}

export function surveyInput(organisationId: string | null) {
  return {
    organisationId,
    title: "Wie geht es Ihnen?",
    intro: "Fünf Minuten für uns.",
    questions: [
      { id: "zufrieden", kind: "scale" as const, text: "Wie zufrieden sind Sie?" },
      { id: "wunsch", kind: "text" as const, text: "Was wünschen Sie sich?" },
    ],
    closesOn: "2026-12-15",
  };
}

export function eventInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: "exchange_meeting" as const,
    title: "Austauschtreffen Ehrenamtskoordination",
    description: "Wie gewinnen wir junge Menschen für das Engagement? Drei Städte berichten.",
    agenda: "14:00 Ankommen\n14:30 Impulse\n16:00 Austausch",
    federalState: null,
    startsAt: new Date("2026-12-10T13:00:00Z"),
    endsAt: new Date("2026-12-10T16:30:00Z"),
    place: "Rathaus, Sitzungssaal",
    onlineUrl: "https://meet.example.org/austausch",
    capacity: 30,
    registrationDeadline: new Date("2026-12-03T11:00:00Z"),
    contactEmail: "netzwerk@a.example",
    ...overrides,
  };
}

export function practiceInput(overrides: Record<string, unknown> = {}) {
  return {
    title: "Engagement-Lotsen im Quartier",
    summary: "Ehrenamtliche Lotsinnen und Lotsen beraten Neue im Stadtteil zu passenden Aufgaben.",
    problem: "Viele Menschen wollten sich engagieren, fanden aber nicht den passenden Einstieg.",
    approach:
      "Wir haben zwölf Lotsinnen und Lotsen geschult, die zweimal im Monat Sprechstunde halten.",
    resourcesPeople: "Eine halbe Stelle in der Koordinierungsstelle",
    resourcesMoney: "1.500 € im Jahr für Schulungen",
    resourcesTime: "Ein halbes Jahr Vorbereitung",
    results: "Im ersten Jahr fanden 80 Menschen eine Aufgabe.",
    contactName: "Frau Beispiel",
    contactEmail: "kontakt@a.example",
    links: [{ label: "Bericht", url: "https://stadt-a.example/lotsen" }],
    themes: ["akquise" as const, "neue-engagementformen" as const],
    publish: false,
    ...overrides,
  };
}
