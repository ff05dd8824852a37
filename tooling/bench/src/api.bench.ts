import { readFileSync } from "node:fs";
import { hashPassword } from "@engagiert/api/auth/password";
import { SILENT, TEST_SETTINGS } from "@engagiert/api/testing";
import { createApp } from "@engagiert/api-server/app";
import { createDatabase } from "@engagiert/db/client";
import { DEMO_PASSWORD, NETWORK_CITIES_CSV_PATH, seedDemo } from "@engagiert/db/seed";
import { printRow, summarize } from "./stats.ts";

/**
 * Request latency of the first screens' procedures on the embedded database with the full demo
 * city (about 1,200 volunteers), measured in-process through the HTTP app (no network).
 */
const database = createDatabase({ kind: "pglite" });
await database.migrate();
const seedStarted = performance.now();
await seedDemo(database.db, {
  staffPasswordHash: await hashPassword(DEMO_PASSWORD),
  citiesCsv: readFileSync(NETWORK_CITIES_CSV_PATH, "utf8"),
});
console.log(
  `seed of the demo city                        ${((performance.now() - seedStarted) / 1000).toFixed(2)} s`,
);

const app = createApp({
  db: database.db,
  settings: TEST_SETTINGS,
  log: SILENT,
  defaultCity: "goeppingen",
  appOrigins: [],
});
const signIn = await app.request("/trpc/auth.signIn", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({
    json: { email: "koordination@goeppingen.example", password: DEMO_PASSWORD },
  }),
});
const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;

async function measure(
  label: string,
  path: string,
  headers: Record<string, string> = {},
  runs = 200,
) {
  for (let i = 0; i < 10; i++) await app.request(path, { headers });
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const response = await app.request(path, { headers });
    await response.arrayBuffer();
    durations.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  }
  printRow(label, summarize(durations));
}

const input = (value: unknown) => `input=${encodeURIComponent(JSON.stringify({ json: value }))}`;
await measure("GET /api/health", "/api/health");
await measure("opportunities.newest (20)", `/trpc/opportunities.newest?${input({ limit: 20 })}`);
await measure("dashboard.counts (whole city)", `/trpc/dashboard.counts?${input({})}`, { cookie });
await measure("network.cities (20)", `/trpc/network.cities?${input({ limit: 20 })}`);
await measure("auth.me (signed in)", "/trpc/auth.me", { cookie });

const durations: number[] = [];
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  await hashPassword("a password of some length");
  durations.push(performance.now() - started);
}
printRow("argon2id hash (19 MiB, t=2)", summarize(durations));
await database.close();
