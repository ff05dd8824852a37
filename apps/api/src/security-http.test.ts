import { SILENT, TEST_PASSWORD, TEST_SETTINGS } from "@engagiert/api/testing";
import { createDatabase } from "@engagiert/db/client";
import { engagements, outbox, persons } from "@engagiert/db/schema";
import { testDatabaseKinds } from "@engagiert/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import {
  API_POLICY,
  close,
  cookieOf,
  expectHeaders,
  expectNoInternals,
  FOREIGN,
  listen,
  runningPlatform,
  sessionOf,
  type RunningPlatform,
} from "./security-http-fixture.ts";

/**
 * Security headers, CSRF, CORS and error answers of the running server, over real HTTP, on the
 * API and on an app served by static.ts. Extends app.test.ts (headers on a health answer, a
 * refused cross-site sign-in, a sibling app's CORS); the cookie is in session-cookie-http.test.ts.
 */
describe.each(testDatabaseKinds())("the running server on %s", (kind) => {
  let platform: RunningPlatform;

  beforeAll(async () => {
    platform = await runningPlatform(kind);
  });
  afterAll(() => platform?.stop());

  const counts = async () => ({
    persons: (await platform.database.db.select().from(persons)).length,
    engagements: (await platform.database.db.select().from(engagements)).length,
    outbox: (await platform.database.db.select().from(outbox)).length,
  });

  it("sends the API's headers on every kind of answer", async () => {
    const answers = [
      await fetch(`${platform.api}/api/health`),
      await fetch(`${platform.api}/trpc/auth.me`),
      await fetch(`${platform.api}/trpc/opportunities.newest?input=%7B%22json%22%3A42%7D`),
      await fetch(`${platform.api}/trpc/no.such.procedure`),
      await fetch(`${platform.api}/nothing/here`),
      await fetch(`${platform.api}/trpc/auth.signOut`, {
        method: "POST",
        headers: { origin: FOREIGN },
      }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 400, 404, 404, 403]);
    for (const answer of answers) expectHeaders(answer, API_POLICY);
  });

  it("serves the app's pages and files under the apps' strict policy", async () => {
    for (const path of ["/", "/angebote/suche?q=lesen", "/assets/main-1.js"]) {
      const response = await fetch(`${platform.site}${path}`);
      expect(response.status).toBe(200);
      const policy = response.headers.get("content-security-policy")!;
      expectHeaders(response, policy);
      expect(policy.split("; ")).toEqual(
        expect.arrayContaining([
          "default-src 'self'",
          "script-src 'self'",
          "style-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'",
        ]),
      );
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    }
    // What the API answers through the app's origin keeps a policy that forbids framing.
    const forwarded = await platform.call("auth.me", undefined, {}, { method: "GET" });
    expect(forwarded.status).toBe(200);
    expect(forwarded.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(forwarded.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("refuses a state-changing call from another site, changing nothing, and takes our own", async () => {
    const application = (email: string) => ({
      opportunityId: platform.opportunityId,
      firstName: "Lena",
      lastName: "Wagner",
      email,
      birthYear: 1990,
      message: "",
      hasConsented: true,
    });
    const before = await counts();
    const refused = [
      await platform.call("applications.submit", application("a@x.example"), { origin: FOREIGN }),
      await platform.call("applications.submit", application("b@x.example"), {
        origin: FOREIGN,
        "sec-fetch-site": "cross-site",
      }),
      // No Origin (some browsers leave it out), but the fetch metadata says cross-site.
      await fetch(`${platform.api}/trpc/applications.submit`, {
        method: "POST",
        headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" },
        body: JSON.stringify({ json: application("c@x.example") }),
      }),
      // A sandboxed frame or a redirect sends Origin: null.
      await platform.call("applications.submit", application("d@x.example"), { origin: "null" }),
      // A classic form post from another site.
      await fetch(`${platform.api}/trpc/applications.submit`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: FOREIGN,
          "sec-fetch-site": "cross-site",
        },
        body: "email=e%40x.example",
      }),
    ];
    for (const response of refused) {
      expect(response.status).toBe(403);
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
      const body = await response.text();
      expect(JSON.parse(body)).toEqual({
        error: { message: "Anfrage von einer fremden Seite abgelehnt.", code: "FORBIDDEN" },
      });
    }
    expect(await counts()).toEqual(before);

    const accepted = await platform.call("applications.submit", application("f@x.example"));
    expect(accepted.status).toBe(200);
    expect(await counts()).toEqual({
      persons: before.persons + 1,
      engagements: before.engagements + 1,
      outbox: before.outbox + 1,
    });
  });

  it("keeps a signed-in session from being ended by another site or by a GET", async () => {
    const session = sessionOf(
      await platform.call("auth.signIn", { email: "staff@a.example", password: TEST_PASSWORD }),
    );
    const crossSite = await platform.call("auth.signOut", undefined, {
      cookie: session,
      origin: FOREIGN,
      "sec-fetch-site": "cross-site",
    });
    expect(crossSite.status).toBe(403);
    expect(cookieOf(crossSite)).toBe("");
    // The guard lets GET through as safe, so a mutation must never run by GET.
    const byGet = await fetch(`${platform.api}/trpc/auth.signOut`, {
      headers: { cookie: session, "sec-fetch-site": "cross-site", origin: FOREIGN },
    });
    expect(byGet.status).toBe(405);
    expectNoInternals(await byGet.text());
    expect(await platform.whoIs(session)).toMatchObject({ email: "staff@a.example" });
  });

  it("shares answers across sites only with the configured apps (open data with anyone, cookieless)", async () => {
    const preflight = (origin: string) =>
      fetch(`${platform.api}/trpc/auth.signIn`, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type,x-engagiert-city",
        },
      });
    const ours = await preflight(platform.site);
    expect(ours.headers.get("access-control-allow-origin")).toBe(platform.site);
    expect(ours.headers.get("access-control-allow-credentials")).toBe("true");
    expect(ours.headers.get("access-control-allow-headers")).toContain("x-engagiert-city");
    const theirs = await preflight(FOREIGN);
    // Without an allowed origin a browser refuses the answer, whatever else it says.
    expect(theirs.headers.get("access-control-allow-origin")).toBeNull();
    for (const path of ["/api/health", "/api/calendar/x.ics", "/trpc/auth.me"]) {
      const response = await fetch(`${platform.api}${path}`, { headers: { origin: FOREIGN } });
      expect(response.headers.get("access-control-allow-origin"), path).toBeNull();
    }
    // Open data is for everyone, and carries no personal data: any site may read it, but never
    // with the visitor's cookies.
    const open = await fetch(`${platform.api}/api/open-data/opportunities.json`, {
      headers: { origin: FOREIGN },
    });
    expect(open.headers.get("access-control-allow-origin")).toBe("*");
    expect(open.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("tells nothing of its inside in 4xx answers", async () => {
    const direct = (procedure: string, input: unknown) =>
      platform.call(procedure, input, {}, { base: platform.api });
    const answers = [
      await direct("auth.signIn", { email: "' or 1=1 --", password: ["<script>"] }),
      await direct("auth.signIn", { email: "staff@a.example", password: "falsch-falsch-falsch" }),
      await direct("hours.log", { engagementId: "x" }),
      await fetch(`${platform.api}/trpc/auth.signIn`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{not json",
      }),
      await fetch(`${platform.api}/trpc/auth.me`, { headers: { "x-engagiert-city": "atlantis" } }),
    ];
    expect(answers.map((r) => r.status)).toEqual([400, 401, 401, 400, 404]);
    for (const answer of answers) {
      expectHeaders(answer, API_POLICY);
      expectNoInternals(await answer.text());
    }
  });
});

describe("a server whose database fails", () => {
  it("answers with a plain 500, no SQL and no stack", async () => {
    const broken = createDatabase({ kind: "pglite" }); // never migrated: every table is missing
    const app = createApp({
      db: broken.db,
      settings: TEST_SETTINGS,
      log: SILENT,
      defaultCity: "stadt-a",
      appOrigins: [],
    });
    const running = await listen(app.fetch);
    try {
      const answers = [
        await fetch(`${running.url}/trpc/auth.signIn`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ json: { email: "staff@a.example", password: TEST_PASSWORD } }),
        }),
        await fetch(`${running.url}/api/open-data/opportunities.json`),
      ];
      expect(answers.map((r) => r.status)).toEqual([500, 500]);
      for (const answer of answers) {
        expectHeaders(answer, API_POLICY);
        const body = await answer.text();
        expect(body).toContain("Ein interner Fehler ist aufgetreten.");
        expectNoInternals(body);
      }
    } finally {
      await close(running.server);
      await broken.close();
    }
  });
});
