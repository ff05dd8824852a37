import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";
import { RoleGate, requireSignIn } from "./staff-area.tsx";

/**
 * The reports (Berichte) and the allowance payments (Pauschalen), for staff of an organisation
 * and the coordination office. Signed out goes to the sign-in page.
 */
export function reportRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    id: "reports",
    beforeLoad: requireSignIn,
    component: RoleGate,
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
