import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { rowsOf, type DatabaseHandle, type Executor } from "../client.ts";
import { BackupError, type MigrationLevel } from "./format.ts";

const MIGRATIONS = fileURLToPath(new URL("../../drizzle", import.meta.url));

type JournalEntry = { idx: number; when: number; tag: string; breakpoints: boolean };
type Journal = { entries: JournalEntry[] } & Record<string, unknown>;

/** A migration this version ships: its name, its time stamp (drizzle's order) and its hash. */
export type KnownMigration = { tag: string; when: number; hash: string };

function readJournal(folder: string): Journal {
  return JSON.parse(readFileSync(join(folder, "meta", "_journal.json"), "utf8")) as Journal;
}

/** The migrations of this version of the code, in order. */
export function knownMigrations(folder = MIGRATIONS): KnownMigration[] {
  const files = readMigrationFiles({ migrationsFolder: folder });
  return readJournal(folder).entries.map((entry, i) => ({
    tag: entry.tag,
    when: entry.when,
    hash: files[i]!.hash,
  }));
}

/** The level a count of applied migrations stands for. */
export function levelOf(count: number, known = knownMigrations()): MigrationLevel {
  const last = count > 0 ? known[count - 1]! : null;
  return { count, last: last?.tag ?? null, hash: last?.hash ?? null };
}

/**
 * How far a database is migrated. Refuses a database with a migration this version does not
 * ship (it was run by a newer version).
 */
export async function databaseLevel(db: Executor): Promise<MigrationLevel> {
  const known = knownMigrations();
  const [table] = rowsOf<{ present: boolean }>(
    await db.execute(
      sql`select to_regclass('drizzle.__drizzle_migrations') is not null as "present"`,
    ),
  );
  if (!table?.present) return levelOf(0, known);
  const applied = rowsOf<{ when: string }>(
    await db.execute(
      sql`select created_at::text as "when" from drizzle.__drizzle_migrations
          order by created_at, id`,
    ),
  ).map((row) => Number(row.when));
  const unknown = applied.filter((when) => !known.some((m) => m.when === when));
  if (unknown.length > 0) {
    throw new BackupError(
      "The database was migrated by a newer version of Engagiert; use that version to back it up or restore into it.",
    );
  }
  const last = Math.max(0, ...applied);
  return levelOf(known.filter((m) => m.when <= last).length, known);
}

/** Checks that this version ships the backup's migrations, so it can build that schema. */
export function checkKnownLevel(level: MigrationLevel): void {
  const known = knownMigrations();
  if (level.count === 0) return;
  const ours = known[level.count - 1];
  if (!ours || ours.tag !== level.last) {
    throw new BackupError(
      `The backup was made at schema level ${level.count} (${String(level.last)}), which this version of Engagiert does not know. Restore it with the version that wrote it, or a newer one.`,
    );
  }
}

/**
 * Applies the migrations up to `count` and no further: a restore loads a backup into the schema
 * it was taken from, then migrates the rest of the way like any database.
 */
export async function migrateToLevel(handle: DatabaseHandle, count: number): Promise<void> {
  const journal = readJournal(MIGRATIONS);
  const folder = mkdtempSync(join(tmpdir(), "engagiert-migrations-"));
  try {
    mkdirSync(join(folder, "meta"));
    const entries = journal.entries.slice(0, count);
    writeFileSync(join(folder, "meta", "_journal.json"), JSON.stringify({ ...journal, entries }));
    for (const entry of entries) {
      copyFileSync(join(MIGRATIONS, `${entry.tag}.sql`), join(folder, `${entry.tag}.sql`));
    }
    if (handle.kind === "pglite") {
      await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: folder });
    } else {
      await migratePostgres(handle.db as unknown as PostgresJsDatabase, {
        migrationsFolder: folder,
      });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
