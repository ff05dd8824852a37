import { uiDe } from "@engagiert/ui/i18n/catalogue";
import { compareCatalogues } from "@engagiert/ui/i18n/check";
import { describe, expect, it } from "vitest";
import { allowanceMessages } from "./allowance-messages.ts";
import { hoursMessages } from "./hours-messages.ts";
import { messages } from "./messages.ts";
import { privacyMessages } from "./privacy-messages.ts";
import { staffAdminMessages } from "./staff-admin-messages.ts";
import { qualificationMessages } from "./qualification-messages.ts";
import { qualityMessages } from "./quality-messages.ts";
import { reportMessages } from "./report-messages.ts";
import { retentionMessages } from "./retention-messages.ts";
import { securityMessages } from "./security-messages.ts";
import { surveyMessages } from "./survey-messages.ts";
import { trainingMessages } from "./training-messages.ts";

/** The catalogues of areas whose texts load with their pages. */
const AREAS = {
  allowance: allowanceMessages,
  hours: hoursMessages,
  privacy: privacyMessages,
  staffAdmin: staffAdminMessages,
  qualification: qualificationMessages,
  quality: qualityMessages,
  report: reportMessages,
  retention: retentionMessages,
  security: securityMessages,
  survey: surveyMessages,
  training: trainingMessages,
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
