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
  redirect,
} from "@tanstack/react-router";
import { useAppT } from "./messages.ts";
import { akquiseRoutes } from "./routes-akquise.tsx";
import { reportRoutes } from "./routes-reports.tsx";
import { hoursRoutes } from "./routes-hours.tsx";
import { surveyRoutes } from "./routes-surveys.tsx";
import { qualificationRoutes } from "./routes-qualifications.tsx";
import { qualityRoutes } from "./routes-quality.tsx";
import { recognitionRoutes } from "./routes-recognition.tsx";
import { trainingRoutes } from "./routes-training.tsx";
import { staffAdminRoutes, useTrustNavigation } from "./routes-staff-admin.tsx";
import { privacyRoutes } from "./routes-privacy.tsx";
import { securityRoutes } from "./routes-security.tsx";
import { retentionRoutes, useRetentionNavigation } from "./routes-retention.tsx";

function Root() {
  const t = useAppT();
  const trustNavigation = useTrustNavigation();
  const retentionNavigation = useRetentionNavigation();
  return (
    <AppShell
      appName={t("app.name")}
      navigation={[
        { to: "/", label: t("nav.dashboard") },
        { to: "/angebote", label: t("nav.opportunities") },
        { to: "/bewerbungen", label: t("nav.applications") },
        { to: "/stunden", label: t("nav.hours") },
        { to: "/schulungen", label: t("nav.trainings") },
        { to: "/qualifikationen", label: t("nav.qualifications") },
        { to: "/qualitaet", label: t("nav.quality") },
        { to: "/umfragen", label: t("nav.surveys") },
        { to: "/anerkennung", label: t("nav.recognition") },
        { to: "/pauschalen", label: t("nav.allowances") },
        { to: "/berichte", label: t("nav.reports") },
        ...trustNavigation,
        ...retentionNavigation,
        { to: "/sicherheit", label: t("nav.security") },
      ]}
    >
      <Outlet />
    </AppShell>
  );
}

const rootRoute = createRootRouteWithContext<{ api: Api }>()({ component: Root });

const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  beforeLoad: async ({ context }) => {
    const { queryClient, trpc } = context.api;
    const { user } = await queryClient.ensureQueryData(trpc.auth.me.queryOptions());
    if (!user) throw redirect({ to: "/anmelden" });
    return { user };
  },
  component: lazyRouteComponent(() => import("./pages/dashboard-page.tsx"), "DashboardPage"),
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/anmelden",
  component: lazyRouteComponent(
    () => import("@engagiert/ui/password-sign-in-page"),
    "PasswordSignInPage",
  ),
});

const routeTree = rootRoute.addChildren([
  dashboardRoute,
  signInRoute,
  akquiseRoutes(rootRoute),
  reportRoutes(rootRoute),
  hoursRoutes(rootRoute),
  surveyRoutes(rootRoute),
  qualificationRoutes(rootRoute),
  qualityRoutes(rootRoute),
  recognitionRoutes(rootRoute),
  trainingRoutes(rootRoute),
  ...staffAdminRoutes(rootRoute),
  privacyRoutes(rootRoute),
  securityRoutes(rootRoute),
  retentionRoutes(rootRoute),
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
