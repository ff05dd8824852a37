import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingMigrations, rowsOf, type Database } from "../client.ts";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../testing.ts";
import { databaseDigests, type TableDigest } from "./checksum.ts";
import { seedBackupFixture } from "./fixture.ts";
import { knownMigrations } from "./migrations.ts";
import { BACKUP_PLAN } from "./plan.ts";
import { restoreBackup } from "./restore.ts";
import { backupLines, createEmptyDatabase, rowCounts } from "./test-support.ts";
import { writeBackup, type BackupSummary } from "./write.ts";

const KINDS = testDatabaseKinds();
const KEPT = Object.entries(BACKUP_PLAN)
  .filter(([, entry]) => entry === "keep")
  .map(([name]) => name);

async function values(db: Database) {
  return rowsOf<Record<string, string>>(
    await db.execute(
      sql`select a.at::text as "at", a.details::text as "details", n.body as "note",
            (select count(*) from opportunities where search_vector is not null)::text as "searchable"
          from audit_log a cross join engagement_notes n`,
    ),
  );
}

describe.each(KINDS)("a backup of the demo city on %s", (sourceKind) => {
  let source: TestDatabase;
  let dir: string;
  let file: string;
  let summary: BackupSummary;
  let digests: TableDigest[];

  beforeAll(async () => {
    source = await createTestDatabase(sourceKind);
    await seedBackupFixture(source.db);
    dir = mkdtempSync(join(tmpdir(), "engagiert-backup-"));
    file = join(dir, "engagiert.jsonl.gz");
    // Small batches, so every table of the fixture spans several of them.
    summary = await writeBackup(source.db, sourceKind, file, {
      batchRows: 7,
      now: new Date("2026-03-15T12:00:00Z"),
    });
    digests = await databaseDigests(source.db, sourceKind);
  });
  afterAll(async () => {
    await source?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("writes a header with format, schema level and time, and every kept table with rows", () => {
    const known = knownMigrations();
    expect(summary.header).toMatchObject({
      $: "engagiert-backup",
      version: 1,
      createdAt: "2026-03-15T12:00:00.000Z",
      source: sourceKind,
      migrations: { count: known.length, last: known.at(-1)!.tag, hash: known.at(-1)!.hash },
    });
    expect([...summary.header.tables].sort()).toEqual([...KEPT].sort());
    expect(summary.tables).toEqual(digests);
    for (const digest of summary.tables) expect(digest.rows, digest.table).toBeGreaterThan(0);
    expect(summary.rows).toBe(digests.reduce((sum, d) => sum + d.rows, 0));
  });

  it("leaves out sessions, sign-in links and sign-in attempts, and says so", async () => {
    const counts = await rowCounts(source.db);
    expect(counts).toMatchObject({ sessions: 1, sign_in_links: 1, sign_in_attempts: 1 });
    expect(Object.keys(summary.header.leftOut)).toEqual([
      "sessions",
      "sign_in_attempts",
      "sign_in_links",
    ]);
    const text = backupLines(file).join("\n");
    expect(text).not.toContain('"name":"sessions"');
    expect(text).not.toContain("203.0.113.7");
    expect(text).toContain('"$":"end"');
  });

  it("is readable by its owner only (it holds personal data)", () => {
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it.each(KINDS)("arrives whole in a new, empty %s database", async (targetKind) => {
    const target = await createEmptyDatabase(targetKind);
    try {
      const restored = await restoreBackup(target, file, { batchRows: 50 });
      expect(restored.tables).toEqual(digests);
      expect(await databaseDigests(target.db, targetKind)).toEqual(digests);
      expect(await values(target.db)).toEqual(await values(source.db));
      expect(await pendingMigrations(target.db)).toBe(0);
      expect(await rowCounts(target.db)).toMatchObject({
        sessions: 0,
        sign_in_links: 0,
        sign_in_attempts: 0,
      });
    } finally {
      await target.drop();
    }
  });

  it("refuses a database with data, and with replace swaps all of it in one go", async () => {
    const target = await createTestDatabase(sourceKind);
    try {
      await restoreBackup(target, file);
      await expect(restoreBackup(target, file)).rejects.toThrow(
        /^The database is not empty \(.*\)\. Restore into an empty database, or add --replace/,
      );
      await target.db.execute(sql`update cities set name = 'Geändert' where slug = 'goeppingen'`);
      await target.db.execute(sql`delete from engagement_notes`);
      const restored = await restoreBackup(target, file, { replace: true });
      expect(restored.rows).toBe(summary.rows);
      expect(await databaseDigests(target.db, sourceKind)).toEqual(digests);
    } finally {
      await target.drop();
    }
  });
});
