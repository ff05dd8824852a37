import { formatDate } from "@engagiert/ui/format";
import type { Language } from "@engagiert/ui/i18n";
import { useTrainingT } from "./training-messages.ts";

const LOCALES: Record<Language, string> = { de: "de-DE", en: "en-GB" };

/** A time of day in Berlin, where the trainings take place. */
export const timeOf = (at: Date, language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: "Europe/Berlin",
    hour: "2-digit",
    minute: "2-digit",
  }).format(at);

export const dayOf = (at: Date, language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: "Europe/Berlin",
    weekday: "short",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(at);

export function costText(cents: number, language: Language, free: string): string {
  if (cents === 0) return free;
  return new Intl.NumberFormat(LOCALES[language], { style: "currency", currency: "EUR" }).format(
    cents / 100,
  );
}

/** The address of a training's iCalendar file (served by the API through the app's origin). */
export const trainingCalendarFile = (trainingId: string) =>
  `${import.meta.env.VITE_API_URL ?? ""}/api/calendar/training/${trainingId}.ics${
    import.meta.env.VITE_CITY ? `?city=${encodeURIComponent(import.meta.env.VITE_CITY)}` : ""
  }`;

/** "Noch 3 Plätze frei · 2 auf der Warteliste". */
export function PlacesText(props: { freePlaces: number; waitingCount: number }) {
  const t = useTrainingT();
  return (
    <>
      {props.freePlaces > 0
        ? t("trainings.free", { count: props.freePlaces })
        : t("trainings.full")}
      {props.waitingCount > 0
        ? ` · ${t("trainings.waiting", { count: props.waitingCount })}`
        : null}
    </>
  );
}

/** Where a training takes place: an address, online, or both. */
export function placeText(
  t: ReturnType<typeof useTrainingT>,
  training: { place: string | null; isOnline: boolean },
): string {
  if (training.place && training.isOnline) {
    return t("trainings.placeAndOnline", { place: training.place });
  }
  return training.place ?? t("trainings.online");
}

export function deadlineText(
  t: ReturnType<typeof useTrainingT>,
  deadline: Date,
  language: Language,
): string {
  return t("trainings.deadline", {
    date: formatDate(deadline, language),
    time: timeOf(deadline, language),
  });
}
