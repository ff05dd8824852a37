import { useTRPC } from "@engagiert/ui/api";
import { buildCity, useChooseCity } from "@engagiert/ui/city-choice";
import { SelectField } from "@engagiert/ui/select-field";
import { hashKey, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useAppT } from "./messages.ts";

/**
 * The choice of the city to sign in to: every city that runs the platform. A member's account
 * lives in their city, so the choice decides where the e-mail address and password are checked,
 * and it stays for the following visits. A build for one city (VITE_CITY) shows no choice.
 */
export function CityChoiceField() {
  const t = useAppT();
  const trpc = useTRPC();
  const chooseCity = useChooseCity();
  const listOptions = trpc.network.platformCities.queryOptions();
  const list = useQuery({ ...listOptions, staleTime: 5 * 60_000, enabled: !buildCity() });
  const [value, setValue] = useState<string | null>(null);
  const current = value ?? list.data?.current ?? "";

  if (buildCity() || !list.data || list.data.cities.length < 2) return null;
  const listKey = hashKey(listOptions.queryKey);

  return (
    <SelectField
      label={t("cityChoice.label")}
      hint={t("cityChoice.hint")}
      name="city"
      autoComplete="off"
      value={current}
      onChange={(event) => {
        const slug = event.target.value;
        setValue(slug);
        // The list of cities is the same whichever city answers; all else is asked again.
        chooseCity(slug, (query) => query.queryHash === listKey);
      }}
      options={list.data.cities.map((city) => ({ value: city.slug, label: city.name }))}
    />
  );
}
