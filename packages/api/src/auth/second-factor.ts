import { deleteSession } from "@engagiert/db/queries/accounts";
import {
  claimTotpStep,
  countRecoveryCodesLeft,
  enableTotp,
  findPendingSession,
  useRecoveryCode,
} from "@engagiert/db/queries/second-factor";
import { SECOND_FACTOR_LIMITS, type TotpSetupConfirm } from "@engagiert/domain/access";
import type { Context } from "../context.ts";
import { refuse } from "../trpc.ts";
import { reserve, succeeded } from "./attempts.ts";
import { qrCode } from "./qr.ts";
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from "./recovery-codes.ts";
import { fieldErrors } from "../routers/akquise-helpers.ts";
import { hashToken } from "./tokens.ts";
import { matchTotpStep, newTotpSecret, normaliseTotpCode, otpauthUri } from "./totp.ts";

const WRONG_CODE =
  "Der Code stimmt nicht. Bitte geben Sie den aktuellen Code aus Ihrer Authentifizierungs-App ein, oder einen Ihrer Wiederherstellungscodes.";
const CODE_USED =
  "Dieser Code wurde gerade schon verwendet. Bitte warten Sie, bis Ihre App den nächsten Code zeigt, und geben Sie diesen ein.";
const SETUP_CODE_WRONG =
  "Der Code passt nicht zum neuen Schlüssel. Bitte prüfen Sie, ob die Uhrzeit Ihres Geräts stimmt, und geben Sie den Code ein, den die App gerade zeigt.";

/** Wrong codes count per account and per client; a right one does not. */
function reserveCodeAttempt(ctx: Context, userId: string) {
  return reserve(
    ctx,
    [
      { key: `code:${userId}`, limit: SECOND_FACTOR_LIMITS.failuresPerAccount },
      { key: `code-client:${ctx.clientAddress}`, limit: SECOND_FACTOR_LIMITS.failuresPerClient },
    ],
    SECOND_FACTOR_LIMITS.windowMinutes,
    "Code-Eingaben",
  );
}

/** The session between password and second factor; refuses once it has run out. */
export async function requirePendingSession(ctx: Context) {
  const pending = ctx.sessionToken
    ? await findPendingSession(ctx.db, ctx.scope, hashToken(ctx.sessionToken), ctx.now())
    : null;
  if (!pending) {
    throw refuse(
      "UNAUTHORIZED",
      "second_factor_expired",
      "Die Anmeldung ist abgelaufen. Bitte geben Sie E-Mail-Adresse und Passwort erneut ein.",
    );
  }
  return pending;
}

/** Ends the waiting session: the full session that follows gets a token of its own. */
export function endPendingSession(ctx: Context, pending: { tokenHash: string }) {
  return deleteSession(ctx.db, ctx.scope, pending.tokenHash);
}

/**
 * Checks a second factor: a six-digit code from the app (each time step once per user), or a
 * recovery code (each once). Refuses with 401 and a reason; too many wrong codes give a pause.
 */
export async function checkSecondFactor(
  ctx: Context,
  user: { userId: string; totpSecret: string | null },
  code: string,
): Promise<{ method: "totp" | "recovery_code"; recoveryCodesLeft: number | null }> {
  const attempts = await reserveCodeAttempt(ctx, user.userId);
  const now = ctx.now();
  if (normaliseTotpCode(code) && user.totpSecret) {
    const step = matchTotpStep(user.totpSecret, code, now);
    if (step === null) throw refuse("UNAUTHORIZED", "wrong_code", WRONG_CODE);
    if (!(await claimTotpStep(ctx.db, ctx.scope, user.userId, step, now))) {
      throw refuse("UNAUTHORIZED", "code_used", CODE_USED);
    }
    await succeeded(ctx, attempts);
    return { method: "totp", recoveryCodesLeft: null };
  }
  const recovery = normaliseRecoveryCode(code);
  const hash = recovery ? hashRecoveryCode(user.userId, recovery) : null;
  if (!hash || !(await useRecoveryCode(ctx.db, ctx.scope, user.userId, hash, now))) {
    throw refuse("UNAUTHORIZED", "wrong_code", WRONG_CODE);
  }
  await succeeded(ctx, attempts);
  ctx.log.info("recovery code used", { city: ctx.city.slug });
  return {
    method: "recovery_code",
    recoveryCodesLeft: await countRecoveryCodesLeft(ctx.db, ctx.scope, user.userId),
  };
}

/**
 * A new secret for an authenticator app: as text for typing in, as the otpauth address and as
 * its QR code. Nothing is stored until the first code from the app confirms it, so leaving
 * half-way changes nothing.
 */
export function newTotpSetup(ctx: Context, account: string) {
  const secret = newTotpSecret();
  const uri = otpauthUri({ secret, account, issuer: `${ctx.city.name} engagiert` });
  return { secret, uri, qr: qrCode(uri) };
}

/**
 * Turns the authenticator on once its first code matches the new secret, with ten new recovery
 * codes (only their hashes are kept; the codes are answered this once).
 */
export async function confirmTotpSetup(
  ctx: Context,
  userId: string,
  input: TotpSetupConfirm,
): Promise<string[]> {
  const attempts = await reserveCodeAttempt(ctx, userId);
  const now = ctx.now();
  const step = matchTotpStep(input.secret, input.code, now);
  if (step === null) throw fieldErrors([{ path: ["code"], message: SETUP_CODE_WRONG }]);
  // The code just typed cannot then sign in a second time.
  await claimTotpStep(ctx.db, ctx.scope, userId, step, now);
  const codes = newRecoveryCodes();
  await enableTotp(ctx.db, ctx.scope, userId, {
    secret: input.secret,
    at: now,
    codeHashes: codes.map((code) => hashRecoveryCode(userId, normaliseRecoveryCode(code)!)),
  });
  await succeeded(ctx, attempts);
  return codes;
}
