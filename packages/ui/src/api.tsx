import type { AppRouter } from "@engagiert/api";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createTRPCContext, createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { ReactNode } from "react";
import superjson from "superjson";
import { requestCity } from "./city-choice.ts";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

function isClientMistake(error: unknown): boolean {
  const status = error instanceof TRPCClientError ? error.data?.httpStatus : undefined;
  return typeof status === "number" && status >= 400 && status < 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx answer does not change by asking again.
        retry: (failureCount, error) => !isClientMistake(error) && failureCount < 2,
      },
    },
  });
}

export function createApi() {
  const baseUrl = import.meta.env.VITE_API_URL ?? "";
  const queryClient = createQueryClient();
  const trpcClient = createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${baseUrl}/trpc`,
        transformer: superjson,
        // Read per request: a member of the network may choose another city while the app runs.
        headers: () => {
          const city = requestCity();
          return city ? { "x-engagiert-city": city } : {};
        },
        // The session cookie must travel along when the API lives on another origin.
        fetch: (input, init) =>
          fetch(input, { ...init, credentials: baseUrl ? "include" : "same-origin" }),
      }),
    ],
  });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  return { queryClient, trpcClient, trpc };
}

export type Api = ReturnType<typeof createApi>;

/** What each procedure takes and answers, for typing a page's state by the API. */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export function ApiProvider(props: { api: Api; children: ReactNode }) {
  const { queryClient, trpcClient } = props.api;
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {props.children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
