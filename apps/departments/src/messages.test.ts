import { uiDe } from "@engagiert/ui/i18n/catalogue";
import { compareCatalogues } from "@engagiert/ui/i18n/check";
import { describe, expect, it } from "vitest";
import { messages } from "./messages.ts";

describe("the app's catalogue", () => {
  it("has the same keys and placeholders in German and English", () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.de).sort());
    expect(compareCatalogues(messages.de, messages.en)).toEqual([]);
  });

  it("does not overwrite a shared message", () => {
    expect(Object.keys(messages.de).filter((key) => key in uiDe)).toEqual([]);
  });
});
