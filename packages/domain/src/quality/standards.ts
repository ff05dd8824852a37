import { z } from "zod";
import { Id, IsoDate, PageInput } from "../shared/primitives.ts";

/**
 * The self-assessment levels of a quality standard. Every organisation rates each standard of
 * its city's catalogue on this scale, with evidence and a date.
 */
export const QUALITY_LEVELS = [0, 1, 2, 3] as const;
export type QualityLevel = (typeof QUALITY_LEVELS)[number];

/** What each level means, in the words the self-assessment form shows. */
export const LEVEL_MEANINGS: Record<QualityLevel, string> = {
  0: "Nicht vorhanden",
  1: "Begonnen",
  2: "Weitgehend umgesetzt",
  3: "Vollständig umgesetzt und dokumentiert",
};

export const MAX_LEVEL = 3;

/**
 * The slug of the standard on regular feedback. Volunteer feedback surveys report their results
 * next to it, so it stays fixed even when a city renames the standard.
 */
export const FEEDBACK_STANDARD_SLUG = "feedback";

type DefaultStandard = { slug: string; title: string; description: string; evidence: string };

/** The catalogue every city starts with (RULES.md, Qualitätsmanagement); each city edits its own. */
export const DEFAULT_QUALITY_STANDARDS = [
  {
    slug: "ansprechperson",
    title: "Feste Ansprechperson",
    description:
      "Jede engagierte Person weiß, wer in der Organisation für sie da ist, und erreicht diese Person verlässlich.",
    evidence: "Name und Erreichbarkeit der Ansprechperson je Angebot, z. B. im Angebotstext.",
  },
  {
    slug: "aufgabenbeschreibung",
    title: "Schriftliche Aufgabenbeschreibung",
    description:
      "Für jedes Engagement ist schriftlich beschrieben, was die Aufgabe ist, wie viel Zeit sie braucht und wo ihre Grenzen liegen.",
    evidence: "Eine Aufgabenbeschreibung oder Engagementvereinbarung als Beispiel.",
  },
  {
    slug: "einarbeitung",
    title: "Einarbeitung",
    description:
      "Neue Engagierte werden eingearbeitet: ein Erstgespräch, eine Einführung in Ort, Team und Abläufe, eine Begleitung in den ersten Wochen.",
    evidence: "Ablauf oder Checkliste der Einarbeitung.",
  },
  {
    slug: "versicherung",
    title: "Information zum Versicherungsschutz",
    description:
      "Engagierte erfahren vor dem Start, welcher Unfall- und Haftpflichtschutz für ihre Tätigkeit gilt.",
    evidence: "Das Informationsblatt oder der Hinweis, den Engagierte erhalten.",
  },
  {
    slug: "fortbildung",
    title: "Fortbildungsangebot",
    description:
      "Engagierte können sich für ihre Aufgabe qualifizieren, intern oder über Angebote der Stadt und ihrer Partner.",
    evidence: "Fortbildungen der letzten zwölf Monate und wie Engagierte davon erfahren.",
  },
  {
    slug: FEEDBACK_STANDARD_SLUG,
    title: "Regelmäßige Rückmeldung",
    description:
      "Engagierte und Organisation geben einander regelmäßig Rückmeldung, z. B. in Gesprächen oder mit einer kurzen Befragung.",
    evidence: "Zeitpunkte und Form der Rückmeldegespräche oder die letzte Befragung.",
  },
  {
    slug: "anerkennung",
    title: "Anerkennung",
    description:
      "Das Engagement wird sichtbar gewürdigt: Dank, Nachweise, Feste, die Ehrenamtskarte, wo sie möglich ist.",
    evidence: "Formen der Anerkennung im letzten Jahr.",
  },
  {
    slug: "abschlussgespraech",
    title: "Abschlussgespräch",
    description:
      "Wer das Engagement beendet, bekommt ein Abschlussgespräch angeboten; was dort gesagt wird, fließt in die Arbeit ein.",
    evidence: "Wie das Gespräch angeboten wird und was aus den letzten Gesprächen folgte.",
  },
  {
    slug: "datenschutz",
    title: "Datenschutz",
    description:
      "Daten der Engagierten werden nur für ihren Zweck erhoben, geschützt aufbewahrt und fristgerecht gelöscht; Engagierte werden darüber informiert (DSGVO).",
    evidence: "Datenschutzhinweis für Engagierte und die Löschfristen.",
  },
] as const satisfies readonly DefaultStandard[];

