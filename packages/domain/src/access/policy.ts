import type { Actor, Role } from "./roles.ts";

/** Everything the platform lets someone do, named by area. */
export const ACTIONS = [
  "opportunity.browse",
  "opportunity.manage",
  "application.submit",
  "engagement.read",
  "engagement.move",
  "person.read",
  "organisation.dashboard",
  "city.dashboard",
  "city.configure",
  "staff.manage",
  "audit.read",
  "network.directory.read",
  "network.participate",
  "network.administer",
  "network.contribute",
  "network.adopt",
  "network.event.announce",
  "network.figures.share",
  "training.browse",
  "training.manage",
  "training.register",
  "qualification.record",
  "qualification.types.manage",
  "quality.assess",
  "quality.catalogue.manage",
  "quality.overview",
  "survey.manage",
  "survey.answer",
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * What an action is about. `cityId: null` marks network-wide reference data (the city directory,
 * practices). `organisationId` is the hosting organisation; `personId` the volunteer concerned;
 * `organisationIdsOfPerson` the organisations the person is engaged with.
 */
export type Resource = {
  cityId: string | null;
  /**
   * For contributions to the network: the kind of organisation a staff member works for. Staff
   * of a local partner contribute practices; staff of a department take part without writing.
   */
  contributorOrganisationKind?: "department" | "partner" | null;
  organisationId?: string | null;
  personId?: string | null;
  organisationIdsOfPerson?: readonly string[];
};

export type Denial = "not_signed_in" | "other_city" | "role" | "other_organisation" | "not_own";
export type Decision = { allowed: true } | { allowed: false; reason: Denial };

type SignedIn = Extract<Actor, { kind: "user" }>;
type Rule = (actor: SignedIn, resource: Resource) => Decision;

const ALLOW: Decision = { allowed: true };
const deny = (reason: Denial): Decision => ({ allowed: false, reason });

const roles =
  (...allowed: Role[]): Rule =>
  (actor) =>
    allowed.includes(actor.role) ? ALLOW : deny("role");

/** Staff act for their own organisation; the coordination office and admins for the whole city. */
const organisationOrCity: Rule = (actor, resource) => {
  if (actor.role === "coordinator" || actor.role === "city_admin") return ALLOW;
  if (actor.role !== "staff") return deny("role");
  return actor.organisationId !== null && actor.organisationId === resource.organisationId
    ? ALLOW
    : deny("other_organisation");
};

/** A volunteer's own record, their organisations' staff, or the coordination office. */
const personConcerned: Rule = (actor, resource) => {
  if (actor.role === "volunteer") {
    return actor.personId !== null && actor.personId === resource.personId
      ? ALLOW
      : deny("not_own");
  }
  if (actor.role === "coordinator") return ALLOW;
  if (actor.role !== "staff") return deny("role");
  // The hosting organisation alone decides about an engagement; the person's other organisations
  // count only for the person record itself.
  const orgs = resource.organisationId
    ? [resource.organisationId]
    : (resource.organisationIdsOfPerson ?? []);
  return actor.organisationId !== null && orgs.includes(actor.organisationId)
    ? ALLOW
    : deny("other_organisation");
};

/** A volunteer acting for their own person record (registering for a training, say). */
const ownPersonOnly: Rule = (actor, resource) => {
  if (actor.role !== "volunteer") return deny("role");
  return actor.personId !== null && actor.personId === resource.personId ? ALLOW : deny("not_own");
};

/** Staff of an organisation the person is engaged with, or the coordination office. */
const staffConcerned: Rule = (actor, resource) =>
  actor.role === "volunteer" ? deny("role") : personConcerned(actor, resource);

/** Actions on network-wide reference data: the only ones whose resource may have no city. */
const NETWORK_ACTIONS: ReadonlySet<Action> = new Set([
  "network.directory.read",
  "network.participate",
  "network.administer",
  "network.contribute",
  "network.adopt",
  "network.event.announce",
]);

/** Who speaks for a city in the network: its coordination, admins and network contacts. */
const CITY_VOICES: Role[] = ["coordinator", "city_admin", "network_member", "network_admin"];

/** A city's voices, and staff of a local partner organisation. */
const contributor: Rule = (actor, resource) => {
  if (CITY_VOICES.includes(actor.role)) return ALLOW;
  return actor.role === "staff" && resource.contributorOrganisationKind === "partner"
    ? ALLOW
    : deny("role");
};

/** Anyone, signed in or not. */
const PUBLIC_ACTIONS: ReadonlySet<Action> = new Set([
  "opportunity.browse",
  "application.submit",
  "network.directory.read",
  "training.browse",
  "survey.answer",
]);

const RULES: Record<Action, Rule> = {
  "opportunity.browse": () => ALLOW,
  "application.submit": () => ALLOW,
  "network.directory.read": () => ALLOW,
  "opportunity.manage": organisationOrCity,
  "engagement.read": personConcerned,
  "engagement.move": personConcerned,
  "person.read": personConcerned,
  "organisation.dashboard": organisationOrCity,
  "city.dashboard": roles("coordinator", "city_admin"),
  "city.configure": roles("city_admin"),
  "staff.manage": roles("city_admin"),
  "audit.read": roles("coordinator", "city_admin"),
  "network.participate": roles(
    "staff",
    "coordinator",
    "city_admin",
    "network_member",
    "network_admin",
  ),
  "network.administer": roles("network_admin"),
  "network.contribute": contributor,
  "network.adopt": roles(...CITY_VOICES),
  "network.event.announce": roles(...CITY_VOICES),
  "network.figures.share": roles("coordinator", "city_admin"),
  "training.browse": () => ALLOW,
  "training.manage": organisationOrCity,
  "training.register": ownPersonOnly,
  "qualification.record": staffConcerned,
  "qualification.types.manage": roles("coordinator", "city_admin"),
  "quality.assess": organisationOrCity,
  "quality.catalogue.manage": roles("coordinator", "city_admin"),
  "quality.overview": roles("coordinator", "city_admin"),
  "survey.manage": organisationOrCity,
  "survey.answer": () => ALLOW,
};

/**
 * The authorisation policy: may this actor do this action on this resource? City-owned
 * resources are only ever reachable from the same city, whatever the role; only network actions
 * take network-wide resources (`cityId: null`).
 */
export function can(actor: Actor, action: Action, resource: Resource): Decision {
  // A city action on a resource without a city would skip the city check: refuse it instead.
  const isOtherCity =
    resource.cityId === null ? !NETWORK_ACTIONS.has(action) : resource.cityId !== actor.cityId;
  if (isOtherCity) return deny("other_city");
  if (PUBLIC_ACTIONS.has(action)) return ALLOW;
  if (actor.kind === "anonymous") return deny("not_signed_in");
  return RULES[action](actor, resource);
}
