import { z } from "zod";
import { Id, IsoDate, PageInput, Slug } from "../shared/primitives.ts";
import { validUntilFor, type QualificationRules } from "./validity.ts";

/** An empty date field of a form means "not given". */
const OptionalDate = z
  .union([z.literal(""), IsoDate])
  .nullish()
  .transform((value) => value || null);

/**
 * A certificate from outside the city's own trainings (a first-aid course at the Red Cross, a
 * Juleica from a youth association), entered by staff from the paper: its date, who issued it,
 * and until when it is valid. Without "valid until" the type's rules decide.
 */
export const ExternalRecordInput = z
  .object({
    personId: Id,
    typeSlug: Slug,
    validFrom: IsoDate,
    issuer: z
      .string()
      .trim()
      .min(2, { message: "Bitte angeben, wer den Nachweis ausgestellt hat." })
      .max(120, { message: "Höchstens 120 Zeichen." }),
    validUntil: OptionalDate,
  })
  .superRefine((record, ctx) => {
    if (record.validUntil !== null && record.validUntil <= record.validFrom)
      ctx.addIssue({
        code: "custom",
        path: ["validUntil"],
        message: "„Gültig bis“ muss nach dem Ausstellungsdatum liegen.",
      });
  });
export type ExternalRecordInput = z.input<typeof ExternalRecordInput>;

export type RecordIssue = { path: string[]; message: string };

/**
 * The dates an external record is stored with: the certificate's date may not lie in the future,
 * and without a "valid until" of its own the record is valid as long as its type says.
 */
export function externalRecordDates(
  input: { validFrom: string; validUntil: string | null },
  rules: QualificationRules,
  today: string,
):
  | { ok: true; validFrom: string; validUntil: string | null }
  | { ok: false; issues: RecordIssue[] } {
  if (input.validFrom > today)
    return {
      ok: false,
      issues: [
        { path: ["validFrom"], message: "Das Ausstellungsdatum darf nicht in der Zukunft liegen." },
      ],
    };
  return {
    ok: true,
    validFrom: input.validFrom,
    validUntil: input.validUntil ?? validUntilFor(rules, input.validFrom),
  };
}

/**
 * The "expiring soon" list: one organisation's volunteers (staff: always their own), or with no
 * organisation the whole city (coordination office). Without `withinDays` each type's own
 * reminder period decides how far ahead a record is listed.
 */
export const ExpiringListInput = PageInput.extend({
  organisationId: Id.nullish(),
  withinDays: z
    .number()
    .int()
    .min(1, { message: "Mindestens 1 Tag." })
    .max(365, { message: "Höchstens 365 Tage." })
    .nullish(),
});
export type ExpiringListInput = z.infer<typeof ExpiringListInput>;

/** A type is named by its slug; archiving keeps it and its records, it is only no longer offered. */
export const QualificationTypeRef = z.object({ slug: Slug });
export type QualificationTypeRef = z.infer<typeof QualificationTypeRef>;

export const QualificationTypeArchiveInput = z.object({ slug: Slug, isArchived: z.boolean() });
export type QualificationTypeArchiveInput = z.infer<typeof QualificationTypeArchiveInput>;
