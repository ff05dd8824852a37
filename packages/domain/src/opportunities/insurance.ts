import type { FederalState, OrganisationKind } from "../city/city.schema.ts";

/**
 * The kinds of cover a volunteer can have. The texts that explain them live in the apps'
 * catalogues; the domain only decides which apply.
 * - statutory_accident: statutory accident insurance for volunteers acting for a public body on
 *   its instruction (§2 Abs. 1 Nr. 10a SGB VII), paid by the public body, nationwide.
 * - state_group_accident / state_group_liability: a state's group policies for volunteers, which
 *   pay only when no other insurance does.
 */
export type InsuranceCoverKind =
  "statutory_accident" | "state_group_accident" | "state_group_liability";

export type InsuranceCoverItem = {
  kind: InsuranceCoverKind;
  /** The law or the state programme it rests on, for the reader to check. */
  source: string;
  /** Pays only when no other insurance does. */
  isSubsidiary: boolean;
  sinceYear?: number;
};

export type StateInsuranceRule = {
  groupPolicies: readonly {
    kind: Exclude<InsuranceCoverKind, "statutory_accident">;
    source: string;
    sinceYear: number;
  }[];
};

/**
 * The states' own cover for volunteers, keyed by state. A state missing here has no entry yet:
 * the platform then says so and sends the volunteer to the organisation.
 */
export const STATE_INSURANCE: Partial<Record<FederalState, StateInsuranceRule>> = {
  "Baden-Württemberg": {
    groupPolicies: [
      {
        kind: "state_group_accident",
        source: "Sammelversicherung des Landes Baden-Württemberg",
        sinceYear: 2006,
      },
      {
        kind: "state_group_liability",
        source: "Sammelversicherung des Landes Baden-Württemberg",
        sinceYear: 2006,
      },
    ],
  },
};

export type InsuranceCover = {
  items: InsuranceCoverItem[];
  /** No rule of the state is known: the volunteer should ask the organisation. */
  shouldAskOrganisation: boolean;
};

/** Which cover applies to an opportunity hosted by this kind of organisation in this state. */
export function insuranceCover(
  organisationKind: OrganisationKind,
  federalState: FederalState,
  rules: Partial<Record<FederalState, StateInsuranceRule>> = STATE_INSURANCE,
): InsuranceCover {
  const items: InsuranceCoverItem[] = [];
  if (organisationKind === "department") {
    items.push({
      kind: "statutory_accident",
      source: "§2 Abs. 1 Nr. 10a SGB VII",
      isSubsidiary: false,
    });
  }
  const state = rules[federalState];
  for (const policy of state?.groupPolicies ?? []) {
    items.push({ ...policy, isSubsidiary: true });
  }
  return { items, shouldAskOrganisation: state === undefined };
}
