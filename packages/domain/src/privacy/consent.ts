import { z } from "zod";
import { Id } from "../shared/primitives.ts";

/**
 * The purposes a volunteer consents to (DSGVO Art. 7), each with what withdrawing it sets off.
 * An application's data is processed on the applicant's consent: withdrawing it withdraws every
 * application that has not started yet. Engagements that already run rest on the engagement
 * agreement and stay. A shift sign-up's data rests on its own consent: withdrawing it cancels the
 * sign-ups for shifts still to come.
 */
export const CONSENT_EFFECTS = {
  application: "withdraw_open_applications",
  shift: "cancel_future_shifts",
} as const;
export type ConsentPurpose = keyof typeof CONSENT_EFFECTS;
export type ConsentEffect = (typeof CONSENT_EFFECTS)[ConsentPurpose] | "none";

export function consentEffect(purpose: string): ConsentEffect {
  return Object.hasOwn(CONSENT_EFFECTS, purpose)
    ? CONSENT_EFFECTS[purpose as ConsentPurpose]
    : "none";
}

export const ConsentRef = z.object({ consentId: Id });
export type ConsentRef = z.infer<typeof ConsentRef>;

/** Deleting one's account (DSGVO Art. 17) asks for an explicit confirmation. */
export const DeleteAccountInput = z.object({
  confirmed: z.literal(true, {
    message: "Bitte bestätigen Sie, dass Ihr Konto und Ihre Daten gelöscht werden sollen.",
  }),
});
export type DeleteAccountInput = z.infer<typeof DeleteAccountInput>;
