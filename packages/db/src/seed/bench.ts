import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { createDatabase, rowsOf } from "../client.ts";
import { NETWORK_CITIES_CSV_PATH, seedDemo } from "./index.ts";

/** Seeds a fresh in-memory database and prints how long it took and what it created. */
const handle = createDatabase({ kind: "pglite" });
try {
  await handle.migrate();
  const started = performance.now();
  const result = await seedDemo(handle.db, {
    staffPasswordHash: "$argon2id$bench",
    citiesCsv: readFileSync(NETWORK_CITIES_CSV_PATH, "utf8"),
  });
  const seconds = (performance.now() - started) / 1000;
  if (!result.created) throw new Error("The fresh database already had a demo city.");

  console.log(`seed: ${seconds.toFixed(2)} s on PGlite (in memory)`);
  const tables = [
    "cities",
    "organisations",
    "users",
    "persons",
    "consents",
    "opportunities",
    "engagements",
  ];
  for (const table of tables) {
    const [row] = rowsOf<{ n: number }>(
      await handle.db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`),
    );
    console.log(`${table.padEnd(14)} ${String(row?.n ?? 0).padStart(6)} rows`);
  }
} finally {
  await handle.close();
}
