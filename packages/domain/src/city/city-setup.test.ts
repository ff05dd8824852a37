import { describe, expect, it } from "vitest";
import {
  checkCitySetup,
  cityConfigOf,
  contrastOnWhite,
  formatPath,
  MIN_BRANDING_CONTRAST,
} from "./city-setup.schema.ts";
import { CityConfig } from "./city.schema.ts";
import { DEFAULT_CATEGORIES } from "./categories.ts";
import { GOEPPINGEN } from "./goeppingen.ts";
import { RHEINFELDEN } from "./rheinfelden.ts";

const ADMIN = { displayName: "Alexandra Vogel", email: "admin@stadt.example" };

type Path = (string | number)[];

/** A valid set-up as a JSON file would hold it (a deep copy the test may change). */
function setupOf(config: CityConfig = GOEPPINGEN): Record<string, unknown> {
  return JSON.parse(JSON.stringify({ ...config, firstAdmin: ADMIN })) as Record<string, unknown>;
}

/** The set-up with a value set (or, for `undefined`, removed) at each path. */
function changed(setup: Record<string, unknown>, changes: [Path, unknown][]) {
  for (const [path, value] of changes) {
    let parent = setup as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (value === undefined) delete parent[last];
    else parent[last] = value;
  }
  return setup;
}

describe("checkCitySetup", () => {
  it.each([
    ["Göppingen", GOEPPINGEN],
    ["Rheinfelden (Baden)", RHEINFELDEN],
  ])("accepts %s with a first admin and gives back its configuration", (_, config) => {
    const result = checkCitySetup(setupOf(config));
    expect(result.ok && cityConfigOf(result.setup)).toEqual(CityConfig.parse(config));
    expect(result.ok && result.setup.firstAdmin).toEqual(ADMIN);
  });

  it("takes a note for the reader of the file and does not keep it", () => {
    const result = checkCitySetup({ ...setupOf(), $comment: "Beispiel, keine echte Stadt." });
    expect(result.ok && result.setup.$comment).toBe("Beispiel, keine echte Stadt.");
    expect(result.ok && cityConfigOf(result.setup)).toEqual(CityConfig.parse(GOEPPINGEN));
  });

  it("fills what may be left out", () => {
    const setup = setupOf();
    for (const key of ["isDemo", "population", "joinedNetworkYear", "categories"]) {
      delete setup[key];
    }
    const result = checkCitySetup(setup);
    expect(result.ok).toBe(true);
    expect(result.ok && result.setup).toMatchObject({
      isDemo: false,
      population: null,
      joinedNetworkYear: null,
      categories: DEFAULT_CATEGORIES,
    });
  });

  it.each<[string, Path, unknown, string, string]>([
    ["a missing name", ["name"], undefined, "name", "Fehlt: bitte angeben."],
    ["a one-letter name", ["name"], "G", "name", "Mindestens 2 Zeichen."],
    ["a bad slug", ["slug"], "Neu Stadt", "slug", "Nur Kleinbuchstaben"],
    ["an unknown state", ["federalState"], "Baden", "federalState", "Baden-Württemberg"],
    ["a population as text", ["population"], "50000", "population", "eine Zahl"],
    ["a fractional year", ["joinedNetworkYear"], 2020.5, "joinedNetworkYear", "ganze Zahl"],
    ["no districts", ["districts"], [], "districts", "Mindestens 1 Eintrag."],
    [
      "a bad postcode",
      ["districts", 1, "postcodes"],
      ["7303"],
      "districts[1].postcodes[0]",
      "Eine Postleitzahl hat 5 Ziffern.",
    ],
    [
      "swapped coordinates",
      ["districts", 2, "center"],
      { lat: 9.636, lng: 48.674 },
      "districts[2].center",
      "vertauscht",
    ],
    [
      "an unknown organisation kind",
      ["organisations", 3, "kind"],
      "verein",
      "organisations[3].kind",
      'Erlaubt ist nur: "department", "partner".',
    ],
    [
      "a bad organisation e-mail",
      ["organisations", 0, "email"],
      "soziales(at)stadt",
      "organisations[0].email",
      "Bitte eine gültige E-Mail-Adresse angeben.",
    ],
    [
      "a duplicate organisation",
      ["organisations", 17],
      GOEPPINGEN.organisations[4],
      "organisations[17].slug",
      "kommt doppelt vor",
    ],
    [
      "a category without English",
      ["categories", 0, "label", "en"],
      undefined,
      "categories[0].label.en",
      "Fehlt",
    ],
    ["a colour name", ["branding", "primaryColour"], "blue", "branding.primaryColour", "#RRGGBB"],
    [
      "a pale colour",
      ["branding", "primaryColour"],
      "#ffdd00",
      "branding.primaryColour",
      "zu wenig von Weiß ab",
    ],
    [
      "a logo that is not SVG",
      ["branding", "logoSvg"],
      "<img src=x>",
      "branding.logoSvg",
      'Muss mit "<svg" beginnen.',
    ],
    ["no first admin", ["firstAdmin"], undefined, "firstAdmin", "Fehlt"],
    [
      "a first admin without e-mail",
      ["firstAdmin", "email"],
      undefined,
      "firstAdmin.email",
      "Fehlt",
    ],
    [
      "a misspelt field",
      ["distrcts"],
      [],
      "(Datei)",
      'Unbekanntes Feld "distrcts". Ist es falsch geschrieben?',
    ],
    [
      "a misspelt field in the branding",
      ["branding", "colour"],
      "#0b5394",
      "branding",
      'Unbekanntes Feld "colour"',
    ],
  ])("refuses %s and names where", (_, at, value, path, message) => {
    const result = checkCitySetup(changed(setupOf(), [[at, value]]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      { path, message: expect.stringContaining(message) },
    ]);
  });

  it("reports every problem of a file at once", () => {
    const setup = changed(setupOf(), [
      [["federalState"], "BW"],
      [["organisations", 1, "email"], "jugend"],
      [["branding", "primaryColour"], "#fff"],
      [["firstAdmin", "displayName"], undefined],
    ]);
    const result = checkCitySetup(setup);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual([
      "federalState",
      "organisations[1].email",
      "branding.primaryColour",
      "firstAdmin.displayName",
    ]);
  });

  it("refuses what is not an object", () => {
    expect(checkCitySetup([])).toEqual({
      ok: false,
      problems: [{ path: "(Datei)", message: "Erwartet wird ein Objekt { … }." }],
    });
  });
});

describe("contrastOnWhite", () => {
  it.each([
    ["#000000", 21],
    ["#ffffff", 1],
    ["#767676", 4.54],
  ])("of %s is %d:1", (colour, expected) => {
    expect(contrastOnWhite(colour)).toBeCloseTo(expected, 2);
  });

  it("is enough for both demo cities", () => {
    for (const city of [GOEPPINGEN, RHEINFELDEN]) {
      expect(contrastOnWhite(city.branding.primaryColour)).toBeGreaterThanOrEqual(
        MIN_BRANDING_CONTRAST,
      );
    }
  });
});

describe("formatPath", () => {
  it.each([
    [[], "(Datei)"],
    [["name"], "name"],
    [["districts", 0, "center", "lat"], "districts[0].center.lat"],
  ])("writes %j as %s", (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
