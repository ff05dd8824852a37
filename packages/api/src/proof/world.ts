import { rowsOf, type Database } from "@engagiert/db/client";
import { createSignInLink } from "@engagiert/db/queries/accounts";
import { cityScope } from "@engagiert/db/queries/scope";
import { engagements } from "@engagiert/db/schema";
import type { Role } from "@engagiert/domain/access";
import { sql } from "drizzle-orm";
import { hashToken, newToken } from "../auth/tokens.ts";
import { insertCity, insertUser, testClient } from "../testing.ts";
import { NOW, tokenFromMail, type Session } from "./harness.ts";
import { buildResources, type Resources } from "./world-resources.ts";

// The world every proof runs against: two cities, each with a department (X) and a partner (Y),
// a user of every role, and one of each thing the procedures take, made through the procedures
// themselves wherever a person would make it.

/** Who calls, as the matrix names them. */
export const ACTORS = [
  "anonymous",
  /** Signed in with the password, the required second factor still to set up. */
  "pending",
  "volunteer",
  /** Another volunteer of the same city, asking for the first one's things. */
  "otherVolunteer",
  "staffX",
  "staffY",
  "coordinator",
  "cityAdmin",
  "networkMember",
  "networkAdmin",
  /** A city-B session sent to city A. */
  "otherCitySession",
  /** A city-B user of the case's role, asking city B for city A's things. */
  "otherCityUser",
] as const;
export type ActorName = (typeof ACTORS)[number];

/** The actors who are users of city A with one role. */
export type CityActor = Exclude<
  ActorName,
  "anonymous" | "pending" | "otherCitySession" | "otherCityUser"
>;

const ROLES: Record<CityActor, Role> = {
  volunteer: "volunteer",
  otherVolunteer: "volunteer",
  staffX: "staff",
  staffY: "staff",
  coordinator: "coordinator",
  cityAdmin: "city_admin",
  networkMember: "network_member",
  networkAdmin: "network_admin",
};

export type WorldUser = { id: string; email: string; personId: string | null };

export type World = {
  db: Database;
  a: { cityId: string; slug: string; orgX: string; orgY: string };
  b: { cityId: string; slug: string; orgX: string; orgY: string };
  /** City A's users, by actor; plus a colleague of X whose account the admin changes. */
  users: Record<CityActor | "colleague", WorldUser>;
  /** City B's users, by the city-A actor whose role they have. */
  usersB: Partial<Record<CityActor, WorldUser>>;
  /** The session each actor calls with, in city A (otherCityUser: see `sessionFor`). */
  sessions: Record<Exclude<ActorName, "otherCityUser">, Session>;
  sessionsB: Partial<Record<CityActor | "anonymous", Session>>;
  r: Resources;
  /** Every id of a row of city A: none may show up in city B's answers. */
  cityAIds: Set<string>;
};

/** A volunteer's browser, signed in by the e-mail link as a person would. */
async function volunteerSession(db: Database, slug: string, cityId: string, email: string) {
  const client = testClient(db, slug);
  await (await client.call()).auth.requestLink({ email });
  const token = await tokenFromMail(db, cityId, email, /[?&]token=([A-Za-z0-9_-]{43})/);
  await (await client.call()).auth.redeemLink({ token });
  return { citySlug: slug, cookie: client.state.cookie };
}

/** A staff or network browser, signed in with password and (where set up) second factor. */
async function passwordSession(db: Database, slug: string, email: string) {
  const client = testClient(db, slug);
  await client.signIn(email);
  return { citySlug: slug, cookie: client.state.cookie };
}

async function usersOf(
  db: Database,
  city: { id: string; slug: string },
  domain: string,
  organisations: Partial<Record<CityActor, string>>,
  actors: readonly CityActor[],
) {
  const users: Partial<Record<CityActor, WorldUser>> = {};
  const sessions: Partial<Record<CityActor, Session>> = {};
  for (const actor of actors) {
    const email = `${actor.toLowerCase()}@${domain}`;
    const row = await insertUser(db, city.id, {
      email,
      role: ROLES[actor],
      organisationId: organisations[actor] ?? null,
    });
    users[actor] = { id: row.id, email, personId: row.personId };
    sessions[actor] =
      ROLES[actor] === "volunteer"
        ? await volunteerSession(db, city.slug, city.id, email)
        : await passwordSession(db, city.slug, email);
  }
  return { users, sessions };
}

const A_ACTORS: CityActor[] = Object.keys(ROLES) as CityActor[];
const B_ACTORS: CityActor[] = [
  "volunteer",
  "staffX",
  "staffY",
  "coordinator",
  "cityAdmin",
  "networkMember",
  "networkAdmin",
];

