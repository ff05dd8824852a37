import type { ActorName, World } from "./world.ts";

// The words the matrix is written in: what an actor may expect, and the named patterns of who
// may call a procedure.

/**
 * `ok`: the call succeeds; `tolerate` lists the refusals a business rule may give instead
 * ("CONFLICT" or "CONFLICT:reason"). `deny`: UNAUTHORIZED for someone not signed in, else
 * FORBIDDEN or NOT_FOUND.
 */
export type Expect = { kind: "ok"; tolerate?: readonly string[] } | { kind: "deny" };

export const OK: Expect = { kind: "ok" };
export const DENY: Expect = { kind: "deny" };
export const okOr = (...tolerate: string[]): Expect => ({ kind: "ok", tolerate });

/** The actors asked in city A itself; the other-city cases follow from the entry. */
export type LocalActor = Exclude<ActorName, "otherCitySession" | "otherCityUser">;

/** Who may; anyone not named is denied. */
export type Access = Readonly<Partial<Record<LocalActor, Expect>>>;

/**
 * What city B's user of the home role gets when asking city B for city A's things:
 * `not_found` (the default when the input names one of city A's rows), `no_leak` (the default
 * otherwise: it works, and the answer holds no id of city A), `shared` (network-wide data every
 * city sees: as for the home actor), or the refusals expected ("CODE" or "CODE:reason").
 */
export type OtherCity = "not_found" | "no_leak" | "shared" | readonly string[];

export type Entry = {
  access: Access;
  /** The valid input of the allowed case; for others the same input, pointing at city A's things. */
  input?: (world: World, actor: LocalActor) => unknown;
  otherCity?: OtherCity;
  /** The allowed actor who sends the bad inputs. */
  home?: LocalActor;
  /** The allowed actor whose role city B's user has; by default the widest allowed role. */
  otherCityAs?: LocalActor;
};

const allow = (...actors: LocalActor[]): Access =>
  Object.fromEntries(actors.map((actor) => [actor, OK]));

/** Anyone, also not signed in (and half signed in). */
export const PUBLIC = allow(
  "anonymous",
  "pending",
  "volunteer",
  "otherVolunteer",
  "staffX",
  "staffY",
  "coordinator",
  "cityAdmin",
  "networkMember",
  "networkAdmin",
);
/** Any volunteer, each for their own data. */
export const VOLUNTEERS = allow("volunteer", "otherVolunteer");
/** The volunteer whose thing it is. */
export const VOLUNTEER_SELF = allow("volunteer");
/** Staff of the owning organisation (X), the coordination office and city admins. */
export const ORG_STAFF = allow("staffX", "coordinator", "cityAdmin");
/** Staff of an organisation the person is engaged with (X) and the coordination office. */
export const PERSON_STAFF = allow("staffX", "coordinator");
/** The person themselves, their organisation's staff and the coordination office. */
export const PERSON = allow("volunteer", "staffX", "coordinator");
/** Staff of any organisation, the coordination office and city admins. */
export const STAFF = allow("staffX", "staffY", "coordinator", "cityAdmin");
/** The coordination office and city admins. */
export const CITY_OFFICE = allow("coordinator", "cityAdmin");
export const CITY_ADMIN = allow("cityAdmin");
/** Everyone who takes part in the network: the city's staff and its network contacts. */
export const NETWORK = allow(
  "staffX",
  "staffY",
  "coordinator",
  "cityAdmin",
  "networkMember",
  "networkAdmin",
);
/** Who speaks for the city in the network. */
export const CITY_VOICE = allow("coordinator", "cityAdmin", "networkMember", "networkAdmin");
/** Who writes practices: the city's voices and staff of a local partner (Y). */
export const CONTRIBUTOR = { ...CITY_VOICE, staffY: OK };
export const NETWORK_ADMIN = allow("networkAdmin");
/** Everyone who signs in with a password. */
export const PASSWORD_USERS = NETWORK;
/** The half-signed-in session, for the second factor's steps only. */
export const PENDING = allow("pending");

/** Who sends the bad inputs and lends city B's user a role, unless the entry names one. */
const HOME_ORDER: LocalActor[] = [
  "staffX",
  "volunteer",
  "coordinator",
  "cityAdmin",
  "networkMember",
  "networkAdmin",
  "staffY",
  "otherVolunteer",
  "pending",
  "anonymous",
];

export function homeOf(entry: Entry): LocalActor {
  if (entry.home) return entry.home;
  const home = HOME_ORDER.find((actor) => entry.access[actor]?.kind === "ok");
  if (!home) throw new Error("An entry without any allowed actor.");
  return home;
}

/** City-wide roles first: then only the city's own scope stands between B and A's data. */
const OTHER_CITY_ORDER: LocalActor[] = [
  "coordinator",
  "cityAdmin",
  "networkAdmin",
  "networkMember",
  "staffX",
  "staffY",
  "volunteer",
  "otherVolunteer",
  "anonymous",
  "pending",
];

export function otherCityActorOf(entry: Entry): LocalActor {
  if (entry.otherCityAs) return entry.otherCityAs;
  const actor = OTHER_CITY_ORDER.find((a) => entry.access[a]?.kind === "ok");
  if (!actor) throw new Error("An entry without any allowed actor.");
  return actor;
}

export function expectationOf(entry: Entry, actor: LocalActor): Expect {
  return entry.access[actor] ?? DENY;
}
