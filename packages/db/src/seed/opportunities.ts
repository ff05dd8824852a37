import { opportunityColumns } from "../queries/opportunity-rows.ts";
import { GOEPPINGEN, type CityConfig } from "@engagiert/domain/city";
import { OpportunityInput, type OpportunityStatus } from "@engagiert/domain/opportunities";
import type { opportunities } from "../schema/index.ts";
import { contactOf } from "./accounts.ts";
import { CATALOGUE } from "./catalogue.ts";
import type { OpportunityTemplate } from "./catalogue-helpers.ts";
import type { Random } from "./random.ts";
import { addDays, berlinInstant, plusDays } from "./time.ts";

export type SeededOpportunity = {
  row: typeof opportunities.$inferInsert & { id: string; organisationId: string };
  status: OpportunityStatus;
  publishedAt: Date | null;
  minimumAge: number;
  categories: string[];
  district: string | null;
  capacity: number;
  /** For dated opportunities (one-off, project): when it happens. */
  period: { start: Date; end: Date } | null;
};

/** What an organisation offers; the state's group policies cover partners' volunteers. */
const offerOf = (kind: "department" | "partner", federalState: string) =>
  kind === "department"
    ? "Das bieten wir: eine feste Ansprechperson, eine Einarbeitung, Fortbildungen der Stadt und Unfallversicherungsschutz über die gesetzliche Unfallversicherung, denn Sie werden im Auftrag der Stadt tätig (§ 2 Abs. 1 Nr. 10a SGB VII)."
    : `Das bieten wir: eine feste Ansprechperson, Austausch im Team und Versicherungsschutz über die Sammelversicherungen des Landes ${federalState}, wenn keine andere Versicherung greift.`;

const MINOR_CONTACT_NOTE =
  "Weil Sie mit Kindern und Jugendlichen arbeiten, sehen wir vor Beginn Ihr erweitertes Führungszeugnis ein (§ 72a SGB VIII); für Ehrenamtliche ist es gebührenfrei.";

function describeOpportunity(
  template: OpportunityTemplate,
  kind: "department" | "partner",
  federalState: string,
): string {
  return [
    template.summary,
    `Ihre Aufgaben: ${template.tasks}`,
    `Das bringen Sie mit: ${template.profile}`,
    offerOf(kind, federalState),
    template.involvesMinorContact ? MINOR_CONTACT_NOTE : null,
  ]
    .filter(Boolean)
    .join("\n\n");
}

/**
 * The demo opportunities of a catalogue as rows, each checked against the domain's
 * `OpportunityInput`, with dates relative to `today`. Göppingen's catalogue and contacts unless
 * another city's are given.
 */
export function buildOpportunities(
  random: Random,
  context: {
    cityId: string;
    organisationIds: ReadonlyMap<string, string>;
    today: string;
    now: Date;
    city?: CityConfig;
    catalogue?: readonly OpportunityTemplate[];
    /** Who answers questions about an organisation's opportunities. */
    contactOf?: (organisationSlug: string) => { name: string; email: string };
  },
): SeededOpportunity[] {
  const { today, now } = context;
  const city = context.city ?? GOEPPINGEN;
  const contactFor = context.contactOf ?? contactOf;
  return (context.catalogue ?? CATALOGUE).map((template) => {
    const organisation = city.organisations.find((o) => o.slug === template.org);
    const organisationId = context.organisationIds.get(template.org);
    if (!organisation || !organisationId) throw new Error(`Unknown organisation ${template.org}`);

    const s = template.schedule;
    let schedule: unknown;
    let period: SeededOpportunity["period"] = null;
    let capacity = template.capacity ?? 0;
    if (s.format === "one_off") {
      const date = addDays(today, s.inDays);
      const shifts = s.shifts.map((shift) => ({
        startsAt: berlinInstant(date, shift.from),
        endsAt: berlinInstant(date, shift.to),
        capacity: shift.capacity,
      }));
      schedule = { format: "one_off", date, shifts };
      period = { start: shifts[0]!.startsAt, end: shifts.at(-1)!.endsAt };
      capacity = template.capacity ?? shifts.reduce((sum, shift) => sum + shift.capacity, 0);
    } else if (s.format === "project") {
      const startDate = addDays(today, s.startInDays);
      const endDate = addDays(today, s.endInDays);
      schedule = { format: "project", startDate, endDate };
      period = { start: berlinInstant(startDate, "09:00"), end: berlinInstant(endDate, "17:00") };
    } else {
      schedule = s;
    }

    const district = template.place === "remote" ? null : template.place.district;
    const location =
      template.place === "remote"
        ? { kind: "remote" }
        : placeIn(random, city, template.place.district, template.place.address);

    const input = OpportunityInput.parse({
      organisationId,
      title: template.title,
      summary: template.summary,
      description: describeOpportunity(template, organisation.kind, city.federalState),
      categories: template.categories,
      schedule,
      location,
      accessibility: {
        stepFree: template.stepFree,
        accessibleToilet: template.accessibleToilet,
        notes: template.accessNotes ?? "",
      },
      minimumAge: template.minimumAge,
      involvesMinorContact: template.involvesMinorContact ?? false,
      requiredQualifications: template.requiredQualifications ?? [],
      languages: template.languages ?? ["de"],
      capacity,
      contact: contactFor(template.org),
    });

    const status: OpportunityStatus = template.status ?? "published";
    const publishedAt = status === "draft" ? null : publishedAtFor(random, period, now);
    const createdAt = plusDays(publishedAt ?? now, -random.int(1, 20));
    const id = random.uuid();
    return {
      row: {
        cityId: context.cityId,
        id,
        ...opportunityColumns(input),
        status,
        publishedAt,
        isDemo: true,
        createdAt,
        updatedAt:
          status === "paused" ? plusDays(now, -random.int(2, 20)) : (publishedAt ?? createdAt),
      },
      status,
      publishedAt,
      minimumAge: input.minimumAge,
      categories: input.categories,
      district,
      capacity: input.capacity,
      period,
    };
  });
}

/** An address in a district, with coordinates a few hundred metres around its centre. */
function placeIn(random: Random, city: CityConfig, districtSlug: string, street: string) {
  const district = city.districts.find((d) => d.slug === districtSlug);
  if (!district) throw new Error(`Unknown district ${districtSlug}`);
  const jitter = () => Math.round((random.next() - 0.5) * 0.008 * 1e6) / 1e6;
  const town = [district.postcodes[0], city.name].filter(Boolean).join(" ");
  return {
    kind: "place",
    address: `${street}, ${town}`,
    district: district.slug,
    coordinates: { lat: district.center.lat + jitter(), lng: district.center.lng + jitter() },
  };
}

/**
 * Regular offers have run for a while; dated ones were published some weeks before they
 * happen, and a past one well before its date.
 */
function publishedAtFor(random: Random, period: SeededOpportunity["period"], now: Date): Date {
  if (!period) return plusDays(now, -random.int(30, 600));
  const before = period.start < now ? period.start : now;
  return plusDays(before, -random.int(21, 120));
}
