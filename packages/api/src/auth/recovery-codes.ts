import { createHash, randomBytes } from "node:crypto";
import { base32Encode } from "./totp.ts";

/** How many recovery codes a person gets at once; each works once. */
export const RECOVERY_CODE_COUNT = 10;

/**
 * A recovery code: 80 random bits as 16 base32 characters in groups of four
 * ("k7qm-2xwa-…"), easy to copy by hand from a printout.
 */
export function newRecoveryCode(): string {
  const text = base32Encode(randomBytes(10)).toLowerCase();
  return text.match(/.{4}/g)!.join("-");
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
}

/** The code as typed, without dashes, spaces and case; null if it cannot be a recovery code. */
export function normaliseRecoveryCode(input: string): string | null {
  const clean = input.replace(/[\s-]/g, "").toLowerCase();
  return /^[a-z2-7]{16}$/.test(clean) ? clean : null;
}

/**
 * Only this hash is stored. The codes are random and long (80 bits), so a fast hash is enough;
 * the user's id in it makes the same code hash differently for two people.
 */
export function hashRecoveryCode(userId: string, code: string): string {
  return createHash("sha256").update(`${userId}:${code}`).digest("hex");
}
