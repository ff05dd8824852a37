import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";
import { RoleGate, requireSignIn } from "./staff-area.tsx";

/**
 * The Akquise pages (opportunities, applications, volunteer records) behind one guard: signed
 * out goes to the sign-in page; a role without business here sees a friendly "no access" page.
 */
export function akquiseRoutes<TParent extends AnyRoute>(parent: TParent) {
  const staffArea = createRoute({
    getParentRoute: () => parent,
    id: "staff",
    beforeLoad: requireSignIn,
    component: RoleGate,
  });
  const editor = () => import("./pages/opportunity-editor-page.tsx");
  return staffArea.addChildren([
    createRoute({
      getParentRoute: () => staffArea,
      path: "/angebote",
      component: lazyRouteComponent(
        () => import("./pages/opportunities-page.tsx"),
        "OpportunitiesPage",
      ),
    }),
    createRoute({
      getParentRoute: () => staffArea,
      path: "/angebote/neu",
      component: lazyRouteComponent(editor, "NewOpportunityPage"),
    }),
    createRoute({
      getParentRoute: () => staffArea,
      path: "/angebote/$opportunityId",
      component: lazyRouteComponent(editor, "EditOpportunityPage"),
    }),
    createRoute({
      getParentRoute: () => staffArea,
      path: "/bewerbungen",
      component: lazyRouteComponent(() => import("./pages/pipeline-page.tsx"), "PipelinePage"),
    }),
    createRoute({
      getParentRoute: () => staffArea,
      path: "/bewerbungen/$engagementId",
      component: lazyRouteComponent(() => import("./pages/engagement-page.tsx"), "EngagementPage"),
    }),
    createRoute({
      getParentRoute: () => staffArea,
      path: "/engagierte/$personId",
      component: lazyRouteComponent(() => import("./pages/volunteer-page.tsx"), "VolunteerPage"),
    }),
  ]);
}
