import type { Api } from "@engagiert/ui/api";
import { Loading } from "@engagiert/ui/loading";
import { useSession } from "@engagiert/ui/session";
import { Outlet, redirect } from "@tanstack/react-router";
import { NoAccessPage } from "./pages/no-access-page.tsx";

/** Roles that work in the Verwaltung app. */
export const STAFF_ROLES: readonly string[] = ["staff", "coordinator", "city_admin"];
/** Roles that see the whole city: the coordination office and the city's administrators. */
export const WHOLE_CITY_ROLES: readonly string[] = ["coordinator", "city_admin"];

/** An area's pages for the given roles (staff by default); anyone else sees "no access". */
export function RoleGate(props: { roles?: readonly string[] }) {
  const { user } = useSession();
  if (!user) return <Loading />;
  return (props.roles ?? STAFF_ROLES).includes(user.role) ? <Outlet /> : <NoAccessPage />;
}

/** A route guard: signed out goes to the sign-in page. */
export async function requireSignIn({ context }: { context: unknown }) {
  const { queryClient, trpc } = (context as { api: Api }).api;
  const { user } = await queryClient.ensureQueryData(trpc.auth.me.queryOptions());
  if (!user) throw redirect({ to: "/anmelden" });
}
