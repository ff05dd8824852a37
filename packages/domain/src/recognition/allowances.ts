import { z } from "zod";
import { Id, IsoDate } from "../shared/primitives.ts";

/**
 * The two tax-free allowances for volunteers (§3 Nr. 26 and 26a EStG): the
 * Übungsleiterpauschale and the Ehrenamtspauschale, limited per person and calendar year.
 */
export const Allowance = z.enum(["uebungsleiterpauschale", "ehrenamtspauschale"]);
export type Allowance = z.infer<typeof Allowance>;

/** Yearly limits in euro cents (RULES.md): up to 2025 and from 2026. */
export const ALLOWANCE_LIMITS: Record<Allowance, { untilYear2025: number; fromYear2026: number }> =
  {
    uebungsleiterpauschale: { untilYear2025: 300_000, fromYear2026: 330_000 },
    ehrenamtspauschale: { untilYear2025: 84_000, fromYear2026: 96_000 },
  };

/** The limit of an allowance in a calendar year, in cents. */
export function allowanceLimit(allowance: Allowance, year: number): number {
  const limits = ALLOWANCE_LIMITS[allowance];
  return year >= 2026 ? limits.fromYear2026 : limits.untilYear2025;
}

export const AllowancePaymentInput = z.object({
  personId: Id,
  allowance: Allowance,
  amountCents: z
    .number({ message: "Bitte einen Betrag angeben." })
    .int({ message: "Bitte den Betrag in Cent angeben." })
    .min(1, { message: "Der Betrag muss größer als 0 sein." })
    .max(10_000_000, { message: "Der Betrag ist zu hoch." }),
  paidOn: IsoDate,
  activity: z
    .string()
    .trim()
    .min(2, { message: "Bitte die Tätigkeit angeben." })
    .max(200, { message: "Höchstens 200 Zeichen." }),
  /** Staff confirm that the part above the limit is paid as taxable income. */
  acceptsExcess: z.boolean().default(false),
});
export type AllowancePaymentInput = z.input<typeof AllowancePaymentInput>;

export type AllowanceDecision =
  | { kind: "ok"; remainingCents: number }
  | { kind: "exceeds"; limitCents: number; paidCents: number; excessCents: number }
  | { kind: "same_activity"; other: Allowance };

/**
 * Before a payment is recorded: both allowances for the same activity are refused always; a
 * payment that would take the person's year beyond the limit is reported with the excess, so
 * staff decide (and confirm) before anything is recorded.
 */
export function checkAllowancePayment(
  payment: { allowance: Allowance; amountCents: number; paidOn: IsoDate; activity: string },
  year: {
    /** What this allowance already paid the person in the payment's calendar year, in cents. */
    paidCents: number;
    /** Activities paid under the other allowance (any year). */
    otherAllowanceActivities: readonly string[];
  },
): AllowanceDecision {
  const normalise = (activity: string) => activity.trim().toLocaleLowerCase("de");
  const other: Allowance =
    payment.allowance === "ehrenamtspauschale" ? "uebungsleiterpauschale" : "ehrenamtspauschale";
  if (year.otherAllowanceActivities.some((a) => normalise(a) === normalise(payment.activity)))
    return { kind: "same_activity", other };
  const limitCents = allowanceLimit(payment.allowance, Number(payment.paidOn.slice(0, 4)));
  const after = year.paidCents + payment.amountCents;
  if (after > limitCents)
    return {
      kind: "exceeds",
      limitCents,
      paidCents: year.paidCents,
      excessCents: after - limitCents,
    };
  return { kind: "ok", remainingCents: limitCents - after };
}
