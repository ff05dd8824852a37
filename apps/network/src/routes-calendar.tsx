import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";
import { NetworkGate, requireSignIn } from "./network-area.tsx";

export interface CalendarSearch {
  /** The month shown, "YYYY-MM"; the current month when absent. */
  monat?: string;
}

/** The city's joint calendar: its trainings and the network's events, month by month. */
export function calendarRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    id: "calendar-area",
    beforeLoad: requireSignIn,
    component: () => <NetworkGate />,
  });
  return area.addChildren([
    createRoute({
      getParentRoute: () => area,
      path: "/kalender",
      validateSearch: (search: Record<string, unknown>): CalendarSearch => ({
        monat:
          typeof search.monat === "string" && /^20\d\d-(0[1-9]|1[0-2])$/.test(search.monat)
            ? search.monat
            : undefined,
      }),
      component: lazyRouteComponent(() => import("./pages/calendar-page.tsx"), "CalendarPage"),
    }),
  ]);
}
