import { useAreaT } from "@engagiert/ui/i18n";
import type { PublicMessageKey } from "../messages.ts";
/** The anonymous answer form of a feedback survey, opened through the link from the e-mail. */
export const surveyDe = {
  "survey.title": "Umfrage",
  "survey.loading": "Die Umfrage wird geladen …",
  "survey.countsFor": "Ihre Antwort zählt für: {organisation}",
  "survey.anonymous":
    "Die Teilnahme ist freiwillig und anonym. Wir speichern Ihre Antwort ohne Namen, ohne Uhrzeit und ohne Verbindung zu Ihrem Link. Ergebnisse zeigen wir nur für Gruppen mit mindestens 5 Antworten.",
  "survey.closesOn": "Sie können bis einschließlich {date} antworten.",
  "survey.skipHint": "Jede Frage ist freiwillig; beantworten Sie nur, was Sie möchten.",
  "survey.scaleLow": "1 – gar nicht",
  "survey.scaleHigh": "5 – voll und ganz",
  "survey.noAnswer": "Keine Angabe",
  "survey.textHint": "Freiwillig. Bitte nennen Sie keine Namen, damit Ihre Antwort anonym bleibt.",
  "survey.submit": "Antwort absenden",
  "survey.sending": "Wird gesendet …",
  "survey.thanksTitle": "Vielen Dank!",
  "survey.thanksText":
    "Ihre Antwort ist angekommen. Sie hilft, die Zusammenarbeit mit Engagierten besser zu machen.",
  "survey.usedTitle": "Schon geantwortet",
  "survey.usedText":
    "Mit diesem Link wurde schon geantwortet. Jeder Link gilt nur einmal – vielen Dank für Ihre Antwort!",
  "survey.closedTitle": "Die Umfrage ist abgeschlossen",
  "survey.closedText": "Diese Umfrage nimmt keine Antworten mehr an. Danke für Ihr Interesse!",
  "survey.unknownTitle": "Diesen Link kennen wir nicht",
  "survey.unknownText":
    "Bitte öffnen Sie den Link genau so, wie er in der E-Mail steht. Vielleicht wurde er beim Kopieren abgeschnitten.",
} as const;

export const surveyEn: Record<keyof typeof surveyDe, string> = {
  "survey.title": "Survey",
  "survey.loading": "Loading the survey …",
  "survey.countsFor": "Your answer counts for: {organisation}",
  "survey.anonymous":
    "Taking part is voluntary and anonymous. We store your answer without your name, without a time and without any connection to your link. We only show results for groups of at least 5 answers.",
  "survey.closesOn": "You can answer until {date} inclusive.",
  "survey.skipHint": "Every question is optional; answer only what you like.",
  "survey.scaleLow": "1 – not at all",
  "survey.scaleHigh": "5 – completely",
  "survey.noAnswer": "No answer",
  "survey.textHint": "Optional. Please do not name anyone, so your answer stays anonymous.",
  "survey.submit": "Send answer",
  "survey.sending": "Sending …",
  "survey.thanksTitle": "Thank you!",
  "survey.thanksText": "Your answer has arrived. It helps to make working with volunteers better.",
  "survey.usedTitle": "Already answered",
  "survey.usedText":
    "This link has already been used to answer. Each link works only once – thank you for your answer!",
  "survey.closedTitle": "The survey is closed",
  "survey.closedText": "This survey no longer takes answers. Thank you for your interest!",
  "survey.unknownTitle": "We do not know this link",
  "survey.unknownText":
    "Please open the link exactly as it appears in the e-mail. It may have been cut off when copying.",
};

export const surveyMessages = { de: surveyDe, en: surveyEn };

/** The survey pages' texts: they load with those pages, not with the app's first page. */
export const useSurveyT = () => useAreaT<keyof typeof surveyDe, PublicMessageKey>(surveyMessages);

export type SurveyMessageKey = keyof typeof surveyDe;
