import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";

/** The calendar's filters as they stand in the address, so a selection can be shared. */
export type TrainingCalendarSearch = { topic?: string; from?: string; onlyWithPlaces?: boolean };

/**
 * A first, light reading of the address: known keys with the right kind of value. The page
 * checks them against the domain schema; this file loads with every page, so it stays small.
 */
export function readTrainingSearch(raw: Record<string, unknown>): TrainingCalendarSearch {
  return {
    ...(typeof raw.topic === "string" ? { topic: raw.topic } : {}),
    ...(typeof raw.from === "string" ? { from: raw.from } : {}),
    ...(raw.onlyWithPlaces === true ? { onlyWithPlaces: true } : {}),
  };
}

/** The training calendar, one training's page and "Meine Schulungen", each loaded when visited. */
export function trainingRoutes<TParent extends AnyRoute>(parent: TParent) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: "/schulungen",
      validateSearch: readTrainingSearch,
      component: lazyRouteComponent(
        () => import("./training-calendar-page.tsx"),
        "TrainingCalendarPage",
      ),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: "/schulungen/$id",
      component: lazyRouteComponent(() => import("./training-page.tsx"), "TrainingPage"),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: "/meine-schulungen",
      component: lazyRouteComponent(() => import("./training-mine-page.tsx"), "TrainingMinePage"),
    }),
  ] as const;
}
