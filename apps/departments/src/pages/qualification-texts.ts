import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { useQuery } from "@tanstack/react-query";
import { useQualificationT } from "../qualification-messages.ts";

export type QualificationType = RouterOutputs["qualifications"]["types"][number];
type Status = RouterOutputs["qualifications"]["mine"][number]["status"];

/** The city's qualification types (data per city, so read from the API, not from code). */
export function useQualificationTypes() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.qualifications.types.queryOptions(), staleTime: 5 * 60_000 });
}

/** A type's name in the page's language; the slug while the types load or for an unknown one. */
export function useQualificationName() {
  const [language] = useLanguage();
  const types = useQualificationTypes().data;
  return (slug: string) => {
    const type = types?.find((t) => t.slug === slug);
    if (!type) return slug;
    return language === "de" ? type.nameDe : type.nameEn;
  };
}

/** A `YYYY-MM-DD` day as people read it. */
export function useDay() {
  const [language] = useLanguage();
  return (day: string) => formatDate(new Date(`${day}T12:00:00Z`), language);
}

/** Where a record stands, in words (never by colour alone). */
export function useStatusText() {
  const t = useQualificationT();
  const day = useDay();
  return (status: Status, validUntil: string | null, validFrom: string) => {
    switch (status.status) {
      case "valid":
        return validUntil
          ? t("qualifications.status.validUntil", { date: day(validUntil) })
          : t("qualifications.status.validForever");
      case "expiring":
        return status.daysLeft === 0
          ? t("qualifications.status.expiresToday")
          : t("qualifications.status.expiring", { count: status.daysLeft });
      case "expired":
        return t("qualifications.status.expired", { count: status.daysAgo });
      case "not_yet_valid":
        return t("qualifications.status.notYetValid", { date: day(validFrom) });
    }
  };
}
