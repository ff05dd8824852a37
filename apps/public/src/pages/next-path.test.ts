import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path.ts";

describe("safeNextPath", () => {
  it("keeps a path inside the app, with its query", () => {
    expect(safeNextPath("/angebote/abc?schicht=123")).toBe("/angebote/abc?schicht=123");
    expect(safeNextPath("/")).toBe("/");
  });

  it("falls back for other sites and anything that is not a relative path", () => {
    for (const value of [
      undefined,
      null,
      42,
      "",
      "angebote/abc",
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "javascript:alert(1)",
      "/\tevil",
      " /angebote",
    ]) {
      expect(safeNextPath(value)).toBe("/mein-engagement");
    }
  });
});
