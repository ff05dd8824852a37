import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";
import { NetworkGate, requireSignIn } from "./network-area.tsx";

export interface FigureSearch {
  jahr?: number;
  kennzahl?: "active_volunteers" | "hours" | "opportunities";
}

const METRICS = ["active_volunteers", "hours", "opportunities"] as const;

/** The shared figures: the own city's opt-in and the comparison with cities of similar size. */
export function figuresRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    id: "figures-area",
    beforeLoad: requireSignIn,
    component: () => <NetworkGate />,
  });
  return area.addChildren([
    createRoute({
      getParentRoute: () => area,
      path: "/zahlen",
      // Year and figure live in the address, so a comparison can be shared with a colleague.
      validateSearch: (search: Record<string, unknown>): FigureSearch => {
        const year = Number(search.jahr);
        return {
          jahr: Number.isInteger(year) && year >= 2015 && year <= 2100 ? year : undefined,
          kennzahl: METRICS.find((m) => m === search.kennzahl),
        };
      },
      component: lazyRouteComponent(() => import("./pages/figures-page.tsx"), "FiguresPage"),
    }),
  ]);
}
