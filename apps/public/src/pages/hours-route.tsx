import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";

/** "Meine Stunden" at /stunden, loaded only when visited. */
export function hoursRoute<TParent extends AnyRoute>(parent: TParent) {
  return createRoute({
    getParentRoute: () => parent,
    path: "/stunden",
    component: lazyRouteComponent(() => import("./hours-page.tsx"), "HoursPage"),
  });
}
