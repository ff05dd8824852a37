import { useTRPC } from "@engagiert/ui/api";
import { useLanguage } from "@engagiert/ui/i18n";
import { useQuery } from "@tanstack/react-query";

/**
 * A qualification type's name in the page's language, from the city's types (data per city);
 * the slug while they load or for a type the city does not know.
 */
export function useQualificationName() {
  const trpc = useTRPC();
  const [language] = useLanguage();
  const types = useQuery({ ...trpc.qualifications.types.queryOptions(), staleTime: 5 * 60_000 });
  return (slug: string) => {
    const type = types.data?.find((t) => t.slug === slug);
    if (!type) return slug;
    return language === "de" ? type.nameDe : type.nameEn;
  };
}
