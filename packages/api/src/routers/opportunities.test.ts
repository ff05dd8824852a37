import { opportunities } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity, opportunityRow, testClient } from "../testing.ts";

describe.each(testDatabaseKinds())("opportunities on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const a = await insertCity(database.db, "stadt-a");
    const b = await insertCity(database.db, "stadt-b");
    const day = (n: number) => new Date(Date.UTC(2026, 9, 1 + n, 10));
    await database.db.insert(opportunities).values([
      // 25 published, two of them at the same moment to test the tie-break on id
      ...Array.from({ length: 25 }, (_, i) =>
        opportunityRow(a.city.id, a.orgA.id, {
          title: `Angebot Nummer ${i}`,
          publishedAt: day(i === 24 ? 23 : i),
        }),
      ),
      opportunityRow(a.city.id, a.orgA.id, {
        title: "Entwurf",
        status: "draft",
        publishedAt: null,
      }),
      opportunityRow(a.city.id, a.orgA.id, { title: "Pausiert", status: "paused" }),
      opportunityRow(b.city.id, b.orgA.id, { title: "Andere Stadt" }),
    ]);
  });
  afterAll(() => database.drop());

  it("lists the city's published opportunities, newest first, page by page", async () => {
    const caller = await testClient(database.db, "stadt-a").call();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof caller.opportunities.newest>> =
        await caller.opportunities.newest({ limit: 10, cursor });
      expect(page.total).toBe(25);
      seen.push(...page.items.map((i) => i.title));
      for (let i = 1; i < page.items.length; i++) {
        expect(page.items[i - 1]!.publishedAt.getTime()).toBeGreaterThanOrEqual(
          page.items[i]!.publishedAt.getTime(),
        );
      }
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(25);
    expect(seen).not.toContain("Entwurf");
    expect(seen).not.toContain("Pausiert");
    expect(seen).not.toContain("Andere Stadt");
    expect(seen.slice(0, 2).sort()).toEqual(["Angebot Nummer 23", "Angebot Nummer 24"]);
  });

  it("refuses a page size over 100 with a field error", async () => {
    const caller = await testClient(database.db, "stadt-a").call();
    const error = await caller.opportunities.newest({ limit: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
  });

  it("treats a forged cursor as the first page", async () => {
    const caller = await testClient(database.db, "stadt-a").call();
    const forged = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString("base64url");
    for (const cursor of [
      "not-a-cursor",
      forged(["2026-01-01T00:00:00Z", "x"]),
      forged(["garbage", "00000000-0000-0000-0000-000000000000"]),
      forged([{ a: 1 }, null]),
      forged(["2026-01-01T00:00:00Z"]),
    ]) {
      const page = await caller.opportunities.newest({ limit: 5, cursor });
      expect(page.items[0]!.title, cursor).toMatch(/Angebot Nummer 2[34]/);
    }
    const cities = await caller.network.cities({ limit: 5, cursor: forged(["Berlin", "x'; --"]) });
    expect(cities.items.length).toBeGreaterThan(0);
  });
});
