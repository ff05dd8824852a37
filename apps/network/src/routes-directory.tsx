import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";
import { isFederalState, type FederalState } from "./messages.ts";
import { NETWORK_ADMIN_ROLES, NetworkGate, requireSignIn } from "./network-area.tsx";

export interface CitySearch {
  q?: string;
  land?: FederalState;
  /** A size class; checked against the domain's list by the page, which loads it. */
  groesse?: string;
}

/**
 * The city directory: the list with its filters in the address (so a filtered list can be
 * bookmarked and shared), one city's page, and the CSV import for the network's admins.
 */
export function directoryRoutes<TParent extends AnyRoute>(parent: TParent) {
  const directory = createRoute({ getParentRoute: () => parent, id: "directory" });
  const importArea = createRoute({
    getParentRoute: () => directory,
    id: "directory-import",
    beforeLoad: requireSignIn,
    component: () => <NetworkGate roles={NETWORK_ADMIN_ROLES} />,
  });
  return directory.addChildren([
    createRoute({
      getParentRoute: () => directory,
      path: "/staedte",
      validateSearch: (search: Record<string, unknown>): CitySearch => ({
        q:
          typeof search.q === "string" && search.q.trim()
            ? search.q.trim().slice(0, 100)
            : undefined,
        land: isFederalState(search.land) ? search.land : undefined,
        groesse:
          typeof search.groesse === "string" && search.groesse
            ? search.groesse.slice(0, 20)
            : undefined,
      }),
      component: lazyRouteComponent(() => import("./pages/cities-page.tsx"), "CitiesPage"),
    }),
    createRoute({
      getParentRoute: () => directory,
      path: "/staedte/$slug",
      component: lazyRouteComponent(() => import("./pages/city-page.tsx"), "CityPage"),
    }),
    importArea.addChildren([
      createRoute({
        getParentRoute: () => importArea,
        path: "/staedte/import",
        component: lazyRouteComponent(
          () => import("./pages/city-import-page.tsx"),
          "CityImportPage",
        ),
      }),
    ]),
  ]);
}
