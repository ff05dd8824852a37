import type { Database, Executor } from "../client.ts";
import { foreignKeyOrder, readTableShapes, type TableShape } from "./catalog.ts";
import { BackupError } from "./format.ts";
import { isPlanned, leftOutReason } from "./plan.ts";
import { DEFAULT_BATCH_ROWS, readRowLines, TableChecksum, useCanonicalText } from "./rows.ts";

/** A table's row count and content checksum. */
export type TableDigest = { table: string; rows: number; sha256: string };

/** Counts and checksums the given tables inside a transaction that uses canonical text. */
export async function digestTables(
  tx: Executor,
  shapes: TableShape[],
  batchRows = DEFAULT_BATCH_ROWS,
): Promise<TableDigest[]> {
  const digests: TableDigest[] = [];
  for (const shape of shapes) {
    const checksum = new TableChecksum();
    for await (const lines of readRowLines(tx, shape, batchRows)) {
      for (const line of lines) checksum.add(line);
    }
    digests.push({ table: shape.name, rows: checksum.rows, sha256: checksum.digest() });
  }
  return digests;
}

/**
 * The kept tables of a database in backup order. Refuses a table the backup plan does not know,
 * and a kept table that references a left-out one (its rows could not be restored).
 */
export async function keptTables(db: Executor): Promise<TableShape[]> {
  const shapes = [...(await readTableShapes(db)).values()];
  const unknown = shapes.filter((s) => !isPlanned(s.name)).map((s) => s.name);
  if (unknown.length > 0) {
    throw new BackupError(
      `The database has tables this version of Engagiert does not know: ${unknown.join(", ")}.`,
    );
  }
  const kept = shapes.filter((s) => leftOutReason(s.name) === null);
  for (const shape of kept) {
    const missing = shape.references.filter((r) => leftOutReason(r) !== null);
    if (missing.length > 0) {
      throw new BackupError(
        `Table ${shape.name} references ${missing.join(", ")}, which backups leave out.`,
      );
    }
  }
  return foreignKeyOrder(kept);
}

/**
 * Row counts and content checksums of every kept table, read in one consistent snapshot: the
 * figures `db:move-to-postgres` compares between the two databases.
 */
export async function databaseDigests(
  db: Database,
  kind: "pglite" | "postgres",
): Promise<TableDigest[]> {
  return db.transaction(async (tx) => {
    await useCanonicalText(tx);
    return digestTables(tx, await keptTables(tx));
  }, snapshotOptions(kind));
}

/**
 * A read-only snapshot: on PostgreSQL serializable and deferrable (waits for a moment with no
 * conflicting writers, then never blocks them); PGlite has a single connection, so repeatable
 * read is already a consistent view.
 */
export function snapshotOptions(kind: "pglite" | "postgres") {
  return kind === "postgres"
    ? ({ isolationLevel: "serializable", accessMode: "read only", deferrable: true } as const)
    : ({ isolationLevel: "repeatable read", accessMode: "read only" } as const);
}

/** One table compared between two databases. */
export type DigestComparison = {
  table: string;
  sourceRows: number | null;
  targetRows: number | null;
  isEqual: boolean;
};

/** Pairs two databases' digests table by table; a table missing on either side is unequal. */
export function compareDigests(source: TableDigest[], target: TableDigest[]): DigestComparison[] {
  const names = [...new Set([...source, ...target].map((d) => d.table))];
  return names.map((table) => {
    const a = source.find((d) => d.table === table);
    const b = target.find((d) => d.table === table);
    return {
      table,
      sourceRows: a?.rows ?? null,
      targetRows: b?.rows ?? null,
      isEqual: !!a && !!b && a.rows === b.rows && a.sha256 === b.sha256,
    };
  });
}
