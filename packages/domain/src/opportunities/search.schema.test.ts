import { describe, expect, it } from "vitest";
import { GOEPPINGEN } from "../city/goeppingen.ts";
import {
  effectiveSort,
  OpportunitySearch,
  originOf,
  SEARCH_LIMITS,
  searchFromParams,
} from "./search.schema.ts";

describe("OpportunitySearch", () => {
  it("fills the defaults of an empty search", () => {
    expect(OpportunitySearch.parse({})).toEqual({
      q: "",
      categories: [],
      weekdays: [],
      dayParts: [],
      isForMinors: false,
      isStepFree: false,
      isRemote: false,
      sort: "relevance",
      page: 1,
      pageSize: 20,
    });
  });

  it("trims the words", () => {
    expect(OpportunitySearch.parse({ q: "  Lesepaten  " }).q).toBe("Lesepaten");
  });

  it.each([
    ["a page size over the limit", { pageSize: SEARCH_LIMITS.maxPageSize + 1 }, "pageSize"],
    ["page 0", { page: 0 }, "page"],
    ["a page past the last allowed", { page: SEARCH_LIMITS.maxPage + 1 }, "page"],
    ["a negative radius", { radiusKm: -5 }, "radiusKm"],
    ["a radius of 1000 km", { radiusKm: 1000 }, "radiusKm"],
    ["very long words", { q: "x".repeat(201) }, "q"],
    ["an unknown weekday", { weekdays: ["mon", "xyz"] }, "weekdays"],
    ["an unknown format", { format: "daily" }, "format"],
    ["a category with spaces", { categories: ["Kinder Jugend"] }, "categories"],
    ["a four-digit postcode", { near: "7303" }, "near"],
    ["a boolean as text", { isRemote: "yes" }, "isRemote"],
  ])("refuses %s", (_name, input, field) => {
    const result = OpportunitySearch.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });

  it("accepts a postcode or a district as the place to measure from", () => {
    expect(OpportunitySearch.parse({ near: "73033", radiusKm: 5 }).near).toBe("73033");
    expect(OpportunitySearch.parse({ near: "faurndau" }).near).toBe("faurndau");
  });
});

describe("searchFromParams", () => {
  it("keeps what fits and drops the rest", () => {
    expect(
      searchFromParams({
        q: "lesen",
        page: -3,
        weekdays: ["mon"],
        isRemote: true,
        tracking: "abc",
        format: "<script>",
      }),
    ).toEqual({ q: "lesen", weekdays: ["mon"], isRemote: true });
  });

  it("reads a postcode or words a URL turned into numbers as text", () => {
    expect(searchFromParams({ near: 73033, q: 112 })).toEqual({ near: "73033", q: "112" });
  });
});

describe("effectiveSort", () => {
  const search = (input: object) => OpportunitySearch.parse(input);
  it("falls back to newest without words and without a place", () => {
    expect(effectiveSort(search({}), false)).toBe("newest");
    expect(effectiveSort(search({ sort: "distance" }), false)).toBe("newest");
    expect(effectiveSort(search({ q: "lesen", sort: "distance" }), false)).toBe("relevance");
  });
  it("keeps the chosen sort when it can be applied", () => {
    expect(effectiveSort(search({ q: "lesen" }), false)).toBe("relevance");
    expect(effectiveSort(search({ sort: "distance" }), true)).toBe("distance");
    expect(effectiveSort(search({ q: "lesen", sort: "newest" }), false)).toBe("newest");
  });
});

describe("originOf", () => {
  it("takes a district's centre", () => {
    expect(originOf(GOEPPINGEN.districts, "innenstadt")).toEqual({ lat: 48.7035, lng: 9.6525 });
  });
  it("takes the middle of the districts that share a postcode", () => {
    const origin = originOf(GOEPPINGEN.districts, "73035");
    // Bartenbach, Bezgenriet, Faurndau, Jebenhausen
    expect(origin?.lat).toBeCloseTo((48.7236 + 48.674 + 48.708 + 48.68) / 4, 6);
    expect(origin?.lng).toBeCloseTo((9.6722 + 9.636 + 9.608 + 9.654) / 4, 6);
  });
  it("knows nothing of other places", () => {
    expect(originOf(GOEPPINGEN.districts, "10115")).toBeNull();
    expect(originOf(GOEPPINGEN.districts, "mitte")).toBeNull();
    expect(originOf(GOEPPINGEN.districts, undefined)).toBeNull();
  });
});
