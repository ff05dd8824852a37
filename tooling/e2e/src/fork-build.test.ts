import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const APP = join(ROOT, "apps/public");
const API_URL = "https://api.rheinfelden.example";
const CITY = "rheinfelden-baden";

/** Every file below a folder whose name passes the filter. */
function filesIn(folder: string, keep: (path: string) => boolean): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(keep);
}

/** The URL-safe short name of a city as the directory writes it ("Würzburg" → "wuerzburg"). */
function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The member cities of the demo's directory, besides the one the build is for. */
const OTHER_CITIES = readFileSync(join(ROOT, "packages/db/src/seed/engaged-cities.csv"), "utf8")
  .split("\n")
  .slice(1)
  .map((line) => line.split(",")[0]!.trim())
  .filter(Boolean)
  .map((name) => ({ name, slug: slugOf(name) }))
  .filter((city) => city.slug !== CITY);

describe("a partner city's own build of one app", () => {
  let out: string;
  let code: string;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "engagiert-fork-"));
    await promisify(execFile)(
      join(APP, "node_modules/.bin/vite"),
      ["build", "--outDir", out, "--emptyOutDir", "--logLevel", "error"],
      { cwd: APP, env: { ...process.env, VITE_API_URL: API_URL, VITE_CITY: CITY } },
    );
    code = filesIn(out, (path) => path.endsWith(".js"))
      .map((path) => readFileSync(path, "utf8"))
      .join("\n");
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("talks to the configured API as the configured city", () => {
    expect(code).toContain(`${API_URL}/trpc`);
    expect(code).toMatch(new RegExp(`[\`"']${CITY}[\`"']`));
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain('<div id="root">');
  });

  it("names no other city: name and branding come from the API", () => {
    expect(OTHER_CITIES.map((c) => c.slug)).toContain("goeppingen");
    for (const city of OTHER_CITIES) {
      expect(code, city.slug).not.toMatch(new RegExp(`\\b${city.slug}\\b`));
      expect(code, city.name).not.toContain(city.name);
    }
    expect(code).not.toMatch(/G\\u00f6ppingen|Goeppingen/i);
  });

  it("keeps city names out of the apps' code (texts and demo data aside)", () => {
    const sources = [
      "apps/public/src",
      "apps/departments/src",
      "apps/network/src",
      "packages/ui/src",
    ]
      .flatMap((folder) => filesIn(join(ROOT, folder), (path) => /\.(ts|tsx|css|html)$/.test(path)))
      .filter((path) => !/messages|\.test\.|demo/i.test(relative(ROOT, path)));
    expect(sources.length).toBeGreaterThan(50);
    const naming = sources.filter((path) =>
      /göppingen|goeppingen/i.test(readFileSync(path, "utf8")),
    );
    expect(naming.map((path) => relative(ROOT, path))).toEqual([]);
  });
});
