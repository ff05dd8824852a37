import { insertCity, insertUser, TEST_PASSWORD, testClient } from "@engagiert/api/testing";
import { sessions, signInAttempts } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runHousekeeping } from "./housekeeping.ts";

describe.each(testDatabaseKinds())("housekeeping on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const { city, orgA } = await insertCity(database.db, "stadt-a");
    await insertUser(database.db, city.id, {
      email: "staff@a.example",
      role: "staff",
      organisationId: orgA.id,
    });
  });
  afterAll(() => database.drop());

  it("removes ended sessions and old attempts, and keeps live ones", async () => {
    const old = testClient(database.db, "stadt-a");
    old.state.now = new Date("2026-11-20T08:00:00Z");
    await (await old.call()).auth.signIn({ email: "staff@a.example", password: TEST_PASSWORD });
    await (
      await old.call()
    ).auth
      .signIn({ email: "staff@a.example", password: "wrong" })
      .catch(() => {});
    const live = testClient(database.db, "stadt-a");
    await (await live.call()).auth.signIn({ email: "staff@a.example", password: TEST_PASSWORD });

    const removed = await runHousekeeping(database.db, live.state.now);
    expect(removed.sessions).toBe(1);
    // the old success (per account) and the old failure (per account and per client)
    expect(removed.attempts).toBe(3);
    expect(await database.db.select().from(sessions)).toHaveLength(1);
    expect(await database.db.select().from(signInAttempts)).toHaveLength(1);
    expect((await (await live.call()).auth.me()).user?.email).toBe("staff@a.example");
  });
});
