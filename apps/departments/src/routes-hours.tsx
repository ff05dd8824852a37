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

function HoursArea() {
  const { user } = useSession();
  if (!user) return <Loading />;
  return STAFF_ROLES.includes(user.role) ? <Outlet /> : <NoAccessPage />;
}

/** The queue's filters as they stand in the address, so a link can open it filtered. */
export type HoursQueueSearch = { person?: string; engagement?: string; monat?: string };

function readQueueSearch(raw: Record<string, unknown>): HoursQueueSearch {
  const text = (key: string) =>
    typeof raw[key] === "string" && (raw[key] as string).length <= 60
      ? { [key]: raw[key] as string }
      : {};
  return { ...text("person"), ...text("engagement"), ...text("monat") };
}

/**
 * The "Stunden" area: the approval queue, logging hours for a volunteer, and the hour history of
 * an engagement or a person. Signed out goes to the sign-in page.
 */
export function hoursRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    path: "/stunden",
    beforeLoad: async ({ context }) => {
      const { queryClient, trpc } = (context as { api: Api }).api;
      const { user } = await queryClient.ensureQueryData(trpc.auth.me.queryOptions());
      if (!user) throw redirect({ to: "/anmelden" });
    },
    component: HoursArea,
  });
  const history = () => import("./pages/hours-history-page.tsx");
  return area.addChildren([
    createRoute({
      getParentRoute: () => area,
      path: "/",
      validateSearch: readQueueSearch,
      component: lazyRouteComponent(() => import("./pages/hours-queue-page.tsx"), "HoursQueuePage"),
    }),
    createRoute({
      getParentRoute: () => area,
      path: "/erfassen",
      component: lazyRouteComponent(() => import("./pages/hours-log-page.tsx"), "HoursLogPage"),
    }),
    createRoute({
      getParentRoute: () => area,
      path: "/engagement/$engagementId",
      component: lazyRouteComponent(history, "EngagementHoursPage"),
    }),
    createRoute({
      getParentRoute: () => area,
      path: "/person/$personId",
      component: lazyRouteComponent(history, "PersonHoursPage"),
    }),
  ]);
}
