import type { Api } from "@engagiert/ui/api";
import { Loading } from "@engagiert/ui/loading";
import { useSession } from "@engagiert/ui/session";
import {
  createRoute,
  lazyRouteComponent,
  Outlet,
  redirect,
  type AnyRoute,
} from "@tanstack/react-router";
import { NoAccessPage } from "./pages/no-access-page.tsx";

const STAFF_ROLES: readonly string[] = ["staff", "coordinator", "city_admin"];

function TrainingsArea() {
  const { user } = useSession();
  if (!user) return <Loading />;
  return STAFF_ROLES.includes(user.role) ? <Outlet /> : <NoAccessPage />;
}

/**
 * The "Schulungen" area: the trainings an organisation (or the coordination office, the whole
 * city) offers, the editor, and one training with registrations, attendance and closing.
 * Signed out goes to the sign-in page; a role without business here sees "no access".
 */
export function trainingRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    path: "/schulungen",
    beforeLoad: async ({ context }) => {
      const { queryClient, trpc } = (context as { api: Api }).api;
      const { user } = await queryClient.ensureQueryData(trpc.auth.me.queryOptions());
      if (!user) throw redirect({ to: "/anmelden" });
    },
    component: TrainingsArea,
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
