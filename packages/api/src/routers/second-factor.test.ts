import { recoveryCodes, users } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpCode, totpStep, hotp, base32Decode } from "../auth/totp.ts";
import { insertCity, insertUser, TEST_PASSWORD, TEST_TOTP_SECRET, testClient } from "../testing.ts";
import type { Problem } from "../trpc.ts";

async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

const reasonOf = (error: TRPCError) => (error.cause as Problem | undefined)?.reason;

describe.each(testDatabaseKinds())("second factor at sign-in on %s", (kind) => {
  let database: TestDatabase;
  let city: Awaited<ReturnType<typeof insertCity>>;
  let address = 0;
  /** Each test its own client address, so the per-client limits of one do not touch another. */
  const client = () =>
    testClient(database.db, "stadt-a", { clientAddress: `198.51.100.${++address}` });
  const codeAt = (at: Date, offset = 0) =>
    hotp(base32Decode(TEST_TOTP_SECRET)!, totpStep(at) + offset);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    city = await insertCity(database.db, "stadt-a");
    for (const [email, role] of [
      ["koordination@a.example", "coordinator"],
      ["replay@a.example", "coordinator"],
      ["locked@a.example", "city_admin"],
      ["late@a.example", "coordinator"],
    ] as const) {
      await insertUser(database.db, city.city.id, { email, role });
    }
    await insertUser(database.db, city.city.id, {
      email: "neu@a.example",
      role: "coordinator",
      hasTotp: false,
    });
    await insertUser(database.db, city.city.id, {
      email: "netz-admin@a.example",
      role: "network_admin",
      hasTotp: false,
    });
    await insertUser(database.db, city.city.id, {
      email: "staff@a.example",
      role: "staff",
      organisationId: city.orgA.id,
    });
  });
  afterAll(() => database.drop());

  it("asks a coordinator for the code, treats the waiting session as signed out, then signs in", async () => {
    const browser = client();
    const answer = await (
      await browser.call()
    ).auth.signIn({ email: "koordination@a.example", password: TEST_PASSWORD });
    expect(answer).toEqual({ user: null, secondFactor: "code" });
    // A short-lived cookie: ten minutes to give the code.
    expect(browser.state.lastSetCookie).toMatch(/Max-Age=600; Secure$/);
    const pendingToken = browser.state.cookie;

    const waiting = await browser.call();
    expect((await waiting.auth.me()).user).toBeNull();
    expect((await rejection(waiting.dashboard.counts({}))).code).toBe("UNAUTHORIZED");
    expect((await rejection(waiting.security.overview())).code).toBe("UNAUTHORIZED");

    const wrong = String((Number(totpCode(TEST_TOTP_SECRET, browser.state.now)) + 1) % 1e6);
    const refused = await rejection(
      waiting.auth.verifySecondFactor({ code: wrong.padStart(6, "0") }),
    );
    expect(refused.code).toBe("UNAUTHORIZED");
    expect(reasonOf(refused)).toBe("wrong_code");
    expect((await (await browser.call()).auth.me()).user).toBeNull();

    const { user, recoveryCodesLeft } = await (
      await browser.call()
    ).auth.verifySecondFactor({ code: totpCode(TEST_TOTP_SECRET, browser.state.now) });
    expect(user).toMatchObject({ email: "koordination@a.example", role: "coordinator" });
    expect(recoveryCodesLeft).toBeNull();
    expect(browser.state.lastSetCookie).toMatch(/Max-Age=43200; Secure$/);
    // The full session has a token of its own; the waiting one is gone.
    expect(browser.state.cookie).not.toBe(pendingToken);
    expect((await (await browser.call()).dashboard.counts({})).scope).toBe("city");

    const stale = client();
    stale.state.cookie = pendingToken;
    expect((await (await stale.call()).auth.me()).user).toBeNull();
    const expired = await rejection(
      (await stale.call()).auth.verifySecondFactor({ code: codeAt(stale.state.now, 1) }),
    );
    expect(reasonOf(expired)).toBe("second_factor_expired");
  });

  it("accepts a code once per time step, and the neighbouring step's code", async () => {
    const first = client();
    await (await first.call()).auth.signIn({ email: "replay@a.example", password: TEST_PASSWORD });
    const code = codeAt(first.state.now);
    await (await first.call()).auth.verifySecondFactor({ code });

    const second = client();
    await (await second.call()).auth.signIn({ email: "replay@a.example", password: TEST_PASSWORD });
    const replayed = await rejection((await second.call()).auth.verifySecondFactor({ code }));
    expect(replayed.code).toBe("UNAUTHORIZED");
    expect(reasonOf(replayed)).toBe("code_used");
    // Two steps ahead is too far; the next step (a phone clock a little ahead) is fine.
    const tooFar = await rejection(
      (await second.call()).auth.verifySecondFactor({ code: codeAt(second.state.now, 2) }),
    );
    expect(reasonOf(tooFar)).toBe("wrong_code");
    const { user } = await (
      await second.call()
    ).auth.verifySecondFactor({ code: codeAt(second.state.now, 1) });
    expect(user?.email).toBe("replay@a.example");
  });

  it("makes a required role without an authenticator set one up; recovery codes work once", async () => {
    const browser = client();
    expect(
      await (await browser.call()).auth.signIn({ email: "neu@a.example", password: TEST_PASSWORD }),
    ).toEqual({ user: null, secondFactor: "setup" });
    const noCodeYet = await rejection(
      (await browser.call()).auth.verifySecondFactor({ code: "123456" }),
    );
    expect(reasonOf(noCodeYet)).toBe("second_factor_setup_needed");
    expect((await rejection((await browser.call()).dashboard.counts({}))).code).toBe(
      "UNAUTHORIZED",
    );

    const setup = await (await browser.call()).auth.startSecondFactorSetup();
    expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.uri).toContain(`otpauth://totp/Teststadt%20stadt-a%20engagiert:neu%40a.example`);
    expect(setup.uri).toContain(`secret=${setup.secret}`);
    expect(setup.qr.size).toBeGreaterThanOrEqual(21);
    expect(setup.qr.path).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);

    const wrong = await rejection(
      (await browser.call()).auth.confirmSecondFactorSetup({
        secret: setup.secret,
        code: codeAt(browser.state.now),
      }),
    );
    expect(wrong.code).toBe("BAD_REQUEST");
    const { user, recoveryCodes: codes } = await (
      await browser.call()
    ).auth.confirmSecondFactorSetup({
      secret: setup.secret,
      code: totpCode(setup.secret, browser.state.now),
    });
    expect(user?.email).toBe("neu@a.example");
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);

    const [row] = await database.db.select().from(users).where(eq(users.email, "neu@a.example"));
    expect(row?.totpSecret).toBe(setup.secret);
    expect(row?.totpEnabledAt).toEqual(browser.state.now);
    const stored = await database.db
      .select({ codeHash: recoveryCodes.codeHash })
      .from(recoveryCodes)
      .where(eq(recoveryCodes.userId, row!.id));
    expect(stored).toHaveLength(10);
    // Only hashes are kept.
    for (const { codeHash } of stored) {
      expect(codeHash).toMatch(/^[0-9a-f]{64}$/);
      expect(codes.join()).not.toContain(codeHash);
    }

    // Later, without the phone: a recovery code, typed in capitals and with spaces.
    const later = client();
    await (await later.call()).auth.signIn({ email: "neu@a.example", password: TEST_PASSWORD });
    const typed = codes[0]!.toUpperCase().replace(/-/g, " ");
    const withCode = await (await later.call()).auth.verifySecondFactor({ code: typed });
    expect(withCode).toMatchObject({ user: { email: "neu@a.example" }, recoveryCodesLeft: 9 });

    const again = client();
    await (await again.call()).auth.signIn({ email: "neu@a.example", password: TEST_PASSWORD });
    const reused = await rejection(
      (await again.call()).auth.verifySecondFactor({ code: codes[0]! }),
    );
    expect(reasonOf(reused)).toBe("wrong_code");
    const unused = await database.db
      .select()
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, row!.id), isNull(recoveryCodes.usedAt)));
    expect(unused).toHaveLength(9);
  });

  it("requires the set-up of a network admin too, and lets staff without a factor straight in", async () => {
    const admin = client();
    expect(
      await (
        await admin.call()
      ).auth.signIn({ email: "netz-admin@a.example", password: TEST_PASSWORD }),
    ).toMatchObject({ user: null, secondFactor: "setup" });
    const staff = client();
    const answer = await (
      await staff.call()
    ).auth.signIn({ email: "staff@a.example", password: TEST_PASSWORD });
    expect(answer).toMatchObject({ user: { email: "staff@a.example" }, secondFactor: null });
    // A full session has nothing to confirm.
    const nothing = await rejection(
      (await staff.call()).auth.verifySecondFactor({ code: "123456" }),
    );
    expect(reasonOf(nothing)).toBe("second_factor_expired");
  });

  it("locks the code step after five wrong codes, saying when to try again", async () => {
    const browser = client();
    await (
      await browser.call()
    ).auth.signIn({ email: "locked@a.example", password: TEST_PASSWORD });
    for (let i = 0; i < 5; i++) {
      const error = await rejection(
        (await browser.call()).auth.verifySecondFactor({ code: "000000" }),
      );
      expect(reasonOf(error)).toBe("wrong_code");
      browser.advance(1);
    }
    const locked = await rejection(
      (await browser.call()).auth.verifySecondFactor({ code: codeAt(browser.state.now) }),
    );
    expect(locked.code).toBe("TOO_MANY_REQUESTS");
    expect((locked.cause as Problem).retryAfterSeconds).toBe(10 * 60);
    // 09:05 now, the first wrong code at 09:00 leaves the window at 09:15 (10:15 in Berlin).
    expect(locked.message).toBe(
      "Zu viele Code-Eingaben in kurzer Zeit. Bitte versuchen Sie es in 10 Minuten erneut (ab 10:15 Uhr).",
    );

    browser.advance(11);
    await (
      await browser.call()
    ).auth.signIn({ email: "locked@a.example", password: TEST_PASSWORD });
    const { user } = await (
      await browser.call()
    ).auth.verifySecondFactor({ code: codeAt(browser.state.now) });
    expect(user?.email).toBe("locked@a.example");
  });

  it("gives ten minutes for the code, and none to a deactivated account", async () => {
    const slow = client();
    await (await slow.call()).auth.signIn({ email: "late@a.example", password: TEST_PASSWORD });
    slow.advance(11);
    const late = await rejection(
      (await slow.call()).auth.verifySecondFactor({ code: codeAt(slow.state.now) }),
    );
    expect(reasonOf(late)).toBe("second_factor_expired");

    const browser = client();
    browser.advance(11);
    await (await browser.call()).auth.signIn({ email: "late@a.example", password: TEST_PASSWORD });
    await database.db
      .update(users)
      .set({ isActive: false })
      .where(eq(users.email, "late@a.example"));
    const gone = await rejection(
      (await browser.call()).auth.verifySecondFactor({ code: codeAt(browser.state.now, 1) }),
    );
    expect(reasonOf(gone)).toBe("second_factor_expired");
  });

  it("refuses malformed codes and secrets with field errors", async () => {
    const browser = client();
    const empty = await rejection((await browser.call()).auth.verifySecondFactor({ code: " " }));
    expect(empty.code).toBe("BAD_REQUEST");
    const badSecret = await rejection(
      (await browser.call()).auth.confirmSecondFactorSetup({ secret: "short", code: "123456" }),
    );
    expect(badSecret.code).toBe("BAD_REQUEST");
  });
});
