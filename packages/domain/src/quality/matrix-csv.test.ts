import { describe, expect, it } from "vitest";
import { csvField, qualityMatrixCsv } from "./matrix-csv.ts";

describe("csvField", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ["a; b", '"a; b"'],
    ['sagt "hallo"', '"sagt ""hallo"""'],
    ["zwei\nZeilen", '"zwei\nZeilen"'],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["+49 7161", "'+49 7161"],
    ["-1+2", "'-1+2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["=1,2", `"'=1,2"`],
    [null, ""],
    [3, "3"],
    [0, "0"],
  ])("writes %j as %s", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe("qualityMatrixCsv", () => {
  const standards = [
    { id: "s1", title: "Feste Ansprechperson" },
    { id: "s2", title: "=Formel" },
  ];

  it("writes one line per organisation: name, score, the level per standard", () => {
    const csv = qualityMatrixCsv({
      standards,
      rows: [
        { organisationName: "Amt A", score: 50, levels: new Map([["s1", 3]]) },
        { organisationName: "@Partner, B", score: 0, levels: new Map([["s2", 0]]) },
      ],
    });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Organisation,Reifegrad (%),Feste Ansprechperson,'=Formel",
      "Amt A,50,3,",
      `"'@Partner, B",0,,0`,
      "",
    ]);
  });

  it("adds the feedback average as a last column when asked", () => {
    const csv = qualityMatrixCsv({
      standards: standards.slice(0, 1),
      rows: [
        {
          organisationName: "Amt A",
          score: 100,
          levels: new Map([["s1", 3]]),
          feedbackAverage: 4.25,
        },
        { organisationName: "Amt B", score: 0, levels: new Map(), feedbackAverage: null },
      ],
      hasFeedback: true,
    });
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Organisation,Reifegrad (%),Feste Ansprechperson,Rückmeldung der Engagierten (Durchschnitt 1–5)",
      "Amt A,100,3,4.3",
      "Amt B,0,,",
      "",
    ]);
  });
});
