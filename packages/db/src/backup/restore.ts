import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { rowsOf, type DatabaseHandle, type Executor } from "../client.ts";
import { readTableShapes, isSelfReferencing, type TableShape } from "./catalog.ts";
import { digestTables, keptTables, type TableDigest } from "./checksum.ts";
import { BackupError, type BackupHeader, type MigrationLevel, type TableStart } from "./format.ts";
import {
  checkKnownLevel,
  databaseLevel,
  knownMigrations,
  levelOf,
  migrateToLevel,
} from "./migrations.ts";
import { isPlanned } from "./plan.ts";
import { readBackup, verifyBackup, type VerifiedBackup } from "./read.ts";
import { DEFAULT_BATCH_ROWS, useCanonicalText } from "./rows.ts";

export type RestoreOptions = {
  /** Empty a database that holds data and restore into it (in the same transaction). */
  replace?: boolean;
  batchRows?: number;
  onTable?: (digest: TableDigest) => void;
};

export type RestoreSummary = {
  header: BackupHeader;
  tables: TableDigest[];
  rows: number;
  /** The schema level the database has after the restore (this version's latest). */
  level: MigrationLevel;
};

const STAGE = sql.identifier("engagiert_restore_stage");

function qualified(table: string): SQL {
  return sql`${sql.identifier("public")}.${sql.identifier(table)}`;
}

