import "@engagiert/ui/styles.css";
import { ApiProvider, createApi } from "@engagiert/ui/api";
import { I18nProvider } from "@engagiert/ui/i18n";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { messages } from "./messages.ts";
import { createAppRouter } from "./router.tsx";

const api = createApi();
const router = createAppRouter(api);
const root = document.getElementById("root");

if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider messages={messages}>
        <ApiProvider api={api}>
          <RouterProvider router={router} />
        </ApiProvider>
      </I18nProvider>
    </StrictMode>,
  );
}
