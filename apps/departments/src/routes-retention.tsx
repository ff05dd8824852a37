import type { NavigationItem } from "@engagiert/ui/app-shell";
import { useSession } from "@engagiert/ui/session";
import {
  createRoute,
  lazyRouteComponent,
  useRouterState,
  type AnyRoute,
} from "@tanstack/react-router";
import { useAppT } from "./messages.ts";
import { RoleGate, requireSignIn, WHOLE_CITY_ROLES } from "./staff-area.tsx";

const WholeCityGate = () => <RoleGate roles={WHOLE_CITY_ROLES} />;

/**
 * The deletion periods (Löschfristen) at /datenschutz/loeschfristen, for the coordination office
 * and city admins. Signed out goes to the sign-in page.
 */
export function retentionRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    id: "retention",
    beforeLoad: requireSignIn,
    component: WholeCityGate,
  });
  return area.addChildren([
    createRoute({
      getParentRoute: () => area,
      path: "/datenschutz/loeschfristen",
      component: lazyRouteComponent(() => import("./pages/retention-page.tsx"), "RetentionPage"),
    }),
  ]);
}

/** The navigation item, for the roles that may open the page. */
export function useRetentionNavigation(): NavigationItem[] {
  const t = useAppT();
  // The items follow whoever is signed in now (signing in or out navigates).
  useRouterState({ select: (state) => state.resolvedLocation?.href });
  const role = useSession().user?.role ?? "";
  return WHOLE_CITY_ROLES.includes(role)
    ? [{ to: "/datenschutz/loeschfristen", label: t("nav.retention") }]
    : [];
}
