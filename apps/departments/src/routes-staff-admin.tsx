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

/** Only city admins manage accounts (policy action `staff.manage`). */
const ACCOUNT_ROLES: readonly string[] = ["city_admin"];

const CityAdminGate = () => <RoleGate roles={ACCOUNT_ROLES} />;

/**
 * The account management (Zugänge) for city admins, behind the staff guard, and the public
 * page where an invited person accepts the invitation by choosing a password.
 */
export function staffAdminRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    path: "/zugaenge",
    beforeLoad: requireSignIn,
    component: CityAdminGate,
  });
  const accounts = area.addChildren([
    createRoute({
      getParentRoute: () => area,
      path: "/",
      component: lazyRouteComponent(
        () => import("./pages/staff-accounts-page.tsx"),
        "StaffAccountsPage",
      ),
    }),
    createRoute({
      getParentRoute: () => area,
      path: "/einladen",
      component: lazyRouteComponent(
        () => import("./pages/staff-invite-page.tsx"),
        "StaffInvitePage",
      ),
    }),
    createRoute({
      getParentRoute: () => area,
      path: "/$userId",
      component: lazyRouteComponent(
        () => import("./pages/staff-account-page.tsx"),
        "StaffAccountPage",
      ),
    }),
  ]);
  const accept = createRoute({
    getParentRoute: () => parent,
    path: "/einladung/$token",
    component: lazyRouteComponent(
      () => import("./pages/invitation-accept-page.tsx"),
      "InvitationAcceptPage",
    ),
  });
  return [accounts, accept] as const;
}

/** The navigation items of accounts and audit log, for the roles that may use them. */
export function useTrustNavigation(): NavigationItem[] {
  const t = useAppT();
  // Signing in or out replaces the whole query cache and then navigates: following the location
  // makes the shell ask for the session again, so the items match whoever is signed in now.
  useRouterState({ select: (state) => state.resolvedLocation?.href });
  const role = useSession().user?.role ?? "";
  return [
    ...(ACCOUNT_ROLES.includes(role) ? [{ to: "/zugaenge", label: t("nav.accounts") }] : []),
    ...(WHOLE_CITY_ROLES.includes(role)
      ? [{ to: "/datenschutz/protokoll", label: t("nav.auditLog") }]
      : []),
  ] as NavigationItem[];
}
