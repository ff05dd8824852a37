import {
  persons,
  qualificationRecords,
  trainingRegistrations,
  type users,
} from "@engagiert/db/schema";
import { createTestDatabase, type TestDatabase } from "@engagiert/db/testing";
import type { TrainingEditorInput } from "@engagiert/domain/trainings";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, expect } from "vitest";
import { ZodError } from "zod";
import { actorFor, type Context } from "../context.ts";
import { createRequestContext } from "../request.ts";
import { createCaller } from "../root.ts";
import { insertCity, insertUser, SILENT, TEST_SETTINGS } from "../testing.ts";

// What the training administration tests share: two cities with staff, callers at a chosen
// moment, participants with birth data and first aid, and a valid Juleica course.

export const NOW = new Date("2026-11-24T09:00:00Z");
/** Göppingen is UTC+1 in December: 09:00–16:00 there is 08:00–15:00 UTC. */
const COURSE_DAYS = ["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11"];
export const AFTER_COURSE = new Date("2026-12-11T16:00:00Z");

type User = typeof users.$inferSelect;

export async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}
export const codeOf = async (promise: Promise<unknown>) => (await errorOf(promise)).code;
export const reasonOf = async (promise: Promise<unknown>) =>
  ((await errorOf(promise)).cause as { reason?: string } | undefined)?.reason;
/** The fields a refusal names, as the forms show them. */
export async function fieldsOf(promise: Promise<unknown>) {
  const cause = (await errorOf(promise)).cause;
  expect(cause).toBeInstanceOf(ZodError);
  return (cause as ZodError).issues.map((i) => i.path.join("."));
}

/** A Juleica basic course of five days of 8 units; override what a test is about. */
export function course(organisationId: string | null, patch: Partial<TrainingEditorInput> = {}) {
  return {
    organisationId,
    title: "Juleica-Grundkurs",
    description: "Fünf Tage Grundkurs für Jugendleiterinnen und Jugendleiter.",
    audience: "Ab 16 Jahren",
    topic: "jugendleitung" as const,
    qualificationTypeSlug: "juleica",
    requiredUnits: 40,
    trainer: "Kreisjugendring",
    place: "Jugendhaus, Poststraße 6",
    onlineUrl: null,
    capacity: 10,
    registrationDeadline: new Date("2026-12-01T23:00:00Z"),
    costCents: 4500,
    sessions: COURSE_DAYS.map((day) => ({
      startsAt: new Date(`${day}T08:00:00Z`),
      endsAt: new Date(`${day}T15:00:00Z`),
      units: 8,
    })),
    ...patch,
  };
}

/**
 * A fresh database for one test file with cities "stadt-a" (staff of Amt A and Partner B, the
 * coordination office) and "stadt-b" (its coordination office). Call it inside `describe`.
 */
export function trainingFixture(kind: "pglite" | "postgres") {
  const f = {
    database: null as unknown as TestDatabase,
    a: null as unknown as Awaited<ReturnType<typeof insertCity>>,
    b: null as unknown as Awaited<ReturnType<typeof insertCity>>,
    staff: {} as Record<"staffA" | "staffB" | "coord" | "foreign", User>,
    as,
    participant,
  };
  let registered = 0;

  /** A caller signed in as this user at this moment (signing in is tested in auth.test.ts). */
  async function as(user: User, now = NOW) {
    const base = await createRequestContext({
      db: f.database.db,
      citySlug: user.cityId === f.a.city.id ? "stadt-a" : "stadt-b",
      cookieHeader: null,
      clientAddress: "192.0.2.1",
      settings: TEST_SETTINGS,
      setCookie: () => {},
      log: SILENT,
      now: () => now,
    });
    const sessionUser = {
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      organisationId: user.organisationId,
      organisationName: null,
      personId: user.personId,
    };
    const ctx: Context = { ...base, user: sessionUser, actor: actorFor(base.city, sessionUser) };
    return createCaller(ctx);
  }

  /** A person of "stadt-a" with a confirmed (or waiting) registration, in this order. */
  async function participant(
    trainingId: string,
    person: { firstName: string; birthDate: string | null; birthYear: number },
    options: { status?: "confirmed" | "waiting"; firstAidOn?: string } = {},
  ) {
    const cityId = f.a.city.id;
    const [row] = await f.database.db
      .insert(persons)
      .values({
        cityId,
        firstName: person.firstName,
        lastName: "Probe",
        email: `${person.firstName.toLowerCase()}.${trainingId.slice(0, 8)}@test.example`,
        birthYear: person.birthYear,
        birthDate: person.birthDate,
      })
      .returning();
    await f.database.db.insert(trainingRegistrations).values({
      cityId,
      trainingId,
      personId: row!.id,
      status: options.status ?? "confirmed",
      createdAt: new Date(NOW.getTime() + ++registered * 1000),
    });
    if (options.firstAidOn) {
      await f.database.db.insert(qualificationRecords).values({
        cityId,
        personId: row!.id,
        typeSlug: "erste-hilfe",
        validFrom: options.firstAidOn,
        source: "external",
      });
    }
    return row!;
  }

  beforeAll(async () => {
    f.database = await createTestDatabase(kind);
    f.a = await insertCity(f.database.db, "stadt-a");
    f.b = await insertCity(f.database.db, "stadt-b");
    const add = (cityId: string, role: User["role"], key: string, organisationId?: string) =>
      insertUser(f.database.db, cityId, {
        email: `${key}@test.example`,
        role,
        organisationId: organisationId ?? null,
      });
    f.staff.staffA = await add(f.a.city.id, "staff", "staffA", f.a.orgA.id);
    f.staff.staffB = await add(f.a.city.id, "staff", "staffB", f.a.orgB.id);
    f.staff.coord = await add(f.a.city.id, "coordinator", "coord");
    f.staff.foreign = await add(f.b.city.id, "coordinator", "foreign");
  });
  afterAll(() => f.database.drop());
  return f;
}
