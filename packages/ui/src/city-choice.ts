import { useQueryClient, type Query } from "@tanstack/react-query";
import { useCallback } from "react";

/*
 * Which city an app speaks for. A partner city's own build names its city at build time
 * (VITE_CITY); an app serving the whole network (the network app) lets the member choose the
 * city their account belongs to, remembered in this browser. Every request names that city in
 * the header `x-engagiert-city`; without one the API serves its default city.
 */

const STORAGE_KEY = "engagiert.city";
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isSlug = (value: unknown): value is string =>
  typeof value === "string" && value.length >= 2 && value.length <= 60 && SLUG.test(value);

/** The city this build is fixed to, or null when the member may choose. */
export function buildCity(): string | null {
  const city = import.meta.env.VITE_CITY;
  return isSlug(city) ? city : null;
}

/** The city chosen in this browser, or null. */
export function chosenCity(): string | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isSlug(stored) ? stored : null;
  } catch {
    // Storage can be blocked (private mode, policy): the API's default city then applies.
    return null;
  }
}

/** Remembers the chosen city, or forgets it (null). */
export function setChosenCity(slug: string | null): void {
  try {
    if (slug === null) globalThis.localStorage?.removeItem(STORAGE_KEY);
    else if (isSlug(slug)) globalThis.localStorage?.setItem(STORAGE_KEY, slug);
  } catch {
    // The choice then lasts until the page is reloaded at most; nothing else to do.
  }
}

/** The city a request names: the build's, else the chosen one; null leaves it to the API. */
export function requestCity(): string | null {
  return buildCity() ?? chosenCity();
}

/**
 * Changes the city of every following request. Whatever is cached was answered for the previous
 * city (its configuration, the session, its lists), so it is reset and what is on screen is asked
 * again; `keep` spares queries that are the same for every city.
 */
export function useChooseCity() {
  const queryClient = useQueryClient();
  return useCallback(
    (slug: string | null, keep?: (query: Query) => boolean) => {
      setChosenCity(slug);
      void queryClient.resetQueries({ predicate: (query) => !keep?.(query) });
    },
    [queryClient],
  );
}
