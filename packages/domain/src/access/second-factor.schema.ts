import { z } from "zod";
import type { Role } from "./roles.ts";

/**
 * Roles that must sign in with a second factor (TOTP or a recovery code) after the password:
 * they see or configure a whole city, or the network. Staff of one organisation and network
 * members may turn it on for themselves.
 */
export const SECOND_FACTOR_REQUIRED_ROLES = [
  "coordinator",
  "city_admin",
  "network_admin",
] as const satisfies Role[];

export function requiresSecondFactor(role: Role): boolean {
  return (SECOND_FACTOR_REQUIRED_ROLES as readonly Role[]).includes(role);
}

/** Wrong codes allowed per window, per account and per client, before a pause. */
export const SECOND_FACTOR_LIMITS = {
  windowMinutes: 15,
  failuresPerAccount: 5,
  failuresPerClient: 20,
} as const;

/** After the password, this long to give the code (or to set the factor up). */
export const PENDING_SECOND_FACTOR_MINUTES = 10;

const Password = (missing: string) => z.string().min(1, { message: missing }).max(1024);

/** The code from the authenticator app (six digits) or one of the recovery codes. */
export const SecondFactorCode = z.object({
  code: z
    .string()
    .trim()
    .min(1, { message: "Bitte geben Sie den Code ein." })
    .max(64, { message: "Das ist kein gültiger Code." }),
});
export type SecondFactorCode = z.infer<typeof SecondFactorCode>;

/** Confirms a new authenticator: the secret it was given and the first code it shows. */
export const TotpSetupConfirm = z.object({
  secret: z
    .string()
    .regex(/^[A-Z2-7]{32}$/, { message: "Der Schlüssel ist unvollständig. Bitte neu beginnen." }),
  code: z
    .string()
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, { message: "Bitte geben Sie die sechs Ziffern aus der App ein." }),
});
export type TotpSetupConfirm = z.infer<typeof TotpSetupConfirm>;

/** The current password, asked again before a change to how someone signs in. */
export const PasswordConfirm = z.object({
  password: Password("Bitte geben Sie Ihr Passwort ein."),
});
export type PasswordConfirm = z.infer<typeof PasswordConfirm>;

/** Setting up or renewing the authenticator from a signed-in session: also the password. */
export const SignedInTotpSetupConfirm = TotpSetupConfirm.extend(PasswordConfirm.shape);
export type SignedInTotpSetupConfirm = z.infer<typeof SignedInTotpSetupConfirm>;

/** A new password; how long and how common it may be is checked when it is set. */
export const PasswordChange = z.object({
  currentPassword: Password("Bitte geben Sie Ihr bisheriges Passwort ein."),
  newPassword: Password("Bitte geben Sie ein neues Passwort ein."),
});
export type PasswordChange = z.infer<typeof PasswordChange>;
