import { z } from "zod";
import { FederalState } from "../city/city.schema.ts";
import { Email, Id, PageInput, Slug } from "../shared/primitives.ts";
import { CitySizeClass } from "./city-size.ts";

/** The themes of the network's practice library (RULES.md, Network; the labels live in the apps). */
export const PRACTICE_THEMES = [
  "digitalisierung",
  "neue-engagementformen",
  "nachhaltigkeit",
  "generationswechsel",
  "beteiligungsprozesse",
  "akquise",
  "qualifizierung",
  "qualitaetsmanagement",
  "anerkennung",
] as const;
export const PracticeTheme = z.enum(PRACTICE_THEMES, { message: "Bitte ein Thema wählen." });
export type PracticeTheme = z.infer<typeof PracticeTheme>;

export const PracticeStatus = z.enum(["draft", "published"]);
export type PracticeStatus = z.infer<typeof PracticeStatus>;

const text = (what: string, min: number, max: number) =>
  z
    .string({ message: `Bitte ${what} angeben.` })
    .trim()
    .min(min, { message: `${what} braucht mindestens ${min} Zeichen.` })
    .max(max, { message: `${what} darf höchstens ${max} Zeichen haben.` });

const optionalText = (what: string, max: number) =>
  z
    .string({ message: `Bitte ${what} als Text angeben.` })
    .trim()
    .max(max, { message: `${what} darf höchstens ${max} Zeichen haben.` })
    .default("");

/** A link under a practice: https or http, with a label the reader sees. */
export const PracticeLink = z.object({
  label: text("Die Bezeichnung des Links", 2, 120),
  url: z
    .string()
    .trim()
    .max(500, { message: "Der Link ist zu lang." })
    .pipe(
      z.url({
        protocol: /^https?$/,
        hostname: z.regexes.domain,
        message: "Bitte einen vollständigen Link angeben, der mit https:// beginnt.",
      }),
    ),
});
export type PracticeLink = z.infer<typeof PracticeLink>;

/**
 * A practice as a member writes it: the problem, the approach, what it took (people, money,
 * time), the results, a contact and links. A draft may be saved at any time with these checks;
 * publishing asks for nothing more, so what is saved can be published.
 */
export const PracticeInput = z.object({
  /** Set to update an existing practice of the member's city. */
  id: Id.optional(),
  title: text("Der Titel", 5, 150),
  summary: text("Die Kurzbeschreibung", 20, 500),
  problem: text("Die Ausgangslage", 20, 5000),
  approach: text("Der Lösungsweg", 20, 10000),
  resourcesPeople: optionalText("Der Personalaufwand", 1000),
  resourcesMoney: optionalText("Der finanzielle Aufwand", 1000),
  resourcesTime: optionalText("Der Zeitaufwand", 1000),
  results: optionalText("Die Ergebnisse", 5000),
  contactName: text("Der Name der Ansprechperson", 2, 120),
  contactEmail: Email,
  links: z.array(PracticeLink).max(10, { message: "Höchstens 10 Links." }).default([]),
  themes: z
    .array(PracticeTheme)
    .min(1, { message: "Bitte mindestens ein Thema wählen." })
    .max(PRACTICE_THEMES.length)
    .refine((themes) => new Set(themes).size === themes.length, {
      message: "Jedes Thema nur einmal wählen.",
    }),
});
export type PracticeInput = z.infer<typeof PracticeInput>;

/** Browsing the library: full text, themes, the author city, its state and its size. */
export const PracticeQuery = PageInput.extend({
  search: z.string().trim().max(100).optional(),
  theme: PracticeTheme.optional(),
  citySlug: Slug.optional(),
  federalState: FederalState.optional(),
  citySize: CitySizeClass.optional(),
});
export type PracticeQuery = z.infer<typeof PracticeQuery>;

export const PracticeAdoptionInput = z.object({
  practiceId: Id,
  note: optionalText("Die Notiz", 500),
});
export type PracticeAdoptionInput = z.infer<typeof PracticeAdoptionInput>;

/** A question under a practice, or (with `questionId`) an answer to one. */
export const PracticePostInput = z.object({
  practiceId: Id,
  questionId: Id.optional(),
  body: text("Der Beitrag", 5, 4000),
});
export type PracticePostInput = z.infer<typeof PracticePostInput>;

/** Saving a practice from the editor; with `publish` it is published in the same step. */
export const PracticeSaveInput = PracticeInput.extend({ publish: z.boolean().default(false) });
export type PracticeSaveInput = z.infer<typeof PracticeSaveInput>;

/** One practice, by its id. */
export const PracticeRef = z.object({ id: Id });
export type PracticeRef = z.infer<typeof PracticeRef>;

/** The questions under a practice, page by page (oldest first, as a conversation reads). */
export const PracticeQuestionsQuery = PageInput.extend({ practiceId: Id });
export type PracticeQuestionsQuery = z.infer<typeof PracticeQuestionsQuery>;

/** The answers to a question beyond the first ones shown with it. */
export const PracticeAnswersQuery = PageInput.extend({ practiceId: Id, questionId: Id });
export type PracticeAnswersQuery = z.infer<typeof PracticeAnswersQuery>;

/** The practices of the member's own city, drafts included, optionally of one status. */
export const MyPracticesQuery = PageInput.extend({ status: PracticeStatus.optional() });
export type MyPracticesQuery = z.infer<typeof MyPracticesQuery>;

export type AdoptionDecision =
  { ok: true } | { ok: false; reason: "own_practice" | "not_published" };

/**
 * May a city mark a practice as adopted? Only a published practice, and never its own: a city
 * adopts what another city shares.
 */
export function adoptionDecision(
  practice: { cityId: string; status: PracticeStatus },
  adopterCityId: string,
): AdoptionDecision {
  if (practice.status !== "published") return { ok: false, reason: "not_published" };
  if (practice.cityId === adopterCityId) return { ok: false, reason: "own_practice" };
  return { ok: true };
}

/**
 * Who hears of a new question: the practice's author and its contact address, each once
 * (addresses compare without case), and never the person who asked.
 */
export function questionMailRecipients(people: {
  authorEmail: string | null;
  contactEmail: string;
  askerEmail: string | null;
}): string[] {
  const asker = people.askerEmail?.trim().toLowerCase() ?? null;
  const recipients: string[] = [];
  for (const address of [people.authorEmail, people.contactEmail]) {
    const normal = address?.trim().toLowerCase();
    if (!normal || normal === asker || recipients.includes(normal)) continue;
    recipients.push(normal);
  }
  return recipients;
}
