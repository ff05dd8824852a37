import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";
import { RoleGate, requireSignIn } from "./staff-area.tsx";

/**
 * The "Qualifikationen" area: qualifications running out soon (each organisation its own, the
 * coordination office the whole city) and the city's qualification types. Signed out goes to
 * the sign-in page.
 */
export function qualificationRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    path: "/qualifikationen",
    beforeLoad: requireSignIn,
    component: RoleGate,
  });
  return area.addChildren([
    createRoute({
      getParentRoute: () => area,
      path: "/",
      component: lazyRouteComponent(
        () => import("./pages/qualification-expiring-page.tsx"),
        "QualificationExpiringPage",
      ),
    }),
    createRoute({
      getParentRoute: () => area,
      path: "/arten",
      component: lazyRouteComponent(
        () => import("./pages/qualification-types-page.tsx"),
        "QualificationTypesPage",
      ),
    }),
  ]);
}
