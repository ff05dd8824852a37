import { describe, expect, it } from "vitest";
import { CHROMIUM_HINT, findChromium } from "./chromium.ts";

describe("finding Chromium", () => {
  it("takes CHROMIUM_PATH when it exists", () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it("stops with a one-line hint when there is none", () => {
    expect(() => findChromium({ CHROMIUM_PATH: "/nowhere/chromium" })).toThrow(CHROMIUM_HINT);
    expect(CHROMIUM_HINT).not.toContain("\n");
  });
});
