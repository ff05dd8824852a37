import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";
import { RoleGate, requireSignIn } from "./staff-area.tsx";

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
    beforeLoad: requireSignIn,
    component: RoleGate,
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
