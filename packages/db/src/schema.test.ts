import { is, sql } from "drizzle-orm";
import { getTableConfig, PgTable, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "./client.ts";
import * as schema from "./schema/index.ts";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "./testing.ts";

/** Network-wide reference tables; every other table belongs to one city. */
const REFERENCE_TABLES = [
  "cities",
  "practices",
  "practice_posts",
  "network_events",
  "network_event_registrations",
];

const TABLES = (Object.values(schema) as unknown[]).filter((value): value is PgTable =>
  is(value, PgTable),
);

/**
 * What breaks distribution by city in a table: a missing `city_id`, a primary key without it, or
 * a foreign key to another city-owned table that does not carry it on both sides, in the same
 * position (so a row can never point into another city).
 */
function tenancyProblems(table: PgTable, referenceTables: readonly string[]): string[] {
  const config = getTableConfig(table);
  if (referenceTables.includes(config.name)) return [];
  const problems: string[] = [];
  if (!config.columns.some((c) => c.name === "city_id"))
    problems.push(`${config.name}: no city_id column`);

  const primaryColumns = [
    ...config.columns.filter((c) => c.primary).map((c) => c.name),
    ...config.primaryKeys.flatMap((pk) => pk.columns.map((c) => c.name)),
  ];
  if (!primaryColumns.includes("city_id"))
    problems.push(`${config.name}: primary key without city_id`);

  for (const fk of config.foreignKeys) {
    const ref = fk.reference();
    const target = getTableConfig(ref.foreignTable).name;
    if (referenceTables.includes(target)) continue;
    const position = ref.columns.findIndex((c) => c.name === "city_id");
    if (position === -1 || ref.foreignColumns[position]?.name !== "city_id") {
      problems.push(`${config.name}: foreign key ${fk.getName()} to ${target} without city_id`);
    }
  }
  return problems;
}

describe("tenancy of the drizzle schema", () => {
  it("finds the tables of the schema", () => {
    const names = TABLES.map((t) => getTableConfig(t).name);
    expect(names).toEqual(expect.arrayContaining(["cities", "persons", "engagements", "outbox"]));
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  it.each(TABLES.map((t) => [getTableConfig(t).name, t] as const))(
    "%s carries city_id in its key and references",
    (_name, table) => {
      expect(tenancyProblems(table, REFERENCE_TABLES)).toEqual([]);
    },
  );

  it("lets reference tables point only at reference tables (Citus refuses anything else)", () => {
    for (const table of TABLES) {
      const config = getTableConfig(table);
      if (!REFERENCE_TABLES.includes(config.name)) continue;
      for (const fk of config.foreignKeys) {
        const target = getTableConfig(fk.reference().foreignTable).name;
        expect(REFERENCE_TABLES, `${config.name} → ${target}`).toContain(target);
      }
    }
  });

  it("reports a table that breaks the rule", () => {
    const parents = pgTable(
      "parents",
      { cityId: uuid("city_id").notNull(), id: uuid("id").notNull() },
      (t) => [primaryKey({ columns: [t.cityId, t.id] })],
    );
    const orphans = pgTable("orphans", {
      id: uuid("id").primaryKey(),
      parentId: uuid("parent_id").references(() => parents.id),
    });
    expect(tenancyProblems(parents, [])).toEqual([]);
    expect(tenancyProblems(orphans, [])).toEqual([
      "orphans: no city_id column",
      "orphans: primary key without city_id",
      expect.stringMatching(/^orphans: foreign key .* to parents without city_id$/),
    ]);
  });
});

describe.each(testDatabaseKinds())("tenancy of the migrated database on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database?.drop());

  it("has city_id in the primary key and in every foreign key between city-owned tables", async () => {
    const constraints = rowsOf<{
      table: string;
      type: string;
      target: string | null;
      columns: string[];
      target_columns: string[] | null;
    }>(
      await database.db.execute(sql`
        select c.conrelid::regclass::text as table,
               c.contype::text as type,
               c.confrelid::regclass::text as target,
               array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i)
                     join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
               case when c.contype = 'f' then
                 array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i)
                       join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i)
               end as target_columns
        from pg_constraint c
        join pg_namespace ns on ns.oid = c.connamespace
        where ns.nspname = 'public' and c.contype in ('p', 'f')`),
    );
    const owned = TABLES.map((t) => getTableConfig(t).name).filter(
      (n) => !REFERENCE_TABLES.includes(n),
    );
    for (const table of owned) {
      const pk = constraints.find((c) => c.table === table && c.type === "p");
      expect(pk?.columns, `${table} primary key`).toContain("city_id");
    }
    const crossCity = constraints.filter(
      (c) => c.type === "f" && owned.includes(c.table) && owned.includes(c.target ?? ""),
    );
    expect(crossCity.length).toBeGreaterThan(5);
    for (const fk of crossCity) {
      const position = fk.columns.indexOf("city_id");
      expect(position, `${fk.table} → ${fk.target}`).toBeGreaterThanOrEqual(0);
      expect(fk.target_columns?.[position], `${fk.table} → ${fk.target}`).toBe("city_id");
    }
  });
});
