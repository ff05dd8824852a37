import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, pendingMigrations } from "./client.ts";
import { cities } from "./schema/index.ts";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "./testing.ts";

describe.each(testDatabaseKinds())("database client on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database?.drop());

  it("has no pending migrations after migrate, and migrating again changes nothing", async () => {
    expect(await pendingMigrations(database.db)).toBe(0);
    await database.migrate();
    expect(await pendingMigrations(database.db)).toBe(0);
  });

  it("writes and reads a row", async () => {
    await database.db
      .insert(cities)
      .values({ slug: "speyer", name: "Speyer", federalState: "Rheinland-Pfalz" });
    const [row] = await database.db.select().from(cities).where(eq(cities.slug, "speyer"));
    expect(row).toMatchObject({ name: "Speyer", isDemo: false, config: null });
  });
});

describe("PGlite in a folder", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("counts every migration as pending before the first migrate", async () => {
    const dir = mkdtempSync(join(tmpdir(), "engagiert-db-"));
    dirs.push(dir);
    const handle = createDatabase({ kind: "pglite", dataDir: join(dir, "data") });
    try {
      expect(await pendingMigrations(handle.db)).toBeGreaterThan(0);
    } finally {
      await handle.close();
    }
  });

  it("keeps its data after close and reopen", async () => {
    const dir = mkdtempSync(join(tmpdir(), "engagiert-db-"));
    dirs.push(dir);
    const dataDir = join(dir, "data");

    const first = createDatabase({ kind: "pglite", dataDir });
    await first.migrate();
    await first.db
      .insert(cities)
      .values({ slug: "emden", name: "Emden", federalState: "Niedersachsen" });
    await first.close();

    const second = createDatabase({ kind: "pglite", dataDir });
    try {
      expect(await pendingMigrations(second.db)).toBe(0);
      const rows = await second.db.select({ name: cities.name }).from(cities);
      expect(rows).toEqual([{ name: "Emden" }]);
    } finally {
      await second.close();
    }
  });
});
