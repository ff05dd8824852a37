import type { Database } from "@engagiert/db/client";
import { ensureCityDefaults } from "@engagiert/db/queries/city-defaults";
import {
  cities,
  type opportunities,
  organisations,
  persons,
  recoveryCodes,
  users,
} from "@engagiert/db/schema";
import { GOEPPINGEN, type CityConfig } from "@engagiert/domain/city";
import { requiresSecondFactor, type Role } from "@engagiert/domain/access";
import { and, eq } from "drizzle-orm";
import { hashPassword } from "./auth/password.ts";
import { readCookie } from "./auth/cookies.ts";
import { hashRecoveryCode, newRecoveryCode, normaliseRecoveryCode } from "./auth/recovery-codes.ts";
import { SESSION_COOKIE, type ApiSettings, type Context, type Logger } from "./context.ts";
import { createRequestContext } from "./request.ts";
import { createCaller } from "./root.ts";

export const TEST_SETTINGS: ApiSettings = {
  publicAppUrl: "http://localhost:5173",
  sessionIdleMinutes: 60,
  sessionAbsoluteHours: 12,
  signInLinkMinutes: 20,
  cookieSecure: true,
};

export const SILENT: Logger = { info: () => {}, warn: () => {}, error: () => {} };

export const TEST_PASSWORD = "correct horse battery staple";

/** The authenticator secret of test users whose role requires a second factor. */
export const TEST_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

/** A city that runs the platform, with two organisations. */
export async function insertCity(db: Database, slug: string) {
  const config: CityConfig = { ...GOEPPINGEN, slug, name: `Teststadt ${slug}`, isDemo: true };
  const [city] = await db
    .insert(cities)
    .values({ slug, name: config.name, federalState: config.federalState, isDemo: true, config })
    .returning();
  await ensureCityDefaults(db, city!.id);
  const orgs = await db
    .insert(organisations)
    .values([
      {
        cityId: city!.id,
        slug: "amt-a",
        name: "Amt A",
        kind: "department",
        email: "a@amt.example",
      },
      {
        cityId: city!.id,
        slug: "partner-b",
        name: "Partner B",
        kind: "partner",
        email: "b@partner.example",
      },
    ])
    .returning();
  return { city: city!, orgA: orgs[0]!, orgB: orgs[1]! };
}

let passwordHash: Promise<string> | null = null;

export async function insertUser(
  db: Database,
  cityId: string,
  user: {
    email: string;
    role: Role;
    organisationId?: string | null;
    /** An authenticator set up with TEST_TOTP_SECRET; by default where the role requires one. */
    hasTotp?: boolean;
  },
) {
  let personId: string | null = null;
  if (user.role === "volunteer") {
    const [person] = await db
      .insert(persons)
      .values({
        cityId,
        firstName: "Vera",
        lastName: "Test",
        email: user.email,
        birthYear: 1990,
        isDemo: true,
      })
      .returning();
    personId = person!.id;
  }
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const [row] = await db
    .insert(users)
    .values({
      cityId,
      email: user.email,
      displayName: user.email.split("@")[0]!,
      role: user.role,
      organisationId: user.organisationId ?? null,
      personId,
      passwordHash: user.role === "volunteer" ? null : await passwordHash,
      isDemo: true,
      ...((user.hasTotp ?? requiresSecondFactor(user.role))
        ? { totpSecret: TEST_TOTP_SECRET, totpEnabledAt: new Date("2026-01-01T00:00:00Z") }
        : {}),
    })
    .returning();
  return row!;
}

/**
 * A browser stand-in for router tests: keeps the session cookie between calls, like a browser
 * would, and lets the test move the clock.
 */
export function testClient(
  db: Database,
  citySlug: string,
  options: { clientAddress?: string } = {},
) {
  const state = {
    cookie: null as string | null,
    lastSetCookie: null as string | null,
    now: new Date("2026-11-24T09:00:00Z"),
  };
  async function context(): Promise<Context> {
    return createRequestContext({
      db,
      citySlug,
      cookieHeader: state.cookie ? `${SESSION_COOKIE}=${state.cookie}` : null,
      clientAddress: options.clientAddress ?? "192.0.2.1",
      settings: TEST_SETTINGS,
      setCookie: (cookie) => {
        state.lastSetCookie = cookie;
        const value = readCookie(cookie.split(";")[0], SESSION_COOKIE);
        state.cookie = value;
      },
      log: SILENT,
      now: () => state.now,
    });
  }
  return {
    state,
    async call() {
      return createCaller(await context());
    },
    /**
     * Signs in with the password and, where the account has a second factor, gives it as
     * someone without their phone would: with a recovery code, made for this sign-in. Tests sign
     * in many times at one fixed moment, and an app's code is good once per 30-second step
     * (auth tests cover that path).
     */
    async signIn(email: string, password = TEST_PASSWORD) {
      const caller = createCaller(await context());
      const answer = await caller.auth.signIn({ email, password });
      if (answer.secondFactor === "setup") {
        throw new Error(`${email} must set up a second factor first (insertUser's hasTotp).`);
      }
      if (answer.secondFactor === "code") {
        const code = await recoveryCodeFor(db, citySlug, email);
        await createCaller(await context()).auth.verifySecondFactor({ code });
      }
      return createCaller(await context());
    },
    advance(minutes: number) {
      state.now = new Date(state.now.getTime() + minutes * 60_000);
    },
  };
}

/** A fresh recovery code for a user (the database keeps only its hash). */
export async function recoveryCodeFor(db: Database, citySlug: string, email: string) {
  const [user] = await db
    .select({ id: users.id, cityId: users.cityId })
    .from(users)
    .innerJoin(cities, eq(cities.id, users.cityId))
    .where(and(eq(cities.slug, citySlug), eq(users.email, email)));
  if (!user) throw new Error(`No user ${email} in ${citySlug}.`);
  const code = newRecoveryCode();
  await db.insert(recoveryCodes).values({
    cityId: user.cityId,
    userId: user.id,
    codeHash: hashRecoveryCode(user.id, normaliseRecoveryCode(code)!),
  });
  return code;
}

/** A valid opportunity row for tests; override what the test is about. */
export function opportunityRow(
  cityId: string,
  organisationId: string,
  overrides: Partial<typeof opportunities.$inferInsert> = {},
): typeof opportunities.$inferInsert {
  return {
    cityId,
    organisationId,
    title: "Lesepatenschaft in der Grundschule",
    summary: "Kindern beim Lesen helfen, einmal pro Woche.",
    description: "Sie lesen mit Kindern der zweiten Klasse und machen Lust auf Bücher.",
    categories: ["bildung"],
    format: "regular",
    schedule: { format: "regular", hours: 2, per: "week", windows: [] },
    isRemote: false,
    address: "Schulstraße 1",
    district: "innenstadt",
    latitude: 48.7,
    longitude: 9.65,
    accessibility: { stepFree: true, accessibleToilet: true, notes: "" },
    minimumAge: 16,
    involvesMinorContact: true,
    languages: ["de"],
    capacity: 5,
    contact: { name: "Frau Muster", email: "kontakt@amt.example" },
    status: "published",
    publishedAt: new Date("2026-11-01T10:00:00Z"),
    ...overrides,
  };
}
