import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { createGunzip } from "node:zlib";
import type { TableDigest } from "./checksum.ts";
import {
  BackupEnd,
  BackupError,
  isControlLine,
  parseControl,
  parseHeader,
  TableEnd,
  TableStart,
  type BackupHeader,
} from "./format.ts";
import { DEFAULT_BATCH_ROWS, TableChecksum } from "./rows.ts";

/** What a backup file holds, in file order; rows come in batches. */
export type BackupRecord =
  | { kind: "header"; header: BackupHeader }
  | { kind: "table"; table: TableStart }
  | { kind: "rows"; table: TableStart; lines: string[] }
  | { kind: "table-end"; digest: TableDigest }
  | { kind: "end"; end: BackupEnd };

export type ReadOptions = { batchRows?: number; batchBytes?: number };

const DEFAULT_BATCH_BYTES = 4 * 1024 * 1024;

/** The file's lines, decompressed as they stream in. */
async function* lines(file: string): AsyncGenerator<string> {
  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on("error", (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const decoder = new StringDecoder("utf8");
  let rest = "";
  try {
    for await (const chunk of gunzip) {
      rest += decoder.write(chunk as Buffer);
      let newline = rest.indexOf("\n");
      while (newline !== -1) {
        yield rest.slice(0, newline);
        rest = rest.slice(newline + 1);
        newline = rest.indexOf("\n");
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") throw new BackupError(`There is no file ${file}.`);
    if (code === "Z_BUF_ERROR") {
      throw new BackupError(
        "The backup file is cut off (it ends in the middle): it is incomplete.",
      );
    }
    if (code === "Z_DATA_ERROR") {
      throw new BackupError(
        "The file is not an Engagiert backup, or it is damaged (not valid gzip).",
      );
    }
    throw error;
  } finally {
    source.destroy();
  }
  rest += decoder.end();
  if (rest !== "") yield rest;
}

function controlKind(line: string, lineNumber: number): unknown {
  try {
    return (JSON.parse(line) as { $: unknown }).$;
  } catch {
    throw new BackupError(
      `Line ${lineNumber} of the backup is not valid JSON: the file is damaged.`,
    );
  }
}

/**
 * Reads a backup file record by record and checks it while reading: the header and format
 * version, every table framed by its start and end, each table's row count and SHA-256 against
 * what the file recorded, and the end record. Anything off is a BackupError naming the problem.
 */
export async function* readBackup(
  file: string,
  options: ReadOptions = {},
): AsyncGenerator<BackupRecord> {
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  const batchBytes = options.batchBytes ?? DEFAULT_BATCH_BYTES;
  let lineNumber = 0;
  let header: BackupHeader | null = null;
  let table: TableStart | null = null;
  let checksum = new TableChecksum();
  let batch: string[] = [];
  let batchSize = 0;
  const seen: string[] = [];
  let totalRows = 0;
  let ended = false;

  for await (const line of lines(file)) {
    lineNumber += 1;
    if (ended)
      throw new BackupError(`The backup has data after its end record (line ${lineNumber}).`);
    if (!header) {
      header = parseHeader(line);
      yield { kind: "header", header };
      continue;
    }
    if (!isControlLine(line)) {
      if (!table)
        throw new BackupError(`Line ${lineNumber} of the backup is a row outside a table.`);
      checksum.add(line);
      batch.push(line);
      batchSize += line.length;
      if (batch.length >= batchRows || batchSize >= batchBytes) {
        yield { kind: "rows", table, lines: batch };
        batch = [];
        batchSize = 0;
      }
      continue;
    }
    const kind = controlKind(line, lineNumber);
    if (kind === "table") {
      if (table) throw new BackupError(`Table ${table.name} in the backup has no end record.`);
      table = parseControl(TableStart, line, lineNumber);
      const expected = header.tables[seen.length];
      if (table.name !== expected) {
        throw new BackupError(
          `The backup holds table ${table.name} where its header announced ${String(expected)}.`,
        );
      }
      checksum = new TableChecksum();
      yield { kind: "table", table };
    } else if (kind === "table-end") {
      const end = parseControl(TableEnd, line, lineNumber);
      if (!table || end.name !== table.name) {
        throw new BackupError(`Line ${lineNumber}: an end record for a table that did not start.`);
      }
      if (batch.length > 0) yield { kind: "rows", table, lines: batch };
      batch = [];
      batchSize = 0;
      const digest = { table: table.name, rows: checksum.rows, sha256: checksum.digest() };
      if (digest.rows !== end.rows) {
        throw new BackupError(
          `Table ${table.name} in the backup has ${digest.rows} rows where ${end.rows} were written: the file is damaged.`,
        );
      }
      if (digest.sha256 !== end.sha256) {
        throw new BackupError(
          `The content of table ${table.name} in the backup does not match its checksum: the file was changed or is damaged.`,
        );
      }
      seen.push(table.name);
      totalRows += digest.rows;
      table = null;
      yield { kind: "table-end", digest };
    } else if (kind === "end") {
      const end = parseControl(BackupEnd, line, lineNumber);
      if (table) throw new BackupError(`Table ${table.name} in the backup has no end record.`);
      if (
        seen.length !== header.tables.length ||
        end.tables !== seen.length ||
        end.rows !== totalRows
      ) {
        throw new BackupError(
          "The backup's end record does not match its tables and rows: the file is damaged.",
        );
      }
      ended = true;
      yield { kind: "end", end };
    } else {
      throw new BackupError(`Line ${lineNumber} of the backup is an unknown record.`);
    }
  }
  if (!header) throw new BackupError("The backup file is empty.");
  if (!ended) {
    throw new BackupError(
      "The backup file ends before its end record: it is incomplete (cut off while writing or copying).",
    );
  }
}

export type VerifiedBackup = { header: BackupHeader; tables: TableStart[]; digests: TableDigest[] };

/** Reads the whole file once and checks it, without touching any database. */
export async function verifyBackup(file: string): Promise<VerifiedBackup> {
  let header: BackupHeader | null = null;
  const tables: TableStart[] = [];
  const digests: TableDigest[] = [];
  for await (const record of readBackup(file, { batchRows: 10_000 })) {
    if (record.kind === "header") header = record.header;
    else if (record.kind === "table") tables.push(record.table);
    else if (record.kind === "table-end") digests.push(record.digest);
  }
  return { header: header!, tables, digests };
}
