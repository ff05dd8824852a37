import { describe, expect, it } from "vitest";
import { FederalState } from "../city/city.schema.ts";
import { insuranceCover, STATE_INSURANCE } from "./insurance.ts";

describe("insuranceCover", () => {
  it("covers a department's volunteers by statutory accident insurance in every state", () => {
    for (const state of FederalState.options) {
      expect(insuranceCover("department", state).items[0]).toEqual({
        kind: "statutory_accident",
        source: "§2 Abs. 1 Nr. 10a SGB VII",
        isSubsidiary: false,
      });
    }
  });

  it("adds Baden-Württemberg's group policies (since 2006) when nothing else pays", () => {
    expect(insuranceCover("department", "Baden-Württemberg")).toEqual({
      items: [
        { kind: "statutory_accident", source: "§2 Abs. 1 Nr. 10a SGB VII", isSubsidiary: false },
        {
          kind: "state_group_accident",
          source: "Sammelversicherung des Landes Baden-Württemberg",
          sinceYear: 2006,
          isSubsidiary: true,
        },
        {
          kind: "state_group_liability",
          source: "Sammelversicherung des Landes Baden-Württemberg",
          sinceYear: 2006,
          isSubsidiary: true,
        },
      ],
      shouldAskOrganisation: false,
    });
    expect(insuranceCover("partner", "Baden-Württemberg").items.map((i) => i.kind)).toEqual([
      "state_group_accident",
      "state_group_liability",
    ]);
  });

  it("says honestly that a state without an entry is unknown: ask the organisation", () => {
    expect(insuranceCover("partner", "Bayern")).toEqual({ items: [], shouldAskOrganisation: true });
    expect(insuranceCover("department", "Hessen").shouldAskOrganisation).toBe(true);
  });

  it("has an entry only for Baden-Württemberg so far", () => {
    expect(Object.keys(STATE_INSURANCE)).toEqual(["Baden-Württemberg"]);
  });

  it("reads the rules as data, so a state is added without code", () => {
    const rules = {
      Bayern: {
        groupPolicies: [
          { kind: "state_group_liability" as const, source: "Landesprogramm", sinceYear: 2007 },
        ],
      },
    };
    expect(insuranceCover("partner", "Bayern", rules)).toEqual({
      items: [
        {
          kind: "state_group_liability",
          source: "Landesprogramm",
          sinceYear: 2007,
          isSubsidiary: true,
        },
      ],
      shouldAskOrganisation: false,
    });
  });
});
