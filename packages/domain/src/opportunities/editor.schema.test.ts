import { describe, expect, it } from "vitest";
import { checkOpportunityAgainstCity } from "./editor.schema.ts";

const CITY = {
  districts: [{ slug: "innenstadt" }],
  categories: [{ slug: "sport" }, { slug: "kultur" }],
};

describe("checkOpportunityAgainstCity", () => {
  it("accepts the city's districts, categories and known qualifications", () => {
    expect(
      checkOpportunityAgainstCity(
        {
          categories: ["sport"],
          location: {
            kind: "place",
            address: "Markt 1",
            district: "innenstadt",
            coordinates: { lat: 1, lng: 1 },
          },
          requiredQualifications: ["juleica"],
        },
        CITY,
      ),
    ).toEqual([]);
  });

  it("names each unknown value at its field", () => {
    expect(
      checkOpportunityAgainstCity(
        {
          categories: ["sport", "segeln"],
          location: {
            kind: "place",
            address: "Markt 1",
            district: "atlantis",
            coordinates: { lat: 1, lng: 1 },
          },
          requiredQualifications: ["bootsfuehrerschein"],
        },
        CITY,
      ).map((i) => i.path.join(".")),
    ).toEqual(["categories.1", "location.district", "requiredQualifications.0"]);
  });

  it("does not ask a remote opportunity for a district", () => {
    expect(
      checkOpportunityAgainstCity(
        { categories: ["kultur"], location: { kind: "remote" }, requiredQualifications: [] },
        CITY,
      ),
    ).toEqual([]);
  });
});
