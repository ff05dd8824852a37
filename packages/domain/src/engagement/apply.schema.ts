import { z } from "zod";
import { checkAge, type AgeCheck } from "../people/age.ts";
import { Email, Id, IsoDate } from "../shared/primitives.ts";
import type { EngagementStatus } from "./engagement.schema.ts";

/** What the applicant agrees to, with the version of the text shown (DSGVO Art. 7). */
export const APPLICATION_CONSENT = { purpose: "application", version: "2026-11" } as const;

/** How long the e-mail links of an application stay valid. */
export const APPLICATION_LINK_HOURS = { confirm_application: 72, guardian_consent: 14 * 24 };

/** Applications per e-mail address and per client within the window, against floods of mail. */
export const APPLY_LIMITS = { windowMinutes: 60, perEmail: 5, perClient: 30 } as const;

/** A first or last name as the forms ask for it. */
export const PersonName = z
  .string()
  .trim()
  .min(1, { message: "Bitte ausfüllen." })
  .max(80, { message: "Höchstens 80 Zeichen." });

const Phone = z
  .string()
  .trim()
  .max(40, { message: "Höchstens 40 Zeichen." })
  .regex(/^[0-9+()/ .-]*$/, { message: "Nur Ziffern, Leerzeichen und + ( ) / - ." })
  .optional()
  .transform((value) => (value ? value : undefined));

/** The year of birth, enough for the age rules in most cases (see `checkAge`). */
export const BirthYear = z
  .number({ message: "Bitte das Geburtsjahr als Zahl angeben." })
  .int({ message: "Bitte das Geburtsjahr als Zahl angeben." })
  .min(1900, { message: "Bitte ein Geburtsjahr ab 1900 angeben." })
  .max(2100, { message: "Bitte ein gültiges Geburtsjahr angeben." });

/** An application without an account: the low threshold of RULES.md (Akquise). */
export const ApplicationInput = z
  .object({
    opportunityId: Id,
    firstName: PersonName,
    lastName: PersonName,
    email: Email,
    phone: Phone,
    birthYear: BirthYear,
    /** Asked only where the birth year leaves the age open (see `checkAge`). */
    birthDate: IsoDate.optional(),
    message: z.string().trim().max(2000, { message: "Höchstens 2000 Zeichen." }).default(""),
    /** Required for a minor: the parent or guardian who is asked for consent. */
    guardianEmail: z
      .union([Email, z.literal("")])
      .optional()
      .transform((value) => (value ? value : undefined)),
    hasConsented: z.literal(true, {
      message: "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.",
    }),
  })
  .superRefine((input, ctx) => {
    if (input.birthDate && !input.birthDate.startsWith(`${input.birthYear}-`)) {
      ctx.addIssue({
        code: "custom",
        path: ["birthDate"],
        message: "Das Geburtsdatum passt nicht zum Geburtsjahr.",
      });
    }
    if (input.guardianEmail && input.guardianEmail === input.email) {
      ctx.addIssue({
        code: "custom",
        path: ["guardianEmail"],
        message: "Bitte die E-Mail-Adresse eines Elternteils oder Sorgeberechtigten angeben.",
      });
    }
  });
export type ApplicationInput = z.infer<typeof ApplicationInput>;

/** A token from an e-mail link (43 URL-safe characters, like the sign-in links). */
export const EngagementLinkToken = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: "Der Link ist unvollständig." }),
});
export type EngagementLinkToken = z.infer<typeof EngagementLinkToken>;

export type ApplicationDecision =
  | { ok: true; isMinor: boolean }
  | { ok: false; reason: "too_young"; minimumAge: number; age: number }
  | { ok: false; reason: "needs_birth_date"; minimumAge: number }
  | { ok: false; reason: "needs_guardian_email" };

/**
 * Whether this person may apply for an opportunity with this minimum age today. A minor
 * applies only with a guardian's e-mail address: the guardian's consent must be recorded
 * (RULES.md, Minors).
 */
export function canApply(
  applicant: { birthYear: number; birthDate?: string | null; guardianEmail?: string | null },
  minimumAge: number,
  today: string,
): ApplicationDecision {
  const age: AgeCheck = checkAge(applicant, minimumAge, today);
  if (age.status === "too_young") {
    return { ok: false, reason: "too_young", minimumAge: age.minimumAge, age: age.age };
  }
  if (age.status === "needs_birth_date") {
    return { ok: false, reason: "needs_birth_date", minimumAge: age.minimumAge };
  }
  if (age.isMinor && !applicant.guardianEmail) return { ok: false, reason: "needs_guardian_email" };
  return { ok: true, isMinor: age.isMinor };
}

/**
 * An application is open while it may still lead to (or is) an engagement; a second
 * application to the same opportunity is refused until it is over.
 */
export const OPEN_ENGAGEMENT_STATUSES: readonly EngagementStatus[] = [
  "submitted",
  "in_contact",
  "onboarding",
  "active",
  "paused",
];