export async function buildWorld(db: Database): Promise<World> {
  const cityA = await insertCity(db, "stadt-a");
  const cityB = await insertCity(db, "stadt-b");
  const a = {
    cityId: cityA.city.id,
    slug: "stadt-a",
    orgX: cityA.orgA.id,
    orgY: cityA.orgB.id,
  };
  const b = { cityId: cityB.city.id, slug: "stadt-b", orgX: cityB.orgA.id, orgY: cityB.orgB.id };

  const inA = await usersOf(
    db,
    { id: a.cityId, slug: a.slug },
    "a.example",
    { staffX: a.orgX, staffY: a.orgY },
    A_ACTORS,
  );
  const inB = await usersOf(
    db,
    { id: b.cityId, slug: b.slug },
    "b.example",
    { staffX: b.orgX, staffY: b.orgY },
    B_ACTORS,
  );
  const colleague = await insertUser(db, a.cityId, {
    email: "kollegin@a.example",
    role: "staff",
    organisationId: a.orgX,
  });

  // A coordinator whose required second factor is not set up yet: half signed in.
  await insertUser(db, a.cityId, { email: "neu@a.example", role: "coordinator", hasTotp: false });
  const halfway = testClient(db, a.slug);
  await (
    await halfway.call()
  ).auth.signIn({ email: "neu@a.example", password: "correct horse battery staple" });

  const users = { ...(inA.users as Record<CityActor, WorldUser>) };
  const sessions = {
    anonymous: { citySlug: a.slug, cookie: null },
    pending: { citySlug: a.slug, cookie: halfway.state.cookie },
    ...(inA.sessions as Record<CityActor, Session>),
    otherCitySession: { citySlug: a.slug, cookie: inB.sessions.coordinator!.cookie },
  };

  // The volunteer's engagement with X, active since January (hours, checklist, allowances).
  const opportunities = await buildResources.opportunities(db, a, sessions);
  const [engagement] = await db
    .insert(engagements)
    .values({
      cityId: a.cityId,
      opportunityId: opportunities.oppX,
      organisationId: a.orgX,
      personId: users.volunteer.personId!,
      status: "active",
      confirmedAt: new Date("2026-01-05T10:00:00Z"),
      startedAt: new Date("2026-01-10T09:00:00Z"),
      statusChangedAt: new Date("2026-01-10T09:00:00Z"),
    })
    .returning({ id: engagements.id });

  // A sign-in link of the volunteer, for redeeming.
  const linkToken = newToken();
  await createSignInLink(db, cityScope(a.cityId), {
    tokenHash: hashToken(linkToken),
    userId: users.volunteer.id,
    expiresAt: new Date(NOW.getTime() + 20 * 60_000),
  });

  const world: World = {
    db,
    a,
    b,
    users: {
      ...users,
      colleague: { id: colleague.id, email: colleague.email, personId: null },
    },
    usersB: inB.users,
    sessions,
    sessionsB: { ...inB.sessions, anonymous: { citySlug: b.slug, cookie: null } },
    r: await buildResources.rest(db, {
      a,
      b,
      users,
      usersB: inB.users,
      sessions,
      sessionsB: inB.sessions,
      opportunities,
      engagementId: engagement!.id,
      linkToken,
    }),
    cityAIds: new Set(),
  };
  world.cityAIds = await idsOfCity(db, a.cityId);
  return world;
}

/** Every id of every row that belongs to the city, across all city-owned tables. */
async function idsOfCity(db: Database, cityId: string): Promise<Set<string>> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(
      sql`select c.table_name as name from information_schema.columns c
          join information_schema.columns i on i.table_name = c.table_name and i.column_name = 'id'
            and i.table_schema = 'public'
          where c.table_schema = 'public' and c.column_name = 'city_id'`,
    ),
  );
  const ids = new Set<string>();
  for (const { name } of tables) {
    const rows = rowsOf<{ id: string }>(
      await db.execute(
        sql`select id::text as id from ${sql.identifier(name)} where city_id = ${cityId}`,
      ),
    );
    for (const row of rows) ids.add(row.id);
  }
  return ids;
}

/**
 * The session of an actor; `otherCityUser` is city B's user with the role of `like` (a
 * half-signed-in session there is a visitor).
 */
export function sessionFor(world: World, actor: ActorName, like: ActorName): Session {
  if (actor !== "otherCityUser") return world.sessions[actor];
  const role = like === "otherVolunteer" ? "volunteer" : like === "pending" ? "anonymous" : like;
  const session = world.sessionsB[role as CityActor | "anonymous"];
  if (!session) throw new Error(`City B has no user for ${like}.`);
  return session;
}
