import { uiDe } from "@engagiert/ui/i18n/catalogue";
import { compareCatalogues } from "@engagiert/ui/i18n/check";
import { describe, expect, it } from "vitest";
import { messages } from "./messages.ts";
import { hoursMessages } from "./pages/hours-messages.ts";
import { qualificationMessages } from "./pages/qualification-messages.ts";
import { surveyMessages } from "./pages/survey-messages.ts";
import { trainingMessages } from "./pages/training-messages.ts";
import { myDataMessages } from "./my-data-messages.ts";

/** The catalogues of areas whose texts load with their pages. */
const AREAS = {
  hours: hoursMessages,
  qualification: qualificationMessages,
  survey: surveyMessages,
  training: trainingMessages,
  myData: myDataMessages,
};

describe("the app's catalogue", () => {
  it("has the same keys and placeholders in German and English", () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.de).sort());
    expect(compareCatalogues(messages.de, messages.en)).toEqual([]);
  });

  it("does not overwrite a shared message", () => {
    expect(Object.keys(messages.de).filter((key) => key in uiDe)).toEqual([]);
  });
});

describe.each(Object.entries(AREAS))("the %s area's catalogue", (_name, area) => {
  it("has the same keys and placeholders in German and English", () => {
    expect(Object.keys(area.en).sort()).toEqual(Object.keys(area.de).sort());
    expect(compareCatalogues(area.de, area.en)).toEqual([]);
  });

  it("overwrites no message of the app, another area or the shared catalogue", () => {
    const others = Object.values(AREAS).filter((other) => other !== area);
    expect(
      Object.keys(area.de).filter(
        (key) => key in uiDe || key in messages.de || others.some((other) => key in other.de),
      ),
    ).toEqual([]);
  });
});