function columnList(shape: { columns: { name: string }[] }): SQL {
  return sql.join(
    shape.columns.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
}

/** Tables of the database that hold at least one row. */
async function tablesWithRows(db: Executor, shapes: Iterable<TableShape>): Promise<string[]> {
  const filled: string[] = [];
  for (const shape of shapes) {
    const [row] = rowsOf<{ filled: boolean }>(
      await db.execute(sql`select exists (select 1 from ${qualified(shape.name)}) as "filled"`),
    );
    if (row?.filled) filled.push(shape.name);
  }
  return filled;
}

const describe = (c: { name: string; type: string }) => `${c.name} ${c.type}`;

/** The backup's tables must be the database's tables at that level, column by column. */
function matchShapes(
  file: TableStart[],
  database: Map<string, TableShape>,
  kept: string[],
): TableShape[] {
  const missing = kept.filter((name) => !file.some((t) => t.name === name));
  if (missing.length > 0) {
    throw new BackupError(`The backup has no rows section for table(s) ${missing.join(", ")}.`);
  }
  return file.map((table) => {
    const shape = database.get(table.name);
    const same =
      shape &&
      JSON.stringify(shape.columns.map(describe).sort()) ===
        JSON.stringify(table.columns.map(describe).sort()) &&
      JSON.stringify(shape.primaryKey.map((c) => c.name)) === JSON.stringify(table.primaryKey) &&
      JSON.stringify([...shape.generated].sort()) === JSON.stringify([...table.generated].sort());
    if (!same) {
      throw new BackupError(
        `Table ${table.name} in the backup does not match the database's table of the same schema level.`,
      );
    }
    return shape;
  });
}

async function insertBatch(tx: Executor, shape: TableShape, into: SQLWrapper, lines: string[]) {
  const rows = `[${lines.join(",")}]`;
  await tx.execute(
    sql`insert into ${into} (${columnList(shape)})
        select ${columnList(shape)}
        from jsonb_populate_recordset(null::${qualified(shape.name)}, ${rows}::text::jsonb)`,
  );
}

/**
 * Restores a backup file into an empty database (or, with `replace`, into one whose data it
 * replaces). The file is checked in full before anything is touched; the database is migrated to
 * the backup's schema level; then one transaction loads every table in foreign-key order, in
 * batches, and compares each table's row count and checksum in the database with the file's. Any
 * difference rolls everything back. Newer migrations of this version are applied afterwards.
 */
export async function restoreBackup(
  target: DatabaseHandle,
  file: string,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const verified = await verifyBackup(file);
  const { header } = verified;
  checkKnownLevel(header.migrations);

  const level = await databaseLevel(target.db);
  if (level.count > header.migrations.count) {
    throw new BackupError(
      `The database is at schema level ${level.count} (${String(level.last)}), newer than the backup's ${header.migrations.count} (${String(header.migrations.last)}). Restore into a new, empty database.`,
    );
  }
  if (level.count > 0) {
    const filled = await tablesWithRows(target.db, (await readTableShapes(target.db)).values());
    if (filled.length > 0 && !options.replace) {
      throw new BackupError(
        `The database is not empty (${filled.slice(0, 5).join(", ")}${filled.length > 5 ? " …" : ""} hold rows). Restore into an empty database, or add --replace to replace all of its data with the backup.`,
      );
    }
  }
  if (header.migrations.count > level.count) await migrateToLevel(target, header.migrations.count);

  const database = await readTableShapes(target.db);
  const shapes = matchShapes(
    verified.tables,
    database,
    (await keptTables(target.db)).map((s) => s.name),
  );
  const tables = await loadInOneTransaction(target, file, database, shapes, verified, options);
  const known = knownMigrations();
  if (header.migrations.count < known.length) await target.migrate();
  return {
    header,
    tables,
    rows: tables.reduce((sum, t) => sum + t.rows, 0),
    level: levelOf(known.length, known),
  };
}

/** Loads every table and compares it with the file; any failure rolls all of it back. */
async function loadInOneTransaction(
  target: DatabaseHandle,
  file: string,
  database: Map<string, TableShape>,
  shapes: TableShape[],
  verified: VerifiedBackup,
  options: RestoreOptions,
): Promise<TableDigest[]> {
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  const load = target.db.transaction(async (tx) => {
    await useCanonicalText(tx);
    if (options.replace) {
      const planned = [...database.keys()].filter(isPlanned).map(qualified);
      if (planned.length > 0) await tx.execute(sql`truncate table ${sql.join(planned, sql`, `)}`);
    }
    let staged = false;
    for await (const record of readBackup(file, { batchRows })) {
      if (record.kind === "table") {
        const shape = database.get(record.table.name)!;
        // Rows of a self-referencing table may point at rows later in the file: they are
        // gathered first and inserted in one statement, which checks its references at its end.
        staged = isSelfReferencing(shape);
        if (staged) {
          await tx.execute(
            sql`create temporary table ${STAGE} on commit drop as
                select ${columnList(shape)} from ${qualified(shape.name)} with no data`,
          );
        }
      } else if (record.kind === "rows") {
        const shape = database.get(record.table.name)!;
        await insertBatch(tx, shape, staged ? STAGE : qualified(shape.name), record.lines);
      } else if (record.kind === "table-end") {
        if (staged) {
          const shape = database.get(record.digest.table)!;
          await tx.execute(
            sql`insert into ${qualified(shape.name)} (${columnList(shape)})
                select ${columnList(shape)} from ${STAGE}`,
          );
          await tx.execute(sql`drop table ${STAGE}`);
          staged = false;
        }
      }
    }
    const loaded = await digestTables(tx, shapes, batchRows);
    for (const [i, digest] of loaded.entries()) {
      const expected = verified.digests[i]!;
      if (digest.rows !== expected.rows || digest.sha256 !== expected.sha256) {
        throw new BackupError(
          `Table ${digest.table} does not arrive whole (${digest.rows} of ${expected.rows} rows, checksum ${digest.sha256 === expected.sha256 ? "equal" : "different"}): nothing was restored.`,
        );
      }
      options.onTable?.(digest);
    }
    return loaded;
  });
  return load.catch((error: unknown) => {
    if (error instanceof BackupError) throw error;
    const reason =
      (error as { cause?: { message?: string } }).cause?.message ?? String(error).slice(0, 300);
    throw new BackupError(
      `The backup could not be loaded into the database: ${reason}; nothing was restored.`,
    );
  });
}
