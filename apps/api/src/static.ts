import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { getConnInfo } from "@hono/node-server/conninfo";
import { Hono, type Context } from "hono";
import { proxy } from "hono/proxy";
import { APP_CSP, securityHeaders } from "./security.ts";

/**
 * Serves one built app (its `dist` folder) the way a web server or CDN would, and forwards
 * `/trpc` and `/api` to the API so the app and its API share one origin (cookies stay
 * first-party, the CSP stays `'self'`). Unknown paths get the app's `index.html`, where the
 * router shows its own not-found page.
 */
export function createStaticApp(options: { distDir: string; apiUrl: string }) {
  const indexHtml = join(options.distDir, "index.html");
  if (!existsSync(indexHtml)) {
    throw new Error(`${indexHtml} is missing: build the app first (pnpm build).`);
  }
  const app = new Hono();
  app.use(securityHeaders(APP_CSP));
  app.all("/trpc/*", (c) => forward(c.req.raw, options.apiUrl, remoteAddress(c)));
  app.all("/api/*", (c) => forward(c.req.raw, options.apiUrl, remoteAddress(c)));
  app.use(
    "/assets/*",
    serveStatic({
      root: options.distDir,
      onFound: (_path, c) => c.header("cache-control", "public, max-age=31536000, immutable"),
    }),
  );
  app.use(serveStatic({ root: options.distDir }));
  app.get("*", (c) => {
    c.header("cache-control", "no-cache");
    return c.html(readFileSync(indexHtml, "utf8"));
  });
  return app;
}

function remoteAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

/**
 * Forwards to the API. The client address is set from the connection, replacing whatever the
 * client sent, so the API's per-client limits cannot be dodged with a forged header.
 */
function forward(request: Request, apiUrl: string, clientAddress: string) {
  const url = new URL(request.url);
  const target = new URL(url.pathname + url.search, apiUrl);
  const headers = new Headers(request.headers);
  headers.set("x-forwarded-host", url.host);
  headers.set("x-forwarded-for", clientAddress);
  return proxy(target, { raw: request, headers });
}

export function serveApp(options: {
  distDir: string;
  apiUrl: string;
  port: number;
  hostname: string;
}) {
  const app = createStaticApp(options);
  return serve({ fetch: app.fetch, port: options.port, hostname: options.hostname });
}
