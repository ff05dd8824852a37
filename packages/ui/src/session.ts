import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "./api.tsx";

/** The signed-in user, or null; undefined while it is still being asked. */
export function useSession() {
  const trpc = useTRPC();
  const query = useQuery(trpc.auth.me.queryOptions());
  return { user: query.data?.user, isLoading: query.isLoading };
}

export function useCityConfig() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.city.config.queryOptions(), staleTime: Infinity });
}

/** Signing in or out changes what every query may answer, so the whole cache is dropped. */
export function useSignOut(onDone?: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: async () => {
        queryClient.clear();
        onDone?.();
      },
    }),
  );
}
