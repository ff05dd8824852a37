import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";
import { RoleGate, requireSignIn, WHOLE_CITY_ROLES } from "./staff-area.tsx";

/**
 * The "Anerkennung" area: staff see the milestones of their organisation's volunteers; the
 * coordination office also the Ehrenamtskarte list and the recognition events with their
 * invitation lists. Signed out goes to the sign-in page.
 */
export function recognitionRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    path: "/anerkennung",
    beforeLoad: requireSignIn,
    component: () => <RoleGate />,
  });
  const cityWide = createRoute({
    getParentRoute: () => area,
    id: "recognition-city",
    component: () => <RoleGate roles={WHOLE_CITY_ROLES} />,
  });
  return area.addChildren([
    createRoute({
      getParentRoute: () => area,
      path: "/",
      component: lazyRouteComponent(
        () => import("./pages/recognition-start-page.tsx"),
        "RecognitionStartPage",
      ),
    }),
    createRoute({
      getParentRoute: () => area,
      path: "/meilensteine",
      component: lazyRouteComponent(
        () => import("./pages/recognition-milestones-page.tsx"),
        "RecognitionMilestonesPage",
      ),
    }),
    cityWide.addChildren([
      createRoute({
        getParentRoute: () => cityWide,
        path: "/ehrenamtskarte",
        component: lazyRouteComponent(
          () => import("./pages/recognition-card-page.tsx"),
          "RecognitionCardPage",
        ),
      }),
      createRoute({
        getParentRoute: () => cityWide,
        path: "/feste",
        component: lazyRouteComponent(
          () => import("./pages/recognition-events-page.tsx"),
          "RecognitionEventsPage",
        ),
      }),
      createRoute({
        getParentRoute: () => cityWide,
        path: "/feste/$eventId",
        component: lazyRouteComponent(
          () => import("./pages/recognition-event-page.tsx"),
          "RecognitionEventPage",
        ),
      }),
    ]),
  ]);
}
