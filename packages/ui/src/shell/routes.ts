import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";

const legalPages = () => import("../pages/legal-pages.tsx");

/** The legal pages every app has, each loaded only when visited. */
export function legalRoutes<TParent extends AnyRoute>(parent: TParent) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: "/impressum",
      component: lazyRouteComponent(legalPages, "ImprintPage"),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: "/datenschutz",
      component: lazyRouteComponent(legalPages, "PrivacyPage"),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: "/barrierefreiheit",
      component: lazyRouteComponent(legalPages, "AccessibilityPage"),
    }),
  ] as const;
}
