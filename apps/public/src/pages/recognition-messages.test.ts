import { uiDe } from "@engagiert/ui/i18n/catalogue";
import { compareCatalogues } from "@engagiert/ui/i18n/check";
import { describe, expect, it } from "vitest";
import { messages } from "../messages.ts";
import { recognitionDe, recognitionEn } from "./recognition-messages.ts";

describe("the recognition area's catalogue", () => {
  it("has the same keys and placeholders in German and English", () => {
    expect(compareCatalogues(recognitionDe, recognitionEn)).toEqual([]);
  });

  it("neither hides nor is hidden by a key of the app or of the shared catalogue", () => {
    const own = Object.keys(recognitionDe);
    expect(own.filter((key) => key in messages.de || key in uiDe)).toEqual([]);
  });
});
