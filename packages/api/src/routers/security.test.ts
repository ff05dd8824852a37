import { createSession } from "@engagiert/db/queries/accounts";
import { cityScope } from "@engagiert/db/queries/scope";
import { auditLog, users } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken, newToken } from "../auth/tokens.ts";
import { totpCode } from "../auth/totp.ts";
import { insertCity, insertUser, TEST_PASSWORD, testClient } from "../testing.ts";
import type { Problem } from "../trpc.ts";

async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

const fieldErrorsOf = (error: TRPCError) =>
  Object.fromEntries(
    ((error.cause as { issues?: { path: string[]; message: string }[] }).issues ?? []).map(
      (issue) => [issue.path.join("."), issue.message],
    ),
  );

const NEW_PASSWORD = "Gießkanne Leuchtturm Zimtschnecke";

describe.each(testDatabaseKinds())("the security page's procedures on %s", (kind) => {
  let database: TestDatabase;
  let address = 0;
  const client = () =>
    testClient(database.db, "stadt-a", { clientAddress: `203.0.113.${++address}` });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const { city, orgA } = await insertCity(database.db, "stadt-a");
    for (const email of ["wechsel@a.example", "faktor@a.example"]) {
      await insertUser(database.db, city.id, { email, role: "staff", organisationId: orgA.id });
    }
    await insertUser(database.db, city.id, { email: "koord@a.example", role: "coordinator" });
    await insertUser(database.db, city.id, { email: "vol@a.example", role: "volunteer" });
  });
  afterAll(() => database.drop());

  it("changes the password after checking the current one and the rules, ending other sessions", async () => {
    const laptop = client();
    const phone = client();
    const caller = await laptop.signIn("wechsel@a.example");
    await phone.signIn("wechsel@a.example");

    const wrongCurrent = await rejection(
      caller.security.changePassword({ currentPassword: "falsch", newPassword: NEW_PASSWORD }),
    );
    expect(wrongCurrent.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(wrongCurrent)).toEqual({ currentPassword: "Das Passwort stimmt nicht." });

    const cases: [newPassword: string, says: string][] = [
      ["Tannenzapfe", "11 von mindestens 12 Zeichen"],
      ["qwerty123456", "verbreitet"],
      ["wechsel@a.example", "E-Mail-Adresse"],
      [TEST_PASSWORD, "dasselbe"],
    ];
    for (const [newPassword, says] of cases) {
      const refused = await rejection(
        caller.security.changePassword({ currentPassword: TEST_PASSWORD, newPassword }),
      );
      expect(fieldErrorsOf(refused).newPassword).toContain(says);
    }

    const changed = await caller.security.changePassword({
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed).toEqual({ changedAt: laptop.state.now, endedSessions: 1 });
    expect((await (await phone.call()).auth.me()).user).toBeNull();
    expect((await (await laptop.call()).auth.me()).user?.email).toBe("wechsel@a.example");
    expect((await caller.security.overview()).passwordChangedAt).toEqual(laptop.state.now);

    const old = await rejection(client().signIn("wechsel@a.example"));
    expect(old.code).toBe("UNAUTHORIZED");
    await client().signIn("wechsel@a.example", NEW_PASSWORD);

    const [user] = await database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "wechsel@a.example"));
    const audits = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.subjectId, user!.id));
    expect(audits.map((a) => a.action)).toContain("security.password_changed");
  });

  it("lets staff opt in to a second factor, renew the recovery codes and turn it off again", async () => {
    const browser = client();
    const caller = await browser.signIn("faktor@a.example");
    expect(await caller.security.overview()).toMatchObject({
      totpEnabledAt: null,
      isSecondFactorRequired: false,
      recoveryCodesLeft: 0,
    });

    const setup = await caller.security.startTotpSetup();
    const code = totpCode(setup.secret, browser.state.now);
    const wrongPassword = await rejection(
      caller.security.confirmTotpSetup({ secret: setup.secret, code, password: "falsch" }),
    );
    expect(fieldErrorsOf(wrongPassword)).toEqual({ password: "Das Passwort stimmt nicht." });
    const { recoveryCodes } = await caller.security.confirmTotpSetup({
      secret: setup.secret,
      code,
      password: TEST_PASSWORD,
    });
    expect(recoveryCodes).toHaveLength(10);
    expect(await caller.security.overview()).toMatchObject({
      totpEnabledAt: browser.state.now,
      recoveryCodesLeft: 10,
    });

    // From now on the sign-in asks for the code.
    const next = client();
    next.advance(1);
    expect(
      await (await next.call()).auth.signIn({ email: "faktor@a.example", password: TEST_PASSWORD }),
    ).toEqual({ user: null, secondFactor: "code" });
    await (
      await next.call()
    ).auth.verifySecondFactor({ code: totpCode(setup.secret, next.state.now) });

    const renewed = await caller.security.regenerateRecoveryCodes({ password: TEST_PASSWORD });
    expect(renewed.recoveryCodes).toHaveLength(10);
    expect(renewed.recoveryCodes).not.toContain(recoveryCodes[0]);
    const withOld = client();
    await (
      await withOld.call()
    ).auth.signIn({ email: "faktor@a.example", password: TEST_PASSWORD });
    const oldCode = await rejection(
      (await withOld.call()).auth.verifySecondFactor({ code: recoveryCodes[0]! }),
    );
    expect((oldCode.cause as Problem).reason).toBe("wrong_code");
    await (await withOld.call()).auth.verifySecondFactor({ code: renewed.recoveryCodes[0]! });

    expect(await caller.security.disableTotp({ password: TEST_PASSWORD })).toEqual({
      disabled: true,
    });
    expect(
      await (
        await client().call()
      ).auth.signIn({ email: "faktor@a.example", password: TEST_PASSWORD }),
    ).toMatchObject({ secondFactor: null, user: { email: "faktor@a.example" } });
  });

  it("renews a coordinator's authenticator but never turns it off", async () => {
    const browser = client();
    const caller = await browser.signIn("koord@a.example");
    expect(await caller.security.overview()).toMatchObject({ isSecondFactorRequired: true });
    const refused = await rejection(caller.security.disableTotp({ password: TEST_PASSWORD }));
    expect(refused.code).toBe("FORBIDDEN");
    expect((refused.cause as Problem).reason).toBe("second_factor_required");

    const setup = await caller.security.startTotpSetup();
    browser.advance(2);
    await caller.security.confirmTotpSetup({
      secret: setup.secret,
      code: totpCode(setup.secret, browser.state.now),
      password: TEST_PASSWORD,
    });
    const [row] = await database.db
      .select({ totpSecret: users.totpSecret })
      .from(users)
      .where(eq(users.email, "koord@a.example"));
    expect(row?.totpSecret).toBe(setup.secret);
  });

  it("has nothing for volunteers and nobody signed out", async () => {
    const nobody = await rejection((await client().call()).security.overview());
    expect(nobody.code).toBe("UNAUTHORIZED");

    const volunteer = client();
    const [vol] = await database.db
      .select({ id: users.id, cityId: users.cityId })
      .from(users)
      .where(eq(users.email, "vol@a.example"));
    const token = newToken();
    await createSession(database.db, cityScope(vol!.cityId), {
      tokenHash: hashToken(token),
      userId: vol!.id,
      now: volunteer.state.now,
      expiresAt: new Date(volunteer.state.now.getTime() + 3_600_000),
    });
    volunteer.state.cookie = token;
    expect((await (await volunteer.call()).auth.me()).user?.role).toBe("volunteer");
    const refused = await rejection(
      (await volunteer.call()).security.changePassword({
        currentPassword: "x",
        newPassword: NEW_PASSWORD,
      }),
    );
    expect(refused.code).toBe("FORBIDDEN");
  });
});
