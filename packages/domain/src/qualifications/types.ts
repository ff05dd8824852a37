import { z } from "zod";
import { Slug } from "../shared/primitives.ts";
import { QualificationRules } from "./validity.ts";

/**
 * The qualification types every city starts with (RULES.md, Qualifizierung). Validity is data:
 * RULES.md gives figures only for Juleica (3 years, 16 or 15 years old, 40 units, first aid at
 * most 2 years old, renewal after 8 hours); the other types start without an expiry, and a city
 * sets one where its own rules ask for it.
 */
export const DEFAULT_QUALIFICATION_TYPES = [
  {
    slug: "erste-hilfe",
    nameDe: "Erste Hilfe",
    nameEn: "First aid",
    description: "Ein Erste-Hilfe-Kurs. Für die Juleica darf er höchstens 2 Jahre alt sein.",
    rules: {
      validityMonths: null,
      minimumAge: null,
      minimumAgeJustified: null,
      requiredUnits: 0,
      requires: [],
      renewalHours: null,
      reminderDays: 60,
    },
  },
  {
    slug: "juleica",
    nameDe: "Juleica (Jugendleiter/in-Card)",
    nameEn: "Juleica (youth leader card)",
    description:
      "Ab 16 Jahren (in begründeten Fällen ab 15), nach 40 Unterrichtseinheiten (30 Stunden) Ausbildung und einem Erste-Hilfe-Kurs, der höchstens 2 Jahre alt ist. Gültig 3 Jahre; Verlängerung nach 8 Stunden Fortbildung.",
    rules: {
      validityMonths: 36,
      minimumAge: 16,
      minimumAgeJustified: 15,
      requiredUnits: 40,
      requires: [{ typeSlug: "erste-hilfe", maxAgeMonths: 24 }],
      renewalHours: 8,
      reminderDays: 90,
    },
  },
  {
    slug: "datenschutz-belehrung",
    nameDe: "Datenschutz-Belehrung",
    nameEn: "Data-protection briefing",
    description: "Belehrung über den Umgang mit personenbezogenen Daten.",
    rules: {
      validityMonths: null,
      minimumAge: null,
      minimumAgeJustified: null,
      requiredUnits: 0,
      requires: [],
      renewalHours: null,
      reminderDays: 60,
    },
  },
  {
    slug: "hygiene-belehrung",
    nameDe: "Hygiene-Belehrung (§43 IfSG)",
    nameEn: "Hygiene briefing (§43 IfSG)",
    description: "Belehrung nach §43 Infektionsschutzgesetz für den Umgang mit Lebensmitteln.",
    rules: {
      validityMonths: null,
      minimumAge: null,
      minimumAgeJustified: null,
      requiredUnits: 0,
      requires: [],
      renewalHours: null,
      reminderDays: 60,
    },
  },
] as const satisfies readonly QualificationTypeInput[];

/** A qualification type as the coordination office creates or edits it. */
export const QualificationTypeInput = z
  .object({
    slug: Slug,
    nameDe: z.string().trim().min(2, { message: "Bitte einen Namen angeben." }).max(120),
    nameEn: z.string().trim().min(2, { message: "Bitte einen englischen Namen angeben." }).max(120),
    description: z.string().trim().max(2000).default(""),
    rules: QualificationRules,
  })
  .superRefine((type, ctx) => {
    const { minimumAge, minimumAgeJustified, requires } = type.rules;
    if (minimumAgeJustified !== null && (minimumAge === null || minimumAgeJustified > minimumAge))
      ctx.addIssue({
        code: "custom",
        path: ["rules", "minimumAgeJustified"],
        message: "Das Alter in begründeten Fällen muss unter dem Mindestalter liegen.",
      });
    if (requires.some((r) => r.typeSlug === type.slug))
      ctx.addIssue({
        code: "custom",
        path: ["rules", "requires"],
        message: "Eine Qualifikation kann nicht sich selbst voraussetzen.",
      });
  });
export type QualificationTypeInput = z.input<typeof QualificationTypeInput>;
