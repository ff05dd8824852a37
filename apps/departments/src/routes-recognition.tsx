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

function RecognitionArea(props: { isForWholeCity?: boolean }) {
  const { user } = useSession();
  if (!user) return <Loading />;
  const allowed = props.isForWholeCity ? WHOLE_CITY : STAFF_ROLES;
  return allowed.includes(user.role) ? <Outlet /> : <NoAccessPage />;
}

/**
 * The "Anerkennung" area: staff see the milestones of their organisation's volunteers; the
 * coordination office also the Ehrenamtskarte list and the recognition events with their
 * invitation lists. Signed out goes to the sign-in page.
 */
export function recognitionRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    path: "/anerkennung",
    beforeLoad: async ({ context }) => {
      const { queryClient, trpc } = (context as { api: Api }).api;
      const { user } = await queryClient.ensureQueryData(trpc.auth.me.queryOptions());
      if (!user) throw redirect({ to: "/anmelden" });
    },
    component: () => <RecognitionArea />,
  });
  const cityWide = createRoute({
    getParentRoute: () => area,
    id: "recognition-city",
    component: () => <RecognitionArea isForWholeCity />,
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
