import { sql } from "drizzle-orm";
import { rowsOf, type Executor } from "../client.ts";
import { BackupError, type Column } from "./format.ts";

/** A table as the database describes it: what a backup stores and how it walks the rows. */
export type TableShape = {
  name: string;
  /** Stored columns in table order (generated columns are recomputed, never stored). */
  columns: Column[];
  /** Primary-key columns in key order, with their types (the keyset of the row reader). */
  primaryKey: Column[];
  generated: string[];
  /** Tables this one references, itself included when a row may point at another row. */
  references: string[];
};

type ColumnRow = { table: string; name: string; type: string; generated: boolean };

async function query<T>(db: Executor, statement: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await db.execute(statement));
}

/** Every ordinary table of the `public` schema, by name. */
export async function readTableShapes(db: Executor): Promise<Map<string, TableShape>> {
  const columns = await query<ColumnRow>(
    db,
    sql`select c.relname::text as "table", a.attname::text as "name",
          format_type(a.atttypid, a.atttypmod) as "type", a.attgenerated <> '' as "generated"
        from pg_attribute a
        join pg_class c on c.oid = a.attrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0
          and not a.attisdropped
        order by c.relname, a.attnum`,
  );
  const keys = await query<{ table: string; columns: string }>(
    db,
    sql`select c.relname::text as "table",
          json_agg(a.attname::text order by k.position)::text as "columns"
        from pg_constraint con
        join pg_class c on c.oid = con.conrelid
        join pg_namespace n on n.oid = c.relnamespace
        cross join lateral unnest(con.conkey) with ordinality as k(attnum, position)
        join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
        where n.nspname = 'public' and con.contype = 'p'
        group by c.relname`,
  );
  const references = await query<{ child: string; parent: string }>(
    db,
    sql`select distinct c.relname::text as "child", p.relname::text as "parent"
        from pg_constraint con
        join pg_class c on c.oid = con.conrelid
        join pg_class p on p.oid = con.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and con.contype = 'f'`,
  );

  const shapes = new Map<string, TableShape>();
  for (const column of columns) {
    let shape = shapes.get(column.table);
    if (!shape) {
      shape = { name: column.table, columns: [], primaryKey: [], generated: [], references: [] };
      shapes.set(column.table, shape);
    }
    if (column.generated) shape.generated.push(column.name);
    else shape.columns.push({ name: column.name, type: column.type });
  }
  for (const key of keys) {
    const shape = shapes.get(key.table)!;
    shape.primaryKey = (JSON.parse(key.columns) as string[]).map((name) =>
      shape.columns.find((c) => c.name === name)!,
    );
  }
  for (const { child, parent } of references) shapes.get(child)?.references.push(parent);
  for (const shape of shapes.values()) {
    if (shape.primaryKey.length === 0) {
      throw new BackupError(`Table ${shape.name} has no primary key, so it cannot be backed up.`);
    }
    shape.references.sort();
  }
  return shapes;
}

/**
 * The tables in an order where every table comes after the tables it references (a row may point
 * at another row of its own table: the restore loads such a table in one statement). Ties go
 * alphabetically, so the order is the same on every database.
 */
export function foreignKeyOrder(shapes: TableShape[]): TableShape[] {
  const byName = new Map(shapes.map((s) => [s.name, s]));
  const placed = new Set<string>();
  const ordered: TableShape[] = [];
  const waiting = [...shapes].sort((a, b) => (a.name < b.name ? -1 : 1));
  while (waiting.length > 0) {
    const next = waiting.findIndex((s) =>
      s.references.every((r) => r === s.name || placed.has(r) || !byName.has(r)),
    );
    if (next === -1) {
      throw new BackupError(
        `These tables reference each other in a cycle: ${waiting.map((s) => s.name).join(", ")}.`,
      );
    }
    const [shape] = waiting.splice(next, 1);
    placed.add(shape!.name);
    ordered.push(shape!);
  }
  return ordered;
}

/** Whether a table's rows may reference other rows of the same table. */
export function isSelfReferencing(shape: TableShape): boolean {
  return shape.references.includes(shape.name);
}
