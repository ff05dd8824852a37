import { readFileSync } from "node:fs";
import { hashPassword } from "@engagiert/api/auth/password";
import { createDatabase } from "@engagiert/db/client";
import { DEMO_PASSWORD, NETWORK_CITIES_CSV_PATH, seedDemo } from "@engagiert/db/seed";
import { readConfig } from "./config.ts";

/** `pnpm db:seed`: migrate the configured database and fill it with the demo city if empty. */
const config = readConfig();
const database = createDatabase(config.database);
await database.migrate();
const started = performance.now();
const result = await seedDemo(database.db, {
  staffPasswordHash: await hashPassword(DEMO_PASSWORD),
  citiesCsv: readFileSync(NETWORK_CITIES_CSV_PATH, "utf8"),
});
await database.close();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  result.created
    ? `Demo cities seeded in ${seconds} s.`
    : result.addedCity
      ? `The second demo city (${result.addedCity}) was added in ${seconds} s.`
      : "The demo cities are already there; nothing changed.",
);
