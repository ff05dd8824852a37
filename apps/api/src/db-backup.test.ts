import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { databaseDigests, type TableDigest } from "@engagiert/db/backup/checksum";
import { seedBackupFixture } from "@engagiert/db/backup/fixture";
import { createEmptyPostgresUrl } from "@engagiert/db/backup/test-support";
import { createDatabase } from "@engagiert/db/client";
import { testDatabaseKinds } from "@engagiert/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDbBackupCommand, type Output } from "./db-backup-commands.ts";

const API_DIR = fileURLToPath(new URL("..", import.meta.url));

let dir: string;
let sourceDir: string;
let digests: TableDigest[];

/** Runs a command in this process and keeps what it printed. */
async function run(argv: string[], env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Output = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await runDbBackupCommand(argv, { INIT_CWD: dir, ...env }, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function digestsOf(options: Parameters<typeof createDatabase>[0]) {
  const database = createDatabase(options);
  try {
    return await databaseDigests(database.db, database.kind);
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "engagiert-db-backup-"));
  sourceDir = join(dir, "embedded");
  const source = createDatabase({ kind: "pglite", dataDir: sourceDir });
  await source.migrate();
  await seedBackupFixture(source.db, 6);
  await source.close();
  digests = await digestsOf({ kind: "pglite", dataDir: sourceDir });
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("pnpm db:backup and db:restore", () => {
  it("backs up the embedded database to a file named relative to where it was typed", async () => {
    const result = await run(["backup", "saved.jsonl.gz"], { DATA_DIR: sourceDir });
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /Backup written to .*saved\.jsonl\.gz: 40 tables, \d+ rows, \d+ KiB\./,
    );
    expect(result.out).toContain("Left out: sessions, sign_in_attempts, sign_in_links");
    expect(existsSync(join(dir, "saved.jsonl.gz"))).toBe(true);
  });

  it("never overwrites a file", async () => {
    const result = await run(["backup", "saved.jsonl.gz"], { DATA_DIR: sourceDir });
    expect(result.code).toBe(1);
    expect(result.err).toBe(`${join(dir, "saved.jsonl.gz")} already exists; name a new file.`);
  });

  it("refuses to back up an embedded database that is not there", async () => {
    const result = await run(["backup", "nothing.jsonl.gz"], { DATA_DIR: join(dir, "missing") });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^There is no embedded database in .*missing/);
  });

  it("restores into a new embedded database, and refuses it the second time", async () => {
    const targetDir = join(dir, "restored");
    const first = await run(["restore", "saved.jsonl.gz"], { DATA_DIR: targetDir });
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^hour_entries +\d+$/m);
    expect(first.out).toContain("every table's row count and checksum match the backup");
    expect(await digestsOf({ kind: "pglite", dataDir: targetDir })).toEqual(digests);

    const again = await run(["restore", "saved.jsonl.gz"], { DATA_DIR: targetDir });
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/^The database is not empty .*add --replace/);
    const replaced = await run(["restore", "saved.jsonl.gz", "--replace"], { DATA_DIR: targetDir });
    expect(replaced.code).toBe(0);
  });

  it("explains its usage when the arguments are wrong", async () => {
    expect((await run([], {})).code).toBe(2);
    expect((await run(["backup", "a.jsonl.gz", "b.jsonl.gz"], {})).code).toBe(2);
    expect((await run(["restore"], {})).err).toContain("pnpm db:restore <file> [--replace]");
    expect((await run(["move-to-postgres", "mysql://x"], {})).code).toBe(2);
  });

  it("runs as a command of its own", () => {
    const result = spawnSync(
      join(API_DIR, "node_modules", ".bin", "tsx"),
      ["src/db-backup.ts", "backup", "spawned.jsonl.gz"],
      {
        cwd: API_DIR,
        env: { ...process.env, DATA_DIR: sourceDir, INIT_CWD: dir, DATABASE_URL: "" },
        encoding: "utf8",
      },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(existsSync(join(dir, "spawned.jsonl.gz"))).toBe(true);
  });
});

describe.skipIf(!testDatabaseKinds().includes("postgres"))("pnpm db:move-to-postgres", () => {
  it("moves the embedded database into an empty PostgreSQL database, table by table equal", async () => {
    const target = await createEmptyPostgresUrl();
    try {
      const result = await run(["move-to-postgres", target.url, "moved.jsonl.gz"], {
        DATA_DIR: sourceDir,
      });
      expect(result.err).toBe("");
      expect(result.code).toBe(0);
      for (const digest of digests) {
        const row = new RegExp(`^${digest.table} +${digest.rows} +${digest.rows} +equal$`, "m");
        expect(result.out).toMatch(row);
      }
      expect(result.out).not.toContain("DIFFERENT");
      expect(result.out).toContain("Every table arrived whole in postgres://");
      expect(result.out).toContain(":***@");
      expect(result.out).not.toContain(`:${new URL(target.url).password}@`);
      expect(existsSync(join(dir, "moved.jsonl.gz"))).toBe(true);
      expect(await digestsOf({ kind: "postgres", url: target.url, max: 1 })).toEqual(digests);

      const again = await run(["move-to-postgres", target.url, "again.jsonl.gz"], {
        DATA_DIR: sourceDir,
      });
      expect(again.code).toBe(1);
      expect(again.err).toMatch(/^The database is not empty/);
    } finally {
      await target.drop();
    }
  });
});
