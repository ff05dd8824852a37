import { engagements, hourEntries, opportunities } from "@engagiert/db/schema";
import { createTestDatabase, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { ZodError } from "zod";
import { actorFor, type Context } from "../context.ts";
import { fieldErrorsOf } from "../errors.ts";
import { createRequestContext } from "../request.ts";
import { createCaller } from "../root.ts";
import { Problem } from "../trpc.ts";
import {
  insertCity,
  insertUser,
  opportunityRow,
  SILENT,
  TEST_SETTINGS,
  testClient,
} from "../testing.ts";

export const NOW = new Date("2026-11-24T09:00:00Z");
const STARTED = new Date("2026-01-10T09:00:00Z");

/** What a caller sees of a refusal: its code, its stable reason, its messages per field. */
export async function failureOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const e = error as TRPCError;
  return {
    code: e.code,
    reason: e.cause instanceof Problem ? e.cause.reason : null,
    message: e.message,
    fieldErrors: e.cause instanceof ZodError ? fieldErrorsOf(e.cause) : {},
  };
}
export const codeOf = async (promise: Promise<unknown>) => (await failureOf(promise)).code;

type Caller = Awaited<ReturnType<ReturnType<typeof testClient>["call"]>>;

/**
 * Two cities; in city A an office (organisation A) and a partner (organisation B), each with a
 * staff member, and the coordination office; in city B its coordination office. Volunteers and
 * their engagements are made by each test.
 */
export async function hoursWorld(kind: "pglite" | "postgres") {
  const database: TestDatabase = await createTestDatabase(kind);
  const db = database.db;
  const a = await insertCity(db, "stadt-a");
  const b = await insertCity(db, "stadt-b");
  let seq = 0;

  /** A signed-in volunteer of city A (the sign-in itself is tested in auth.test.ts). */
  async function volunteer() {
    seq += 1;
    const email = `engagiert${seq}@people.example`;
    const user = await insertUser(db, a.city.id, { email, role: "volunteer" });
    const base = await createRequestContext({
      db,
      citySlug: "stadt-a",
      cookieHeader: null,
      clientAddress: "192.0.2.1",
      settings: TEST_SETTINGS,
      setCookie: () => {},
      log: SILENT,
      now: () => NOW,
    });
    const sessionUser = {
      userId: user.id,
      email,
      displayName: email,
      role: "volunteer" as const,
      organisationId: null,
      organisationName: null,
      personId: user.personId,
    };
    const ctx: Context = { ...base, user: sessionUser, actor: actorFor(base.city, sessionUser) };
    return { caller: createCaller(ctx), personId: user.personId!, email };
  }

  async function staff(email: string, city = "stadt-a") {
    const client = testClient(db, city);
    await client.signIn(email);
    return client;
  }

  /** An engagement of a person with organisation A or B, active since 10 January unless told. */
  async function engagement(
    personId: string,
    organisation: "A" | "B",
    overrides: Partial<typeof engagements.$inferInsert> = {},
  ) {
    const org = organisation === "A" ? a.orgA : a.orgB;
    const [opp] = await db
      .insert(opportunities)
      .values(opportunityRow(a.city.id, org.id, { title: `Angebot ${org.name} ${++seq}` }))
      .returning();
    const [row] = await db
      .insert(engagements)
      .values({
        cityId: a.city.id,
        opportunityId: opp!.id,
        organisationId: org.id,
        personId,
        status: "active",
        confirmedAt: new Date("2026-01-01T10:00:00Z"),
        startedAt: STARTED,
        statusChangedAt: STARTED,
        ...overrides,
      })
      .returning();
    return row!.id;
  }

  /** A person's entries as stored, by day and minutes. */
  const entriesOf = (personId: string) =>
    db
      .select()
      .from(hourEntries)
      .where(eq(hourEntries.personId, personId))
      .orderBy(hourEntries.workedOn, hourEntries.minutes, hourEntries.createdAt);

  await insertUser(db, a.city.id, {
    email: "amt@a.example",
    role: "staff",
    organisationId: a.orgA.id,
  });
  await insertUser(db, a.city.id, {
    email: "partner@a.example",
    role: "staff",
    organisationId: a.orgB.id,
  });
  await insertUser(db, a.city.id, { email: "coord@a.example", role: "coordinator" });
  await insertUser(db, b.city.id, { email: "coord@b.example", role: "coordinator" });
  const clients = await Promise.all([
    staff("amt@a.example"),
    staff("partner@a.example"),
    staff("coord@a.example"),
    staff("coord@b.example", "stadt-b"),
  ]);
  const callers: Caller[] = [];
  for (const client of clients) callers.push(await client.call());
  return {
    database,
    a,
    b,
    /** Staff of organisation A; `clockA` moves their clock. */
    staffA: callers[0]!,
    clockA: clients[0],
    staffB: callers[1]!,
    coordA: callers[2]!,
    coordB: callers[3]!,
    volunteer,
    engagement,
    entriesOf,
  };
}
export type HoursWorld = Awaited<ReturnType<typeof hoursWorld>>;
