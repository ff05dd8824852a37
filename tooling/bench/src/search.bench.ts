import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { hashPassword } from "@engagiert/api/auth/password";
import { SILENT, TEST_SETTINGS } from "@engagiert/api/testing";
import { createApp } from "@engagiert/api-server/app";
import { createDatabase } from "@engagiert/db/client";
import { DEMO_PASSWORD, NETWORK_CITIES_CSV_PATH, seedDemo } from "@engagiert/db/seed";
import { createTestDatabase } from "@engagiert/db/testing";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { load } from "./load.ts";
import { growToNetworkScale } from "./network-scale.ts";

/**
 * The public search at network scale: 100,000 opportunities across 112 cities, searched over
 * HTTP by 32 concurrent connections (full text plus three filters), beside a bare Hono JSON
 * endpoint on the same machine as the ceiling. On PostgreSQL when TEST_DATABASE_URL is set.
 */
const CITIES = 112;
const OPPORTUNITIES = 100_000;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const database = process.env.TEST_DATABASE_URL
  ? await createTestDatabase("postgres", { max: 10 })
  : { ...createDatabase({ kind: "pglite" }), drop: async () => {} };
await database.migrate();
await seedDemo(database.db, {
  staffPasswordHash: await hashPassword(DEMO_PASSWORD),
  citiesCsv: readFileSync(NETWORK_CITIES_CSV_PATH, "utf8"),
});
const growStarted = performance.now();
const total = await growToNetworkScale(database.db, CITIES, OPPORTUNITIES);
console.log(
  `${database.kind}: ${total} opportunities in ${CITIES} cities, built in ${((performance.now() - growStarted) / 1000).toFixed(1)} s`,
);

const app = createApp({
  db: database.db,
  settings: TEST_SETTINGS,
  log: SILENT,
  defaultCity: "goeppingen",
  appOrigins: [],
});
const bare = new Hono().get("/bare", (c) => c.json({ ok: true, items: [] }));
const listen = async (fetch: (r: Request) => Response | Promise<Response>) => {
  const server = serve({ fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((r) => server.once("listening", r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
};
const api = await listen(app.fetch);
const ceiling = await listen(bare.fetch);

const TERMS = [
  "Kinder",
  "Senioren begleiten",
  "Garten",
  "Lesen",
  "Sport",
  "Umwelt",
  "Fest",
  "Beratung",
];
const cities = Array.from(
  { length: CITIES - 1 },
  (_, i) => `benchstadt-${String(i + 2).padStart(3, "0")}`,
);
const searchUrl = (i: number) => {
  // Full text plus three filters: a format, a weekday and "open to minors".
  const input = {
    json: {
      q: TERMS[i % TERMS.length],
      format: (["regular", "project", "one_off"] as const)[i % 3],
      weekdays: i % 3 === 0 ? [(["mon", "tue", "wed", "thu", "fri"] as const)[i % 5]] : [],
      isForMinors: i % 2 === 1,
    },
  };
  return `${api.url}/trpc/opportunities.search?input=${encodeURIComponent(JSON.stringify(input))}`;
};

const row = (label: string, r: Awaited<ReturnType<typeof load>>) =>
  console.log(
    `${label.padEnd(36)} p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  ${r.rps.toFixed(0).padStart(6)} req/s  (${r.n} requests, ${r.errors} errors)`,
  );

// Every combination of city, words and filters once: 4,440 different searches, sent in turn.
const searches = Array.from({ length: 4_440 }, (_, i) => ({
  url: searchUrl(i),
  headers: { "x-engagiert-city": cities[i % cities.length]! },
}));
const bareResult = await load({
  connections: CONNECTIONS,
  seconds: SECONDS,
  requests: [{ url: `${ceiling.url}/bare` }],
});
const searchResult = await load({
  connections: CONNECTIONS,
  seconds: SECONDS,
  requests: searches,
});
// One connection: what a single search costs without waiting behind others.
const searchAlone = await load({
  connections: 1,
  seconds: SECONDS,
  requests: searches,
});
row("bare Hono JSON endpoint (ceiling)", bareResult);
row("opportunities.search (text + filters)", searchResult);
row("opportunities.search, one connection", searchAlone);
console.log(
  `search throughput is ${((searchResult.rps / bareResult.rps) * 100).toFixed(1)} % of the bare endpoint's (target ≥ 30 %, p95 ≤ 20 ms on PostgreSQL)`,
);

api.server.close();
ceiling.server.close();
await database.drop();
