import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callAs, procedurePaths, rolledBack, takesInput, type Outcome } from "./harness.ts";
import { MATRIX } from "./matrix.ts";
import {
  expectationOf,
  otherCityActorOf,
  type Entry,
  type Expect,
  type LocalActor,
} from "./matrix-types.ts";
import { ACTORS, buildWorld, sessionFor, type ActorName, type World } from "./world.ts";

// Every procedure × every actor, as the matrix says: allowed calls work (or give the business
// refusal listed), denied calls are refused as not signed in, forbidden or not found, and city
// B never reaches city A's things.

const NOT_SIGNED_IN: readonly LocalActor[] = ["anonymous", "pending"];
const DENIALS = ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"];

const shown = (o: Outcome) =>
  o.ok ? "OK" : `${o.code}${o.reason ? `:${o.reason}` : ""} (${o.message.slice(0, 120)})`;

/** "CODE" or "CODE:reason" against an outcome. */
const matches = (o: Outcome, expected: string) => {
  if (o.ok) return false;
  const [code, reason] = expected.split(":");
  return o.code === code && (reason === undefined || o.reason === reason);
};

function judgeLocal(expect: Expect, o: Outcome, notSignedIn: boolean): string | null {
  if (expect.kind === "ok") {
    if (o.ok || (expect.tolerate ?? []).some((t) => matches(o, t))) return null;
    return `allowed, but ${shown(o)}`;
  }
  if (o.ok) return "denied, but the call worked";
  if (notSignedIn)
    return o.code === "UNAUTHORIZED" ? null : `denied as not signed in, but ${shown(o)}`;
  return DENIALS.includes(o.code) ? null : `denied, but ${shown(o)}`;
}

/** City A's ids in a value, leaving out those the input itself named. */
function leakedIds(world: World, value: unknown, input: unknown): string[] {
  const named = new Set(JSON.stringify(input ?? null).match(/[0-9a-f-]{36}/g) ?? []);
  const text = JSON.stringify(value ?? null);
  return (text.match(/[0-9a-f-]{36}/g) ?? []).filter(
    (id) => world.cityAIds.has(id) && !named.has(id),
  );
}

function judgeOtherCity(world: World, entry: Entry, input: unknown, o: Outcome): string | null {
  const namesCityA = (JSON.stringify(input ?? null).match(/[0-9a-f-]{36}/g) ?? []).some((id) =>
    world.cityAIds.has(id),
  );
  const rule = entry.otherCity ?? (namesCityA ? "not_found" : "no_leak");
  if (rule === "shared") return judgeLocal(expectationOf(entry, otherCityActorOf(entry)), o, false);
  if (rule === "not_found")
    return matches(o, "NOT_FOUND") ? null : `expected NOT_FOUND, got ${shown(o)}`;
  if (rule === "no_leak") {
    if (!o.ok) return `expected its own city's answer, got ${shown(o)}`;
    const leaked = leakedIds(world, o.value, input);
    return leaked.length === 0 ? null : `answered with city A's ids ${leaked.join(", ")}`;
  }
  return rule.some((r) => matches(o, r)) ? null : `expected ${rule.join(" or ")}, got ${shown(o)}`;
}

describe.each(testDatabaseKinds())("authorisation matrix on %s", (kind) => {
  let database: TestDatabase;
  let world: World;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    world = await buildWorld(database.db);
  });
  afterAll(() => database?.drop());

  it("has an entry for every procedure of the app's router, and none for others", () => {
    const paths = procedurePaths();
    const missing = paths.filter((p) => !MATRIX[p]);
    const unknown = Object.keys(MATRIX).filter((p) => !paths.includes(p));
    expect(
      missing,
      `Procedures without an entry in the authorisation matrix: ${missing.join(", ")}`,
    ).toEqual([]);
    expect(
      unknown,
      `Matrix entries for procedures that do not exist: ${unknown.join(", ")}`,
    ).toEqual([]);
    const inputs = paths.filter((p) => MATRIX[p] && takesInput(p) !== Boolean(MATRIX[p]!.input));
    expect(inputs, `Entries whose input does not fit the procedure: ${inputs.join(", ")}`).toEqual(
      [],
    );
  });

  it("runs each case in a transaction of its own that is rolled back", async () => {
    const staff = world.sessions.staffX;
    const get = { engagementId: world.r.engagement };
    // A procedure's own transaction nests as a savepoint: its refusal leaves the case's usable.
    const [refused, after] = await rolledBack(database.db, async (tx) => [
      await callAs(tx, staff, "pipeline.move", { ...get, to: "submitted" }),
      await callAs(tx, staff, "pipeline.get", get),
    ]);
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(after).toMatchObject({ ok: true, value: { status: "active" } });
    // A move that worked inside a case is gone for the next one.
    const moved = await rolledBack(database.db, (tx) =>
      callAs(tx, staff, "pipeline.move", { ...get, to: "paused" }),
    );
    expect(moved).toMatchObject({ ok: true, value: { status: "paused" } });
    expect(await callAs(database.db, staff, "pipeline.get", get)).toMatchObject({
      ok: true,
      value: { status: "active" },
    });
  });

  it.each(procedurePaths())("%s", async (path) => {
    const entry = MATRIX[path];
    expect(
      entry,
      `${path} has no entry in the authorisation matrix (proof/matrix-*.ts)`,
    ).toBeDefined();
    const problems: string[] = [];
    for (const actor of ACTORS as readonly ActorName[]) {
      const like = otherCityActorOf(entry!);
      const asActor: LocalActor =
        actor === "otherCityUser" ? like : actor === "otherCitySession" ? "anonymous" : actor;
      const input = entry!.input?.(world, asActor);
      const session = sessionFor(world, actor, like);
      const outcome = await rolledBack(database.db, (tx) => callAs(tx, session, path, input));
      if (!outcome.ok && outcome.code === "INTERNAL_SERVER_ERROR") {
        const cause = (outcome.error as { cause?: unknown }).cause;
        problems.push(`${actor}: INTERNAL_SERVER_ERROR ${String(cause)}`);
        continue;
      }
      const problem =
        actor === "otherCityUser"
          ? judgeOtherCity(world, entry!, input, outcome)
          : judgeLocal(expectationOf(entry!, asActor), outcome, NOT_SIGNED_IN.includes(asActor));
      if (problem) problems.push(`${actor}: ${problem}`);
    }
    expect(problems, `${path}:\n  ${problems.join("\n  ")}`).toEqual([]);
  });
});
