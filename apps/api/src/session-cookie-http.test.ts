import { SESSION_COOKIE } from "@engagiert/api/context";
import { recoveryCodeFor, SILENT, TEST_PASSWORD, TEST_SETTINGS } from "@engagiert/api/testing";
import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import { testDatabaseKinds } from "@engagiert/db/testing";
import { PENDING_SECOND_FACTOR_MINUTES } from "@engagiert/domain/access";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import {
  cookieOf,
  runningPlatform,
  sessionOf,
  type RunningPlatform,
} from "./security-http-fixture.ts";

const LIFE = `Max-Age=${TEST_SETTINGS.sessionAbsoluteHours * 3600}`;

/**
 * The session cookie after real sign-ins through the app's origin: every flag, no Domain (only
 * the host that set it gets it back), and a lifetime equal to the session's absolute timeout.
 * Extends app.test.ts, which checks the three flags on one sign-in.
 */
describe.each(testDatabaseKinds())("the session cookie on %s", (kind) => {
  let platform: RunningPlatform;

  beforeAll(async () => {
    platform = await runningPlatform(kind);
  });
  afterAll(() => platform?.stop());

  it("is HttpOnly, Secure, SameSite=Lax, for the whole site, for the session's life", async () => {
    const signedIn = await platform.call("auth.signIn", {
      email: "staff@a.example",
      password: TEST_PASSWORD,
    });
    expect(signedIn.status).toBe(200);
    const cookie = cookieOf(signedIn);
    const [pair, ...attributes] = cookie.split("; ");
    expect(pair).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}$`));
    expect(attributes.sort()).toEqual(["HttpOnly", LIFE, "Path=/", "SameSite=Lax", "Secure"]);
    expect(cookie).not.toMatch(/Domain=|Expires=/i);
    expect(await platform.whoIs(pair!)).toMatchObject({ email: "staff@a.example" });

    const signedOut = await platform.call("auth.signOut", undefined, { cookie: pair! });
    expect(cookieOf(signedOut)).toBe(
      `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure`,
    );
    expect(await platform.whoIs(pair!)).toBeNull();
  });

  it("lasts only as long as the second-factor step, then is replaced by a new full one", async () => {
    const password = await platform.call("auth.signIn", {
      email: "koord@a.example",
      password: TEST_PASSWORD,
    });
    expect(cookieOf(password)).toMatch(
      new RegExp(
        `; HttpOnly; SameSite=Lax; Max-Age=${PENDING_SECOND_FACTOR_MINUTES * 60}; Secure$`,
      ),
    );
    const pending = sessionOf(password);
    expect(await platform.whoIs(pending)).toBeNull();
    const code = await recoveryCodeFor(platform.database.db, "stadt-a", "koord@a.example");
    const verified = await platform.call("auth.verifySecondFactor", { code }, { cookie: pending });
    expect(verified.status).toBe(200);
    expect(cookieOf(verified)).toMatch(new RegExp(`; HttpOnly; SameSite=Lax; ${LIFE}; Secure$`));
    expect(sessionOf(verified)).not.toBe(pending);
    expect(await platform.whoIs(sessionOf(verified))).toMatchObject({ email: "koord@a.example" });
    expect(await platform.whoIs(pending)).toBeNull();
  });

  it("is the same for a volunteer signing in by link", async () => {
    const asked = await platform.call("auth.requestLink", { email: "ehrenamt@a.example" });
    expect(asked.status).toBe(200);
    const scope = cityScope(platform.cityId);
    const [mail] = await mailsTo(platform.database.db, scope, "ehrenamt@a.example");
    const token = /token=([A-Za-z0-9_-]{43})/.exec(mail!.bodyText)![1];
    const redeemed = await platform.call("auth.redeemLink", { token });
    expect(redeemed.status).toBe(200);
    expect(cookieOf(redeemed)).toMatch(
      new RegExp(
        `^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Lax; ${LIFE}; Secure$`,
      ),
    );
  });

  it("leaves Secure off only when configured (COOKIE_SECURE=false, for plain-HTTP tests)", async () => {
    const plain = createApp({
      db: platform.database.db,
      settings: { ...TEST_SETTINGS, cookieSecure: false },
      log: SILENT,
      defaultCity: "stadt-a",
      appOrigins: [],
    });
    const response = await plain.request("/trpc/auth.signIn", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { email: "staff@a.example", password: TEST_PASSWORD } }),
    });
    expect(response.status).toBe(200);
    expect(cookieOf(response)).toMatch(new RegExp(`; Path=/; HttpOnly; SameSite=Lax; ${LIFE}$`));
  });
});
