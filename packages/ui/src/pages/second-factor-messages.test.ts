import { describe, expect, it } from "vitest";
import { uiDe } from "../i18n/catalogue.ts";
import { compareCatalogues } from "../i18n/check.ts";
import { secondFactorMessages, secondFactorReasonKey } from "./second-factor-messages.ts";

describe("the second factor's catalogue", () => {
  it("has the same keys and placeholders in German and English", () => {
    const { de, en } = secondFactorMessages;
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    expect(compareCatalogues(de, en)).toEqual([]);
  });

  it("overwrites no shared message", () => {
    expect(Object.keys(secondFactorMessages.de).filter((key) => key in uiDe)).toEqual([]);
  });

  it("translates the reasons the API gives for a refused code", () => {
    expect(secondFactorReasonKey("code_used")).toBe("secondFactor.error.code_used");
    expect(secondFactorReasonKey("too_many_attempts")).toBeNull();
    expect(secondFactorReasonKey(null)).toBeNull();
  });
});
