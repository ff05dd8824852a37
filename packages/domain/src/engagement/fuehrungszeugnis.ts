import { z } from "zod";
import { Id, IsoDate } from "../shared/primitives.ts";

/**
 * Erweitertes Führungszeugnis (§72a SGB VIII). The certificate must be at most 3 months old when
 * it is inspected, and the inspection is repeated every 5 years. These figures are federal law,
 * the same in every state.
 */
export const CERTIFICATE_MAX_AGE_MONTHS = 3;
export const REINSPECTION_YEARS = 5;
/** How early the re-inspection is flagged to staff. */
export const REINSPECTION_WARNING_DAYS = 90;

/**
 * What staff record after seeing a certificate: only what §72a(5) SGB VIII allows to be stored
 * (the person follows from the engagement, the inspector is the signed-in user). There is no field
 * for the certificate itself.
 */
export const FuehrungszeugnisInspectionInput = z
  .object({
    engagementId: Id,
    certificateIssuedOn: IsoDate,
    inspectedOn: IsoDate,
    hasRelevantEntry: z.boolean(),
    /** A self-commitment declaration for the years between inspections. */
    selfDeclarationOn: IsoDate.nullish(),
  })
  .refine((i) => i.certificateIssuedOn <= i.inspectedOn, {
    message: "Das Zeugnis kann nicht nach der Einsichtnahme ausgestellt worden sein.",
    path: ["certificateIssuedOn"],
  });
export type FuehrungszeugnisInspectionInput = z.infer<typeof FuehrungszeugnisInspectionInput>;

export type FuehrungszeugnisInspection = {
  certificateIssuedOn: IsoDate;
  inspectedOn: IsoDate;
  hasRelevantEntry: boolean;
};

export type FuehrungszeugnisValidity =
  /** Valid for the activity; `isDueSoon` within REINSPECTION_WARNING_DAYS of the due date. */
  | { status: "valid"; reinspectionDueOn: IsoDate; isDueSoon: boolean; daysLeft: number }
  /** Five years have passed: a new certificate must be inspected. */
  | { status: "expired"; reinspectionDueOn: IsoDate }
  /** The certificate contains a relevant entry: the person may not take up the activity. */
  | { status: "relevant_entry"; reinspectionDueOn: IsoDate }
  /** The certificate was older than 3 months when inspected: the inspection does not count. */
  | { status: "certificate_too_old"; latestInspectionOn: IsoDate }
  /** The inspection date lies after today. */
  | { status: "inspected_in_future" };

function parts(date: IsoDate): [number, number, number] {
  return date.split("-").map(Number) as [number, number, number];
}

function iso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return iso(year, month, Math.min(d, lastDay));
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
}

/**
 * Whether an inspection makes the person fit for an activity with contact with minors today
 * (§72a SGB VIII): the certificate at most 3 months old when inspected, no relevant entry, and
 * less than 5 years since the inspection. On the due date itself a new inspection is needed.
 */
export function fuehrungszeugnisValidity(
  inspection: FuehrungszeugnisInspection,
  today: IsoDate,
): FuehrungszeugnisValidity {
  const latestInspectionOn = addMonths(inspection.certificateIssuedOn, CERTIFICATE_MAX_AGE_MONTHS);
  if (inspection.inspectedOn > latestInspectionOn) {
    return { status: "certificate_too_old", latestInspectionOn };
  }
  if (inspection.inspectedOn > today) return { status: "inspected_in_future" };
  const reinspectionDueOn = addMonths(inspection.inspectedOn, REINSPECTION_YEARS * 12);
  if (inspection.hasRelevantEntry) return { status: "relevant_entry", reinspectionDueOn };
  if (today >= reinspectionDueOn) return { status: "expired", reinspectionDueOn };
  const daysLeft = daysBetween(today, reinspectionDueOn);
  return {
    status: "valid",
    reinspectionDueOn,
    isDueSoon: daysLeft <= REINSPECTION_WARNING_DAYS,
    daysLeft,
  };
}

/** The newest inspection decides: an older clean one does not outweigh a newer relevant entry. */
export function currentFuehrungszeugnis<T extends FuehrungszeugnisInspection>(
  inspections: readonly T[],
): T | null {
  return (
    [...inspections].sort((a, b) => (a.inspectedOn < b.inspectedOn ? 1 : -1)).find(Boolean) ?? null
  );
}

/**
 * Checks a new inspection before it is stored; a certificate that was too old or a date in the
 * future is refused with a message for the field concerned.
 */
export function checkNewInspection(
  input: Pick<
    FuehrungszeugnisInspectionInput,
    "certificateIssuedOn" | "inspectedOn" | "selfDeclarationOn"
  >,
  today: IsoDate,
): { ok: true } | { ok: false; field: string; message: string } {
  if (input.inspectedOn > today) {
    return {
      ok: false,
      field: "inspectedOn",
      message: "Die Einsichtnahme darf nicht in der Zukunft liegen.",
    };
  }
  if (input.selfDeclarationOn && input.selfDeclarationOn > today) {
    return {
      ok: false,
      field: "selfDeclarationOn",
      message: "Die Selbstverpflichtung darf nicht in der Zukunft liegen.",
    };
  }
  const latest = addMonths(input.certificateIssuedOn, CERTIFICATE_MAX_AGE_MONTHS);
  if (input.inspectedOn > latest) {
    return {
      ok: false,
      field: "certificateIssuedOn",
      message: `Das Führungszeugnis war bei der Einsichtnahme älter als ${CERTIFICATE_MAX_AGE_MONTHS} Monate (§72a SGB VIII). Bitte ein neues Zeugnis vorlegen lassen.`,
    };
  }
  return { ok: true };
}
