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
const WHOLE_CITY: readonly string[] = ["coordinator", "city_admin"];

/** The area's pages for staff; the catalogue and an organisation's detail for the coordination office. */
function QualityArea(props: { isForWholeCity?: boolean }) {
  const { user } = useSession();
  if (!user) return <Loading />;
  const allowed = props.isForWholeCity ? WHOLE_CITY : STAFF_ROLES;
  return allowed.includes(user.role) ? <Outlet /> : <NoAccessPage />;
}

/**
 * The "Qualität" area: staff assess their organisation against the city's quality standards;
 * the coordination office sees the matrix of all organisations, each one's trend, and edits
 * the catalogue. Signed out goes to the sign-in page.
 */
export function qualityRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    path: "/qualitaet",
    beforeLoad: async ({ context }) => {
      const { queryClient, trpc } = (context as { api: Api }).api;
      const { user } = await queryClient.ensureQueryData(trpc.auth.me.queryOptions());
      if (!user) throw redirect({ to: "/anmelden" });
    },
    component: () => <QualityArea />,
  });
  const cityWide = createRoute({
    getParentRoute: () => area,
    id: "quality-city",
    component: () => <QualityArea isForWholeCity />,
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
