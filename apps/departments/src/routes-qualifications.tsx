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

function QualificationsArea() {
  const { user } = useSession();
  if (!user) return <Loading />;
  return STAFF_ROLES.includes(user.role) ? <Outlet /> : <NoAccessPage />;
}

/**
 * The "Qualifikationen" area: qualifications running out soon (each organisation its own, the
 * coordination office the whole city) and the city's qualification types. Signed out goes to
 * the sign-in page.
 */
export function qualificationRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    path: "/qualifikationen",
    beforeLoad: async ({ context }) => {
      const { queryClient, trpc } = (context as { api: Api }).api;
      const { user } = await queryClient.ensureQueryData(trpc.auth.me.queryOptions());
      if (!user) throw redirect({ to: "/anmelden" });
    },
    component: QualificationsArea,
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
