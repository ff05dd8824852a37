import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;
/** One database type for both drivers: queries never know which one runs. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction or the database itself: queries accept either. */
export type Executor = Parameters<Parameters<Database["transaction"]>[0]>[0] | Database;

export type DatabaseOptions =
  /** PostgreSQL 15+. */
  | { kind: "postgres"; url: string; max?: number }
  /** Embedded PostgreSQL (PGlite) in a folder, or in memory when `dataDir` is omitted. */
  | { kind: "pglite"; dataDir?: string };

export type DatabaseHandle = {
  db: Database;
  kind: DatabaseOptions["kind"];
  /** Applies every committed migration that is not yet applied. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

const MIGRATIONS = fileURLToPath(new URL("../drizzle", import.meta.url));

export function createDatabase(options: DatabaseOptions): DatabaseHandle {
  if (options.kind === "postgres") {
    const client = postgres(options.url, { max: options.max ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema });
    return {
      db: db as unknown as Database,
      kind: "postgres",
      migrate: () => migratePostgres(db, { migrationsFolder: MIGRATIONS }),
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // Both ship with PGlite as with PostgreSQL: trigram similarity for typo-tolerant search, and
  // btree_gin so the search indexes can lead with the city.
  const client = new PGlite({ dataDir: options.dataDir, extensions: { pg_trgm, btree_gin } });
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Database,
    kind: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS }),
    close: () => client.close(),
  };
}

/** Rows of a raw `db.execute`, whichever driver answered (PGlite wraps them, postgres-js does not). */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}

/** How many committed migrations are not applied yet: the readiness check wants zero. */
export async function pendingMigrations(db: Database): Promise<number> {
  const files = readMigrationFiles({ migrationsFolder: MIGRATIONS });
  let applied: Set<string>;
  try {
    const result = await db.execute(sql`select hash from drizzle.__drizzle_migrations`);
    applied = new Set(rowsOf<{ hash: string }>(result).map((r) => r.hash));
  } catch {
    applied = new Set();
  }
  return files.filter((f) => !applied.has(f.hash)).length;
}
