import { rowsOf, type Database } from "@engagiert/db/client";
import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { z, ZodError, type ZodType } from "zod";
import { SESSION_COOKIE } from "../context.ts";
import { createRequestContext } from "../request.ts";
import { appRouter, createCaller } from "../root.ts";
import { Problem } from "../trpc.ts";
import { SILENT, TEST_SETTINGS } from "../testing.ts";

// Calling any procedure by its path, as a browser with a session would, inside a transaction
// that is always rolled back: every case starts from the same world.

/** The fixed clock of the proofs: Tuesday 24 November 2026, 10:00 in Berlin. */
export const NOW = new Date("2026-11-24T09:00:00Z");

/** A browser: the city it asks and the session cookie it sends (none for a visitor). */
export type Session = { citySlug: string; cookie: string | null };

export type Outcome =
  | { ok: true; value: unknown }
  | {
      ok: false;
      code: string;
      reason: string | null;
      message: string;
      /** Field paths of a schema refusal. */
      fields: string[];
      error: unknown;
    };

/** Every procedure path of the app's router, e.g. "pipeline.move". */
export function procedurePaths(): string[] {
  return Object.keys(appRouter._def.procedures).sort();
}

/** Whether the procedure takes an input (has a schema). */
export function takesInput(path: string): boolean {
  const procedures = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { inputs: unknown[] } }
  >;
  const procedure = procedures[path];
  return (procedure?._def.inputs.length ?? 0) > 0;
}

/** Whether the procedure's input has a field, e.g. a page `cursor`. */
export function inputHasField(path: string, field: string): boolean {
  const procedures = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { inputs: ZodType[] } }
  >;
  const schema = procedures[path]?._def.inputs[0];
  if (!schema) return false;
  const json = z.toJSONSchema(schema, { unrepresentable: "any", io: "input" }) as {
    properties?: Record<string, unknown>;
  };
  return Boolean(json.properties?.[field]);
}

export async function contextFor(db: Database, session: Session, now: Date = NOW) {
  return createRequestContext({
    db,
    citySlug: session.citySlug,
    cookieHeader: session.cookie ? `${SESSION_COOKIE}=${session.cookie}` : null,
    clientAddress: "192.0.2.1",
    settings: TEST_SETTINGS,
    setCookie: () => {},
    log: SILENT,
    now: () => now,
  });
}

type Callable = (input?: unknown) => Promise<unknown>;

/** The caller's function for a path: `caller.recognition.events.create`. */
function procedureOf(caller: unknown, path: string): Callable {
  let target = caller as Record<string, unknown>;
  for (const part of path.split(".")) target = target[part] as Record<string, unknown>;
  return target as unknown as Callable;
}

export function outcomeOfError(error: unknown): Outcome {
  if (!(error instanceof TRPCError)) {
    return {
      ok: false,
      code: "NOT_A_TRPC_ERROR",
      reason: null,
      message: String(error),
      fields: [],
      error,
    };
  }
  const cause = error.cause;
  return {
    ok: false,
    code: error.code,
    reason:
      cause instanceof Problem ? cause.reason : cause instanceof ZodError ? "invalid_input" : null,
    message: error.message,
    fields: cause instanceof ZodError ? cause.issues.map((i) => i.path.join(".")) : [],
    error,
  };
}

/** Calls one procedure as the session and answers how it went. */
export async function callAs(
  db: Database,
  session: Session,
  path: string,
  input: unknown,
  now: Date = NOW,
): Promise<Outcome> {
  const caller = createCaller(await contextFor(db, session, now));
  try {
    const call = procedureOf(caller, path);
    return { ok: true, value: await (takesInput(path) ? call(input) : call()) };
  } catch (error) {
    return outcomeOfError(error);
  }
}

class Rollback extends Error {}

/** Runs `work` in a transaction that is rolled back whatever happens. */
export async function rolledBack<T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> {
  let result: { value: T } | null = null;
  try {
    await db.transaction(async (tx) => {
      result = { value: await work(tx as unknown as Database) };
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return result!.value;
}

/** Rows inserted, changed or deleted so far in this transaction, per table. */
async function writesSoFar(tx: Database): Promise<Map<string, number>> {
  const rows = rowsOf<{ name: string; n: number }>(
    await tx.execute(
      sql`select relname as name, (n_tup_ins + n_tup_upd + n_tup_del)::int as n from pg_stat_xact_user_tables`,
    ),
  );
  return new Map(rows.map((r) => [r.name, Number(r.n)]));
}

export type Attempt = { outcome: Outcome; written: string[] };

/**
 * One call in a rolled-back transaction, with the tables it wrote to (also writes a savepoint
 * took back: the proof is that a refused call wrote nothing at all).
 */
export function attempt(
  db: Database,
  session: Session,
  path: string,
  input: unknown,
  now: Date = NOW,
): Promise<Attempt> {
  return rolledBack(db, async (tx) => {
    // The session is looked up (and touched) before the baseline is taken.
    const ctx = await contextFor(tx, session, now);
    const before = await writesSoFar(tx);
    let outcome: Outcome;
    try {
      const call = procedureOf(createCaller(ctx), path);
      outcome = { ok: true, value: await (takesInput(path) ? call(input) : call()) };
    } catch (error) {
      outcome = outcomeOfError(error);
    }
    // A failed statement leaves a PostgreSQL transaction unusable: then nothing can be read.
    let written: string[] = [];
    try {
      const after = await writesSoFar(tx);
      written = [...after].filter(([name, n]) => n > (before.get(name) ?? 0)).map(([name]) => name);
    } catch {
      written = ["(transaction aborted)"];
    }
    return { outcome, written };
  });
}

/** A caller for building the world, as a session, at a moment. */
export async function as(db: Database, session: Session, now: Date = NOW) {
  return createCaller(await contextFor(db, session, now));
}

/** A token from the newest mail to an address whose link matches. */
export async function tokenFromMail(
  db: Database,
  cityId: string,
  to: string,
  pattern: RegExp,
): Promise<string> {
  for (const mail of await mailsTo(db, cityScope(cityId), to)) {
    const found = pattern.exec(mail.bodyText);
    if (found?.[1]) return found[1];
  }
  throw new Error(`No mail to ${to} with ${pattern}.`);
}
