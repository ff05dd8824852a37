import type { Api } from "@engagiert/ui/api";
import { Loading } from "@engagiert/ui/loading";
import { useSession } from "@engagiert/ui/session";
import {
  createRoute,
  lazyRouteComponent,
  Outlet,
  redirect,
  type AnyRoute,
} from "@tanstack/react-router";
import { NoAccessPage } from "./pages/no-access-page.tsx";

const STAFF_ROLES: readonly string[] = ["staff", "coordinator", "city_admin"];

function SurveyArea() {
  const { user } = useSession();
  if (!user) return <Loading />;
  return STAFF_ROLES.includes(user.role) ? <Outlet /> : <NoAccessPage />;
}

/**
 * The Umfragen pages (volunteer feedback surveys) behind the staff guard: signed out goes to the
 * sign-in page; a role without business here sees the "no access" page.
 */
export function surveyRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    id: "survey-area",
    beforeLoad: async ({ context }) => {
      const { queryClient, trpc } = (context as { api: Api }).api;
      const { user } = await queryClient.ensureQueryData(trpc.auth.me.queryOptions());
      if (!user) throw redirect({ to: "/anmelden" });
    },
    component: SurveyArea,
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
