import { describe, expect, it } from "vitest";
import {
  adoptionDecision,
  MyPracticesQuery,
  PRACTICE_THEMES,
  PracticeAdoptionInput,
  PracticeInput,
  PracticePostInput,
  PracticeQuery,
  questionMailRecipients,
} from "./practice.schema.ts";

const ID = "0b7c3a52-8f6e-4c1e-9a43-3d2f1b6e8c10";

const GOOD = {
  title: "Ehrenamtsbörse digital",
  summary: "Eine Online-Börse, auf der Vereine ihre Aufgaben in kleinen Portionen anbieten.",
  problem: "Vereine fanden kaum noch Menschen, die sich langfristig binden wollten.",
  approach:
    "Wir haben eine Börse aufgebaut, in der jede Aufgabe als kurzer Einsatz beschrieben ist.",
  contactName: "Sabine Krämer",
  contactEmail: "Koordination@Goeppingen.Example",
  themes: ["digitalisierung", "akquise"],
};

/** The messages of a failed parse, by field path. */
function problemsOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  const problems: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) {
    problems[issue.path.map(String).join(".")] ??= issue.message;
  }
  return problems;
}

describe("PracticeInput", () => {
  it("accepts a complete practice, trims it, fills the optional parts and lowers the e-mail", () => {
    const parsed = PracticeInput.parse({ ...GOOD, title: `  ${GOOD.title}  ` });
    expect(parsed).toMatchObject({
      title: "Ehrenamtsbörse digital",
      contactEmail: "koordination@goeppingen.example",
      resourcesPeople: "",
      resourcesMoney: "",
      resourcesTime: "",
      results: "",
      links: [],
    });
  });

  it.each([
    ["title", { title: "Kurz" }, "Der Titel braucht mindestens 5 Zeichen."],
    ["title", { title: "x".repeat(151) }, "Der Titel darf höchstens 150 Zeichen haben."],
    ["summary", { summary: "zu kurz" }, "Die Kurzbeschreibung braucht mindestens 20 Zeichen."],
    ["problem", { problem: "   " }, "Die Ausgangslage braucht mindestens 20 Zeichen."],
    ["approach", { approach: "kurz" }, "Der Lösungsweg braucht mindestens 20 Zeichen."],
    [
      "resourcesMoney",
      { resourcesMoney: "x".repeat(1001) },
      "Der finanzielle Aufwand darf höchstens 1000 Zeichen haben.",
    ],
    [
      "contactName",
      { contactName: "A" },
      "Der Name der Ansprechperson braucht mindestens 2 Zeichen.",
    ],
    [
      "contactEmail",
      { contactEmail: "keine-adresse" },
      "Bitte eine gültige E-Mail-Adresse angeben.",
    ],
    ["themes", { themes: [] }, "Bitte mindestens ein Thema wählen."],
    ["themes", { themes: ["akquise", "akquise"] }, "Jedes Thema nur einmal wählen."],
    ["themes.0", { themes: ["kochen"] }, "Bitte ein Thema wählen."],
    [
      "links.0.url",
      { links: [{ label: "Satzung", url: "javascript:alert(1)" }] },
      "Bitte einen vollständigen Link angeben, der mit https:// beginnt.",
    ],
    [
      "links.0.url",
      { links: [{ label: "Satzung", url: "ftp://example.org/a" }] },
      "Bitte einen vollständigen Link angeben, der mit https:// beginnt.",
    ],
    [
      "links.0.label",
      { links: [{ label: "x", url: "https://example.org" }] },
      "Die Bezeichnung des Links braucht mindestens 2 Zeichen.",
    ],
    [
      "links",
      { links: Array.from({ length: 11 }, () => ({ label: "Link", url: "https://example.org" })) },
      "Höchstens 10 Links.",
    ],
    ["id", { id: "nicht-uuid" }, "Ungültige Kennung."],
  ])("refuses a bad %s with a message for that field", (path, patch, message) => {
    const result = PracticeInput.safeParse({ ...GOOD, ...patch });
    expect(result.success).toBe(false);
    expect(problemsOf(result)[path]).toBe(message);
  });

  it("takes every theme of the library and links with http or https", () => {
    const parsed = PracticeInput.parse({
      ...GOOD,
      themes: [...PRACTICE_THEMES],
      links: [
        { label: "Bericht", url: "https://www.goeppingen.example/bericht" },
        { label: "Alt", url: "http://example.org" },
      ],
    });
    expect(parsed.themes).toHaveLength(9);
    expect(parsed.links).toHaveLength(2);
  });
});

