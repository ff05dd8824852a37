import { describe, expect, it } from "vitest";
import { uiDe, uiEn } from "./catalogue.ts";
import { compareCatalogues } from "./check.ts";
import { formatMessage } from "./i18n.tsx";

describe("the shared catalogue", () => {
  it("has the same keys and placeholders in German and English", () => {
    expect(Object.keys(uiEn).sort()).toEqual(Object.keys(uiDe).sort());
    expect(compareCatalogues(uiDe, uiEn)).toEqual([]);
  });
});

describe("compareCatalogues", () => {
  it("names missing keys, empty messages and lost placeholders", () => {
    expect(
      compareCatalogues(
        { a: "A", b: "Hallo {name}", c: "C", d: "ein|{count} viele" },
        { a: "A", b: "Hello", c: " ", e: "E", d: "{count} many" },
      ),
    ).toEqual(["de lacks e", "b has different placeholders", "c is empty", "d differs in plural"]);
  });
});

describe("formatMessage", () => {
  it("fills placeholders and picks the plural form", () => {
    expect(formatMessage("Hallo {name}", "de", { name: "Kim" })).toBe("Hallo Kim");
    expect(formatMessage("ein Angebot|{count} Angebote", "de", { count: 1 })).toBe("ein Angebot");
    expect(formatMessage("ein Angebot|{count} Angebote", "de", { count: 3 })).toBe("3 Angebote");
  });
});
