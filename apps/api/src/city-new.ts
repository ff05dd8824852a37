import { resolve } from "node:path";
import { hashPassword } from "@engagiert/api/auth/password";
import { createDatabase } from "@engagiert/db/client";
import { runCityNew } from "./city-setup-command.ts";
import { readConfig } from "./config.ts";

/**
 * `pnpm city:new <file.json>`: creates a city from its set-up file on the configured database
 * (DATABASE_URL, or the embedded one in DATA_DIR while the API is stopped). A relative path is
 * read from where `pnpm` was started, the repository's root.
 */
const [file] = process.argv.slice(2);
if (!file) {
  console.error(
    "Aufruf: pnpm city:new <datei.json>  (Beispiel: config/cities/beispielstadt.example.json)",
  );
  process.exit(2);
}
const config = readConfig();
const database = createDatabase(config.database);
await database.migrate();
try {
  process.exitCode = await runCityNew({
    db: database.db,
    file: resolve(process.env.INIT_CWD ?? process.cwd(), file),
    hashPassword,
    departmentsAppUrl: config.api.departmentsAppUrl,
    defaultCity: config.defaultCity,
    print: (line) => console.log(line),
    printError: (line) => console.error(line),
  });
} finally {
  await database.close();
}
