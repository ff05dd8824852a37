import { addMonths, DEFAULT_QUALIFICATION_TYPES } from "@engagiert/domain/qualifications";
import type { Executor } from "../client.ts";
import { qualificationRecords } from "../schema/index.ts";
import type { EngagementRow } from "./engagements.ts";
import type { SeededOpportunity } from "./opportunities.ts";
import type { PersonRow } from "./people.ts";
import { createRandom, type Random } from "./random.ts";
import { addDays, minDate, plusDays } from "./time.ts";

type RecordRow = typeof qualificationRecords.$inferInsert;

/** Its own sequence, so the rest of the demo stays the same whether or not this part runs. */
const SEED = 43_043;
const CHUNK = 500;

const FIRST_AID_ISSUERS = [
  "DRK Kreisverband Göppingen",
  "Malteser Hilfsdienst Göppingen",
  "Johanniter-Unfall-Hilfe Göppingen",
  "ASB Region Stuttgart",
];
const JULEICA_ISSUERS = [
  "Kreisjugendring Göppingen",
  "Evangelisches Jugendwerk Bezirk Göppingen",
  "BDKJ Dekanat Göppingen-Geislingen",
  "Sportjugend im WLSB",
];
const HYGIENE_ISSUERS = ["Gesundheitsamt Landkreis Göppingen", "Tafel Göppingen e. V."];

/** Engagements in which a person has really taken part (not only applied or turned away). */
const TOOK_PART = new Set(["onboarding", "active", "paused", "ended"]);

/** Days until a certificate with an expiry runs out: some expired, some within the reminder period. */
const DAYS_LEFT: readonly (readonly [[number, number], number])[] = [
  [[-420, -1], 12],
  [[0, 60], 14],
  [[61, 690], 74],
];

const reminderDaysOf = (slug: string) =>
  DEFAULT_QUALIFICATION_TYPES.find((t) => t.slug === slug)!.rules.reminderDays;

type Context = {
  cityId: string;
  today: string;
  now: Date;
  people: readonly PersonRow[];
  engagements: readonly EngagementRow[];
  opportunities: readonly SeededOpportunity[];
  /** The demo volunteer Lena Wagner: first aid from 2025, nothing else. */
  demoPersonId: string;
};

/**
 * Qualifications held by the demo volunteers, as staff entered them from certificates: first aid
 * for about a third (nearly everyone in an opportunity that asks for it), Juleica for youth
 * leaders, the hygiene briefing (§43 IfSG) for those who serve food. Some expire within the
 * reminder period and some have expired, so the "expiring soon" list has something to show;
 * those were reminded already, so starting the demo sends no burst of mails.
 */
export function buildQualificationRecords(random: Random, context: Context): RecordRow[] {
  const { cityId, today, now } = context;
  const required = new Map(
    context.opportunities.map((o) => [o.row.id, new Set(o.row.requiredQualifications ?? [])]),
  );
  const asks = new Map<string, Set<string>>();
  for (const e of context.engagements) {
    if (!TOOK_PART.has(e.status)) continue;
    const slugs = asks.get(e.personId) ?? new Set<string>();
    for (const slug of required.get(e.opportunityId) ?? []) slugs.add(slug);
    asks.set(e.personId, slugs);
  }

  const rows: RecordRow[] = [];
  const add = (
    person: PersonRow,
    typeSlug: string,
    issuers: readonly string[],
    validityMonths: number | null,
    units: number | null = null,
  ) => {
    let validFrom: string;
    let validUntil: string | null = null;
    if (validityMonths === null) {
      validFrom = addDays(today, -random.int(30, 6 * 365));
    } else {
      const [min, max] = random.weighted(DAYS_LEFT);
      validUntil = addDays(today, random.int(min, max));
      validFrom = addMonths(validUntil, -validityMonths);
      if (validFrom > today) validFrom = today;
    }
    const isDue = validUntil !== null && validUntil <= addDays(today, reminderDaysOf(typeSlug));
    rows.push({
      cityId,
      id: random.uuid(),
      personId: person.id,
      typeSlug,
      validFrom,
      validUntil,
      issuer: random.pick(issuers),
      source: "external",
      units,
      remindedAt: isDue ? plusDays(now, -random.int(1, 20)) : null,
      // Entered by staff some time after the person first got in touch.
      createdAt: minDate(plusDays(person.createdAt, random.int(1, 60)), now),
    });
  };

  for (const person of context.people) {
    if (person.id === context.demoPersonId) continue;
    const wanted = asks.get(person.id) ?? new Set<string>();
    const age = Number(today.slice(0, 4)) - person.birthYear;
    if (random.chance(wanted.has("erste-hilfe") ? 0.9 : 0.3)) {
      // Courses for youth leaders and in companies are certified for 2 years; many are not.
      add(person, "erste-hilfe", FIRST_AID_ISSUERS, random.chance(0.7) ? 24 : null);
    }
    if (age >= 16 && random.chance(wanted.has("juleica") ? 0.75 : age <= 30 ? 0.04 : 0)) {
      add(person, "juleica", JULEICA_ISSUERS, 36, 40);
    }
    if (wanted.has("hygiene-belehrung") && random.chance(0.85)) {
      // The first briefing by the health office, repeated by the organisation every 2 years.
      add(person, "hygiene-belehrung", HYGIENE_ISSUERS, 24);
    }
  }

  const demoFrom = "2025-05-17" < today ? "2025-05-17" : today;
  rows.push({
    cityId,
    id: random.uuid(),
    personId: context.demoPersonId,
    typeSlug: "erste-hilfe",
    validFrom: demoFrom,
    validUntil: addMonths(demoFrom, 24),
    issuer: "DRK Kreisverband Göppingen",
    source: "external",
    createdAt: plusDays(now, -random.int(30, 90)),
  });
  return rows;
}

/** Adds the demo qualifications in batches. */
export async function seedQualifications(
  db: Executor,
  context: { cityId: string; today: string; now: Date },
  demo: {
    personRows: readonly PersonRow[];
    engagementRows: readonly EngagementRow[];
    opps: readonly SeededOpportunity[];
    volunteer: PersonRow;
  },
): Promise<number> {
  const rows = buildQualificationRecords(createRandom(SEED), {
    ...context,
    people: demo.personRows,
    engagements: demo.engagementRows,
    opportunities: demo.opps,
    demoPersonId: demo.volunteer.id,
  });
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.insert(qualificationRecords).values(rows.slice(i, i + CHUNK));
  }
  return rows.length;
}
