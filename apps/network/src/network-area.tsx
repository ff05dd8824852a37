import type { Api } from "@engagiert/ui/api";
import { Loading } from "@engagiert/ui/loading";
import { useSession } from "@engagiert/ui/session";
import { Outlet, redirect } from "@tanstack/react-router";
import { NoAccessPage } from "./pages/no-access-page.tsx";

/** Roles that take part in the network (the domain's `network.participate`). */
export const PARTICIPANT_ROLES: readonly string[] = [
  "staff",
  "coordinator",
  "city_admin",
  "network_member",
  "network_admin",
];
/** Who opts the city in or out of sharing its figures (the domain's `network.figures.share`). */
export const FIGURE_SHARING_ROLES: readonly string[] = ["coordinator", "city_admin"];
/** Who imports the city directory (the domain's `network.administer`). */
export const NETWORK_ADMIN_ROLES: readonly string[] = ["network_admin"];

/** A route guard: signed out goes to the sign-in page. */
export async function requireSignIn({ context }: { context: unknown }) {
  const { queryClient, trpc } = (context as { api: Api }).api;
  const { user } = await queryClient.ensureQueryData(trpc.auth.me.queryOptions());
  if (!user) throw redirect({ to: "/anmelden" });
}

/** An area's pages for the given roles (network participants by default); others see "no access". */
export function NetworkGate(props: { roles?: readonly string[] }) {
  const { user } = useSession();
  if (!user) return <Loading />;
  return (props.roles ?? PARTICIPANT_ROLES).includes(user.role) ? <Outlet /> : <NoAccessPage />;
}

/** The signed-in user's role, or null when signed out or still being asked. */
export function useRole(): string | null {
  return useSession().user?.role ?? null;
}
