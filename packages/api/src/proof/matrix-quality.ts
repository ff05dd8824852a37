import { surveyInput } from "./inputs.ts";
import { CITY_OFFICE, okOr, ORG_STAFF, PUBLIC, STAFF, type Entry } from "./matrix-types.ts";
import type { World } from "./world.ts";

// Quality standards and self-assessments, and the volunteers' feedback surveys.

const standard = {
  title: "Digitale Erreichbarkeit",
  description: "Die Organisation ist für Engagierte digital gut erreichbar.",
  evidence: "Kontaktformular, Antwort binnen einer Woche",
};
const openSurvey = (w: World) => ({ surveyId: w.r.surveyOpen });

export const matrixQuality: Record<string, Entry> = {
  "quality.standards": { access: STAFF, input: () => ({ includeArchived: false }) },
  "quality.createStandard": { access: CITY_OFFICE, input: () => standard },
  "quality.updateStandard": {
    access: CITY_OFFICE,
    input: (w) => ({ ...standard, standardId: w.r.standardId }),
  },
  "quality.archiveStandard": {
    access: CITY_OFFICE,
    input: (w) => ({ standardId: w.r.standardId, isArchived: true }),
  },
  "quality.moveStandard": {
    access: CITY_OFFICE,
    input: (w) => ({ standardId: w.r.standardId, direction: "down" }),
  },
  // The own organisation's self-assessment: the coordination office works for none.
  "quality.myAssessment": {
    access: {
      ...STAFF,
      coordinator: okOr("PRECONDITION_FAILED"),
      cityAdmin: okOr("PRECONDITION_FAILED"),
    },
    otherCityAs: "staffX",
  },
  "quality.organisationAssessment": {
    access: ORG_STAFF,
    input: (w) => ({ organisationId: w.a.orgX }),
  },
  "quality.history": {
    access: ORG_STAFF,
    input: (w) => ({ organisationId: w.a.orgX, standardId: w.r.standardId }),
    otherCity: "no_leak",
  },
  "quality.assess": {
    access: ORG_STAFF,
    input: (w) => ({
      organisationId: w.a.orgX,
      standardId: w.r.standardId,
      level: 2,
      evidenceNote: "Kontaktperson auf der Website genannt",
      assessedOn: "2026-11-20",
    }),
  },
  "quality.trend": { access: CITY_OFFICE, input: (w) => ({ organisationId: w.a.orgX }) },
  "quality.matrix": { access: CITY_OFFICE, input: () => ({}) },
  "quality.matrixCsv": { access: CITY_OFFICE },

  // Another city's organisation is refused on its field, like a mistyped one.
  "surveys.create": {
    access: ORG_STAFF,
    input: (w) => surveyInput(w.a.orgX),
    otherCity: ["BAD_REQUEST:invalid_input"],
  },
  "surveys.update": {
    access: ORG_STAFF,
    input: (w) => {
      const { organisationId: _org, ...texts } = surveyInput(w.a.orgX);
      return { ...texts, surveyId: w.r.surveyDraft };
    },
  },
  "surveys.list": {
    access: ORG_STAFF,
    input: (w) => ({ organisationId: w.a.orgX }),
    otherCity: "no_leak",
  },
  "surveys.get": { access: ORG_STAFF, input: openSurvey },
  "surveys.open": { access: ORG_STAFF, input: (w) => ({ surveyId: w.r.surveyDraft }) },
  "surveys.close": { access: ORG_STAFF, input: openSurvey },
  "surveys.results": { access: ORG_STAFF, input: openSurvey },
  "surveys.resultsCsv": { access: ORG_STAFF, input: openSurvey },
  "surveys.answerForm": { access: PUBLIC, input: (w) => ({ token: w.r.surveyToken }) },
  "surveys.answer": {
    access: PUBLIC,
    input: (w) => ({ token: w.r.surveyToken, answers: { zufrieden: 4, wunsch: "Mehr Austausch" } }),
    otherCity: ["NOT_FOUND:survey_link_unknown"],
  },
};
