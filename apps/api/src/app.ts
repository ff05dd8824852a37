import { createRequestContext, appRouter, type ApiSettings, type Logger } from "@engagiert/api";
import { pendingMigrations, type Database } from "@engagiert/db/client";
import { getConnInfo } from "@hono/node-server/conninfo";
import { trpcServer } from "@hono/trpc-server";
import { TRPCError } from "@trpc/server";
import { Hono, type Context as HonoContext } from "hono";
import { cors } from "hono/cors";
import { calendarRoutes } from "./calendar.ts";
import { certificateRoutes } from "./certificate.ts";
import { networkCalendarRoutes } from "./network-calendar.ts";
import { openDataRoutes } from "./open-data.ts";
import { API_CSP, csrfGuard, securityHeaders } from "./security.ts";

export type AppOptions = {
  db: Database;
  settings: ApiSettings;
  log: Logger;
  defaultCity: string;
  appOrigins: readonly string[];
  trustProxy?: boolean;
  now?: () => Date;
};

/**
 * The client's address for rate limits. Behind a proxy you run (TRUST_PROXY), the entry that
 * proxy added — the last one — is the client; earlier entries are whatever the client claimed.
 */
function clientAddress(c: HonoContext, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** Liveness and readiness for load balancers and orchestration. */
function healthRoutes(db: Database) {
  const health = new Hono();
  health.get("/health", (c) => c.json({ status: "ok" }));
  health.get("/ready", async (c) => {
    try {
      const pending = await pendingMigrations(db);
      if (pending > 0)
        return c.json({ status: "not_ready", reason: `${pending} migration(s) pending` }, 503);
      return c.json({ status: "ready" });
    } catch {
      return c.json({ status: "not_ready", reason: "database unreachable" }, 503);
    }
  });
  return health;
}

export function createApp(options: AppOptions) {
  const { db, settings, log } = options;
  const app = new Hono();

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    log.info("request", {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
  app.use(securityHeaders(API_CSP));
  // The apps usually reach the API through their own origin; an app served from elsewhere
  // (VITE_API_URL) is allowed by CORS when its origin is configured.
  app.use(
    "/trpc/*",
    cors({
      origin: [...options.appOrigins],
      credentials: true,
      allowMethods: ["GET", "POST", "OPTIONS"],
      allowHeaders: ["content-type", "x-engagiert-city", "trpc-accept"],
      maxAge: 600,
    }),
  );
  app.use(csrfGuard(options.appOrigins));

  app.route("/api", healthRoutes(db));
  app.route("/api/open-data", openDataRoutes({ db, defaultCity: options.defaultCity }));
  app.route("/api/calendar", calendarRoutes({ db, defaultCity: options.defaultCity }));
  app.route("/api/certificates", certificateRoutes(options));
  app.route("/api/network", networkCalendarRoutes({ db, now: options.now }));

  app.use(
    "/trpc/*",
    trpcServer({
      router: appRouter,
      endpoint: "/trpc",
      createContext: async (opts, c) => {
        try {
          return await createRequestContext({
            db,
            citySlug: c.req.header("x-engagiert-city") ?? options.defaultCity,
            cookieHeader: c.req.header("cookie") ?? null,
            clientAddress: clientAddress(c, options.trustProxy ?? false),
            settings,
            setCookie: (cookie) => opts.resHeaders.append("set-cookie", cookie),
            log,
            now: options.now,
          });
        } catch (error) {
          if (error instanceof Error && error.name === "UnknownCity") {
            throw new TRPCError({
              code: "NOT_FOUND",
              message: "Diese Stadt nutzt die Plattform nicht.",
            });
          }
          throw error;
        }
      },
      responseMeta({ errors }) {
        const retry = errors.find((e) => e.code === "TOO_MANY_REQUESTS");
        const seconds =
          retry?.cause && "retryAfterSeconds" in retry.cause ? retry.cause.retryAfterSeconds : null;
        return seconds ? { headers: new Headers({ "retry-after": String(seconds) }) } : {};
      },
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR")
          log.error("procedure failed", { path, error: String(error.cause ?? error) });
      },
    }),
  );

  app.notFound((c) => c.json({ error: { message: "Nicht gefunden.", code: "NOT_FOUND" } }, 404));
  app.onError((error, c) => {
    log.error("unhandled error", { path: c.req.path, error: String(error) });
    return c.json(
      { error: { message: "Ein interner Fehler ist aufgetreten.", code: "INTERNAL_SERVER_ERROR" } },
      500,
    );
  });
  return app;
}
