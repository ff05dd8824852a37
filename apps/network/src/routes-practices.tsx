import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";
import { NetworkGate, requireSignIn } from "./network-area.tsx";

/**
 * The library's search as the address holds it. Only a light check here: the library page
 * checks the values against the domain's lists, which load with that page, not with the app.
 */
export type PracticeSearch = {
  q?: string;
  thema?: string;
  land?: string;
  groesse?: string;
  stadt?: string;
};

const text = (value: unknown, max: number) =>
  typeof value === "string" && value.trim() ? value.trim().slice(0, max) : undefined;

/**
 * The practice library (Praxislösungen): the library and a practice for everyone; writing and
 * the own city's practices behind sign-in.
 */
export function practiceRoutes<TParent extends AnyRoute>(parent: TParent) {
  const library = createRoute({ getParentRoute: () => parent, id: "practices" });
  const writing = createRoute({
    getParentRoute: () => library,
    id: "practice-writing",
    beforeLoad: requireSignIn,
    component: () => <NetworkGate />,
  });
  const editor = () => import("./pages/practice-editor-page.tsx");
  return library.addChildren([
    createRoute({
      getParentRoute: () => library,
      path: "/praxis",
      // The search lives in the address, so a filtered library can be bookmarked and shared.
      validateSearch: (search: Record<string, unknown>): PracticeSearch => ({
        q: text(search.q, 100),
        thema: text(search.thema, 40),
        land: text(search.land, 40),
        groesse: text(search.groesse, 20),
        stadt: text(search.stadt, 60),
      }),
      component: lazyRouteComponent(
        () => import("./pages/practice-library-page.tsx"),
        "PracticeLibraryPage",
      ),
    }),
    createRoute({
      getParentRoute: () => library,
      path: "/praxis/$practiceId",
      component: lazyRouteComponent(
        () => import("./pages/practice-detail-page.tsx"),
        "PracticeDetailPage",
      ),
    }),
    writing.addChildren([
      createRoute({
        getParentRoute: () => writing,
        path: "/praxis/neu",
        component: lazyRouteComponent(editor, "NewPracticePage"),
      }),
      createRoute({
        getParentRoute: () => writing,
        path: "/praxis/$practiceId/bearbeiten",
        component: lazyRouteComponent(editor, "EditPracticePage"),
      }),
      createRoute({
        getParentRoute: () => writing,
        path: "/praxis/meine",
        component: lazyRouteComponent(
          () => import("./pages/practice-mine-page.tsx"),
          "MyPracticesPage",
        ),
      }),
    ]),
  ]);
}
