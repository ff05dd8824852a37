import { describe, expect, it } from "vitest";
import { citySlug, parseCityDirectoryCsv } from "./city-csv.ts";

describe("parseCityDirectoryCsv", () => {
  it("reads a good file into rows with derived slugs", () => {
    const result = parseCityDirectoryCsv(
      [
        "name,state,source",
        "Göppingen,Baden-Württemberg,filstalexpress.de/lokalnachrichten/165910 (joined 2024)",
        "Würzburg,Bayern,engagiertestadt.de",
        "Buchholz in der Nordheide,Niedersachsen,",
      ].join("\n"),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        slug: "goeppingen",
        name: "Göppingen",
        federalState: "Baden-Württemberg",
        population: null,
        // A year in the source text is not the year of joining: only the column counts.
        joinedNetworkYear: null,
        coordinationEmail: null,
        source: "filstalexpress.de/lokalnachrichten/165910 (joined 2024)",
      },
      expect.objectContaining({ slug: "wuerzburg", federalState: "Bayern" }),
      expect.objectContaining({ slug: "buchholz-in-der-nordheide", source: null }),
    ]);
  });

  it("reads optional columns in any order, with BOM and CRLF", () => {
    const result = parseCityDirectoryCsv(
      "\uFEFFjoined_year,name,coordination_email,state,population,source\r\n" +
        "2017,Speyer,Engagement@Speyer.Example,Rheinland-Pfalz,50.378,speyer.de\r\n",
    );
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        slug: "speyer",
        name: "Speyer",
        federalState: "Rheinland-Pfalz",
        population: 50378,
        joinedNetworkYear: 2017,
        coordinationEmail: "engagement@speyer.example",
        source: "speyer.de",
      },
    ]);
  });

  it("keeps commas, doubled quotes and line breaks inside quoted fields", () => {
    const result = parseCityDirectoryCsv(
      'name,state,source\n"Rheinfelden (Baden)",Baden-Württemberg,"Bericht ""Engagiert vor Ort"", S. 3,\nFortsetzung"\nEmden,Niedersachsen,x\n',
    );
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      slug: "rheinfelden-baden",
      name: "Rheinfelden (Baden)",
      source: 'Bericht "Engagiert vor Ort", S. 3,\nFortsetzung',
    });
    expect(result.rows[1]).toMatchObject({ slug: "emden" });
  });

  it("reports an unknown federal state with its line, in German", () => {
    const result = parseCityDirectoryCsv(
      "name,state,source\nWetzlar,Hessen,a\n\nKaufungen,Hesse,b\n",
    );
    expect(result.rows.map((r) => r.slug)).toEqual(["wetzlar"]);
    expect(result.errors).toEqual([
      {
        line: 4,
        field: "state",
        message: expect.stringMatching(/^Zeile 4: „Hesse“ ist kein Bundesland\./),
      },
    ]);
  });

  it("reports a city that appears twice", () => {
    const result = parseCityDirectoryCsv(
      "name,state,source\nLüneburg,Niedersachsen,a\nLueneburg,Niedersachsen,b\n",
    );
    expect(result.errors).toEqual([
      {
        line: 3,
        field: "name",
        message: "Zeile 3: „Lueneburg“ steht schon in Zeile 2.",
      },
    ]);
  });

  it("refuses a file without a required column", () => {
    const result = parseCityDirectoryCsv("name,source\nCuxhaven,x\n");
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { line: 1, field: "state", message: "Zeile 1: Die Spalte „state“ fehlt." },
    ]);
  });

  it("reports misspelt columns, bad numbers, bad e-mail and rows with too many fields", () => {
    const header = parseCityDirectoryCsv("name,state,source,joined_yaer\n");
    expect(header.errors.map((e) => e.field)).toEqual(["joined_yaer"]);

    const result = parseCityDirectoryCsv(
      [
        "name,state,source,population,joined_year,coordination_email",
        "Bocholt,Nordrhein-Westfalen,x,viele,2010,kein-mail",
        "Bitburg, Eifel,Rheinland-Pfalz,x,,,",
      ].join("\n"),
    );
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => [e.line, e.field])).toEqual([
      [2, "population"],
      [2, "joined_year"],
      [2, "coordination_email"],
      [3, "row"],
    ]);
  });

  it("reports an unterminated quote and an empty file", () => {
    expect(parseCityDirectoryCsv('name,state,source\n"Emden,Niedersachsen,x\n').errors).toEqual([
      expect.objectContaining({ line: 2, field: "row" }),
    ]);
    expect(parseCityDirectoryCsv("").errors).toEqual([
      expect.objectContaining({ line: 1, field: "header" }),
    ]);
  });
});

describe("citySlug", () => {
  it("spells out umlauts and ß and joins words with hyphens", () => {
    expect(citySlug("Göppingen")).toBe("goeppingen");
    expect(citySlug("Osnabrück")).toBe("osnabrueck");
    expect(citySlug("Gießen")).toBe("giessen");
    expect(citySlug("  Halle (Saale) ")).toBe("halle-saale");
    expect(citySlug("Göppingen".normalize("NFD"))).toBe("goeppingen");
  });
});
