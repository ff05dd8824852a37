import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  compareDigests,
  databaseDigests,
  type DigestComparison,
} from "@engagiert/db/backup/checksum";
import { BackupError } from "@engagiert/db/backup/format";
import { restoreBackup } from "@engagiert/db/backup/restore";
import { writeBackup } from "@engagiert/db/backup/write";
import { createDatabase, type DatabaseHandle } from "@engagiert/db/client";
import { readConfig } from "./config.ts";

/*
 * `pnpm db:backup [file]`, `pnpm db:restore <file> [--replace]` and
 * `pnpm db:move-to-postgres <postgres-url>`: the commands behind the root scripts.
 */

export type Output = { out: (line: string) => void; err: (line: string) => void };
type Env = Record<string, string | undefined>;

const DEFAULT_DIR = fileURLToPath(new URL("../../../data/backups", import.meta.url));

const USAGE = [
  "Usage:",
  "  pnpm db:backup [file]                    back up the configured database to a file",
  "  pnpm db:restore <file> [--replace]       restore a backup into the configured database",
  "  pnpm db:move-to-postgres <postgres-url> [backup-file]",
  "                                           move the embedded database to PostgreSQL",
].join("\n");

/** A relative path means relative to where the command was typed (pnpm runs it elsewhere). */
function fromCaller(env: Env, path: string): string {
  return resolve(env.INIT_CWD ?? process.cwd(), path);
}

function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-");
}

/** The database's address with its password hidden, for output. */
function shown(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

/** Lines of a plain table with aligned columns. */
export function formatTable(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

function openDatabase(database: ReturnType<typeof readConfig>["database"]): DatabaseHandle {
  return createDatabase(database.kind === "postgres" ? { ...database, max: 2 } : database);
}

/** The embedded database's folder, refused when there is no database in it. */
function existingDataDir(dataDir: string): string {
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    throw new BackupError(
      `There is no embedded database in ${dataDir} (start the server once, or set DATA_DIR).`,
    );
  }
  return dataDir;
}

function targetFile(env: Env, given: string | undefined, prefix: string): string {
  const file = given
    ? fromCaller(env, given)
    : join(DEFAULT_DIR, `${prefix}-${stamp(new Date())}.jsonl.gz`);
  if (existsSync(file)) throw new BackupError(`${file} already exists; name a new file.`);
  mkdirSync(dirname(file), { recursive: true });
  return file;
}

const EMBEDDED_HINT =
  "Stop the API first: the embedded database may be opened by one process at a time.";

async function backup(args: string[], env: Env, io: Output): Promise<number> {
  if (args.length > 1 || args[0]?.startsWith("-")) {
    io.err(USAGE);
    return 2;
  }
  const config = readConfig(env);
  if (config.database.kind === "pglite") {
    existingDataDir(config.database.dataDir);
    io.out(EMBEDDED_HINT);
  }
  const file = targetFile(env, args[0], "engagiert");
  const database = openDatabase(config.database);
  try {
    const summary = await writeBackup(database.db, database.kind, file);
    const size = (statSync(file).size / 1024).toFixed(0);
    io.out(
      `Backup written to ${file}: ${summary.tables.length} tables, ${summary.rows} rows, ${size} KiB.`,
    );
    io.out(
      `Left out: ${Object.keys(summary.header.leftOut).join(", ")} (everyone signs in again).`,
    );
    io.out("The file holds personal data: keep it as safe as the database itself.");
    return 0;
  } finally {
    await database.close();
  }
}

async function restore(args: string[], env: Env, io: Output): Promise<number> {
  const replace = args.includes("--replace");
  const [file, ...rest] = args.filter((a) => a !== "--replace");
  if (!file || rest.length > 0) {
    io.err(USAGE);
    return 2;
  }
  const config = readConfig(env);
  if (config.database.kind === "pglite") io.out(EMBEDDED_HINT);
  const database = openDatabase(config.database);
  try {
    const summary = await restoreBackup(database, fromCaller(env, file), {
      replace,
    });
    for (const line of formatTable(
      ["table", "rows"],
      [...summary.tables]
        .sort((a, b) => (a.table < b.table ? -1 : 1))
        .map((t) => [t.table, String(t.rows)]),
    )) {
      io.out(line);
    }
    io.out(
      `Restored ${summary.rows} rows into ${database.kind === "postgres" ? "PostgreSQL" : "the embedded database"}; every table's row count and checksum match the backup.`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

async function moveToPostgres(args: string[], env: Env, io: Output): Promise<number> {
  const [url, keep, ...rest] = args;
  if (!url || rest.length > 0 || !/^postgres(ql)?:\/\//.test(url)) {
    io.err(USAGE);
    return 2;
  }
  // The source is always the embedded database, whatever DATABASE_URL says.
  const embedded = readConfig({ ...env, DATABASE_URL: undefined }).database;
  if (embedded.kind !== "pglite") throw new BackupError("No embedded database is configured.");
  const dataDir = existingDataDir(embedded.dataDir);
  io.out(EMBEDDED_HINT);
  const file = targetFile(env, keep, "move-to-postgres");
  const source = createDatabase({ kind: "pglite", dataDir });
  const target = createDatabase({ kind: "postgres", url, max: 2 });
  try {
    // The same schema level on both sides: the move runs this version's migrations first, as
    // a start of the server would.
    await source.migrate();
    const written = await writeBackup(source.db, "pglite", file);
    io.out(`Backup of ${dataDir} written to ${file} (${written.rows} rows).`);
    await restoreBackup(target, file);
    const comparison = compareDigests(
      await databaseDigests(source.db, "pglite"),
      await databaseDigests(target.db, "postgres"),
    );
    printComparison(comparison, io);
    if (!comparison.every((c) => c.isEqual)) {
      io.err("Some tables differ between the two databases: do not switch yet.");
      return 1;
    }
    io.out(`Every table arrived whole in ${shown(url)}.`);
    io.out(
      `Next: start the server with DATABASE_URL=${shown(url)}. The embedded database stays in ${dataDir}; remove it once PostgreSQL runs as it should.`,
    );
    return 0;
  } finally {
    await source.close();
    await target.close();
  }
}

function printComparison(comparison: DigestComparison[], io: Output) {
  const rows = [...comparison]
    .sort((a, b) => (a.table < b.table ? -1 : 1))
    .map((c) => [
      c.table,
      String(c.sourceRows ?? "–"),
      String(c.targetRows ?? "–"),
      c.isEqual ? "equal" : "DIFFERENT",
    ]);
  for (const line of formatTable(["table", "embedded", "PostgreSQL", "checksum"], rows)) {
    io.out(line);
  }
}

const COMMANDS: Record<string, (args: string[], env: Env, io: Output) => Promise<number>> = {
  backup,
  restore,
  "move-to-postgres": moveToPostgres,
};

/** Runs one command and returns the process's exit code; refusals are one clear line. */
export async function runDbBackupCommand(argv: string[], env: Env, io: Output): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(USAGE);
    return 2;
  }
  try {
    return await command(args, env, io);
  } catch (error) {
    if (error instanceof BackupError) {
      io.err(error.message);
      return 1;
    }
    if (error instanceof Error && error.message.startsWith("Invalid configuration")) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}
