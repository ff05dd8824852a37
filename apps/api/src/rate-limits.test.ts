import {
  insertCity,
  insertUser,
  SILENT,
  TEST_PASSWORD,
  TEST_SETTINGS,
} from "@engagiert/api/testing";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { APPLY_LIMITS } from "@engagiert/domain/engagement";
import { SECOND_FACTOR_LIMITS, SIGN_IN_LIMITS } from "@engagiert/domain/access";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";

const ORIGIN = "http://localhost:5174";

type ErrorBody = {
  error: { json: { message: string; data: { reason: string | null; httpStatus: number } } };
};

/**
 * Every limit answers the same way over HTTP: 429, a Retry-After header in seconds, and a
 * sentence that says when to try again.
 */
describe.each(testDatabaseKinds())("rate limits over HTTP on %s", (kind) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const { city } = await insertCity(database.db, "stadt-a");
    await insertUser(database.db, city.id, { email: "koord@a.example", role: "coordinator" });
    app = createApp({
      db: database.db,
      settings: TEST_SETTINGS,
      log: SILENT,
      defaultCity: "stadt-a",
      appOrigins: [ORIGIN],
    });
  });
  afterAll(() => database.drop());

  const post = (procedure: string, body: unknown, cookie?: string) =>
    app.request(`/trpc/${procedure}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: ORIGIN,
        "sec-fetch-site": "same-origin",
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify({ json: body }),
    });

  async function expectRetryAfter(response: Response, what: RegExp) {
    expect(response.status).toBe(429);
    const seconds = Number(response.headers.get("retry-after"));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60 * 60);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.json.data.reason).toBe("too_many_attempts");
    expect(body.error.json.message).toMatch(what);
    expect(body.error.json.message).toMatch(/erneut/);
  }

  it("limits codes after the password", async () => {
    const signedIn = await post("auth.signIn", {
      email: "koord@a.example",
      password: TEST_PASSWORD,
    });
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.get("set-cookie")!.split(";")[0]!;
    for (let i = 0; i < SECOND_FACTOR_LIMITS.failuresPerAccount; i++) {
      expect((await post("auth.verifySecondFactor", { code: "000000" }, cookie)).status).toBe(401);
    }
    await expectRetryAfter(
      await post("auth.verifySecondFactor", { code: "000000" }, cookie),
      /Zu viele Code-Eingaben/,
    );
  });

  it("limits sign-in links per address", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.linkRequestsPerAccount; i++) {
      expect((await post("auth.requestLink", { email: "viel@a.example" })).status).toBe(200);
    }
    await expectRetryAfter(
      await post("auth.requestLink", { email: "viel@a.example" }),
      /Zu viele Versuche/,
    );
  });

  it("limits the apply form per client", async () => {
    const application = (i: number) => ({
      opportunityId: "6f1f2a8e-3a4b-4c5d-8e9f-0a1b2c3d4e5f",
      firstName: "Lena",
      lastName: "Wagner",
      email: `bewerbung-${i}@example.org`,
      birthYear: 1990,
      message: "",
      hasConsented: true,
    });
    // Each counts, whether or not the opportunity takes applications.
    for (let i = 0; i < APPLY_LIMITS.perClient; i++) {
      expect((await post("applications.submit", application(i))).status).toBe(404);
    }
    await expectRetryAfter(
      await post("applications.submit", application(APPLY_LIMITS.perClient)),
      /Zu viele Bewerbungen/,
    );
  });
});
