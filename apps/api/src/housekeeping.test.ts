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

  it("removes ended and idle sessions and old attempts, and keeps live ones", async () => {
    const old = testClient(database.db, "stadt-a");
    old.state.now = new Date("2026-11-20T08:00:00Z");
    await (await old.call()).auth.signIn({ email: "staff@a.example", password: TEST_PASSWORD });
    await (
      await old.call()
    ).auth
      .signIn({ email: "staff@a.example", password: "wrong" })
      .catch(() => {});
    const idle = testClient(database.db, "stadt-a");
    idle.state.now = new Date(idle.state.now.getTime() - 2 * 3_600_000);
    await (await idle.call()).auth.signIn({ email: "staff@a.example", password: TEST_PASSWORD });
    const live = testClient(database.db, "stadt-a");
    await (await live.call()).auth.signIn({ email: "staff@a.example", password: TEST_PASSWORD });

    const removed = await runHousekeeping(database.db, live.state.now, 60 * 60_000);
    expect(removed.sessions).toBe(2);
    // the old success and the old failure, each counted per account and per client
    expect(removed.attempts).toBe(4);
    expect(await database.db.select().from(sessions)).toHaveLength(1);
    expect(await database.db.select().from(signInAttempts)).toHaveLength(4);
    expect((await (await live.call()).auth.me()).user?.email).toBe("staff@a.example");
  });
});
