import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingMigrations, rowsOf } from "../client.ts";
import { createTestDatabase, testDatabaseKinds } from "../testing.ts";
import { databaseLevel, knownMigrations, migrateToLevel } from "./migrations.ts";
import { restoreBackup } from "./restore.ts";
import { backupLines, createEmptyDatabase, writeBackupLines } from "./test-support.ts";
import { writeBackup } from "./write.ts";

const KNOWN = knownMigrations();
const OLDER = KNOWN.length - 1;

let dir: string;
let older: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "engagiert-backup-"));
  older = join(dir, "older.jsonl.gz");
  // A database of the previous version, with a city in it.
  const source = await createEmptyDatabase("pglite");
  try {
    await migrateToLevel(source, OLDER);
    await source.db.execute(
      sql`insert into cities (slug, name, federal_state) values ('speyer', 'Speyer', 'Rheinland-Pfalz')`,
    );
    const summary = await writeBackup(source.db, "pglite", older);
    expect(summary.header.migrations).toEqual({
      count: OLDER,
      last: KNOWN[OLDER - 1]!.tag,
      hash: KNOWN[OLDER - 1]!.hash,
    });
    expect(summary.header.tables).not.toContain("retention_runs");
  } finally {
    await source.drop();
  }
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(testDatabaseKinds())("a backup of an older schema level on %s", (kind) => {
  it("is loaded at its own level, then migrated to this version's", async () => {
    const target = await createEmptyDatabase(kind);
    try {
      const restored = await restoreBackup(target, older);
      expect(restored.level.count).toBe(KNOWN.length);
      expect((await databaseLevel(target.db)).count).toBe(KNOWN.length);
      expect(await pendingMigrations(target.db)).toBe(0);
      const cities = rowsOf<{ slug: string }>(
        await target.db.execute(sql`select slug from cities`),
      );
      expect(cities).toEqual([{ slug: "speyer" }]);
    } finally {
      await target.drop();
    }
  });

  it("is refused by a database already at a newer level", async () => {
    const target = await createTestDatabase(kind);
    try {
      await expect(restoreBackup(target, older)).rejects.toThrow(
        `The database is at schema level ${KNOWN.length} (${KNOWN.at(-1)!.tag}), newer than the backup's ${OLDER}`,
      );
    } finally {
      await target.drop();
    }
  });

  it("is refused when it comes from a version with migrations this one does not ship", async () => {
    const lines = backupLines(older);
    const header = JSON.parse(lines[0]!) as { migrations: { count: number; last: string } };
    header.migrations = { ...header.migrations, count: KNOWN.length + 1, last: "9999_future" };
    const future = join(dir, "future.jsonl.gz");
    writeBackupLines(future, [JSON.stringify(header), ...lines.slice(1)]);
    const target = await createEmptyDatabase(kind);
    try {
      await expect(restoreBackup(target, future)).rejects.toThrow(
        /^The backup was made at schema level \d+ \(9999_future\), which this version of Engagiert does not know/,
      );
      expect((await databaseLevel(target.db)).count).toBe(0);
    } finally {
      await target.drop();
    }
  });
});
