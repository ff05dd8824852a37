import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { useHoursT } from "./hours-messages.ts";

/** Minutes as "2 Std. 30 Min." in the visitor's language. */
export function useDuration() {
  const t = useHoursT();
  return (total: number) => {
    const hours = Math.floor(total / 60);
    const minutes = total % 60;
    if (hours === 0) return t("hours.duration.m", { minutes });
    if (minutes === 0) return t("hours.duration.h", { hours });
    return t("hours.duration.hm", { hours, minutes });
  };
}

/** A calendar day (`YYYY-MM-DD`) as "24. November 2026". */
export function useDay() {
  const [language] = useLanguage();
  return (isoDate: string) => formatDate(new Date(`${isoDate}T12:00:00Z`), language);
}
