import { runDbBackupCommand } from "./db-backup-commands.ts";

/** Entry of `pnpm db:backup`, `pnpm db:restore` and `pnpm db:move-to-postgres`. */
process.exitCode = await runDbBackupCommand(process.argv.slice(2), process.env, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
