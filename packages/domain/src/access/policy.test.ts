import { describe, expect, it } from "vitest";
import { ACTIONS, can, type Action, type Decision, type Resource } from "./policy.ts";
import { Role, type Actor } from "./roles.ts";

/**
 * yes  allowed
 * no   refused: `not_signed_in` for anonymous visitors, `role` for everyone else
 * org  allowed on the actor's own organisation only, else `other_organisation`
 * self allowed on the actor's own person record only, else `not_own`
 *
 * Scope `city`: the resource belongs to a city. Scope `network`: network-wide data, which may
 * also have no city (`cityId: null`).
 */
type Cell = "yes" | "no" | "org" | "self";
type Who = "anonymous" | Role;
const WHO: Who[] = [
  "anonymous",
  "volunteer",
  "staff",
  "coordinator",
  "city_admin",
  "network_member",
  "network_admin",
];

// prettier-ignore
const POLICY: [Action, "city" | "network", ...Cell[]][] = [
  //                                   anon   vol     staff  coord  admin  n.mem  n.adm
  ["opportunity.browse",     "city",    "yes", "yes",  "yes", "yes", "yes", "yes", "yes"],
  ["opportunity.manage",     "city",    "no",  "no",   "org", "yes", "yes", "no",  "no"],
  ["application.submit",     "city",    "yes", "yes",  "yes", "yes", "yes", "yes", "yes"],
  ["engagement.read",        "city",    "no",  "self", "org", "yes", "no",  "no",  "no"],
  ["engagement.move",        "city",    "no",  "self", "org", "yes", "no",  "no",  "no"],
  ["person.read",            "city",    "no",  "self", "org", "yes", "no",  "no",  "no"],
  ["organisation.dashboard", "city",    "no",  "no",   "org", "yes", "yes", "no",  "no"],
  ["city.dashboard",         "city",    "no",  "no",   "no",  "yes", "yes", "no",  "no"],
  ["city.configure",         "city",    "no",  "no",   "no",  "no",  "yes", "no",  "no"],
  ["staff.manage",           "city",    "no",  "no",   "no",  "no",  "yes", "no",  "no"],
  ["audit.read",             "city",    "no",  "no",   "no",  "yes", "yes", "no",  "no"],
  ["network.directory.read", "network", "yes", "yes",  "yes", "yes", "yes", "yes", "yes"],
  ["network.participate",    "network", "no",  "no",   "yes", "yes", "yes", "yes", "yes"],
  ["network.administer",     "network", "no",  "no",   "no",  "no",  "no",  "no",  "yes"],
  // Staff of a local partner contribute too: see the test below.
  ["network.contribute",     "network", "no",  "no",   "no",  "yes", "yes", "yes", "yes"],
  ["network.adopt",          "network", "no",  "no",   "no",  "yes", "yes", "yes", "yes"],
  ["network.event.announce", "network", "no",  "no",   "no",  "yes", "yes", "yes", "yes"],
  ["network.figures.share",  "city",    "no",  "no",   "no",  "yes", "yes", "no",  "no"],
  ["training.browse",        "city",    "yes", "yes",  "yes", "yes", "yes", "yes", "yes"],
  ["training.manage",        "city",    "no",  "no",   "org", "yes", "yes", "no",  "no"],
  ["training.register",      "city",    "no",  "self", "no",  "no",  "no",  "no",  "no"],
  ["qualification.record",   "city",    "no",  "no",   "org", "yes", "no",  "no",  "no"],
  ["qualification.types.manage", "city", "no", "no",   "no",  "yes", "yes", "no",  "no"],
  ["quality.assess",         "city",    "no",  "no",   "org", "yes", "yes", "no",  "no"],
  ["quality.catalogue.manage", "city",  "no",  "no",   "no",  "yes", "yes", "no",  "no"],
  ["quality.overview",       "city",    "no",  "no",   "no",  "yes", "yes", "no",  "no"],
  ["survey.manage",          "city",    "no",  "no",   "org", "yes", "yes", "no",  "no"],
  ["survey.answer",          "city",    "yes", "yes",  "yes", "yes", "yes", "yes", "yes"],
];

const CITY = "city-a";
const OWN_ORG = "org-1";
const OWN_PERSON = "person-1";

function actorFor(who: Who): Actor {
  if (who === "anonymous") return { kind: "anonymous", cityId: CITY };
  return {
    kind: "user",
    userId: `user-${who}`,
    cityId: CITY,
    role: who,
    organisationId: who === "staff" ? OWN_ORG : null,
    personId: who === "volunteer" ? OWN_PERSON : null,
  };
}

type Place = { city: "own" | "other" | "none"; org: "own" | "other"; person: "own" | "other" };
const PLACES: Place[] = (["own", "other", "none"] as const).flatMap((city) =>
  (["own", "other"] as const).flatMap((org) =>
    (["own", "other"] as const).map((person) => ({ city, org, person })),
  ),
);

function resourceAt(place: Place): Resource {
  return {
    cityId: { own: CITY, other: "city-b", none: null }[place.city],
    organisationId: place.org === "own" ? OWN_ORG : "org-2",
    personId: place.person === "own" ? OWN_PERSON : "person-2",
  };
}

