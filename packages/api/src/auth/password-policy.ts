import { dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as germanDictionary } from "@zxcvbn-ts/language-de";

/**
 * What a new password must be, after NIST SP 800-63B (section 5.1.1.2, "Memorized Secret
 * Verifiers"): long enough, not too long to hash, and not one that attackers try first (a list
 * of common passwords, dictionary words, repetitions and sequences, the person's own address or
 * name). Deliberately no composition rules ("one digit, one special character") and no forced
 * rotation: both lead people to predictable passwords ("Sommer2026!") and to writing them down,
 * and NIST advises against them. A password is changed when there is a reason, e.g. a leak.
 */
export const PASSWORD_RULES = { minLength: 12, maxLength: 256 } as const;

export type PasswordCheck = { ok: true } | { ok: false; message: string };

/**
 * Common passwords and German everyday words, shipped inside the zxcvbn-ts packages (MIT), loaded
 * once when first needed. Nothing is fetched at run time.
 */
let blocked: Set<string> | null = null;
function blockedWords(): Set<string> {
  blocked ??= new Set(
    [...commonDictionary["passwords-common"], ...germanDictionary.commonWords].map(normalise),
  );
  return blocked;
}

function normalise(value: string): string {
  return value.normalize("NFC").toLocaleLowerCase("de-DE").trim();
}

/** Characters people put before or after a word to meet old composition rules. */
const DECORATION = /^[\d\s\p{P}\p{S}]+|[\d\s\p{P}\p{S}]+$/gu;

/** The password as given, and with digits and punctuation around it taken off ("Passwort2026!"). */
function cores(password: string): string[] {
  const whole = normalise(password);
  const core = whole.replace(DECORATION, "");
  return core && core !== whole ? [whole, core] : [whole];
}

/** "aaaaaaaaaaaa", "abcabcabcabc": one short part over and over. */
function isRepetition(points: string[]): boolean {
  for (let unit = 1; unit <= 4; unit++) {
    if (points.every((point, i) => point === points[i % unit])) return true;
  }
  return false;
}

/** "123456789012", "abcdefghijkl", "987654321098": each character one step from the last. */
function isSequence(points: string[]): boolean {
  const codes = points.map((point) => point.toLowerCase().codePointAt(0) ?? 0);
  const step = (a: number, b: number) => {
    // Digits wrap around: 8, 9, 0, 1.
    if (a === 57 && b === 48) return 1;
    if (a === 48 && b === 57) return -1;
    return b - a;
  };
  const first = step(codes[0]!, codes[1]!);
  if (first !== 1 && first !== -1) return false;
  return codes.slice(1).every((code, i) => step(codes[i]!, code) === first);
}

/** The e-mail address, its part before the @, and the name, as someone might type them. */
function personalWords(context: { email?: string; displayName?: string }): string[] {
  const words: string[] = [];
  if (context.email) {
    const email = normalise(context.email);
    words.push(email, email.split("@")[0] ?? "");
  }
  if (context.displayName) {
    const name = normalise(context.displayName);
    words.push(name, name.replace(/\s+/g, ""), ...name.split(/\s+/));
  }
  return words.filter((word) => word.length >= 3);
}

/**
 * Checks a password someone chooses (on setting up an account or changing it); sign-in itself
 * never applies these rules, so an older password keeps working until it is changed.
 */
export function checkNewPassword(
  password: string,
  context: { email?: string; displayName?: string } = {},
): PasswordCheck {
  // Code points of the composed form, not UTF-16 units: "ä" and an emoji count as one each.
  const points = [...password.normalize("NFC")];
  if (points.length < PASSWORD_RULES.minLength) {
    return {
      ok: false,
      message: `Das Passwort ist zu kurz: Es hat ${points.length} von mindestens ${PASSWORD_RULES.minLength} Zeichen. Mehrere Wörter hintereinander ergeben ein langes Passwort, das man sich gut merken kann.`,
    };
  }
  if (points.length > PASSWORD_RULES.maxLength) {
    return {
      ok: false,
      message: `Das Passwort ist zu lang: Es darf höchstens ${PASSWORD_RULES.maxLength} Zeichen haben.`,
    };
  }
  if (isRepetition(points) || isSequence(points)) {
    return {
      ok: false,
      message:
        "Das Passwort besteht nur aus Wiederholungen oder einer Zeichenfolge wie „123456…“ und ist leicht zu erraten. Bitte wählen Sie ein anderes.",
    };
  }
  const candidates = cores(password);
  const personal = personalWords(context);
  if (candidates.some((candidate) => personal.includes(candidate))) {
    return {
      ok: false,
      message:
        "Das Passwort darf nicht Ihre E-Mail-Adresse oder Ihr Name sein. Bitte wählen Sie ein anderes.",
    };
  }
  const words = blockedWords();
  if (candidates.some((candidate) => words.has(candidate))) {
    return {
      ok: false,
      message:
        "Dieses Passwort ist zu verbreitet: Es steht (oder sein Wort ohne Ziffern und Zeichen) auf einer Liste häufig verwendeter Passwörter und Wörter. Bitte wählen Sie ein anderes, zum Beispiel aus mehreren Wörtern, die nicht zusammengehören.",
    };
  }
  return { ok: true };
}
