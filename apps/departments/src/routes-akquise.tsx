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

function StaffArea() {
  const { user } = useSession();
  if (!user) return <Loading />;
  return STAFF_ROLES.includes(user.role) ? <Outlet /> : <NoAccessPage />;
}

/**
 * The Akquise pages (opportunities, applications, volunteer records) behind one guard: signed
 * out goes to the sign-in page; a role without business here sees a friendly "no access" page.
 */
export function akquiseRoutes<TParent extends AnyRoute>(parent: TParent) {
  const staffArea = createRoute({
    getParentRoute: () => parent,
    id: "staff",
    beforeLoad: async ({ context }) => {
      const { queryClient, trpc } = (context as { api: Api }).api;
      const { user } = await queryClient.ensureQueryData(trpc.auth.me.queryOptions());
      if (!user) throw redirect({ to: "/anmelden" });
    },
    component: StaffArea,
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