describe("PracticeQuery", () => {
  it.each([
    [{}, true],
    [{ search: "Ehrenamtskarte", theme: "anerkennung", citySize: "mittelstadt" }, true],
    [{ federalState: "Bayern", citySlug: "wuerzburg", limit: 50 }, true],
    [{ theme: "kochen" }, false],
    [{ citySize: "megastadt" }, false],
    [{ federalState: "Bavaria" }, false],
    [{ citySlug: "Göppingen" }, false],
    [{ search: "x".repeat(101) }, false],
    [{ limit: 101 }, false],
  ])("%j is valid: %s", (query, valid) => {
    expect(PracticeQuery.safeParse(query).success).toBe(valid);
  });

  it("pages by 20 unless told otherwise", () => {
    expect(PracticeQuery.parse({}).limit).toBe(20);
    expect(MyPracticesQuery.parse({ status: "draft" })).toMatchObject({
      limit: 20,
      status: "draft",
    });
  });
});

describe("adoption and posts", () => {
  it.each([
    ["", true],
    ["Bei uns mit dem Seniorenrat umgesetzt.", true],
    ["x".repeat(501), false],
  ])("an adoption note %j is valid: %s", (note, valid) => {
    expect(PracticeAdoptionInput.safeParse({ practiceId: ID, note }).success).toBe(valid);
  });

  it.each([
    [{ practiceId: ID, body: "Wie viele Stunden hat das gekostet?" }, null],
    [{ practiceId: ID, questionId: ID, body: "Etwa zehn." }, null],
    [{ practiceId: ID, body: "Wie?" }, "Der Beitrag braucht mindestens 5 Zeichen."],
    [{ practiceId: ID, body: "x".repeat(4001) }, "Der Beitrag darf höchstens 4000 Zeichen haben."],
  ])("a post %j gives %s", (post, message) => {
    const result = PracticePostInput.safeParse(post);
    expect(result.success ? null : problemsOf(result).body).toBe(message);
  });
});

describe("adoptionDecision", () => {
  const published = { cityId: "a", status: "published" as const };
  it.each([
    [published, "b", { ok: true }],
    [published, "a", { ok: false, reason: "own_practice" }],
    [{ cityId: "a", status: "draft" as const }, "b", { ok: false, reason: "not_published" }],
  ])("%j adopted by %s: %j", (practice, city, decision) => {
    expect(adoptionDecision(practice, city)).toEqual(decision);
  });
});

describe("questionMailRecipients", () => {
  it.each([
    [
      { authorEmail: "a@x.example", contactEmail: "k@x.example", askerEmail: "f@y.example" },
      ["a@x.example", "k@x.example"],
    ],
    [
      { authorEmail: "a@x.example", contactEmail: "A@X.example", askerEmail: "f@y.example" },
      ["a@x.example"],
    ],
    [
      { authorEmail: null, contactEmail: "k@x.example", askerEmail: "f@y.example" },
      ["k@x.example"],
    ],
    [
      { authorEmail: "a@x.example", contactEmail: "k@x.example", askerEmail: "A@x.example" },
      ["k@x.example"],
    ],
    [{ authorEmail: "a@x.example", contactEmail: "a@x.example", askerEmail: "a@x.example" }, []],
  ])("%j → %j", (people, recipients) => {
    expect(questionMailRecipients(people)).toEqual(recipients);
  });
});
