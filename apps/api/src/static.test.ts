import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticApp } from "./static.ts";

describe("serving a built app", () => {
  let api: ReturnType<typeof serve>;
  let app: ReturnType<typeof createStaticApp>;

  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), "engagiert-dist-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>App</title>");
    writeFileSync(join(dist, "assets", "main-abc.js"), "console.log(1)");
    const upstream = new Hono();
    upstream.all("/trpc/*", (c) =>
      c.json({
        path: c.req.path,
        forwardedHost: c.req.header("x-forwarded-host") ?? null,
        forwardedFor: c.req.header("x-forwarded-for") ?? null,
      }),
    );
    api = serve({ fetch: upstream.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((r) => api.once("listening", r));
    const port = (api.address() as { port: number }).port;
    app = createStaticApp({ distDir: dist, apiUrl: `http://127.0.0.1:${port}` });
  });
  afterAll(() => new Promise<void>((r) => api.close(() => r())));

  it("serves index.html for app routes, under the apps' CSP", async () => {
    const response = await app.request("/mein-engagement");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<title>App</title>");
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
  });

  it("serves hashed assets with a long cache", async () => {
    const response = await app.request("/assets/main-abc.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("immutable");
  });

  it("forwards the API paths to the API with the real client address", async () => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((r) => server.once("listening", r));
    const { port } = server.address() as { port: number };
    try {
      const response = await fetch(`http://127.0.0.1:${port}/trpc/auth.me?input=1`, {
        headers: { "x-forwarded-for": "203.0.113.9" },
      });
      expect(await response.json()).toEqual({
        path: "/trpc/auth.me",
        forwardedHost: `127.0.0.1:${port}`,
        forwardedFor: "127.0.0.1",
      });
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
