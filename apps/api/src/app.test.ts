import {
  insertCity,
  insertUser,
  SILENT,
  TEST_PASSWORD,
  TEST_SETTINGS,
} from "@engagiert/api/testing";
import { createDatabase } from "@engagiert/db/client";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";

const ORIGIN = "http://localhost:5174";

type TrpcErrorBody = {
  error: {
    json: {
      message: string;
      data: { fieldErrors: Record<string, string[]> | null; reason: string | null };
    };
  };
};

describe.each(testDatabaseKinds())("HTTP server on %s", (kind) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const { city, orgA } = await insertCity(database.db, "stadt-a");
    await insertUser(database.db, city.id, {
      email: "staff@a.example",
      role: "staff",
      organisationId: orgA.id,
    });
    app = createApp({
      db: database.db,
      settings: TEST_SETTINGS,
      log: SILENT,
      defaultCity: "stadt-a",
      appOrigins: [ORIGIN],
    });
  });
  afterAll(() => database.drop());

  const signIn = (body: unknown, headers: Record<string, string> = {}) =>
    app.request("/trpc/auth.signIn", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: ORIGIN,
        "sec-fetch-site": "same-origin",
        ...headers,
      },
      body: JSON.stringify({ json: body }),
    });

  it("answers liveness and readiness", async () => {
    expect(await (await app.request("/api/health")).json()).toEqual({ status: "ok" });
    const ready = await app.request("/api/ready");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("is not ready while migrations are pending", async () => {
    const fresh = createDatabase({ kind: "pglite" });
    const unmigrated = createApp({
      db: fresh.db,
      settings: TEST_SETTINGS,
      log: SILENT,
      defaultCity: "x",
      appOrigins: [],
    });
    const response = await unmigrated.request("/api/ready");
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "not_ready" });
    await fresh.close();
  });

  it("sends security headers on every answer", async () => {
    const response = await app.request("/api/health");
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("strict-transport-security")).toContain("max-age=31536000");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("answers unknown routes with a JSON 404", async () => {
    const response = await app.request("/nothing/here");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { message: "Nicht gefunden.", code: "NOT_FOUND" },
    });
    expect((await app.request("/trpc/no.such.procedure")).status).toBe(404);
  });

  it("signs in over HTTP with a secure, HttpOnly, SameSite cookie", async () => {
    const response = await signIn({ email: "staff@a.example", password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Secure/);
    const me = await app.request("/trpc/auth.me", { headers: { cookie: cookie.split(";")[0]! } });
    expect(JSON.stringify(await me.json())).toContain("staff@a.example");
  });

  it("refuses cross-site mutations, JSON included (CSRF)", async () => {
    const evilOrigin = await signIn(
      { email: "staff@a.example", password: TEST_PASSWORD },
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    );
    expect(evilOrigin.status).toBe(403);
    const crossSite = await signIn(
      { email: "staff@a.example", password: TEST_PASSWORD },
      { origin: "https://other.localhost", "sec-fetch-site": "same-site" },
    );
    expect(crossSite.status).toBe(403);
    expect(evilOrigin.headers.get("set-cookie")).toBeNull();
  });

  it("lets a configured app on a sibling host call the API, and no other site", async () => {
    const sibling = await signIn(
      { email: "staff@a.example", password: TEST_PASSWORD },
      { origin: ORIGIN, "sec-fetch-site": "same-site" },
    );
    expect(sibling.status).toBe(200);
    expect(sibling.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(sibling.headers.get("access-control-allow-credentials")).toBe("true");
    const stranger = await app.request("/trpc/auth.me", {
      headers: { origin: "https://evil.example" },
    });
    expect(stranger.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers bad input with 400, a readable message per field and no stack trace", async () => {
    const response = await signIn({ email: "kein-at-zeichen", password: 42 });
    expect(response.status).toBe(400);
    const body = (await response.json()) as TrpcErrorBody;
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/stack|at .*\.ts:\d+/);
    expect(body.error.json.data.fieldErrors?.email).toEqual([
      "Bitte eine gültige E-Mail-Adresse angeben.",
    ]);
    expect(body.error.json.data.fieldErrors?.password).toHaveLength(1);
    expect(body.error.json.message).toMatch(/^Bitte prüfen Sie die Eingaben/);
    expect(body.error.json.data.reason).toBe("invalid_input");
  });

  it("answers too many sign-in attempts with 429 and Retry-After", async () => {
    let last: Response | undefined;
    for (let i = 0; i < 6; i++)
      last = await signIn({ email: "brute@a.example", password: "guess" });
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await last!.json()) as TrpcErrorBody;
    expect(body.error.json.message).toMatch(/Zu viele Versuche/);
    expect(body.error.json.data.reason).toBe("too_many_attempts");
  });

  it("answers a city that does not run the platform with 404", async () => {
    const response = await app.request("/trpc/auth.me", {
      headers: { "x-engagiert-city": "atlantis" },
    });
    expect(response.status).toBe(404);
  });
});
