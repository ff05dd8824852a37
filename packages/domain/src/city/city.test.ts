import { describe, expect, it } from "vitest";
import { CityConfig } from "./city.schema.ts";
import { GOEPPINGEN } from "./goeppingen.ts";

describe("GOEPPINGEN", () => {
  it("is a valid city configuration", () => {
    expect(CityConfig.safeParse(GOEPPINGEN).success).toBe(true);
  });

  it("has 14 departments, 3 partners and 12 categories", () => {
    const city = CityConfig.parse(GOEPPINGEN);
    expect(city.organisations.filter((o) => o.kind === "department")).toHaveLength(14);
    expect(city.organisations.filter((o) => o.kind === "partner")).toHaveLength(3);
    expect(city.organisations).toHaveLength(17);
    expect(city.categories).toHaveLength(12);
  });
});

describe("CityConfig", () => {
  it.each([
    [
      "organisations",
      { ...GOEPPINGEN, organisations: [...GOEPPINGEN.organisations, GOEPPINGEN.organisations[2]!] },
      17,
    ],
    [
      "categories",
      { ...GOEPPINGEN, categories: [...GOEPPINGEN.categories, GOEPPINGEN.categories[0]!] },
      12,
    ],
    [
      "districts",
      { ...GOEPPINGEN, districts: [...GOEPPINGEN.districts, GOEPPINGEN.districts[5]!] },
      11,
    ],
  ] as const)(
    "refuses a duplicate slug in %s and points at the duplicate",
    (key, config, index) => {
      const result = CityConfig.safeParse(config);
      expect(result.success).toBe(false);
      expect(result.error?.issues).toHaveLength(1);
      expect(result.error?.issues[0]).toMatchObject({
        path: [key, index, "slug"],
        message: expect.stringContaining("kommt doppelt vor"),
      });
    },
  );

  it.each(["#0b539", "0b5394", "#0b539g", "blue", "#0B5394AA"])(
    "refuses the colour %j",
    (colour) => {
      const result = CityConfig.safeParse({
        ...GOEPPINGEN,
        branding: { ...GOEPPINGEN.branding, primaryColour: colour },
      });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({
        path: ["branding", "primaryColour"],
        message: "Farbe als #RRGGBB angeben.",
      });
    },
  );

  it("accepts an upper-case colour", () => {
    const branding = { ...GOEPPINGEN.branding, primaryColour: "#0B5394" };
    expect(CityConfig.safeParse({ ...GOEPPINGEN, branding }).success).toBe(true);
  });
});
