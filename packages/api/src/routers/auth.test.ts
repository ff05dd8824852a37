import { mailsTo } from "@engagiert/db/queries/outbox";
import { users } from "@engagiert/db/schema";
import { eq } from "drizzle-orm";
import { cityScope } from "@engagiert/db/queries/scope";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

describe.each(testDatabaseKinds())("auth on %s", (kind) => {
  let database: TestDatabase;
  let cityA: Awaited<ReturnType<typeof insertCity>>;
  let cityB: Awaited<ReturnType<typeof insertCity>>;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    cityA = await insertCity(database.db, "stadt-a");
    cityB = await insertCity(database.db, "stadt-b");
    await insertUser(database.db, cityA.city.id, {
      email: "staff@a.example",
      role: "staff",
      organisationId: cityA.orgA.id,
    });
    await insertUser(database.db, cityA.city.id, { email: "vol@a.example", role: "volunteer" });
    await insertUser(database.db, cityA.city.id, {
      email: "locked@a.example",
      role: "staff",
      organisationId: cityA.orgA.id,
    });
  });
  afterAll(() => database.drop());

  it("signs staff in with the right password and sets a secure session cookie", async () => {
    const client = testClient(database.db, "stadt-a");
    const { user } = await (
      await client.call()
    ).auth.signIn({ email: " Staff@A.example ", password: TEST_PASSWORD });
    expect(user).toMatchObject({
      email: "staff@a.example",
      role: "staff",
      organisationName: "Amt A",
    });
    expect(client.state.lastSetCookie).toMatch(
      /^engagiert_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=43200; Secure$/,
    );
    const me = await (await client.call()).auth.me();
    expect(me.user?.email).toBe("staff@a.example");
  });

  it("refuses a wrong password and an unknown address with the same message", async () => {
    const client = testClient(database.db, "stadt-a", { clientAddress: "192.0.2.50" });
    const wrong = await rejection(
      (await client.call()).auth.signIn({ email: "staff@a.example", password: "nope" }),
    );
    const unknown = await rejection(
      (await client.call()).auth.signIn({ email: "who@a.example", password: "nope" }),
    );
    expect(wrong.code).toBe("UNAUTHORIZED");
    expect(unknown.message).toBe(wrong.message);
    expect(client.state.cookie).toBeNull();
  });

  it("does not let a volunteer sign in by password", async () => {
    const client = testClient(database.db, "stadt-a", { clientAddress: "192.0.2.51" });
    const error = await rejection(
      (await client.call()).auth.signIn({ email: "vol@a.example", password: TEST_PASSWORD }),
    );
    expect(error.code).toBe("UNAUTHORIZED");
  });

  it("locks an account after five failures until the window has passed", async () => {
    const client = testClient(database.db, "stadt-a", { clientAddress: "192.0.2.52" });
    for (let i = 0; i < 5; i++) {
      await rejection(
        (await client.call()).auth.signIn({ email: "locked@a.example", password: "wrong" }),
      );
      client.advance(1);
    }
    const locked = await rejection(
      (await client.call()).auth.signIn({ email: "locked@a.example", password: TEST_PASSWORD }),
    );
    expect(locked.code).toBe("TOO_MANY_REQUESTS");
    expect((locked.cause as Problem).retryAfterSeconds).toBe(10 * 60);
    client.advance(11);
    const { user } = await (
      await client.call()
    ).auth.signIn({ email: "locked@a.example", password: TEST_PASSWORD });
    expect(user?.email).toBe("locked@a.example");
  });

  it("counts parallel guesses before checking them: at most five get an answer", async () => {
    await insertUser(database.db, cityA.city.id, {
      email: "race@a.example",
      role: "staff",
      organisationId: cityA.orgA.id,
    });
    const guesses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        testClient(database.db, "stadt-a", { clientAddress: `198.51.100.${i}` })
          .call()
          .then((caller) => caller.auth.signIn({ email: "race@a.example", password: `guess ${i}` }))
          .then(
            () => "signed in",
            (e: TRPCError) => e.code,
          ),
      ),
    );
    expect(guesses.filter((g) => g === "UNAUTHORIZED")).toHaveLength(5);
    expect(guesses.filter((g) => g === "TOO_MANY_REQUESTS")).toHaveLength(15);
  });

  it("keeps a session to its own city", async () => {
    const client = testClient(database.db, "stadt-a", { clientAddress: "192.0.2.53" });
    await (await client.call()).auth.signIn({ email: "staff@a.example", password: TEST_PASSWORD });
    const elsewhere = testClient(database.db, "stadt-b");
    elsewhere.state.cookie = client.state.cookie;
    expect((await (await elsewhere.call()).auth.me()).user).toBeNull();
    const error = await rejection(
      (await elsewhere.call()).auth.signIn({ email: "staff@a.example", password: TEST_PASSWORD }),
    );
    expect(error.code).toBe("UNAUTHORIZED");
    expect(cityB.city.id).not.toBe(cityA.city.id);
  });

  it("ends a session after the idle timeout and after the absolute timeout", async () => {
    const idle = testClient(database.db, "stadt-a", { clientAddress: "192.0.2.54" });
    await (await idle.call()).auth.signIn({ email: "staff@a.example", password: TEST_PASSWORD });
    idle.advance(59);
    expect((await (await idle.call()).auth.me()).user).not.toBeNull();
    idle.advance(61);
    expect((await (await idle.call()).auth.me()).user).toBeNull();

    const busy = testClient(database.db, "stadt-a", { clientAddress: "192.0.2.55" });
    await (await busy.call()).auth.signIn({ email: "staff@a.example", password: TEST_PASSWORD });
    for (let hour = 0; hour < 11; hour++) {
      busy.advance(55);
      expect((await (await busy.call()).auth.me()).user).not.toBeNull();
    }
    busy.advance(120);
    expect((await (await busy.call()).auth.me()).user).toBeNull();
  });

  it("signs out: the session is gone and the cookie cleared", async () => {
    const client = testClient(database.db, "stadt-a", { clientAddress: "192.0.2.56" });
    await (await client.call()).auth.signIn({ email: "staff@a.example", password: TEST_PASSWORD });
    const token = client.state.cookie;
    await (await client.call()).auth.signOut();
    expect(client.state.lastSetCookie).toContain("Max-Age=0");
    client.state.cookie = token;
    expect((await (await client.call()).auth.me()).user).toBeNull();
  });

  it("sends a volunteer a one-time link that signs in once and expires", async () => {
    const client = testClient(database.db, "stadt-a");
    expect(await (await client.call()).auth.requestLink({ email: "vol@a.example" })).toEqual({
      sent: true,
    });
    const [mail] = await mailsTo(database.db, cityScope(cityA.city.id), "vol@a.example");
    expect(mail?.subject).toContain("Anmeldelink");
    const link = new URL(mail!.bodyText.match(/http\S+/)![0]);
    expect(link.origin + link.pathname).toBe("http://localhost:5173/anmelden/link");
    const token = link.searchParams.get("token")!;

    const { user } = await (await client.call()).auth.redeemLink({ token });
    expect(user).toMatchObject({ email: "vol@a.example", role: "volunteer" });
    expect((await (await client.call()).auth.me()).user?.personId).toBeTruthy();

    const again = await rejection(
      (await testClient(database.db, "stadt-a").call()).auth.redeemLink({ token }),
    );
    expect(again.code).toBe("BAD_REQUEST");

    await (await client.call()).auth.requestLink({ email: "vol@a.example" });
    const [second] = await mailsTo(database.db, cityScope(cityA.city.id), "vol@a.example");
    const late = testClient(database.db, "stadt-a");
    late.advance(21);
    const expired = await rejection(
      (await late.call()).auth.redeemLink({
        token: new URL(second!.bodyText.match(/http\S+/)![0]).searchParams.get("token")!,
      }),
    );
    expect(expired.message).toMatch(/abgelaufen/);
  });

  it("leads the link back to the page that asked for it, and only to a page of the app", async () => {
    const client = testClient(database.db, "stadt-a", { clientAddress: "192.0.2.71" });
    await (
      await client.call()
    ).auth.requestLink({
      email: "vol@a.example",
      next: "/schulungen/5b45f3c7-3a16-4f56-89a1-4bdd184cff21",
    });
    const [mail] = await mailsTo(database.db, cityScope(cityA.city.id), "vol@a.example");
    const link = new URL(mail!.bodyText.match(/http\S+/)![0]);
    expect(link.searchParams.get("weiter")).toBe(
      "/schulungen/5b45f3c7-3a16-4f56-89a1-4bdd184cff21",
    );
    for (const next of ["https://evil.example/", "//evil.example", "/\\evil.example", "/a b"]) {
      const refused = await rejection(
        (await client.call()).auth.requestLink({ email: "vol@a.example", next }),
      );
      expect(refused.code).toBe("BAD_REQUEST");
    }
  });

  it("does not sign in a deactivated volunteer with a link sent before", async () => {
    const vol = await insertUser(database.db, cityA.city.id, {
      email: "gone@a.example",
      role: "volunteer",
    });
    const client = testClient(database.db, "stadt-a", { clientAddress: "192.0.2.70" });
    await (await client.call()).auth.requestLink({ email: "gone@a.example" });
    const [mail] = await mailsTo(database.db, cityScope(cityA.city.id), "gone@a.example");
    await database.db.update(users).set({ isActive: false }).where(eq(users.id, vol.id));
    const token = new URL(mail!.bodyText.match(/http\S+/)![0]).searchParams.get("token")!;
    const error = await rejection((await client.call()).auth.redeemLink({ token }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(client.state.cookie).toBeNull();
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    const client = testClient(database.db, "stadt-a");
    expect(await (await client.call()).auth.requestLink({ email: "nobody@a.example" })).toEqual({
      sent: true,
    });
    expect(await mailsTo(database.db, cityScope(cityA.city.id), "nobody@a.example")).toHaveLength(
      0,
    );
    // A staff address gets no link either: staff sign in with a password.
    await (await client.call()).auth.requestLink({ email: "staff@a.example" });
    expect(await mailsTo(database.db, cityScope(cityA.city.id), "staff@a.example")).toHaveLength(0);
  });

  it("limits link requests per address", async () => {
    const client = testClient(database.db, "stadt-a");
    for (let i = 0; i < 3; i++)
      await (await client.call()).auth.requestLink({ email: "flood@a.example" });
    const error = await rejection(
      (await client.call()).auth.requestLink({ email: "flood@a.example" }),
    );
    expect(error.code).toBe("TOO_MANY_REQUESTS");
  });

  it("refuses malformed input with field errors", async () => {
    const client = testClient(database.db, "stadt-a");
    const error = await rejection(
      (await client.call()).auth.signIn({ email: "not an address", password: "" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    const badToken = await rejection((await client.call()).auth.redeemLink({ token: "short" }));
    expect(badToken.code).toBe("BAD_REQUEST");
  });
});
