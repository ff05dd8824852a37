import { describe, expect, it } from "vitest";
import { dayPartsOf, scheduleFacets } from "./facets.ts";

describe("schedule facets for search", () => {
  it("splits the day at noon and at 17:00", () => {
    expect(dayPartsOf("09:00", "11:30")).toEqual(["morning"]);
    expect(dayPartsOf("11:00", "13:00")).toEqual(["morning", "afternoon"]);
    expect(dayPartsOf("12:00", "17:00")).toEqual(["afternoon"]);
    expect(dayPartsOf("16:00", "19:00")).toEqual(["afternoon", "evening"]);
    expect(dayPartsOf("18:00", "21:00")).toEqual(["evening"]);
  });

  it("reads regular windows in week order without repeats", () => {
    const facets = scheduleFacets({
      format: "regular",
      hours: 2,
      per: "week",
      windows: [
        { weekday: "thu", from: "18:00", to: "20:00" },
        { weekday: "mon", from: "09:00", to: "11:00" },
        { weekday: "mon", from: "18:00", to: "19:00" },
      ],
    });
    expect(facets).toEqual({
      weekdays: ["mon", "thu"],
      dayParts: ["morning", "evening"],
      startsOn: null,
      endsOn: null,
    });
  });

  it("takes a one-off's weekday from its date and day parts from its shifts in Berlin time", () => {
    const facets = scheduleFacets({
      format: "one_off",
      date: "2026-05-09",
      // 08:00–12:00 and 15:00–18:00 in Berlin (CEST, UTC+2)
      shifts: [
        {
          startsAt: new Date("2026-05-09T06:00:00Z"),
          endsAt: new Date("2026-05-09T10:00:00Z"),
          capacity: 5,
        },
        {
          startsAt: new Date("2026-05-09T13:00:00Z"),
          endsAt: new Date("2026-05-09T16:00:00Z"),
          capacity: 5,
        },
      ],
    });
    expect(facets).toEqual({
      weekdays: ["sat"],
      dayParts: ["morning", "afternoon", "evening"],
      startsOn: "2026-05-09",
      endsOn: "2026-05-09",
    });
  });

  it("gives a project its date span and no weekdays", () => {
    expect(
      scheduleFacets({ format: "project", startDate: "2026-03-01", endDate: "2026-06-30" }),
    ).toEqual({
      weekdays: [],
      dayParts: [],
      startsOn: "2026-03-01",
      endsOn: "2026-06-30",
    });
  });
});
