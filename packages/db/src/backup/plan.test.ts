import { is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../client.ts";
import * as schema from "../schema/index.ts";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../testing.ts";
import { foreignKeyOrder, readTableShapes } from "./catalog.ts";
import { keptTables } from "./checksum.ts";
import { BACKUP_PLAN, leftOutReason } from "./plan.ts";

const SCHEMA_TABLES = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableConfig(table).name)
  .sort();

describe("the backup plan", () => {
  it("names every table of the drizzle schema, and nothing else", () => {
    expect(Object.keys(BACKUP_PLAN).sort()).toEqual(SCHEMA_TABLES);
  });

  it("leaves out only the short-lived sign-in records", () => {
    const leftOut = SCHEMA_TABLES.filter((name) => leftOutReason(name) !== null);
    expect(leftOut).toEqual(["sessions", "sign_in_attempts", "sign_in_links"]);
  });

  it("orders tables so that every table follows the ones it references", () => {
    const ordered = foreignKeyOrder([
      { name: "c", columns: [], primaryKey: [], generated: [], references: ["b", "c"] },
      { name: "b", columns: [], primaryKey: [], generated: [], references: ["a"] },
      { name: "a", columns: [], primaryKey: [], generated: [], references: [] },
    ]);
    expect(ordered.map((s) => s.name)).toEqual(["a", "b", "c"]);
    expect(() =>
      foreignKeyOrder([
        { name: "x", columns: [], primaryKey: [], generated: [], references: ["y"] },
        { name: "y", columns: [], primaryKey: [], generated: [], references: ["x"] },
      ]),
    ).toThrow(/cycle: x, y/);
  });
});

describe.each(testDatabaseKinds())(
  "the backup plan against the migrated database on %s",
  (kind) => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(kind);
    });
    afterAll(() => database?.drop());

    it("covers every table the migrations create", async () => {
      const tables = [...(await readTableShapes(database.db)).keys()].sort();
      expect(tables).toEqual(SCHEMA_TABLES);
    });

    it("keeps every table whose rows another kept table needs, parents first", async () => {
      const kept = await keptTables(database.db);
      const position = new Map(kept.map((s, i) => [s.name, i]));
      for (const shape of kept) {
        for (const parent of shape.references) {
          expect(position.get(parent), `${shape.name} → ${parent}`).toBeLessThanOrEqual(
            position.get(shape.name)!,
          );
        }
      }
      expect(kept[0]!.name).toBe("cities");
    });

    it("finds no sequence or identity column a restore would have to move on", async () => {
      const [row] = rowsOf<{ n: number }>(
        await database.db.execute(
          sql`select count(*)::int as "n" from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind = 'S'`,
        ),
      );
      expect(row!.n).toBe(0);
    });

    it("refuses to back up a database with a table the plan does not know", async () => {
      await database.db.execute(sql`create table "notes_without_plan" (id uuid primary key)`);
      try {
        await expect(keptTables(database.db)).rejects.toThrow(
          "The database has tables this version of Engagiert does not know: notes_without_plan.",
        );
      } finally {
        await database.db.execute(sql`drop table "notes_without_plan"`);
      }
    });
  },
);
