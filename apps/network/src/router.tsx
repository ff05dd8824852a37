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
import { useForgetUnknownCity } from "./forget-unknown-city.ts";
import { useAppT } from "./messages.ts";
import { calendarRoutes } from "./routes-calendar.tsx";
import { directoryRoutes } from "./routes-directory.tsx";
import { eventRoutes } from "./routes-events.tsx";
import { figuresRoutes } from "./routes-figures.tsx";
import { practiceRoutes } from "./routes-practices.tsx";

function Root() {
  const t = useAppT();
  useForgetUnknownCity();
  return (
    <AppShell
      appName={t("app.name")}
      navigation={[
        { to: "/", label: t("nav.home") },
        { to: "/staedte", label: t("nav.cities") },
        { to: "/praxis", label: t("nav.practices") },
        { to: "/veranstaltungen", label: t("nav.events") },
        { to: "/zahlen", label: t("nav.figures") },
        { to: "/kalender", label: t("nav.calendar") },
      ]}
    >
      <Outlet />
    </AppShell>
  );
}

const rootRoute = createRootRouteWithContext<{ api: Api }>()({ component: Root });

/** What a coordinator opens every week: news of the network and of the own city. */
const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  component: lazyRouteComponent(() => import("./pages/home-page.tsx"), "HomePage"),
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/anmelden",
  component: lazyRouteComponent(() => import("./pages/sign-in-page.tsx"), "SignInPage"),
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  directoryRoutes(rootRoute),
  figuresRoutes(rootRoute),
  practiceRoutes(rootRoute),
  eventRoutes(rootRoute),
  calendarRoutes(rootRoute),
  signInRoute,
  ...legalRoutes(rootRoute),
]);

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
