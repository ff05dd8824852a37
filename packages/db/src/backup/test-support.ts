import { createHash, randomBytes } from "node:crypto";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { createDatabase, rowsOf, type Database, type DatabaseHandle } from "../client.ts";
import { isControlLine } from "./format.ts";

/*
 * Helpers for the backup tests: databases without any migration (a restore target as a new
 * installation has it), and a way to take a backup file apart and put it back together.
 */

export type EmptyDatabase = DatabaseHandle & { drop: () => Promise<void> };

/** A new database with nothing in it, not even migrations: PGlite in memory or PostgreSQL. */
export async function createEmptyDatabase(kind: "pglite" | "postgres"): Promise<EmptyDatabase> {
  if (kind === "pglite") {
    const handle = createDatabase({ kind: "pglite" });
    return { ...handle, drop: handle.close };
  }
  const empty = await createEmptyPostgresUrl();
  const handle = createDatabase({ kind: "postgres", url: empty.url, max: 3 });
  return {
    ...handle,
    drop: async () => {
      await handle.close();
      await empty.drop();
    },
  };
}

/** The address of a PostgreSQL database created like `createEmptyDatabase` does, for the CLI. */
export async function createEmptyPostgresUrl(): Promise<{
  url: string;
  drop: () => Promise<void>;
}> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set.");
  const name = `engagiert_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  if (process.env.PG_RUN_MARKER) appendFileSync(process.env.PG_RUN_MARKER, `${name}\n`);
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
      await admin.end({ timeout: 5 });
    },
  };
}

/** The lines of a backup file. */
export function backupLines(file: string): string[] {
  return gunzipSync(readFileSync(file)).toString("utf8").split("\n").slice(0, -1);
}

/** Writes lines as a backup file, as they are (checksums untouched). */
export function writeBackupLines(file: string, lines: string[]): void {
  writeFileSync(file, gzipSync(`${lines.map((l) => `${l}\n`).join("")}`));
}

/**
 * Writes lines as a backup file with every table's count and checksum and the end record
 * recomputed: a file that is consistent in itself, whatever its rows say.
 */
export function writeResealedBackup(file: string, lines: string[]): void {
  const out: string[] = [];
  let rows: string[] = [];
  let tables = 0;
  let total = 0;
  for (const line of lines) {
    if (!isControlLine(line)) {
      rows.push(line);
      out.push(line);
      continue;
    }
    const record = JSON.parse(line) as Record<string, unknown>;
    if (record.$ === "table") rows = [];
    if (record.$ === "table-end") {
      const hash = createHash("sha256");
      for (const row of rows) hash.update(`${row}\n`);
      record.rows = rows.length;
      record.sha256 = hash.digest("hex");
      tables += 1;
      total += rows.length;
    }
    if (record.$ === "end") {
      record.tables = tables;
      record.rows = total;
    }
    out.push(JSON.stringify(record));
  }
  writeBackupLines(file, out);
}

/** Rows per table of the `public` schema, for "nothing changed" checks. */
export async function rowCounts(db: Database): Promise<Record<string, number>> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(
      sql`select tablename::text as "name" from pg_tables where schemaname = 'public' order by 1`,
    ),
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as "n" from ${sql.identifier(name)}`),
    );
    counts[name] = row!.n;
  }
  return counts;
}
