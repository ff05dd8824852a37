import { readFileSync } from "node:fs";
import { hashPassword } from "@engagiert/api/auth/password";
import { createDatabase } from "@engagiert/db/client";
import { DEMO_PASSWORD, NETWORK_CITIES_CSV_PATH, seedDemo } from "@engagiert/db/seed";
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import type { Config } from "./config.ts";
import { startHousekeeping } from "./housekeeping.ts";
import { createLogger } from "./log.ts";
import { startMailer } from "./mailer.ts";
import { startQualificationReminders } from "./qualification-reminders.ts";
import { startShiftReminders } from "./shift-reminders.ts";
import { startRetentionJob } from "./retention-job.ts";
import { startSharedFiguresRefresh } from "./shared-figures-job.ts";

/** Starts the API: database (migrated at start), optional demo seed, HTTP server, mail worker. */
export async function startApi(config: Config) {
  const log = createLogger(config.logLevel);
  const database = createDatabase(config.database);
  await database.migrate();
  if (config.seedDemo) {
    const started = performance.now();
    const result = await seedDemo(database.db, {
      staffPasswordHash: await hashPassword(DEMO_PASSWORD),
      citiesCsv: readFileSync(NETWORK_CITIES_CSV_PATH, "utf8"),
    });
    if (result.created)
      log.info("demo city seeded", { ms: Math.round(performance.now() - started) });
    else if (result.addedCity)
      log.info("second demo city added", {
        city: result.addedCity,
        ms: Math.round(performance.now() - started),
      });
  }
  const app = createApp({
    db: database.db,
    settings: config.api,
    log,
    defaultCity: config.defaultCity,
    appOrigins: config.appOrigins,
    trustProxy: config.trustProxy,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  const mailer = startMailer({
    db: database.db,
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    leaseMs: config.mailLeaseMs,
    log,
  });
  const stopHousekeeping = startHousekeeping(
    database.db,
    log,
    config.api.sessionIdleMinutes * 60_000,
  );
  const stopShiftReminders = startShiftReminders(database.db, log, config.api.publicAppUrl);
  const stopQualificationReminders = startQualificationReminders(
    database.db,
    log,
    config.api.publicAppUrl,
  );
  const stopRetention = startRetentionJob(database.db, log, config.api.publicAppUrl);
  const stopSharedFigures = startSharedFiguresRefresh(database.db, log);
  log.info("api listening", {
    url: `http://${config.host}:${config.port}`,
    database: database.kind,
  });
  return {
    url: `http://${config.host}:${config.port}`,
    log,
    async stop() {
      await mailer.stop();
      stopHousekeeping();
      stopShiftReminders();
      stopQualificationReminders();
      stopRetention();
      stopSharedFigures();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
