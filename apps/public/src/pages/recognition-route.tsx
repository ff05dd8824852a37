import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";

/** "Anerkennung" at /anerkennung, loaded only when visited. */
export function recognitionRoute<TParent extends AnyRoute>(parent: TParent) {
  return createRoute({
    getParentRoute: () => parent,
    path: "/anerkennung",
    component: lazyRouteComponent(() => import("./recognition-page.tsx"), "RecognitionPage"),
  });
}
