import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";
import { RoleGate, requireSignIn } from "./staff-area.tsx";

/**
 * The "Schulungen" area: the trainings an organisation (or the coordination office, the whole
 * city) offers, the editor, and one training with registrations, attendance and closing.
 * Signed out goes to the sign-in page; a role without business here sees "no access".
 */
export function trainingRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    path: "/schulungen",
    beforeLoad: requireSignIn,
    component: RoleGate,
  });
  const editor = () => import("./pages/training-editor-page.tsx");
  return area.addChildren([
    createRoute({
      getParentRoute: () => area,
      path: "/",
      component: lazyRouteComponent(
        () => import("./pages/training-list-page.tsx"),
        "TrainingListPage",
      ),
    }),
    createRoute({
      getParentRoute: () => area,
      path: "/neu",
      component: lazyRouteComponent(editor, "NewTrainingPage"),
    }),
    createRoute({
      getParentRoute: () => area,
      path: "/$trainingId",
      component: lazyRouteComponent(
        () => import("./pages/training-detail-page.tsx"),
        "TrainingDetailPage",
      ),
    }),
    createRoute({
      getParentRoute: () => area,
      path: "/$trainingId/bearbeiten",
      component: lazyRouteComponent(editor, "EditTrainingPage"),
    }),
  ]);
}
