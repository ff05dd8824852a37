import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import { networkEvents } from "@engagiert/db/schema";
import type { TestDatabase } from "@engagiert/db/testing";
import type { Role } from "@engagiert/domain/access";
import { TRPCError } from "@trpc/server";
import { actorFor, type Context } from "../context.ts";
import { createRequestContext } from "../request.ts";
import { createCaller } from "../root.ts";
import { insertCity, insertUser, SILENT, TEST_SETTINGS } from "../testing.ts";

// Two member cities with their network voices, for the network event tests.

export const NOW = new Date("2026-11-24T09:00:00Z");
export const START = new Date("2026-12-10T13:00:00Z");
export const END = new Date("2026-12-10T16:30:00Z");
export const DEADLINE = new Date("2026-12-03T11:00:00Z");
export const later = (ms: number) => new Date(NOW.getTime() + ms);

export const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
  );

export async function reasonOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return (error.cause as { reason?: string } | undefined)?.reason ?? error.code;
  }
  return "OK";
}

/** An event as the editor sends it; override what a test is about. */
export function eventInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: "exchange_meeting" as const,
    title: "Austauschtreffen Ehrenamtskoordination",
    description: "Wie gewinnen wir junge Menschen für das Engagement? Drei Städte berichten.",
    agenda: "14:00 Ankommen\n14:30 Impulse\n16:00 Austausch",
    federalState: null,
    startsAt: START,
    endsAt: END,
    place: "Rathaus, Sitzungssaal",
    onlineUrl: "https://meet.example.org/austausch",
    capacity: 30,
    registrationDeadline: DEADLINE,
    contactEmail: "netzwerk@stadt-a.example",
    ...overrides,
  };
}

export type Member = Awaited<ReturnType<ReturnType<typeof networkFixture>["member"]>>;

export function networkFixture(getDb: () => TestDatabase) {
  const cityIds = new Map<string, string>();

  /** Creates the two cities; call in beforeAll. */
  async function setUp() {
    const db = getDb().db;
    for (const slug of ["stadt-a", "stadt-b"]) {
      cityIds.set(slug, (await insertCity(db, slug)).city.id);
    }
  }

  async function contextFor(slug: string, now: Date) {
    return createRequestContext({
      db: getDb().db,
      citySlug: slug,
      cookieHeader: null,
      clientAddress: "192.0.2.1",
      settings: TEST_SETTINGS,
      setCookie: () => {},
      log: SILENT,
      now: () => now,
    });
  }

  /** A signed-in user of a city with a role; `at(when)` calls at another moment. */
  async function member(slug: string, email: string, role: Role, now = NOW) {
    const cityId = cityIds.get(slug)!;
    const user = await insertUser(getDb().db, cityId, { email, role });
    const base = await contextFor(slug, now);
    const sessionUser = {
      userId: user.id,
      email,
      displayName: user.displayName,
      role,
      organisationId: null,
      organisationName: null,
      personId: user.personId,
    };
    const ctx: Context = { ...base, user: sessionUser, actor: actorFor(base.city, sessionUser) };
    return {
      email,
      userId: user.id,
      cityId,
      name: user.displayName,
      caller: createCaller(ctx),
      at: (when: Date) => createCaller({ ...ctx, now: () => when }),
    };
  }

  const visitor = async (slug = "stadt-a", now = NOW) => createCaller(await contextFor(slug, now));

  /** The kinds of mail a city's outbox holds for an address, sorted. */
  async function mailKinds(slug: string, email: string) {
    return (await mailsTo(getDb().db, cityScope(cityIds.get(slug)!), email))
      .map((m) => m.kind)
      .sort();
  }

  async function mailOf(slug: string, email: string, kind: string) {
    return (await mailsTo(getDb().db, cityScope(cityIds.get(slug)!), email)).find(
      (m) => m.kind === kind,
    );
  }

  /** A published event of a city straight in the database, for tests about registering. */
  async function publishedEvent(
    slug: string,
    createdByUserId: string,
    overrides: Partial<typeof networkEvents.$inferInsert> = {},
  ) {
    const input = eventInput();
    const [row] = await getDb()
      .db.insert(networkEvents)
      .values({
        ...input,
        cityId: cityIds.get(slug)!,
        createdByUserId,
        status: "published",
        publishedAt: NOW,
        ...overrides,
      })
      .returning({ id: networkEvents.id });
    return row!.id;
  }

  return { setUp, member, visitor, mailKinds, mailOf, publishedEvent, cityIds };
}
