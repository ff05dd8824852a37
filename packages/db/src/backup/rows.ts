import { createHash } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Executor } from "../client.ts";
import type { TableShape } from "./catalog.ts";

/** Rows per read or insert: small enough for memory, large enough to be quick. */
export const DEFAULT_BATCH_ROWS = 1000;

/**
 * Session settings for the current transaction that make both databases render a row to the same
 * text: timestamps in UTC, dates in ISO order, floats as the shortest exact decimal.
 */
export async function useCanonicalText(tx: Executor): Promise<void> {
  await tx.execute(sql.raw("set local timezone = 'UTC'"));
  await tx.execute(sql.raw("set local datestyle = 'ISO, YMD'"));
  await tx.execute(sql.raw("set local extra_float_digits = 1"));
}

const TEXT_TYPES = /^(text|character varying|character|varchar|char|citext|name)\b/;

/** A key column in the order the backup walks: text by byte order, so no locale changes it. */
function orderColumn(column: { name: string; type: string }): SQL {
  const id = sql.identifier(column.name);
  return TEXT_TYPES.test(column.type) ? sql`${id} collate "C"` : sql`${id}`;
}

function keyParameter(column: { name: string; type: string }, value: string): SQL {
  const typed = sql`${value}::text::${sql.raw(column.type)}`;
  return TEXT_TYPES.test(column.type) ? sql`(${typed}) collate "C"` : typed;
}

/**
 * The canonical text of a table's rows, batch by batch in primary-key order (keyset, so a large
 * table never sits in memory). Call it inside a transaction that ran `useCanonicalText`.
 */
export async function* readRowLines(
  tx: Executor,
  shape: TableShape,
  batchRows = DEFAULT_BATCH_ROWS,
): AsyncGenerator<string[]> {
  const table = sql`${sql.identifier("public")}.${sql.identifier(shape.name)}`;
  const row =
    shape.generated.length === 0
      ? sql`to_jsonb(t)`
      : sql`(to_jsonb(t) - array[${sql.join(
          shape.generated.map((name) => sql`${name}::text`),
          sql`, `,
        )}])`;
  const keys = shape.primaryKey.map(
    (c, i) => sql`${sql.identifier(c.name)}::text as ${sql.identifier(`k${i}`)}`,
  );
  const order = sql.join(shape.primaryKey.map(orderColumn), sql`, `);
  let after: string[] | null = null;
  for (;;) {
    const where: SQL = after
      ? sql`where (${order}) > (${sql.join(
          shape.primaryKey.map((c, i) => keyParameter(c, after![i]!)),
          sql`, `,
        )})`
      : sql``;
    const result = await tx.execute(
      sql`select ${row}::text as "line", ${sql.join(keys, sql`, `)} from ${table} as t
          ${where} order by ${order} limit ${batchRows}`,
    );
    const rows = rowsOf<Record<string, string>>(result);
    if (rows.length === 0) return;
    yield rows.map((r) => r.line!);
    if (rows.length < batchRows) return;
    const last = rows.at(-1)!;
    after = shape.primaryKey.map((_, i) => last[`k${i}`]!);
  }
}

/** The content checksum of a table: SHA-256 over its row lines, each followed by "\n". */
export class TableChecksum {
  private readonly hash = createHash("sha256");
  rows = 0;

  add(line: string): void {
    this.hash.update(line);
    this.hash.update("\n");
    this.rows += 1;
  }

  digest(): string {
    return this.hash.digest("hex");
  }
}
