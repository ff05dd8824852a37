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
import { useAppT } from "./messages.ts";
import { readSearchParams } from "./pages/search-params.ts";
import { hoursRoute } from "./pages/hours-route.tsx";
import { recognitionRoute } from "./pages/recognition-route.tsx";
import { trainingRoutes } from "./pages/training-routes.tsx";
import { myDataRoutes } from "./routes-my-data.tsx";

function Root() {
  const t = useAppT();
  return (
    <AppShell
      appName={t("app.name")}
      navigation={[
        { to: "/", label: t("nav.opportunities") },
        { to: "/schulungen", label: t("nav.trainings") },
        { to: "/mein-engagement", label: t("nav.myEngagement") },
        { to: "/stunden", label: t("nav.hours") },
        { to: "/anerkennung", label: t("nav.recognition") },
        { to: "/vorschlaege", label: t("nav.suggestions") },
        { to: "/profil", label: t("nav.profile") },
        { to: "/meine-daten", label: t("nav.myData") },
      ]}
    >
      <Outlet />
    </AppShell>
  );
}

const rootRoute = createRootRouteWithContext<{ api: Api }>()({ component: Root });

const startRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  component: lazyRouteComponent(() => import("./pages/start-page.tsx"), "StartPage"),
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/anmelden",
  validateSearch: (search: Record<string, unknown>): { weiter?: string } =>
    typeof search.weiter === "string" ? { weiter: search.weiter } : {},
  component: lazyRouteComponent(() => import("./pages/sign-in-page.tsx"), "SignInPage"),
});

const signInLinkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/anmelden/link",
  validateSearch: (search: Record<string, unknown>): { token?: string; weiter?: string } => ({
    ...(typeof search.token === "string" ? { token: search.token } : {}),
    ...(typeof search.weiter === "string" ? { weiter: search.weiter } : {}),
  }),
  component: lazyRouteComponent(() => import("./pages/sign-in-link-page.tsx"), "SignInLinkPage"),
});

const myEngagementRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/mein-engagement",
  component: lazyRouteComponent(() => import("./pages/my-engagement-page.tsx"), "MyEngagementPage"),
});

const myQualificationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/meine-qualifikationen",
  component: lazyRouteComponent(
    () => import("./pages/my-qualifications-page.tsx"),
    "MyQualificationsPage",
  ),
});

const profileRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/profil",
  component: lazyRouteComponent(() => import("./pages/profile-page.tsx"), "ProfilePage"),
});

const suggestionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/vorschlaege",
  component: lazyRouteComponent(() => import("./pages/suggestions-page.tsx"), "SuggestionsPage"),
});

const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/suchen",
  validateSearch: readSearchParams,
  component: lazyRouteComponent(() => import("./pages/search-page.tsx"), "SearchPage"),
});

const opportunityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/angebote/$id",
  validateSearch: (search: Record<string, unknown>): { schicht?: string } =>
    typeof search.schicht === "string" ? { schicht: search.schicht } : {},
  component: lazyRouteComponent(() => import("./pages/opportunity-page.tsx"), "OpportunityPage"),
});

const tokenSearch = (search: Record<string, unknown>): { token?: string } =>
  typeof search.token === "string" ? { token: search.token } : {};

const confirmApplicationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/bewerbung/bestaetigen",
  validateSearch: tokenSearch,
  component: lazyRouteComponent(
    () => import("./pages/confirm-application-page.tsx"),
    "ConfirmApplicationPage",
  ),
});

const guardianConsentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/einwilligung",
  validateSearch: tokenSearch,
  component: lazyRouteComponent(
    () => import("./pages/guardian-consent-page.tsx"),
    "GuardianConsentPage",
  ),
});

const surveyAnswerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/umfrage",
  validateSearch: tokenSearch,
  component: lazyRouteComponent(() => import("./pages/survey-answer-page.tsx"), "SurveyAnswerPage"),
});

const routeTree = rootRoute.addChildren([
  startRoute,
  signInRoute,
  signInLinkRoute,
  myEngagementRoute,
  hoursRoute(rootRoute),
  recognitionRoute(rootRoute),
  myQualificationsRoute,
  profileRoute,
  suggestionsRoute,
  searchRoute,
  opportunityRoute,
  confirmApplicationRoute,
  guardianConsentRoute,
  surveyAnswerRoute,
  ...trainingRoutes(rootRoute),
  ...myDataRoutes(rootRoute),
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
