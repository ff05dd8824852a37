import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { badInputs, CURSORS, pathsOf } from "./bad-input.ts";
import { attempt, inputHasField, procedurePaths, takesInput, type Attempt } from "./harness.ts";
import { MATRIX } from "./matrix.ts";
import { homeOf } from "./matrix-types.ts";
import { buildWorld, sessionFor, type World } from "./world.ts";

// Every procedure with an input, called by an allowed actor with generated invalid and hostile
// inputs: the answer is a 4xx (or the call works, when the change happens to be valid), never a
// 5xx, and a refused call writes nothing. PROOF_SEED=<n> repeats a run; PROOF_RUNS=<n> searches
// deeper (n inputs per procedure).

const SEED = Number(process.env.PROOF_SEED ?? 20_261_124);
const RUNS = process.env.PROOF_RUNS ? Number(process.env.PROOF_RUNS) : null;
/** Rate limits count every attempt on purpose, also the refused ones. */
const WRITTEN_ON_PURPOSE = new Set(["sign_in_attempts"]);

const withInput = procedurePaths().filter(takesInput);
const paged = withInput.filter((path) => inputHasField(path, "cursor"));

/** Why an attempt breaks the rule, or null: a 4xx that wrote nothing, or a call that worked. */
function breach({ outcome, written }: Attempt): string | null {
  if (outcome.ok) return null;
  const error = outcome.error;
  const status = error instanceof TRPCError ? getHTTPStatusCodeFromError(error) : 500;
  if (status < 400 || status >= 500) {
    const cause = error instanceof TRPCError ? error.cause : error;
    return `${outcome.code} ${String(cause ?? outcome.message)}`;
  }
  const unexpected = written.filter((table) => !WRITTEN_ON_PURPOSE.has(table));
  return unexpected.length > 0
    ? `refused with ${outcome.code}, but wrote to ${unexpected.join(", ")}`
    : null;
}

describe.each(testDatabaseKinds())("bad input on %s", (kind) => {
  let database: TestDatabase;
  let world: World;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    world = await buildWorld(database.db);
  });
  afterAll(() => database?.drop());

  it.each(withInput)("%s", async (path) => {
    const entry = MATRIX[path];
    expect(entry?.input, `${path} has no valid input in the authorisation matrix`).toBeDefined();
    const home = homeOf(entry!);
    const valid = entry!.input!(world, home);
    const session = sessionFor(world, home, home);
    // Larger forms get more runs, so each field is hit a few times.
    const numRuns = RUNS ?? Math.min(40, Math.max(12, 2 * pathsOf(valid).length));
    try {
      await fc.assert(
        fc.asyncProperty(badInputs(valid), async (mutation) => {
          const problem = breach(await attempt(database.db, session, path, mutation.input));
          if (problem) throw new Error(`${mutation.what}: ${problem}`);
        }),
        { numRuns, seed: SEED, endOnFailure: true },
      );
    } catch (error) {
      throw new Error(
        `${path} as ${home} (seed ${SEED}, PROOF_SEED=${SEED} repeats it): ${(error as Error).message}`,
      );
    }
  });

  it.each(paged)("%s with page cursors a client made up", async (path) => {
    const entry = MATRIX[path]!;
    const home = homeOf(entry);
    const valid = entry.input!(world, home) as Record<string, unknown>;
    const session = sessionFor(world, home, home);
    const problems: string[] = [];
    for (const cursor of CURSORS) {
      const problem = breach(await attempt(database.db, session, path, { ...valid, cursor }));
      if (problem) problems.push(`cursor ${cursor.slice(0, 40)}: ${problem}`);
    }
    expect(problems, `${path}:\n  ${problems.join("\n  ")}`).toEqual([]);
  });
});
