import { insertCity, SILENT, TEST_SETTINGS } from "@engagiert/api/testing";
import { createTestDatabase, type TestDatabase } from "@engagiert/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { readConfig } from "./config.ts";

/** A partner city's own build of the public app, beside its API (api.rheinfelden.example). */
const FORK = "https://mitmachen.rheinfelden.example";

describe("ALLOWED_ORIGINS", () => {
  it("adds a partner city's app origins to the three apps' own", () => {
    const config = readConfig({
      ALLOWED_ORIGINS: `${FORK}, https://verwaltung.rheinfelden.example/`,
    });
    expect(config.appOrigins).toEqual([
      "http://localhost:5173",
      "http://localhost:5174",
      "http://localhost:5175",
      FORK,
      "https://verwaltung.rheinfelden.example",
    ]);
    expect(readConfig({}).appOrigins).toHaveLength(3);
  });

  it.each(["mitmachen.rheinfelden.example", "https://mitmachen.rheinfelden.example/app"])(
    "refuses %j, naming the setting",
    (value) => {
      expect(() => readConfig({ ALLOWED_ORIGINS: value })).toThrow(/ALLOWED_ORIGINS/);
    },
  );
});

describe("an app served from a configured origin", () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    await insertCity(database.db, "rheinfelden-baden");
    app = createApp({
      db: database.db,
      settings: TEST_SETTINGS,
      log: SILENT,
      defaultCity: "goeppingen",
      appOrigins: readConfig({ ALLOWED_ORIGINS: FORK }).appOrigins,
    });
  });
  afterAll(() => database?.drop());

  it("may ask the API as its city, with the session cookie", async () => {
    const preflight = await app.request("/trpc/auth.signIn", {
      method: "OPTIONS",
      headers: {
        origin: FORK,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,x-engagiert-city",
      },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBe(FORK);
    expect(preflight.headers.get("access-control-allow-credentials")).toBe("true");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("x-engagiert-city");

    const config = await app.request("/trpc/city.config", {
      headers: { origin: FORK, "x-engagiert-city": "rheinfelden-baden" },
    });
    expect(config.status).toBe(200);
    expect(config.headers.get("access-control-allow-origin")).toBe(FORK);
    expect(JSON.stringify(await config.json())).toContain("Teststadt rheinfelden-baden");
  });

  it("passes the CSRF check from its sibling host, and other sites do not", async () => {
    const signIn = (origin: string, site: string) =>
      app.request("/trpc/auth.signIn", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-engagiert-city": "rheinfelden-baden",
          origin,
          "sec-fetch-site": site,
        },
        body: JSON.stringify({ json: { email: "niemand@rheinfelden.example", password: "x" } }),
      });
    // Unknown account: refused by the sign-in itself, not as a forged request.
    expect((await signIn(FORK, "same-site")).status).toBe(401);
    expect((await signIn("https://andere.example", "cross-site")).status).toBe(403);
  });
});
