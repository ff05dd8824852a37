import { describe, expect, it } from "vitest";
import { AllowanceListInput, AllowanceRecordInput } from "./allowance-requests.ts";
import { ageGroupOf, share } from "./report-figures.ts";
import { reportCsv } from "./report-csv.ts";
import { ReportCsvInput, ReportInput } from "./report-requests.ts";

const issuesOf = (result: { success: boolean; error?: { issues: unknown[] } }) =>
  result.success
    ? []
    : (result.error!.issues as { path: PropertyKey[]; message: string }[]).map(
        (i) => `${i.path.join(".")}: ${i.message}`,
      );

describe("report period", () => {
  it.each([
    ["one day", "2026-03-01", "2026-03-01", []],
    ["a year", "2026-01-01", "2026-12-31", []],
    ["exactly five years", "2021-01-02", "2026-01-01", []],
    [
      "end before start",
      "2026-03-02",
      "2026-03-01",
      ["to: Das Ende darf nicht vor dem Beginn liegen."],
    ],
    [
      "more than five years",
      "2021-01-01",
      "2026-01-01",
      ["from: Ein Bericht umfasst höchstens 5 Jahre."],
    ],
  ])("%s", (_label, from, to, expected) => {
    expect(issuesOf(ReportInput.safeParse({ from, to }))).toEqual(expected);
  });

  it("refuses a day that does not exist and an unknown table", () => {
    expect(issuesOf(ReportInput.safeParse({ from: "2026-02-30", to: "2026-03-01" }))).toEqual([
      "from: Bitte ein Datum im Format JJJJ-MM-TT angeben.",
    ]);
    expect(
      issuesOf(ReportCsvInput.safeParse({ from: "2026-01-01", to: "2026-02-01", table: "x" })),
    ).toEqual(["table: Diese Tabelle gibt es nicht."]);
  });
});

describe("age groups", () => {
  it.each([
    [0, "under_18"],
    [17, "under_18"],
    [18, "18_26"],
    [26, "18_26"],
    [27, "27_40"],
    [40, "27_40"],
    [41, "41_60"],
    [60, "41_60"],
    [61, "61_75"],
    [75, "61_75"],
    [76, "over_75"],
    [104, "over_75"],
  ] as const)("%i years → %s", (age, group) => {
    expect(ageGroupOf(age)).toBe(group);
  });
});

describe("shares", () => {
  it("divides, and has no share of nothing", () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 0)).toBeNull();
  });
});

describe("report CSV", () => {
  it("writes headings in the chosen language, quotes what needs it, defuses formulas", () => {
    const csv = reportCsv("districts", "de", [
      ["Innenstadt", 2],
      ['Nord, "alt"', 1],
      ["=SUM(A1)", null],
    ]);
    expect(csv).toBe(
      '\uFEFFStadtteil,Engagierte\r\nInnenstadt,2\r\n"Nord, ""alt""",1\r\n\'=SUM(A1),\r\n',
    );
    expect(reportCsv("ageGroups", "en", [])).toBe("\uFEFFAge group,Volunteers\r\n");
  });
});

describe("allowance requests", () => {
  it("takes the paying organisation with a payment and pages with a year", () => {
    const payment = {
      personId: "0b6f8f3e-8a4e-4c36-9a3e-2f1f1a9b6c01",
      allowance: "ehrenamtspauschale",
      amountCents: 12_000,
      paidOn: "2026-03-01",
      activity: "Vorlesen",
    };
    expect(AllowanceRecordInput.parse(payment)).toMatchObject({ acceptsExcess: false });
    expect(issuesOf(AllowanceRecordInput.safeParse({ ...payment, organisationId: "x" }))).toEqual([
      "organisationId: Bitte eine gültige Organisation wählen.",
    ]);
    expect(AllowanceListInput.parse({ year: 2026 })).toMatchObject({ limit: 20, year: 2026 });
    expect(issuesOf(AllowanceListInput.safeParse({ year: 1999 }))).toEqual([
      "year: Bitte ein Jahr ab 2000 angeben.",
    ]);
  });
});
