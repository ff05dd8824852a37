import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Time-based one-time passwords (TOTP, RFC 6238) as authenticator apps make them: HMAC-SHA-1,
 * six digits, a new code every 30 seconds. A code of the step before or after the current one
 * is accepted too, so a phone clock a little off or a code typed at the turn of a step works.
 */
export const TOTP = { digits: 6, periodSeconds: 30, window: 1 } as const;

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32 without padding, the form authenticator apps take a secret in. */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** Reads base32, ignoring case, spaces and padding; null if any other character is in it. */
export function base32Decode(text: string): Buffer | null {
  const clean = text.replace(/[\s=]/g, "").toUpperCase();
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new secret: 160 random bits (the HMAC-SHA-1 key length RFC 4226 recommends), base32. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** Whether a text is a secret as `newTotpSecret` makes them (32 base32 characters). */
export function isTotpSecret(text: string): boolean {
  return /^[A-Z2-7]{32}$/.test(text);
}

/** HOTP (RFC 4226): the code for one counter value. */
export function hotp(
  key: Uint8Array,
  counter: number,
  digits: number = TOTP.digits,
  algorithm: "sha1" | "sha256" | "sha512" = "sha1",
): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, key).update(message).digest();
  // Dynamic truncation: four bytes from the offset named by the last nibble.
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/** The time step a moment falls in (30-second steps since 1970). */
export function totpStep(at: Date, periodSeconds: number = TOTP.periodSeconds): number {
  return Math.floor(at.getTime() / 1000 / periodSeconds);
}

/** The code an authenticator app shows for a base32 secret at a moment. */
export function totpCode(secret: string, at: Date): string {
  const key = base32Decode(secret);
  if (!key) throw new Error("The TOTP secret is not base32.");
  return hotp(key, totpStep(at));
}

/** Digits only, spaces taken out ("123 456" is how some apps show a code). */
export function normaliseTotpCode(input: string): string | null {
  const digits = input.replace(/\s/g, "");
  return new RegExp(`^\\d{${TOTP.digits}}$`).test(digits) ? digits : null;
}

/**
 * The step whose code matches, among the current one and its neighbours, or null. The caller
 * records the step as used, so the same code cannot sign in twice (RFC 6238, section 5.2).
 */
export function matchTotpStep(secret: string, code: string, at: Date): number | null {
  const key = base32Decode(secret);
  const given = normaliseTotpCode(code);
  if (!key || !given) return null;
  const current = totpStep(at);
  for (let offset = -TOTP.window; offset <= TOTP.window; offset++) {
    const expected = hotp(key, current + offset);
    if (timingSafeEqual(Buffer.from(expected), Buffer.from(given))) return current + offset;
  }
  return null;
}

/**
 * The address an authenticator app reads from the QR code (the "Key Uri Format" the apps
 * share): `otpauth://totp/Issuer:account?secret=…&issuer=…`.
 */
export function otpauthUri(options: { secret: string; account: string; issuer: string }): string {
  const label = `${encodeURIComponent(options.issuer)}:${encodeURIComponent(options.account)}`;
  // Spaces as %20, not "+": some apps show a "+" literally.
  const query = [
    `secret=${options.secret}`,
    `issuer=${encodeURIComponent(options.issuer)}`,
    "algorithm=SHA1",
    `digits=${TOTP.digits}`,
    `period=${TOTP.periodSeconds}`,
  ].join("&");
  return `otpauth://totp/${label}?${query}`;
}
