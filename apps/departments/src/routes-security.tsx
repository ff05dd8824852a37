import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";
import { RoleGate, requireSignIn } from "./staff-area.tsx";

/** The signed-in person's own security page (Sicherheit): password and second factor. */
export function securityRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    id: "security",
    beforeLoad: requireSignIn,
    component: RoleGate,
  });
  return area.addChildren([
    createRoute({
      getParentRoute: () => area,
      path: "/sicherheit",
      component: lazyRouteComponent(() => import("./pages/security-page.tsx"), "SecurityPage"),
    }),
  ]);
}
