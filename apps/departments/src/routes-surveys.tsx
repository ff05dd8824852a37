import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";
import { RoleGate, requireSignIn } from "./staff-area.tsx";

/**
 * The Umfragen pages (volunteer feedback surveys) behind the staff guard: signed out goes to the
 * sign-in page; a role without business here sees the "no access" page.
 */
export function surveyRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    id: "survey-area",
    beforeLoad: requireSignIn,
    component: RoleGate,
  });
  const surveyPage = () => import("./pages/survey-page.tsx");
  return area.addChildren([
    createRoute({
      getParentRoute: () => area,
      path: "/umfragen",
      component: lazyRouteComponent(() => import("./pages/survey-list-page.tsx"), "SurveysPage"),
    }),
    createRoute({
      getParentRoute: () => area,
      path: "/umfragen/neu",
      component: lazyRouteComponent(surveyPage, "NewSurveyPage"),
    }),
    createRoute({
      getParentRoute: () => area,
      path: "/umfragen/$surveyId",
      component: lazyRouteComponent(surveyPage, "SurveyPage"),
    }),
    createRoute({
      getParentRoute: () => area,
      path: "/umfragen/$surveyId/ergebnisse",
      component: lazyRouteComponent(
        () => import("./pages/survey-results-page.tsx"),
        "SurveyResultsPage",
      ),
    }),
  ]);
}