function expected(cell: Cell, who: Who, scope: "city" | "network", place: Place): Decision {
  const deny = (reason: Extract<Decision, { allowed: false }>["reason"]): Decision => ({
    allowed: false,
    reason,
  });
  if (place.city === "other") return deny("other_city");
  if (place.city === "none" && scope === "city") return deny("other_city");
  if (cell === "yes") return { allowed: true };
  if (cell === "no") return deny(who === "anonymous" ? "not_signed_in" : "role");
  if (cell === "org") return place.org === "own" ? { allowed: true } : deny("other_organisation");
  return place.person === "own" ? { allowed: true } : deny("not_own");
}

describe("can: the policy matrix", () => {
  it("lists every action and every role", () => {
    expect(POLICY.map(([action]) => action)).toEqual([...ACTIONS]);
    expect(WHO.slice(1)).toEqual(Role.options);
    for (const [, , ...cells] of POLICY) expect(cells).toHaveLength(WHO.length);
  });

  const CASES = POLICY.flatMap(([action, scope, ...cells]) =>
    WHO.map((who, column) => [action, who, scope, cells[column]!] as const),
  );

  it.each(CASES)("%s by %s", (action, who, scope, cell) => {
    for (const place of PLACES) {
      const label = `${action} by ${who}: city ${place.city}, organisation ${place.org}, person ${place.person}`;
      expect(can(actorFor(who), action, resourceAt(place)), label).toEqual(
        expected(cell, who, scope, place),
      );
    }
  });
});

describe("can: denial reasons", () => {
  const admin = actorFor("city_admin");
  const staff = actorFor("staff");

  it("refuses another city's resources first, whatever the role", () => {
    const otherCity = { cityId: "city-b", organisationId: OWN_ORG, personId: OWN_PERSON };
    expect(can(admin, "city.configure", otherCity)).toEqual({
      allowed: false,
      reason: "other_city",
    });
    expect(can(actorFor("anonymous"), "opportunity.browse", otherCity)).toEqual({
      allowed: false,
      reason: "other_city",
    });
    expect(can(actorFor("network_admin"), "network.administer", otherCity)).toEqual({
      allowed: false,
      reason: "other_city",
    });
  });

  it("lets staff of a local partner contribute to the network, not staff of a department", () => {
    const staff = actorFor("staff");
    expect(
      can(staff, "network.contribute", { cityId: null, contributorOrganisationKind: "partner" }),
    ).toEqual({ allowed: true });
    expect(
      can(staff, "network.contribute", { cityId: null, contributorOrganisationKind: "department" }),
    ).toEqual({ allowed: false, reason: "role" });
    expect(
      can(actorFor("volunteer"), "network.contribute", {
        cityId: null,
        contributorOrganisationKind: "partner",
      }),
    ).toEqual({ allowed: false, reason: "role" });
  });

  it("takes network-wide resources (cityId null) only for network actions", () => {
    const network = { cityId: null };
    expect(can(actorFor("network_admin"), "network.administer", network)).toEqual({
      allowed: true,
    });
    expect(can(actorFor("coordinator"), "network.participate", network)).toEqual({ allowed: true });
    expect(can(actorFor("anonymous"), "network.directory.read", network)).toEqual({
      allowed: true,
    });
    expect(can(actorFor("volunteer"), "network.participate", network)).toEqual({
      allowed: false,
      reason: "role",
    });
    expect(can(actorFor("coordinator"), "person.read", network)).toEqual({
      allowed: false,
      reason: "other_city",
    });
  });

  it("lets staff read a person engaged with their organisation, and no one else", () => {
    const engagedHere = {
      cityId: CITY,
      personId: "person-2",
      organisationIdsOfPerson: ["org-3", OWN_ORG],
    };
    const engagedElsewhere = {
      cityId: CITY,
      personId: "person-2",
      organisationIdsOfPerson: ["org-3"],
    };
    expect(can(staff, "person.read", engagedHere)).toEqual({ allowed: true });
    expect(can(staff, "person.read", engagedElsewhere)).toEqual({
      allowed: false,
      reason: "other_organisation",
    });
    expect(can(staff, "person.read", { cityId: CITY, personId: "person-2" })).toEqual({
      allowed: false,
      reason: "other_organisation",
    });
  });

  it("leaves an engagement to its hosting organisation, even if the person also engages with the staff's", () => {
    const hostedElsewhere = {
      cityId: CITY,
      organisationId: "org-2",
      personId: "person-2",
      organisationIdsOfPerson: [OWN_ORG, "org-2"],
    };
    expect(can(staff, "engagement.move", hostedElsewhere)).toEqual({
      allowed: false,
      reason: "other_organisation",
    });
    expect(can(staff, "engagement.read", hostedElsewhere)).toEqual({
      allowed: false,
      reason: "other_organisation",
    });
  });

  it("refuses staff without an organisation and volunteers without a person record", () => {
    const resource = { cityId: CITY, organisationId: OWN_ORG, personId: OWN_PERSON };
    const staffWithoutOrg: Actor = { ...staff, organisationId: null } as Actor;
    const volunteer = actorFor("volunteer");
    const volunteerWithoutPerson = { ...volunteer, personId: null } as Actor;
    expect(
      can(staffWithoutOrg, "opportunity.manage", { cityId: CITY, organisationId: null }),
    ).toEqual({
      allowed: false,
      reason: "other_organisation",
    });
    expect(
      can(volunteerWithoutPerson, "engagement.read", { cityId: CITY, personId: null }),
    ).toEqual({
      allowed: false,
      reason: "not_own",
    });
    expect(can(volunteerWithoutPerson, "engagement.read", resource)).toEqual({
      allowed: false,
      reason: "not_own",
    });
  });
});
