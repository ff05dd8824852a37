import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";

/**
 * "Meine Daten" at /meine-daten (consents, download, deleting the account) and the confirmation
 * after the account was deleted, loaded only when visited.
 */
export function myDataRoutes<TParent extends AnyRoute>(parent: TParent) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: "/meine-daten",
      component: lazyRouteComponent(() => import("./pages/my-data-page.tsx"), "MyDataPage"),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: "/meine-daten/geloescht",
      component: lazyRouteComponent(
        () => import("./pages/account-deleted-page.tsx"),
        "AccountDeletedPage",
      ),
    }),
  ] as const;
}
