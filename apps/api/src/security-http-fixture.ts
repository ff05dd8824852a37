import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  insertCity,
  insertUser,
  opportunityRow,
  SILENT,
  TEST_SETTINGS,
} from "@engagiert/api/testing";
import { opportunities } from "@engagiert/db/schema";
import { createTestDatabase } from "@engagiert/db/testing";
import { serve, type ServerType } from "@hono/node-server";
import { expect } from "vitest";
import { createApp } from "./app.ts";
import { freePort } from "./crash-fixture.ts";
import { createStaticApp } from "./static.ts";

/** The headers every answer carries, whatever its status. */
const COMMON_HEADERS = {
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
};
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";
export const FOREIGN = "https://evil.example";

export function expectHeaders(response: Response, policy: string) {
  expect(response.headers.get("content-security-policy")).toBe(policy);
  for (const [name, value] of Object.entries(COMMON_HEADERS)) {
    expect(response.headers.get(name), name).toBe(value);
  }
}

/** Nothing of the server's inside: no stack frame, source path, SQL or database name. */
export function expectNoInternals(body: string) {
  expect(body).not.toMatch(/\bat \S+ \(|\.ts:\d+|node_modules|"stack"/);
  expect(body).not.toMatch(/\bselect\b[^"]*\bfrom\b|\binsert into\b|\bupdate \S+ set\b/i);
  expect(body).not.toMatch(/relation "|failed query|syntax error|postgres|pglite|drizzle/i);
}

export async function listen(fetch: (request: Request) => Response | Promise<Response>, port = 0) {
  const server = serve({ fetch, port, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  const address = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${address.port}` };
}

export const close = (server: ServerType | undefined) =>
  new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));

export const cookieOf = (response: Response) => response.headers.get("set-cookie") ?? "";
export const sessionOf = (response: Response) => cookieOf(response).split(";")[0]!;

/**
 * The platform as a browser meets it, over real HTTP: the API, and a built app served by
 * static.ts on its own origin with /trpc and /api forwarded to the API (the way `pnpm start`
 * and production serve it). The app's origin is configured, as PUBLIC_APP_URL would be. The
 * city has staff, a coordinator with a second factor, a volunteer and a published opportunity.
 */
export async function runningPlatform(kind: "pglite" | "postgres") {
  const database = await createTestDatabase(kind);
  const { city, orgA } = await insertCity(database.db, "stadt-a");
  await insertUser(database.db, city.id, {
    email: "staff@a.example",
    role: "staff",
    organisationId: orgA.id,
  });
  await insertUser(database.db, city.id, { email: "koord@a.example", role: "coordinator" });
  await insertUser(database.db, city.id, { email: "ehrenamt@a.example", role: "volunteer" });
  const [opportunity] = await database.db
    .insert(opportunities)
    .values(opportunityRow(city.id, orgA.id))
    .returning();

  const sitePort = await freePort();
  const app = createApp({
    db: database.db,
    settings: TEST_SETTINGS,
    log: SILENT,
    defaultCity: "stadt-a",
    appOrigins: [`http://127.0.0.1:${sitePort}`],
  });
  const api = await listen(app.fetch);
  const dist = mkdtempSync(join(tmpdir(), "engagiert-site-"));
  mkdirSync(join(dist, "assets"));
  writeFileSync(
    join(dist, "index.html"),
    '<!doctype html><title>Mitmachen</title><script type="module" src="/assets/main-1.js"></script>',
  );
  writeFileSync(join(dist, "assets", "main-1.js"), "export {};");
  const site = await listen(createStaticApp({ distDir: dist, apiUrl: api.url }).fetch, sitePort);

  /** A tRPC call as the app in a browser makes it: through its origin unless `base` says. */
  const call = (
    procedure: string,
    input: unknown,
    headers: Record<string, string> = {},
    options: { method?: "GET" | "POST"; base?: string } = {},
  ) =>
    fetch(`${options.base ?? site.url}/trpc/${procedure}`, {
      method: options.method ?? "POST",
      headers: {
        "content-type": "application/json",
        origin: site.url,
        "sec-fetch-site": "same-origin",
        ...headers,
      },
      body: options.method === "GET" ? undefined : JSON.stringify({ json: input }),
    });

  /** Who the API takes the bearer of this cookie for (null: nobody). */
  const whoIs = async (cookie: string) => {
    const response = await fetch(`${api.url}/trpc/auth.me`, { headers: { cookie } });
    const body = (await response.json()) as { result: { data: { json: { user: unknown } } } };
    return body.result.data.json.user;
  };

  return {
    database,
    cityId: city.id,
    opportunityId: opportunity!.id,
    api: api.url,
    site: site.url,
    call,
    whoIs,
    async stop() {
      await close(site.server);
      await close(api.server);
      rmSync(dist, { recursive: true, force: true });
      await database.drop();
    },
  };
}
export type RunningPlatform = Awaited<ReturnType<typeof runningPlatform>>;
