import { readFileSync } from "node:fs";
import { hashPassword } from "@engagiert/api/auth/password";
import { SILENT, TEST_SETTINGS } from "@engagiert/api/testing";
import { createApp } from "@engagiert/api-server/app";
import { createDatabase, rowsOf, type Database } from "@engagiert/db/client";
import { cityScope } from "@engagiert/db/queries/scope";
import {
  engagementFigures,
  hoursPerMonth,
  volunteerBreakdowns,
  type ReportPeriod,
} from "@engagiert/db/queries/reports";
import { DEMO_PASSWORD, NETWORK_CITIES_CSV_PATH, seedDemo } from "@engagiert/db/seed";
import { createTestDatabase } from "@engagiert/db/testing";
import { sql } from "drizzle-orm";
import { printRow, summarize } from "./stats.ts";

/**
 * The reports at the scale of a real city: the demo city (about 1,200 volunteers) with 500,000
 * hour entries over two years, the whole city's report and one organisation's, each asked 20
 * times in-process through the HTTP app. On PostgreSQL when TEST_DATABASE_URL is set.
 */
const HOUR_ENTRIES = 500_000;
const CORRECTIONS = 5_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

const database = process.env.TEST_DATABASE_URL
  ? await createTestDatabase("postgres", { max: 10 })
  : { ...createDatabase({ kind: "pglite" }), drop: async () => {} };
await database.migrate();
const seed = await seedDemo(database.db, {
  staffPasswordHash: await hashPassword(DEMO_PASSWORD),
  citiesCsv: readFileSync(NETWORK_CITIES_CSV_PATH, "utf8"),
});
if (!seed.created) throw new Error("The fresh database already had a demo city.");
const { cityId } = seed;

/**
 * Hour entries for every engagement that became active, spread over its active days within the
 * last two years: mostly approved, some pending or returned, entered by the organisation's staff;
 * then corrections of some approved entries (a new row naming the original, as staff write them).
 */
async function growHours(db: Database, cityId: string) {
  await db.transaction(async (tx) => {
    const [seeded] = rowsOf<{ n: number }>(
      await tx.execute(sql`select count(*)::int as n from hour_entries`),
    );
    const originals = HOUR_ENTRIES - CORRECTIONS - (seeded?.n ?? 0);
    await tx.execute(sql`select setseed(0.2026)`);
    await tx.execute(sql`
      with eligible as (
        select e.city_id, e.id, e.person_id, e.organisation_id,
          greatest(e.started_at::date, current_date - 730) as first_day,
          least(coalesce(e.ended_at::date, current_date), current_date) as last_day,
          (select u.id from users u where u.city_id = e.city_id
             and u.organisation_id = e.organisation_id and u.role = 'staff' limit 1) as staff_id,
          row_number() over (order by e.id) as n,
          count(*) over () as total
        from engagements e
        where e.city_id = ${cityId} and e.started_at is not null
      ), planned as (
        select eligible.*, g.i,
          eligible.first_day + floor(random() * (eligible.last_day - eligible.first_day + 1))::int
            as worked_on,
          random() as roll
        from eligible
        cross join lateral generate_series(1, ceil(${originals}::numeric / eligible.total)::int) as g(i)
        where (eligible.n - 1) * ceil(${originals}::numeric / eligible.total) + g.i
          <= ${originals}
      )
      insert into hour_entries (city_id, person_id, engagement_id, organisation_id, worked_on,
        minutes, activity, status, return_comment, entered_by_user_id, reviewed_by_user_id,
        reviewed_at, created_at)
      select city_id, person_id, id, organisation_id, worked_on,
        30 + 15 * floor(random() * 15)::int,
        'Einsatz laut Dienstplan',
        case when roll < 0.9 or worked_on < current_date - 30 then 'approved'
             when roll < 0.97 then 'pending' else 'returned' end,
        case when roll >= 0.97 and worked_on >= current_date - 30
             then 'Bitte die Uhrzeit ergänzen.' end,
        staff_id,
        case when roll < 0.9 or worked_on < current_date - 30 then staff_id end,
        case when roll < 0.9 or worked_on < current_date - 30
             then worked_on + interval '3 days' end,
        worked_on + interval '20 hours'
      from planned`);
    await tx.execute(sql`
      insert into hour_entries (city_id, person_id, engagement_id, organisation_id, worked_on,
        minutes, activity, status, corrects_entry_id, correction_reason, entered_by_user_id,
        reviewed_by_user_id, reviewed_at, created_at)
      select city_id, person_id, engagement_id, organisation_id, worked_on,
        greatest(minutes - 15, 0), activity, 'approved', id, 'Pause war mitgezählt.',
        entered_by_user_id, entered_by_user_id, created_at + interval '5 days',
        created_at + interval '5 days'
      from hour_entries
      where city_id = ${cityId} and status = 'approved'
      order by random()
      limit ${CORRECTIONS}`);
  });
  await db.execute(sql`analyze`);
}

const growStarted = performance.now();
await growHours(database.db, cityId);
const [counted] = rowsOf<{ n: number }>(
  await database.db.execute(sql`select count(*)::int as n from hour_entries`),
);
console.log(
  `${database.kind}: ${counted?.n} hour entries for ${seed.counts.persons} people, built in ${((performance.now() - growStarted) / 1000).toFixed(1)} s`,
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

// The page's default period: the last twelve months up to today.
const today = new Date();
const from = new Date(
  Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate() + 1),
);
const period = { from: from.toISOString().slice(0, 10), to: today.toISOString().slice(0, 10) };
const [busiest] = rowsOf<{ id: string; name: string }>(
  await database.db.execute(sql`
    select o.id, o.name from organisations o
    join hour_entries h on h.city_id = o.city_id and h.organisation_id = o.id
    where o.city_id = ${cityId}
    group by o.id, o.name order by count(*) desc limit 1`),
);

type ReportAnswer = {
  result: { data: { json: { overview: Record<string, unknown>; hoursPerMonth: unknown[] } } };
};

async function measure(label: string, organisationId: string | null) {
  const input = encodeURIComponent(JSON.stringify({ json: { ...period, organisationId } }));
  const path = `/trpc/reports.report?input=${input}`;
  let answer: ReportAnswer | null = null;
  for (let i = 0; i < 3; i++)
    await (await app.request(path, { headers: { cookie } })).arrayBuffer();
  const durations: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const response = await app.request(path, { headers: { cookie } });
    const body = (await response.json()) as ReportAnswer;
    durations.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${label} answered ${response.status}`);
    answer = body;
  }
  printRow(label, summarize(durations));
  const report = answer!.result.data.json;
  console.log(
    `  figures: ${JSON.stringify(report.overview)}, ${report.hoursPerMonth.length} months`,
  );
}

/** One query of the report alone, straight on the database, to show where the time goes. */
async function measureQuery(
  label: string,
  query: typeof hoursPerMonth | typeof engagementFigures | typeof volunteerBreakdowns,
) {
  const scope = cityScope(cityId);
  const input: ReportPeriod = { ...period, organisationId: null, now: new Date() };
  await query(database.db, scope, input);
  const durations: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await query(database.db, scope, input);
    durations.push(performance.now() - started);
  }
  printRow(label, summarize(durations));
}

console.log(`period ${period.from} to ${period.to}`);
await measure("reports.report (whole city)", null);
await measure(`reports.report (${busiest!.name})`, busiest!.id);
await measureQuery("  of which hours per month (city)", hoursPerMonth);
await measureQuery("  of which engagement figures (city)", engagementFigures);
await measureQuery("  of which age, field, district (city)", volunteerBreakdowns);
await database.drop();
