import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../testing.ts";
import { seedBackupFixture } from "./fixture.ts";
import { isControlLine } from "./format.ts";
import { databaseLevel } from "./migrations.ts";
import { restoreBackup } from "./restore.ts";
import {
  backupLines,
  createEmptyDatabase,
  rowCounts,
  writeBackupLines,
  writeResealedBackup,
  type EmptyDatabase,
} from "./test-support.ts";
import { writeBackup } from "./write.ts";

let dir: string;
let good: string;
let lines: string[];

/** The index of the first row line of a table. */
function firstRow(table: string): number {
  const start = lines.findIndex(
    (l) => l.startsWith('{"$":"table"') && l.includes(`"name":"${table}"`),
  );
  return start + 1;
}

function variant(name: string, make: (file: string) => void): string {
  const file = join(dir, name);
  make(file);
  return file;
}

/** Damaged files, each with the refusal it must get; the last two pass every check of the file. */
const CASES: [string, () => string, RegExp][] = [
  [
    "a changed row",
    () =>
      variant("changed.jsonl.gz", (file) => {
        const copy = [...lines];
        const i = firstRow("engagement_notes");
        copy[i] = copy[i]!.replace("Zeile 1", "Zeile 9");
        writeBackupLines(file, copy);
      }),
    /^The content of table engagement_notes in the backup does not match its checksum/,
  ],
  [
    "a missing row",
    () =>
      variant("missing.jsonl.gz", (file) =>
        writeBackupLines(
          file,
          lines.filter((_, i) => i !== firstRow("persons")),
        ),
      ),
    /^Table persons in the backup has \d+ rows where \d+ were written/,
  ],
  [
    "a file cut off in the middle of its compressed data",
    () =>
      variant("cut.jsonl.gz", (file) => {
        const bytes = readFileSync(good);
        writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
      }),
    /^The backup file is cut off/,
  ],
  [
    "a file whose last lines are missing",
    () =>
      variant("short.jsonl.gz", (file) =>
        writeBackupLines(file, lines.slice(0, lines.length - 40)),
      ),
    /^The backup file ends before its end record/,
  ],
  [
    "a newer format version",
    () =>
      variant("version.jsonl.gz", (file) =>
        writeBackupLines(file, [
          lines[0]!.replace('"version":1', '"version":2'),
          ...lines.slice(1),
        ]),
      ),
    /^This backup has format version 2; this version of Engagiert reads version 1/,
  ],
  [
    "a file that is not a backup",
    () =>
      variant("other.gz", (file) => writeFileSync(file, gzipSync("-- PostgreSQL database dump\n"))),
    /^This file is not an Engagiert backup/,
  ],
  [
    "a file that is not compressed",
    () => variant("plain.jsonl", (file) => writeFileSync(file, `${lines.join("\n")}\n`)),
    /^The file is not an Engagiert backup, or it is damaged \(not valid gzip\)/,
  ],
  [
    "a consistent file whose rows point at missing rows",
    () =>
      variant("orphans.jsonl.gz", (file) => {
        const start = firstRow("organisations");
        let end = start;
        while (!isControlLine(lines[end]!)) end += 1;
        writeResealedBackup(file, [...lines.slice(0, start), ...lines.slice(end)]);
      }),
    /^The backup could not be loaded into the database: .*nothing was restored\.$/s,
  ],
  [
    "a consistent file with a value the database writes differently",
    () =>
      variant("instant.jsonl.gz", (file) => {
        const copy = [...lines];
        const i = firstRow("audit_log");
        copy[i] = copy[i]!.replace(
          "2026-03-14T23:59:59.999999+00:00",
          "2026-03-15T00:59:59.999999+01:00",
        );
        expect(copy[i]).not.toBe(lines[i]);
        writeResealedBackup(file, copy);
      }),
    /^Table audit_log does not arrive whole \(1 of 1 rows, checksum different\): nothing was restored\.$/,
  ],
];

beforeAll(async () => {
  const source = await createTestDatabase("pglite");
  try {
    await seedBackupFixture(source.db, 4);
    dir = mkdtempSync(join(tmpdir(), "engagiert-backup-"));
    good = join(dir, "good.jsonl.gz");
    await writeBackup(source.db, "pglite", good);
    lines = backupLines(good);
  } finally {
    await source.drop();
  }
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(testDatabaseKinds())("a damaged backup and a %s database", (kind) => {
  let fresh: EmptyDatabase;
  let migrated: TestDatabase;
  let migratedCounts: Record<string, number>;

  beforeAll(async () => {
    fresh = await createEmptyDatabase(kind);
    migrated = await createTestDatabase(kind);
    migratedCounts = await rowCounts(migrated.db);
  });
  afterAll(async () => {
    await fresh?.drop();
    await migrated?.drop();
  });

  it.each(CASES)("refuses %s and leaves the database as it was", async (name, make, refusal) => {
    const file = make();
    await expect(restoreBackup(migrated, file)).rejects.toThrow(refusal);
    expect(await rowCounts(migrated.db)).toEqual(migratedCounts);
    await expect(restoreBackup(fresh, file)).rejects.toThrow(refusal);
    // A file that passes every check gets the new database migrated before its load fails;
    // the tables stay empty. Any other refusal comes before the database is touched.
    const passesFileChecks = CASES.findIndex((c) => c[0] === name) >= CASES.length - 2;
    const counts = await rowCounts(fresh.db);
    if (passesFileChecks) {
      expect(Object.values(counts).filter((n) => n > 0)).toEqual([]);
    } else {
      expect((await databaseLevel(fresh.db)).count).toBe(0);
      expect(counts).toEqual({});
    }
  });

  it("restores the undamaged file afterwards", async () => {
    const restored = await restoreBackup(migrated, good);
    expect(restored.rows).toBeGreaterThan(100);
  });
});
