import { describe, expect, it } from "vitest";
import { firstPageJs } from "./bundles.ts";

/** DESIGN.md: an app's first page loads at most 100 KB of gzipped JavaScript. */
describe.each(["public", "departments", "network"])("apps/%s", (app) => {
  it("stays within the first-page JavaScript budget", () => {
    const { files, gzipBytes } = firstPageJs(app);
    expect(files.length).toBeGreaterThan(0);
    expect(gzipBytes).toBeLessThanOrEqual(100 * 1024);
  });
});
