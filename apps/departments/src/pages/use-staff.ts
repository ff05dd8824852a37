import { useSession } from "@engagiert/ui/session";

/** Whether the signed-in user sees the whole city (coordination office, city admin). */
export function useSeesWholeCity(): boolean {
  const { user } = useSession();
  return user?.role === "coordinator" || user?.role === "city_admin";
}
