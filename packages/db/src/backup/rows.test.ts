import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../client.ts";
import { cities, sharedFigures } from "../schema/index.ts";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../testing.ts";
import { readTableShapes } from "./catalog.ts";
import { readRowLines, useCanonicalText } from "./rows.ts";

const CATEGORIES = ["Ümwelt", "alter", "", "Zukunft", "Äpfel", "zoo"];

describe.each(testDatabaseKinds())("reading a table's rows on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const [city] = await database.db
      .insert(cities)
      .values({ slug: "speyer", name: "Speyer", federalState: "Rheinland-Pfalz" })
      .returning({ id: cities.id });
    await database.db.insert(sharedFigures).values(
      [2024, 2025].flatMap((year) =>
        CATEGORIES.map((category, i) => ({
          cityId: city!.id,
          year,
          metric: "opportunities" as const,
          category,
          value: i,
          computedAt: new Date("2026-01-01T10:00:00.5Z"),
        })),
      ),
    );
  });
  afterAll(() => database?.drop());

  it("walks the primary key in batches, text by byte order whatever the locale", async () => {
    const shape = (await readTableShapes(database.db)).get("shared_figures")!;
    const batches = await database.db.transaction(async (tx) => {
      await useCanonicalText(tx);
      const all: string[][] = [];
      for await (const lines of readRowLines(tx, shape, 4)) all.push(lines);
      return all;
    });
    expect(batches.map((b) => b.length)).toEqual([4, 4, 4]);
    const rows = batches.flat().map((line) => JSON.parse(line) as Record<string, unknown>);
    const byteOrder = [...CATEGORIES].sort((a, b) =>
      Buffer.compare(Buffer.from(a), Buffer.from(b)),
    );
    expect(rows.map((r) => `${String(r.year)} ${String(r.category)}`)).toEqual([
      ...byteOrder.map((c) => `2024 ${c}`),
      ...byteOrder.map((c) => `2025 ${c}`),
    ]);
    expect(batches[0]![0]).toContain('"computed_at": "2026-01-01T10:00:00.5+00:00"');
  });

  it("orders by bytes even where the column's collation orders otherwise", async () => {
    await database.db.execute(
      sql.raw(`create table "collation_check" (k text collate "und-x-icu" primary key)`),
    );
    try {
      for (const k of CATEGORIES) {
        await database.db.execute(sql`insert into "collation_check" values (${k})`);
      }
      const natural = rowsOf<{ k: string }>(
        await database.db.execute(sql`select k from "collation_check" order by k`),
      ).map((r) => r.k);
      const byteOrder = [...CATEGORIES].sort((a, b) =>
        Buffer.compare(Buffer.from(a), Buffer.from(b)),
      );
      expect(natural).not.toEqual(byteOrder);
      const shape = (await readTableShapes(database.db)).get("collation_check")!;
      const read = await database.db.transaction(async (tx) => {
        await useCanonicalText(tx);
        const all: string[] = [];
        for await (const lines of readRowLines(tx, shape, 2)) all.push(...lines);
        return all;
      });
      expect(read.map((line) => (JSON.parse(line) as { k: string }).k)).toEqual(byteOrder);
    } finally {
      await database.db.execute(sql.raw(`drop table "collation_check"`));
    }
  });

  it("renders a row the same way whatever the session's time zone was", async () => {
    await database.db.execute(sql.raw("set timezone = 'America/New_York'"));
    const shape = (await readTableShapes(database.db)).get("cities")!;
    const [lines] = await database.db.transaction(async (tx) => {
      await useCanonicalText(tx);
      const all: string[][] = [];
      for await (const batch of readRowLines(tx, shape)) all.push(batch);
      return all;
    });
    expect(lines).toHaveLength(1);
    expect(lines![0]).toMatch(/"created_at": "\d{4}-\d\d-\d\dT[\d:.]+\+00:00"/);
  });
});
