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

function StaffOnly() {
  const { user } = useSession();
  if (!user) return <Loading />;
  return STAFF_ROLES.includes(user.role) ? <Outlet /> : <NoAccessPage />;
}

/**
 * The reports (Berichte) and the allowance payments (Pauschalen), for staff of an organisation
 * and the coordination office. Signed out goes to the sign-in page.
 */
export function reportRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    id: "reports",
    beforeLoad: async ({ context }) => {
      const { queryClient, trpc } = (context as { api: Api }).api;
      const { user } = await queryClient.ensureQueryData(trpc.auth.me.queryOptions());
      if (!user) throw redirect({ to: "/anmelden" });
    },
    component: StaffOnly,
  });
  return area.addChildren([
    createRoute({
      getParentRoute: () => area,
      path: "/berichte",
      component: lazyRouteComponent(() => import("./pages/report-page.tsx"), "ReportPage"),
    }),
    createRoute({
      getParentRoute: () => area,
      path: "/pauschalen",
      component: lazyRouteComponent(() => import("./pages/allowance-page.tsx"), "AllowancePage"),
    }),
  ]);
}
