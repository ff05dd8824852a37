import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";
import { RoleGate, requireSignIn, WHOLE_CITY_ROLES } from "./staff-area.tsx";

/**
 * The "Qualität" area: staff assess their organisation against the city's quality standards;
 * the coordination office sees the matrix of all organisations, each one's trend, and edits
 * the catalogue. Signed out goes to the sign-in page.
 */
export function qualityRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    path: "/qualitaet",
    beforeLoad: requireSignIn,
    component: () => <RoleGate />,
  });
  const cityWide = createRoute({
    getParentRoute: () => area,
    id: "quality-city",
    component: () => <RoleGate roles={WHOLE_CITY_ROLES} />,
  });
  return area.addChildren([
    createRoute({
      getParentRoute: () => area,
      path: "/",
      component: lazyRouteComponent(
        () => import("./pages/quality-start-page.tsx"),
        "QualityStartPage",
      ),
    }),
    cityWide.addChildren([
      createRoute({
        getParentRoute: () => cityWide,
        path: "/standards",
        component: lazyRouteComponent(
          () => import("./pages/quality-catalogue-page.tsx"),
          "QualityCataloguePage",
        ),
      }),
      createRoute({
        getParentRoute: () => cityWide,
        path: "/organisationen/$organisationId",
        component: lazyRouteComponent(
          () => import("./pages/quality-organisation-page.tsx"),
          "QualityOrganisationPage",
        ),
      }),
    ]),
  ]);
}
