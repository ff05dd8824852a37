import { PRACTICE_THEMES } from "@engagiert/domain/network";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPublishedPractices } from "../queries/practices.ts";
import { listQuestions } from "../queries/practice-posts.ts";
import { practices } from "../schema/index.ts";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../testing.ts";
import { seedDemo } from "./index.ts";

describe.each(testDatabaseKinds())("Göppingen's demo practices on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedDemo(database.db, {
      staffPasswordHash: "$argon2id$test-only",
      today: "2026-03-15",
      volunteers: 50,
    });
  });
  afterAll(() => database?.drop());

  it("shares published practices across every theme, with one draft kept back", async () => {
    const rows = await database.db.select().from(practices);
    expect(rows.filter((p) => p.status === "draft")).toHaveLength(1);
    expect(rows.every((p) => p.isDemo)).toBe(true);
    const library = await listPublishedPractices(database.db, { limit: 100 });
    expect(library.total).toBe(7);
    const themes = new Set(rows.flatMap((p) => p.themes));
    expect([...themes].sort()).toEqual([...PRACTICE_THEMES].sort());
    expect(library.items[0]).toMatchObject({
      title: "Vorstandsnachfolge im Verein: Tandems aus Erfahrenen und Neuen",
      cityName: "Göppingen",
      authorName: "Ayla Demir",
      questionCount: 1,
    });
  });

  it("holds questions with answers by the city's members", async () => {
    const library = await listPublishedPractices(database.db, {
      limit: 10,
      search: "Ehrenamtsbörse",
    });
    const questions = await listQuestions(database.db, library.items[0]!.id, { limit: 10 });
    expect(questions.items).toEqual([
      expect.objectContaining({
        authorName: "Heinz Bührle",
        answers: [expect.objectContaining({ authorName: "Sabine Krämer" })],
      }),
    ]);
  });
});
