import { appendFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDatabase, type DatabaseHandle } from "./client.ts";

/**
 * The databases a test suite runs on: always the embedded one, and PostgreSQL too when
 * `TEST_DATABASE_URL` is set. With `REQUIRE_POSTGRES=1` (CI) a missing URL is an error,
 * so the PostgreSQL run can never be skipped silently.
 */
export function testDatabaseKinds(): ("pglite" | "postgres")[] {
  const url = process.env.TEST_DATABASE_URL;
  if (!url && process.env.REQUIRE_POSTGRES === "1") {
    throw new Error(
      "REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set: the PostgreSQL run would be skipped.",
    );
  }
  return url ? ["pglite", "postgres"] : ["pglite"];
}

export type TestDatabase = DatabaseHandle & { drop: () => Promise<void> };

/**
 * A fresh, migrated database for one test file: PGlite in memory, or a new PostgreSQL database
 * created beside `TEST_DATABASE_URL` and dropped afterwards.
 */
export async function createTestDatabase(
  kind: "pglite" | "postgres",
  options: { max?: number } = {},
): Promise<TestDatabase> {
  if (kind === "pglite") {
    const handle = createDatabase({ kind: "pglite" });
    await handle.migrate();
    return { ...handle, drop: handle.close };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set.");
  const name = `engagiert_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = createDatabase({ kind: "postgres", url: url.toString(), max: options.max ?? 5 });
  await handle.migrate();
  if (process.env.PG_RUN_MARKER) appendFileSync(process.env.PG_RUN_MARKER, `${name}\n`);
  return {
    ...handle,
    drop: async () => {
      await handle.close();
      // Dropping can race a connection that is still closing; a left-over test database is
      // harmless, so after a few tries it is left for the server's owner to clear.
      for (let attempt = 1; attempt <= 5; attempt++) {
        try {
          await admin.unsafe(`drop database if exists ${name} with (force)`);
          break;
        } catch (error) {
          if (attempt === 5) console.warn(`Could not drop ${name}: ${String(error)}`);
          else await new Promise((r) => setTimeout(r, 300 * attempt));
        }
      }
      await admin.end({ timeout: 5 });
    },
  };
}
