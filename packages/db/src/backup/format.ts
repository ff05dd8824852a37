import { z } from "zod";

/*
 * The backup file: gzip-compressed JSON lines, readable by PGlite and PostgreSQL alike.
 *
 *   {"$":"engagiert-backup","version":1,…}         the header: format, schema level, tables
 *   {"$":"table","name":"cities","columns":[…],…}   each kept table, parents before children
 *   {"city_id": "…", "id": "…", …}                  one line per row, in primary-key order
 *   {"$":"table-end","name":"cities","rows":17,"sha256":"…"}
 *   …
 *   {"$":"end","tables":40,"rows":12345}             nothing after it; a file without it is cut off
 *
 * A row line is the row as PostgreSQL's `to_jsonb` renders it (generated columns left out), with
 * the session set to UTC and shortest exact floats: keys in jsonb's canonical order, timestamps
 * ISO 8601 in UTC, dates as YYYY-MM-DD, arrays and json as JSON. Both databases render a row to
 * the same text, so the SHA-256 over a table's lines (each followed by "\n") is its content
 * checksum, computed the same way from the file and from either database.
 */

export const BACKUP_FORMAT = "engagiert-backup";
export const BACKUP_VERSION = 1;

/** Control records start with this, row lines never do (no column is called "$"). */
const CONTROL_PREFIX = '{"$":';

export function isControlLine(line: string): boolean {
  return line.startsWith(CONTROL_PREFIX);
}

/** A refusal with a message meant for the person running the command. */
export class BackupError extends Error {
  override name = "BackupError";
}

const Column = z.object({ name: z.string().min(1), type: z.string().min(1) });
export type Column = z.infer<typeof Column>;

/** The applied drizzle migrations: how many, and the last one's name and hash. */
export const MigrationLevel = z.object({
  count: z.number().int().min(0),
  last: z.string().nullable(),
  hash: z.string().nullable(),
});
export type MigrationLevel = z.infer<typeof MigrationLevel>;

export const BackupHeader = z.object({
  $: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  createdAt: z.string(),
  /** Which database the backup was read from: "pglite" or "postgres". */
  source: z.enum(["pglite", "postgres"]),
  migrations: MigrationLevel,
  /** The kept tables, in the order they follow (parents before children). */
  tables: z.array(z.string()),
  /** Tables whose rows are deliberately not in the file, with the reason. */
  leftOut: z.record(z.string(), z.string()),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export const TableStart = z.object({
  $: z.literal("table"),
  name: z.string(),
  /** The stored columns in table order; generated columns are not stored. */
  columns: z.array(Column).min(1),
  primaryKey: z.array(z.string()).min(1),
  generated: z.array(z.string()),
});
export type TableStart = z.infer<typeof TableStart>;

export const TableEnd = z.object({
  $: z.literal("table-end"),
  name: z.string(),
  rows: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type TableEnd = z.infer<typeof TableEnd>;

export const BackupEnd = z.object({
  $: z.literal("end"),
  tables: z.number().int().min(0),
  rows: z.number().int().min(0),
});
export type BackupEnd = z.infer<typeof BackupEnd>;

/** Parses one control line against its schema, or refuses naming the line. */
export function parseControl<T>(schema: z.ZodType<T>, line: string, lineNumber: number): T {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BackupError(
      `Line ${lineNumber} of the backup is not valid JSON: the file is damaged.`,
    );
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const what = (value as { $?: unknown })?.$;
    throw new BackupError(
      `Line ${lineNumber} of the backup is not a valid ${typeof what === "string" ? `"${what}" record` : "record"}: the file is damaged.`,
    );
  }
  return parsed.data;
}

/** The header's first check: an Engagiert backup, in a format version this code reads. */
export function parseHeader(line: string): BackupHeader {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    value = null;
  }
  const head = value as { $?: unknown; version?: unknown } | null;
  if (!head || head.$ !== BACKUP_FORMAT) {
    throw new BackupError("This file is not an Engagiert backup (its first line has no header).");
  }
  if (head.version !== BACKUP_VERSION) {
    throw new BackupError(
      `This backup has format version ${String(head.version)}; this version of Engagiert reads ` +
        `version ${BACKUP_VERSION}. Restore it with the version of Engagiert that wrote it.`,
    );
  }
  return parseControl(BackupHeader, line, 1);
}
