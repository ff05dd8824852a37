import type { Language } from "./i18n/i18n.tsx";

/** Everything shown to people is in the city's time zone, whatever the device says. */
export const TIME_ZONE = "Europe/Berlin";

const LOCALES: Record<Language, string> = { de: "de-DE", en: "en-GB" };

export function formatDate(value: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(value);
}

export function formatDateTime(value: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    dateStyle: "medium",
    timeStyle: "short",
  }).format(value);
}

/** The date as `YYYY-MM-DD` in Berlin, for `<time dateTime>`. */
export function isoDate(value: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(value);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}