const text = (field: string, min: number, max: number) =>
  z
    .string({ message: `Bitte ${field} angeben.` })
    .trim()
    .min(min, { message: min <= 1 ? `Bitte ${field} angeben.` : `Mindestens ${min} Zeichen.` })
    .max(max, { message: `Höchstens ${max} Zeichen.` });

/** A standard as the coordination office writes it. */
export const StandardInput = z.object({
  title: text("einen Titel", 3, 120),
  description: text("eine Beschreibung", 1, 2000),
  /** What an organisation is asked to show as evidence. */
  evidence: text("die erwarteten Nachweise", 1, 1000),
});
export type StandardInput = z.infer<typeof StandardInput>;

export const StandardRef = z.object({ standardId: Id });
export type StandardRef = z.infer<typeof StandardRef>;

export const StandardUpdateInput = StandardInput.extend({ standardId: Id });
export type StandardUpdateInput = z.infer<typeof StandardUpdateInput>;

export const StandardArchiveInput = z.object({
  standardId: Id,
  /** False restores an archived standard to the catalogue. */
  isArchived: z.boolean().default(true),
});
export type StandardArchiveInput = z.infer<typeof StandardArchiveInput>;

export const StandardMoveInput = z.object({
  standardId: Id,
  direction: z.enum(["up", "down"], { message: "Bitte nach oben oder unten wählen." }),
});
export type StandardMoveInput = z.infer<typeof StandardMoveInput>;

/**
 * One self-assessment of one standard by one organisation. The date may not lie in the future
 * (checked against today by `checkAssessment`), nor before the year 2000, which catches typing
 * slips such as 0225.
 */
export const AssessmentInput = z.object({
  organisationId: Id,
  standardId: Id,
  level: z
    .number({ message: "Bitte eine Stufe von 0 bis 3 wählen." })
    .int({ message: "Bitte eine Stufe von 0 bis 3 wählen." })
    .min(0, { message: "Bitte eine Stufe von 0 bis 3 wählen." })
    .max(MAX_LEVEL, { message: "Bitte eine Stufe von 0 bis 3 wählen." }),
  evidenceNote: z
    .string()
    .trim()
    .max(2000, { message: "Der Nachweis darf höchstens 2000 Zeichen lang sein." })
    .default(""),
  assessedOn: IsoDate.refine((day) => day >= "2000-01-01", {
    message: "Bitte ein Datum ab dem Jahr 2000 angeben.",
  }),
});
export type AssessmentInput = z.infer<typeof AssessmentInput>;

/** An assessment is dated on the day it was made or earlier, never later than today. */
export function checkAssessment(
  input: Pick<AssessmentInput, "assessedOn">,
  today: IsoDate,
): { ok: true } | { ok: false; field: "assessedOn"; message: string } {
  if (input.assessedOn > today) {
    return {
      ok: false,
      field: "assessedOn",
      message: "Das Datum der Einschätzung darf nicht in der Zukunft liegen.",
    };
  }
  return { ok: true };
}

export const OrganisationRef = z.object({ organisationId: Id });
export type OrganisationRef = z.infer<typeof OrganisationRef>;

export const AssessmentHistoryInput = PageInput.extend({ organisationId: Id, standardId: Id });
export type AssessmentHistoryInput = z.infer<typeof AssessmentHistoryInput>;

export const MatrixInput = PageInput.extend({
  limit: z.number().int().min(1).max(100).default(25),
});
export type MatrixInput = z.infer<typeof MatrixInput>;

export const TrendInput = z.object({
  organisationId: Id,
  /** How many quarters back, the current one included. */
  quarters: z.number().int().min(2).max(20).default(8),
});
export type TrendInput = z.infer<typeof TrendInput>;

/**
 * The catalogue's order after moving one standard a place up or down; unchanged at either end
 * or when the standard is not in the list.
 */
export function moveInOrder(ids: readonly string[], id: string, direction: "up" | "down") {
  const from = ids.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from === -1 || to < 0 || to >= ids.length) return [...ids];
  const order = [...ids];
  [order[from], order[to]] = [order[to]!, order[from]!];
  return order;
}

/**
 * A standard's short name from its title: "Schriftliche Aufgabenbeschreibung" →
 * "schriftliche-aufgabenbeschreibung" (umlauts spelled out), at most 60 characters.
 */
export function standardSlug(title: string): string {
  const slug = title
    .normalize("NFC")
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
  return slug.length >= 2 ? slug : "standard";
}

export const StandardsListInput = z
  .object({
    /** Archived standards too, for the catalogue editor. */
    includeArchived: z.boolean().default(false),
  })
  .default({ includeArchived: false });
export type StandardsListInput = z.infer<typeof StandardsListInput>;
