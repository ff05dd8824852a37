import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import type { Database } from "../client.ts";
import type { TableDigest } from "./checksum.ts";
import { keptTables, snapshotOptions } from "./checksum.ts";
import { readTableShapes } from "./catalog.ts";
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  type BackupEnd,
  type BackupHeader,
  type TableEnd,
  type TableStart,
} from "./format.ts";
import { databaseLevel } from "./migrations.ts";
import { leftOutReason } from "./plan.ts";
import { DEFAULT_BATCH_ROWS, readRowLines, TableChecksum, useCanonicalText } from "./rows.ts";

export type BackupSummary = {
  file: string;
  header: BackupHeader;
  tables: TableDigest[];
  rows: number;
};

export type WriteOptions = {
  batchRows?: number;
  /** Called after each table, for progress output. */
  onTable?: (digest: TableDigest) => void;
  now?: Date;
};

/**
 * Writes a consistent backup of the database to `file`: one read-only snapshot, table by table in
 * keyset batches into a gzip stream, so memory stays flat whatever the size. The file appears
 * under its name only when complete, readable by its owner only (it holds personal data).
 */
export async function writeBackup(
  db: Database,
  kind: "pglite" | "postgres",
  file: string,
  options: WriteOptions = {},
): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
  // A file that cannot be written fails the pipeline at once; the error is taken up below.
  written.catch(() => {});
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
  };

  try {
    const summary = await db.transaction(async (tx) => {
      await useCanonicalText(tx);
      const shapes = await keptTables(tx);
      const leftOut = Object.fromEntries(
        [...(await readTableShapes(tx)).keys()]
          .filter((name) => leftOutReason(name) !== null)
          .sort()
          .map((name) => [name, leftOutReason(name)!]),
      );
      const header: BackupHeader = {
        $: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: (options.now ?? new Date()).toISOString(),
        source: kind,
        migrations: await databaseLevel(tx),
        tables: shapes.map((s) => s.name),
        leftOut,
      };
      await write(JSON.stringify(header));

      const tables: TableDigest[] = [];
      for (const shape of shapes) {
        if (shape.columns.some((c) => c.name.startsWith("$"))) {
          throw new BackupError(`Column names of ${shape.name} must not start with "$".`);
        }
        const start: TableStart = {
          $: "table",
          name: shape.name,
          columns: shape.columns,
          primaryKey: shape.primaryKey.map((c) => c.name),
          generated: shape.generated,
        };
        await write(JSON.stringify(start));
        const checksum = new TableChecksum();
        for await (const lines of readRowLines(
          tx,
          shape,
          options.batchRows ?? DEFAULT_BATCH_ROWS,
        )) {
          for (const line of lines) {
            checksum.add(line);
            await write(line);
          }
        }
        const digest = { table: shape.name, rows: checksum.rows, sha256: checksum.digest() };
        const end: TableEnd = {
          $: "table-end",
          name: shape.name,
          rows: digest.rows,
          sha256: digest.sha256,
        };
        await write(JSON.stringify(end));
        tables.push(digest);
        options.onTable?.(digest);
      }
      const rows = tables.reduce((sum, t) => sum + t.rows, 0);
      const end: BackupEnd = { $: "end", tables: tables.length, rows };
      await write(JSON.stringify(end));
      return { file, header, tables, rows };
    }, snapshotOptions(kind));
    gzip.end();
    await written;
    await rename(partial, file);
    return summary;
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    await rm(partial, { force: true });
    throw error;
  }
}
