import { describe, expect, it } from "vitest";
import { checkOpportunityAgainstCity } from "./editor.schema.ts";

const CITY = {
  districts: [{ slug: "innenstadt" }],
  categories: [{ slug: "sport" }, { slug: "kultur" }],
  qualificationTypes: [
    { slug: "juleica", isArchived: false },
    { slug: "rettungsschwimmer", isArchived: false },
    { slug: "datenschutz-belehrung", isArchived: true },
  ],
};

describe("checkOpportunityAgainstCity", () => {
  it("accepts the city's districts, categories and qualification types", () => {
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
          requiredQualifications: ["juleica", "rettungsschwimmer"],
        },
        CITY,
      ),
    ).toEqual([]);
  });

  it("refuses an archived qualification type and one chosen twice, with a message each", () => {
    expect(
      checkOpportunityAgainstCity(
        {
          categories: ["kultur"],
          location: { kind: "remote" },
          requiredQualifications: ["datenschutz-belehrung", "juleica", "juleica"],
        },
        CITY,
      ),
    ).toEqual([
      {
        path: ["requiredQualifications", 0],
        message: "Diese Qualifikation ist archiviert und wird nicht mehr verlangt. Bitte abwählen.",
      },
      { path: ["requiredQualifications"], message: "Jede Qualifikation nur einmal wählen." },
    ]);
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
