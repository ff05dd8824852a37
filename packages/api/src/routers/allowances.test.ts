import {
  allowancePayments,
  auditLog,
  engagements,
  opportunities,
  persons,
} from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { and, eq, sum } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { fieldErrorsOf } from "../errors.ts";
import { insertCity, insertUser, opportunityRow, testClient } from "../testing.ts";
import { Problem } from "../trpc.ts";

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}
const codeOf = async (promise: Promise<unknown>) => (await errorOf(promise)).code;
const reasonOf = (error: TRPCError) => (error.cause instanceof Problem ? error.cause.reason : null);
const fieldsOf = (error: TRPCError) =>
  error.cause instanceof ZodError ? Object.keys(fieldErrorsOf(error.cause)) : [];

describe.each(testDatabaseKinds())("allowances on %s", (kind) => {
  let database: TestDatabase;
  let a: Awaited<ReturnType<typeof insertCity>>;
  let b: Awaited<ReturnType<typeof insertCity>>;
  const people: Record<string, string> = {};

  async function signedIn(email: string, city = "stadt-a") {
    const client = testClient(database.db, city);
    await client.signIn(email);
    return client.call();
  }

  const payment = (personId: string, overrides: Record<string, unknown> = {}) => ({
    personId,
    allowance: "ehrenamtspauschale" as "ehrenamtspauschale" | "uebungsleiterpauschale",
    amountCents: 10_000,
    paidOn: "2026-03-01",
    activity: "Vorlesen in der Bücherei",
    ...overrides,
  });

  async function paidCentsOf(personId: string) {
    const [row] = await database.db
      .select({ total: sum(allowancePayments.amountCents).mapWith(Number) })
      .from(allowancePayments)
      .where(eq(allowancePayments.personId, personId));
    return row?.total ?? 0;
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    a = await insertCity(db, "stadt-a");
    b = await insertCity(db, "stadt-b");
    await insertUser(db, a.city.id, {
      email: "staff@a.example",
      role: "staff",
      organisationId: a.orgA.id,
    });
    await insertUser(db, a.city.id, {
      email: "staff-b@a.example",
      role: "staff",
      organisationId: a.orgB.id,
    });
    await insertUser(db, a.city.id, { email: "coord@a.example", role: "coordinator" });
    await insertUser(db, a.city.id, { email: "net@a.example", role: "network_member" });
    await insertUser(db, b.city.id, { email: "coord@b.example", role: "coordinator" });

    const [oppA, oppB] = await db
      .insert(opportunities)
      .values([opportunityRow(a.city.id, a.orgA.id), opportunityRow(a.city.id, a.orgB.id)])
      .returning();
    const names = ["anna", "bert", "clara", "dora", "emil", "fritz", "greta"];
    const rows = await db
      .insert(persons)
      .values(
        names.map((name) => ({
          cityId: a.city.id,
          firstName: name[0]!.toUpperCase() + name.slice(1),
          lastName: "Muster",
          email: `${name}@people.example`,
          birthYear: 1980,
        })),
      )
      .returning();
    rows.forEach((row, i) => (people[names[i]!] = row.id));
    const engage = (person: string, opp: typeof oppA, confirmed = true) => ({
      cityId: a.city.id,
      opportunityId: opp!.id,
      organisationId: opp!.organisationId,
      personId: people[person]!,
      status: "active" as const,
      confirmedAt: confirmed ? new Date("2025-01-10T10:00:00Z") : null,
      startedAt: new Date("2025-02-01T10:00:00Z"),
    });
    await db
      .insert(engagements)
      .values([
        engage("anna", oppA),
        engage("bert", oppA),
        engage("clara", oppB),
        engage("dora", oppA),
        engage("emil", oppA, false),
        engage("fritz", oppA),
        engage("fritz", oppB),
        engage("greta", oppA),
      ]);
  });
  afterAll(() => database.drop());

  it("knows the limits by year: 960 € Ehrenamtspauschale in 2026, 840 € in 2025", async () => {
    const staff = await signedIn("staff@a.example");
    const anna = people.anna!;
    expect(
      await staff.allowances.check(payment(anna, { amountCents: 96_000, paidOn: "2026-03-01" })),
    ).toEqual({
      decision: { kind: "ok", remainingCents: 0 },
      year: 2026,
      limitCents: 96_000,
      paidCents: 0,
    });
    expect(
      await staff.allowances.check(payment(anna, { amountCents: 96_000, paidOn: "2025-03-01" })),
    ).toEqual({
      decision: { kind: "exceeds", limitCents: 84_000, paidCents: 0, excessCents: 12_000 },
      year: 2025,
      limitCents: 84_000,
      paidCents: 0,
    });
    const trainer = { allowance: "uebungsleiterpauschale", activity: "Jugendtraining" };
    expect(
      (await staff.allowances.check(payment(anna, { ...trainer, amountCents: 330_000 }))).decision,
    ).toEqual({ kind: "ok", remainingCents: 0 });
    expect(
      (
        await staff.allowances.check(
          payment(anna, { ...trainer, amountCents: 330_000, paidOn: "2025-06-01" }),
        )
      ).decision,
    ).toMatchObject({ kind: "exceeds", limitCents: 300_000, excessCents: 30_000 });

    // 840 € paid in 2025 fill that year; 2026 starts afresh.
    await staff.allowances.record(payment(anna, { amountCents: 84_000, paidOn: "2025-12-31" }));
    expect(
      (await staff.allowances.check(payment(anna, { amountCents: 1, paidOn: "2025-01-01" })))
        .decision,
    ).toEqual({ kind: "exceeds", limitCents: 84_000, paidCents: 84_000, excessCents: 1 });
    expect(
      (await staff.allowances.check(payment(anna, { amountCents: 100, paidOn: "2026-01-01" })))
        .decision,
    ).toEqual({ kind: "ok", remainingCents: 95_900 });
  });

  it("refuses a payment over the limit until staff confirm the excess as taxable", async () => {
    const staff = await signedIn("staff@a.example");
    const bert = people.bert!;
    await staff.allowances.record(payment(bert, { amountCents: 90_000 }));
    const refused = await errorOf(staff.allowances.record(payment(bert, { amountCents: 10_000 })));
    expect(refused.code).toBe("CONFLICT");
    expect(reasonOf(refused)).toBe("allowance_exceeds");
    expect(refused.message).toMatch(/um 40,00\s€ überschritten/);
    expect(await paidCentsOf(bert)).toBe(90_000);

    const accepted = await staff.allowances.record(
      payment(bert, { amountCents: 10_000, acceptsExcess: true }),
    );
    expect(accepted.decision).toEqual({
      kind: "exceeds",
      limitCents: 96_000,
      paidCents: 90_000,
      excessCents: 4_000,
    });
    const rows = await database.db
      .select()
      .from(allowancePayments)
      .where(eq(allowancePayments.personId, bert));
    expect(rows.map((r) => [r.amountCents, r.excessAccepted])).toEqual(
      expect.arrayContaining([
        [90_000, false],
        [10_000, true],
      ]),
    );
    const year = await staff.allowances.ofPerson({ personId: bert, year: 2026 });
    expect(year.allowances).toEqual([
      {
        allowance: "uebungsleiterpauschale",
        paidCents: 0,
        limitCents: 330_000,
        remainingCents: 330_000,
      },
      {
        allowance: "ehrenamtspauschale",
        paidCents: 100_000,
        limitCents: 96_000,
        remainingCents: 0,
      },
    ]);
  });

  it("refuses both allowances for the same activity, whatever the year or the confirmation", async () => {
    const staff = await signedIn("staff@a.example");
    const greta = people.greta!;
    await staff.allowances.record(
      payment(greta, { allowance: "uebungsleiterpauschale", activity: "Jugendtraining" }),
    );
    const same = payment(greta, { activity: " jugendtraining ", acceptsExcess: true });
    expect((await staff.allowances.check(same)).decision).toEqual({
      kind: "same_activity",
      other: "uebungsleiterpauschale",
    });
    const refused = await errorOf(staff.allowances.record(same));
    expect(refused.code).toBe("CONFLICT");
    expect(reasonOf(refused)).toBe("allowance_same_activity");
    expect(
      reasonOf(await errorOf(staff.allowances.record({ ...same, paidOn: "2025-05-01" }))),
    ).toBe("allowance_same_activity");
    // Another activity under the other allowance is fine.
    await staff.allowances.record(payment(greta, { activity: "Kuchenverkauf" }));
    expect(await paidCentsOf(greta)).toBe(20_000);
  });

  it("never lets payments at the same moment together exceed the limit", async () => {
    const dora = people.dora!;
    const callers = await Promise.all(Array.from({ length: 5 }, () => signedIn("staff@a.example")));
    const results = await Promise.allSettled(
      callers.map((caller) => caller.allowances.record(payment(dora, { amountCents: 30_000 }))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    const refusals = results.filter((r) => r.status === "rejected");
    expect(refusals).toHaveLength(2);
    for (const refusal of refusals) {
      expect(reasonOf((refusal as PromiseRejectedResult).reason as TRPCError)).toBe(
        "allowance_exceeds",
      );
    }
    expect(await paidCentsOf(dora)).toBe(90_000);
  });

  it("lets staff pay only their organisation's volunteers, the coordination office any", async () => {
    const staff = await signedIn("staff@a.example");
    const staffB = await signedIn("staff-b@a.example");
    const coordinator = await signedIn("coord@a.example");
    const { anna, clara, emil, fritz } = people as Record<string, string>;

    expect(await codeOf(staffB.allowances.record(payment(anna!)))).toBe("NOT_FOUND");
    expect(
      await codeOf(staff.allowances.record(payment(clara!, { organisationId: a.orgB.id }))),
    ).toBe("FORBIDDEN");
    expect(await codeOf(staff.allowances.check(payment(clara!)))).toBe("NOT_FOUND");
    // An application never confirmed by its e-mail link is no engagement to pay for.
    expect(await codeOf(staff.allowances.record(payment(emil!)))).toBe("NOT_FOUND");
    expect(await codeOf(staff.allowances.ofPerson({ personId: clara!, year: 2026 }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(staff.allowances.list({ organisationId: a.orgB.id }))).toBe("FORBIDDEN");

    const missing = await errorOf(coordinator.allowances.record(payment(clara!)));
    expect(missing.code).toBe("BAD_REQUEST");
    expect(fieldsOf(missing)).toEqual(["organisationId"]);
    await coordinator.allowances.record(
      payment(fritz!, { organisationId: a.orgB.id, amountCents: 20_000 }),
    );
    await staff.allowances.record(payment(fritz!, { amountCents: 5_000 }));

    // The limit counts every organisation's payments; staff see only their own payments.
    const seenByStaff = await staff.allowances.ofPerson({ personId: fritz!, year: 2026 });
    expect(seenByStaff.allowances[1]).toMatchObject({ paidCents: 25_000, remainingCents: 71_000 });
    expect(seenByStaff.payments.map((p) => p.amountCents)).toEqual([5_000]);
    const seenByCoordinator = await coordinator.allowances.ofPerson({
      personId: fritz!,
      year: 2026,
    });
    expect(seenByCoordinator.payments.map((p) => p.amountCents).sort()).toEqual([20_000, 5_000]);
    const audits = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.personId, fritz!), eq(auditLog.action, "allowance.read")));
    expect(audits).toHaveLength(2);

    const otherCity = await signedIn("coord@b.example", "stadt-b");
    expect(
      await codeOf(otherCity.allowances.record(payment(anna!, { organisationId: a.orgA.id }))),
    ).toBe("NOT_FOUND");
    expect(await codeOf(otherCity.allowances.ofPerson({ personId: anna!, year: 2026 }))).toBe(
      "NOT_FOUND",
    );
    const network = await signedIn("net@a.example");
    expect(await codeOf(network.allowances.list({}))).toBe("FORBIDDEN");
    const anonymous = await testClient(database.db, "stadt-a").call();
    expect(await codeOf(anonymous.allowances.check(payment(anna!)))).toBe("UNAUTHORIZED");
  });

  it("lists an organisation's payments newest first, page by page, with each person's year", async () => {
    const staff = await signedIn("staff@a.example");
    const first = await staff.allowances.list({ limit: 3 });
    const all = [...first.items];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await staff.allowances.list({ limit: 3, cursor });
      all.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(all.length).toBe(first.total);
    const rows = await database.db
      .select()
      .from(allowancePayments)
      .where(eq(allowancePayments.organisationId, a.orgA.id));
    expect(all.map((p) => p.id).sort()).toEqual(rows.map((r) => r.id).sort());
    const keys = all.map((p) => `${p.paidOn} ${p.id}`);
    expect(keys).toEqual([...keys].sort().reverse());

    const fritz = all.find((p) => p.personId === people.fritz);
    // Fritz's year counts the payment of the other organisation too.
    expect(fritz).toMatchObject({
      firstName: "Fritz",
      amountCents: 5_000,
      yearPaidCents: 25_000,
      yearLimitCents: 96_000,
    });
    const of2025 = await staff.allowances.list({ year: 2025 });
    expect(of2025.items.map((p) => p.paidOn)).toEqual(["2025-12-31"]);
    const tampered = await staff.allowances.list({ limit: 3, cursor: "bm9wZQ" });
    expect(tampered.items.map((p) => p.id)).toEqual(first.items.map((p) => p.id));
  });

  it("finds the organisation's volunteers by name for the payment form", async () => {
    const staff = await signedIn("staff@a.example");
    const all = await staff.allowances.volunteers({});
    expect(all.map((p) => p.firstName)).toEqual(["Anna", "Bert", "Dora", "Fritz", "Greta"]);
    expect((await staff.allowances.volunteers({ search: "fri" })).map((p) => p.id)).toEqual([
      people.fritz,
    ]);
    expect(await staff.allowances.volunteers({ search: "%" })).toEqual([]);
  });

  it("answers bad input with the field to fix and writes nothing", async () => {
    const staff = await signedIn("staff@a.example");
    const anna = people.anna!;
    const before = await paidCentsOf(anna);
    const cases: [Record<string, unknown>, string][] = [
      [{ amountCents: 0 }, "amountCents"],
      [{ amountCents: -500 }, "amountCents"],
      [{ amountCents: 12.5 }, "amountCents"],
      [{ amountCents: "100" }, "amountCents"],
      [{ paidOn: "2026-02-30" }, "paidOn"],
      [{ paidOn: "1.3.2026" }, "paidOn"],
      [{ paidOn: "2026-11-25" }, "paidOn"],
      [{ activity: "x" }, "activity"],
      [{ allowance: "steuerfrei" }, "allowance"],
      [{ personId: "'; drop table persons; --" }, "personId"],
    ];
    for (const [override, field] of cases) {
      const error = await errorOf(staff.allowances.record(payment(anna, override)));
      expect(error.code, JSON.stringify(override)).toBe("BAD_REQUEST");
      expect(fieldsOf(error), JSON.stringify(override)).toEqual([field]);
    }
    expect(await codeOf(staff.allowances.ofPerson({ personId: anna, year: 1999 }))).toBe(
      "BAD_REQUEST",
    );
    expect(await paidCentsOf(anna)).toBe(before);
  });
});
