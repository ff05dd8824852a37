import { z } from "zod";
import { Email } from "../shared/primitives.ts";

/** Staff sign-in. Length rules apply when a password is set, not here. */
export const PasswordSignIn = z.object({
  email: Email,
  password: z.string().min(1, { message: "Bitte das Passwort eingeben." }).max(1024),
});
export type PasswordSignIn = z.infer<typeof PasswordSignIn>;

/** A volunteer asks for a one-time sign-in link. */
/**
 * A path inside the app to go on to after signing in: never another site, a protocol-relative
 * "//host", a backslash trick, whitespace or control characters.
 */
export function isAppPath(value: string): boolean {
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return false;
  return !/[\s\u0000-\u001f\u007f]/.test(value);
}

export const SignInLinkRequest = z.object({
  email: Email,
  /** Where the link leads after signing in, e.g. back to the training the visitor looked at. */
  next: z
    .string()
    .max(300, { message: "Die Rücksprungadresse ist zu lang." })
    .refine(isAppPath, { message: "Die Rücksprungadresse muss eine Seite dieser Anwendung sein." })
    .optional(),
});
export type SignInLinkRequest = z.infer<typeof SignInLinkRequest>;

export const SignInLinkRedeem = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: "Der Anmeldelink ist unvollständig." }),
});
export type SignInLinkRedeem = z.infer<typeof SignInLinkRedeem>;

/** Brute-force limits on sign-in: failures allowed per window, per address and per client. */
export const SIGN_IN_LIMITS = {
  windowMinutes: 15,
  failuresPerAccount: 5,
  failuresPerClient: 20,
  linkRequestsPerAccount: 3,
  linkRequestsPerClient: 30,
} as const;

/** Seconds until the oldest counted failure leaves the window (at least one). */
export function secondsUntilWindowFrees(
  oldestFailureAt: Date,
  now: Date,
  windowMinutes: number = SIGN_IN_LIMITS.windowMinutes,
): number {
  const freeAt = oldestFailureAt.getTime() + windowMinutes * 60_000;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
}

/**
 * Whether another attempt is allowed after `failures` within the window; if not, how many
 * seconds until the oldest failure leaves the window.
 */
export function signInAllowed(
  failures: number,
  limit: number,
  oldestFailureAt: Date | null,
  now: Date,
  windowMinutes: number = SIGN_IN_LIMITS.windowMinutes,
): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
  if (failures < limit || !oldestFailureAt) return { allowed: true };
  return {
    allowed: false,
    retryAfterSeconds: secondsUntilWindowFrees(oldestFailureAt, now, windowMinutes),
  };
}
