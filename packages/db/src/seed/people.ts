import { GOEPPINGEN, type CityConfig } from "@engagiert/domain/city";
import type { TimeWindow } from "@engagiert/domain/opportunities";
import type { persons } from "../schema/index.ts";
import { FIRST_NAMES, LAST_NAMES, emailLocalPart } from "./names.ts";
import type { Random } from "./random.ts";
import { addDays, plusDays } from "./time.ts";

export type PersonRow = typeof persons.$inferInsert & {
  id: string;
  createdAt: Date;
  birthYear: number;
};

const SKILLS = [
  "Erste Hilfe",
  "Führerschein Klasse B",
  "Handwerk",
  "Kochen und Backen",
  "Gartenarbeit",
  "Fotografie",
  "Social Media",
  "Musik",
  "Nachhilfe Mathematik",
  "Nachhilfe Deutsch",
  "Erfahrung in der Pflege",
  "Veranstaltungen organisieren",
  "Übungsleiterlizenz",
  "IT und Computer",
  "Buchhaltung",
  "Moderation",
  "Fahrradreparatur",
  "Türkisch",
  "Arabisch",
  "Ukrainisch",
  "Russisch",
  "Italienisch",
  "Englisch",
  "Gebärdensprache",
];

/** Typical free times of working people, pupils and pensioners. */
const WINDOWS: TimeWindow[] = [
  { weekday: "mon", from: "17:00", to: "20:00" },
  { weekday: "tue", from: "09:00", to: "12:00" },
  { weekday: "tue", from: "14:00", to: "17:00" },
  { weekday: "wed", from: "15:00", to: "18:00" },
  { weekday: "wed", from: "18:00", to: "21:00" },
  { weekday: "thu", from: "09:00", to: "12:00" },
  { weekday: "thu", from: "17:00", to: "20:00" },
  { weekday: "fri", from: "14:00", to: "18:00" },
  { weekday: "sat", from: "09:00", to: "13:00" },
  { weekday: "sat", from: "13:00", to: "18:00" },
  { weekday: "sun", from: "10:00", to: "13:00" },
  { weekday: "sun", from: "14:00", to: "18:00" },
];

const ACCESSIBILITY_NEEDS = [
  "Ich nutze einen Rollstuhl.",
  "Ich sehe schlecht; bitte Unterlagen in großer Schrift.",
  "Ich höre schlecht; Absprachen gern schriftlich.",
  "Ich kann nicht lange stehen.",
];

const MAIL_DOMAINS = ["mail.example", "post.example", "web.example", "netz.example"];

/** Ages of people who volunteer, from pupils to the very active over-65s. */
const AGE_BANDS: [[number, number], number][] = [
  [[14, 17], 8],
  [[18, 29], 18],
  [[30, 49], 26],
  [[50, 64], 25],
  [[65, 85], 23],
];

/**
 * `count` fictional volunteers of a city (Göppingen unless named), each with a unique `.example`
 * address; more of them live in the city's first district, its centre.
 */
export function buildPersons(
  random: Random,
  context: { cityId: string; count: number; today: string; now: Date; city?: CityConfig },
): PersonRow[] {
  const city = context.city ?? GOEPPINGEN;
  // Private addresses (MAIL_DOMAINS) never collide with the city's demo accounts.
  const usedEmails = new Set<string>();
  const centre = city.districts[0]!.slug;
  const districts = city.districts.map((d) => [d.slug, d.slug === centre ? 4 : 1] as const);
  const categories = city.categories.map((c) => c.slug);
  const rows: PersonRow[] = [];
  for (let i = 0; i < context.count; i++) {
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    const local = emailLocalPart(firstName, lastName);
    const domain = random.pick(MAIL_DOMAINS);
    let email = `${local}@${domain}`;
    for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@${domain}`;
    usedEmails.add(email);

    const [minAge, maxAge] = random.weighted(AGE_BANDS);
    const age = random.int(minAge, maxAge);
    // Birthdays spread over the year; minors give their birth date, adults only the year.
    const birthDate = addDays(context.today, -Math.floor(age * 365.25) - random.int(1, 360));
    const isMinor = age < 18;
    rows.push({
      cityId: context.cityId,
      id: random.uuid(),
      firstName,
      lastName,
      email,
      phone: null,
      birthYear: Number(birthDate.slice(0, 4)),
      birthDate: isMinor ? birthDate : null,
      district: random.chance(0.04) ? null : random.weighted(districts),
      interests: random.sample(categories, random.int(1, 3)),
      skills: random.sample(SKILLS, random.int(0, 4)),
      availability: sortWindows(random.sample(WINDOWS, random.int(0, 4))),
      accessibilityNeeds: random.chance(0.03) ? random.pick(ACCESSIBILITY_NEEDS) : null,
      isDemo: true,
      createdAt: plusDays(context.now, -random.int(1, 700) - random.next()),
    });
  }
  return rows;
}

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

function sortWindows(windows: TimeWindow[]): TimeWindow[] {
  return windows.sort(
    (a, b) => DAYS.indexOf(a.weekday) - DAYS.indexOf(b.weekday) || a.from.localeCompare(b.from),
  );
}

/** The known demo volunteer, who signs in as ehrenamt@goeppingen.example. */
export function demoVolunteer(random: Random, context: { cityId: string; now: Date }): PersonRow {
  return {
    cityId: context.cityId,
    id: random.uuid(),
    firstName: "Lena",
    lastName: "Wagner",
    email: "ehrenamt@goeppingen.example",
    phone: null,
    birthYear: 1991,
    birthDate: null,
    district: "innenstadt",
    interests: ["bildung", "umwelt-nachhaltigkeit", "kultur"],
    skills: ["Fotografie", "Englisch", "Veranstaltungen organisieren"],
    availability: [
      { weekday: "wed", from: "15:00", to: "18:00" },
      { weekday: "sat", from: "09:00", to: "13:00" },
    ],
    accessibilityNeeds: null,
    isDemo: true,
    createdAt: plusDays(context.now, -420),
  };
}
