import { describe, expect, it } from "vitest";
import { Slug } from "../shared/primitives.ts";
import {
  AssessmentInput,
  checkAssessment,
  DEFAULT_QUALITY_STANDARDS,
  FEEDBACK_STANDARD_SLUG,
  LEVEL_MEANINGS,
  moveInOrder,
  QUALITY_LEVELS,
  StandardInput,
  standardSlug,
} from "./standards.ts";

const ORG = "7f1c3a52-3b8e-4f5e-9a51-0d0f6c1e2a11";
const STANDARD = "0b7e9d4c-2a61-4c3f-8e1d-5f6a7b8c9d01";
const valid = { organisationId: ORG, standardId: STANDARD, level: 2, assessedOn: "2026-11-24" };

const fieldsOf = (input: unknown) => {
  const result = AssessmentInput.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("the default catalogue", () => {
  it("holds the nine standards of RULES.md, each a valid input with a valid, unique slug", () => {
    expect(DEFAULT_QUALITY_STANDARDS.map((s) => s.slug)).toEqual([
      "ansprechperson",
      "aufgabenbeschreibung",
      "einarbeitung",
      "versicherung",
      "fortbildung",
      "feedback",
      "anerkennung",
      "abschlussgespraech",
      "datenschutz",
    ]);
    for (const standard of DEFAULT_QUALITY_STANDARDS) {
      expect(StandardInput.safeParse(standard).success).toBe(true);
      expect(Slug.safeParse(standard.slug).success).toBe(true);
    }
  });

  it("names the feedback standard by the slug the surveys report to", () => {
    expect(FEEDBACK_STANDARD_SLUG).toBe("feedback");
  });

  it("explains every level from 0 to 3", () => {
    expect(QUALITY_LEVELS.map((l) => LEVEL_MEANINGS[l])).toEqual([
      "Nicht vorhanden",
      "Begonnen",
      "Weitgehend umgesetzt",
      "Vollständig umgesetzt und dokumentiert",
    ]);
  });
});

describe("StandardInput", () => {
  it.each([
    [{ title: "", description: "x", evidence: "y" }, "title", "Mindestens 3 Zeichen."],
    [
      { title: "Titel", description: "   ", evidence: "y" },
      "description",
      "Bitte eine Beschreibung angeben.",
    ],
    [
      { title: "Titel", description: "x", evidence: "" },
      "evidence",
      "Bitte die erwarteten Nachweise angeben.",
    ],
    [
      { title: "T".repeat(121), description: "x", evidence: "y" },
      "title",
      "Höchstens 120 Zeichen.",
    ],
    [{ description: "x", evidence: "y" }, "title", "Bitte einen Titel angeben."],
  ])("refuses %j at %s", (input, field, message) => {
    const result = StandardInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });
});

describe("AssessmentInput", () => {
  it("takes a level from 0 to 3 with an optional evidence note", () => {
    expect(AssessmentInput.parse(valid)).toEqual({ ...valid, evidenceNote: "" });
    for (const level of QUALITY_LEVELS) expect(fieldsOf({ ...valid, level })).toEqual({});
  });

  it.each([
    [{ ...valid, level: 4 }, "level", "Bitte eine Stufe von 0 bis 3 wählen."],
    [{ ...valid, level: -1 }, "level", "Bitte eine Stufe von 0 bis 3 wählen."],
    [{ ...valid, level: 1.5 }, "level", "Bitte eine Stufe von 0 bis 3 wählen."],
    [{ ...valid, level: null }, "level", "Bitte eine Stufe von 0 bis 3 wählen."],
    [
      { ...valid, evidenceNote: "x".repeat(2001) },
      "evidenceNote",
      "Der Nachweis darf höchstens 2000 Zeichen lang sein.",
    ],
    [
      { ...valid, assessedOn: "24.11.2026" },
      "assessedOn",
      "Bitte ein Datum im Format JJJJ-MM-TT angeben.",
    ],
    [
      { ...valid, assessedOn: "0226-11-24" },
      "assessedOn",
      "Bitte ein Datum ab dem Jahr 2000 angeben.",
    ],
  ])("refuses %j at %s", (input, field, message) => {
    expect(fieldsOf(input)[field]).toBe(message);
  });

  it("keeps an evidence note of exactly 2000 characters", () => {
    expect(fieldsOf({ ...valid, evidenceNote: "x".repeat(2000) })).toEqual({});
  });

  it.each([
    ["2026-11-24", true],
    ["2025-01-01", true],
    ["2026-11-25", false],
  ])("an assessment dated %s on 2026-11-24 is accepted: %s", (assessedOn, ok) => {
    expect(checkAssessment({ assessedOn }, "2026-11-24").ok).toBe(ok);
  });
});

describe("catalogue order and slugs", () => {
  it.each([
    [["a", "b", "c"], "b", "up", ["b", "a", "c"]],
    [["a", "b", "c"], "b", "down", ["a", "c", "b"]],
    [["a", "b", "c"], "a", "up", ["a", "b", "c"]],
    [["a", "b", "c"], "c", "down", ["a", "b", "c"]],
    [["a", "b", "c"], "x", "up", ["a", "b", "c"]],
  ] as const)("%j moving %s %s gives %j", (ids, id, direction, expected) => {
    expect(moveInOrder(ids, id, direction)).toEqual(expected);
  });

  it.each([
    ["Schriftliche Aufgabenbeschreibung", "schriftliche-aufgabenbeschreibung"],
    ["Übergänge gut gestalten!", "uebergaenge-gut-gestalten"],
    ["§§", "standard"],
  ])("%s becomes %s", (title, slug) => {
    expect(standardSlug(title)).toBe(slug);
    expect(Slug.safeParse(standardSlug(title)).success).toBe(true);
  });
});
