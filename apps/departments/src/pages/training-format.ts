import { readError, errorText } from "@engagiert/ui/errors";
import { TIME_ZONE } from "@engagiert/ui/format";
import type { Language } from "@engagiert/ui/i18n";
import { TRAINING_ERRORS, type TrainingError } from "../training-messages.ts";
import { useTrainingT } from "../training-messages.ts";

const LOCALES: Record<Language, string> = { de: "de-DE", en: "en-GB" };

/** A session as one line: "Montag, 7. Dezember 2026, 09:00–16:00". */
export function sessionText(session: { startsAt: Date; endsAt: Date }, language: Language) {
  const day = new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(session.startsAt);
  const time = new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
  });
  return `${day}, ${time.format(session.startsAt)}–${time.format(session.endsAt)}`;
}

/** The same, short, for a select: "07.12.2026, 09:00". */
export function sessionShortText(session: { startsAt: Date }, language: Language) {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    dateStyle: "medium",
    timeStyle: "short",
  }).format(session.startsAt);
}

export function money(cents: number, language: Language) {
  return new Intl.NumberFormat(LOCALES[language], { style: "currency", currency: "EUR" }).format(
    cents / 100,
  );
}

/** The sentence for a refused training action, in the visitor's language. */
export function useTrainingErrorText() {
  const t = useTrainingT();
  return (error: unknown) => {
    const readable = readError(error);
    const known = TRAINING_ERRORS.find((reason) => reason === readable.reason) as
      TrainingError | undefined;
    return known ? t(`trainingError.${known}`) : errorText(readable, t);
  };
}
