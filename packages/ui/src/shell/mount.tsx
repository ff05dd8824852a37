import { RouterProvider, type AnyRouter } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ApiProvider, createApi, type Api } from "../api.tsx";
import { I18nProvider, type Messages } from "../i18n/i18n.tsx";
import { ErrorPage } from "../pages/error-page.tsx";
import { NotFoundPage } from "../pages/not-found-page.tsx";

/** What every app's router shares: preloading on intent, the shared not-found and error pages. */
export const ROUTER_DEFAULTS = {
  defaultPreload: "intent",
  defaultNotFoundComponent: NotFoundPage,
  defaultErrorComponent: ErrorPage,
  scrollRestoration: true,
} as const;

/** Starts an app in `#root`: API client, its language catalogue, and its router. */
export function mountApp<K extends string>(
  messages: Messages<K>,
  createAppRouter: (api: Api) => AnyRouter,
): void {
  const root = document.getElementById("root");
  if (!root) return;
  const api = createApi();
  createRoot(root).render(
    <StrictMode>
      <I18nProvider messages={messages}>
        <ApiProvider api={api}>
          <RouterProvider router={createAppRouter(api)} />
        </ApiProvider>
      </I18nProvider>
    </StrictMode>,
  );
}
