import type { Api } from "@engagiert/ui/api";
import { AppShell } from "@engagiert/ui/app-shell";
import { ROUTER_DEFAULTS } from "@engagiert/ui/mount";
import { legalRoutes } from "@engagiert/ui/routes";
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
} from "@tanstack/react-router";
import { isFederalState, useAppT, type FederalState } from "./messages.ts";

function Root() {
  const t = useAppT();
  return (
    <AppShell appName={t("app.name")} navigation={[{ to: "/", label: t("nav.cities") }]}>
      <Outlet />
    </AppShell>
  );
}

const rootRoute = createRootRouteWithContext<{ api: Api }>()({ component: Root });

export interface CitySearch {
  q?: string;
  land?: FederalState;
}

const citiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  // The filters live in the address, so a filtered list can be bookmarked and shared.
  validateSearch: (search: Record<string, unknown>): CitySearch => ({
    q: typeof search.q === "string" && search.q.trim() ? search.q.trim().slice(0, 100) : undefined,
    land: isFederalState(search.land) ? search.land : undefined,
  }),
  component: lazyRouteComponent(() => import("./pages/cities-page.tsx"), "CitiesPage"),
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/anmelden",
  component: lazyRouteComponent(
    () => import("@engagiert/ui/password-sign-in-page"),
    "PasswordSignInPage",
  ),
});

const routeTree = rootRoute.addChildren([citiesRoute, signInRoute, ...legalRoutes(rootRoute)]);

export function createAppRouter(api: Api) {
  return createRouter({
    routeTree,
    context: { api },
    ...ROUTER_DEFAULTS,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
