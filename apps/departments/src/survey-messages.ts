import { useAreaT } from "@engagiert/ui/i18n";
import type { DepartmentsMessageKey } from "./messages.ts";
/** Messages of the Umfragen pages: volunteer feedback surveys and their anonymous results. */
export const surveyDe = {
  "surveys.pageTitle": "Umfragen",
  "surveys.new": "Neue Umfrage",
  "surveys.newTitle": "Neue Umfrage",
  "surveys.editTitle": "Umfrage bearbeiten: {title}",
  "surveys.empty": "Noch keine Umfragen.",
  "surveys.anonymityNote":
    "Umfragen sind anonym: Antworten werden ohne Namen und ohne Uhrzeit gespeichert, und Ergebnisse zeigen wir nur für Gruppen mit mindestens 5 Antworten.",
  "surveys.status.draft": "Entwurf",
  "surveys.status.open": "Läuft",
  "surveys.status.closed": "Abgeschlossen",
  "surveys.basics": "Umfrage",
  "surveys.for": "Für",
  "surveys.forHint":
    "Eingeladen werden alle, die sich dort gerade aktiv engagieren. Bei der ganzen Stadt zählt jede Antwort für ihre Organisation.",
  "surveys.wholeCity": "Ganze Stadt",
  "surveys.title": "Titel",
  "surveys.intro": "Einleitung",
  "surveys.introHint": "Wird über den Fragen gezeigt, zum Beispiel wozu Sie fragen.",
  "surveys.closesOn": "Letzter Tag für Antworten",
  "surveys.closesOnHint": "Freiwillig. Ohne Datum läuft die Umfrage, bis Sie sie schließen.",
  "surveys.openedAt": "Geöffnet am",
  "surveys.noEnd": "Bis zum Schließen",
  "surveys.saveDraft": "Entwurf speichern",
  "surveys.questions": "Fragen",
  "surveys.questionsHint":
    "1 bis 15 Fragen, mindestens eine mit einer Skala von 1 (gar nicht) bis 5 (voll und ganz).",
  "surveys.question": "Frage {number}",
  "surveys.kind": "Art der Antwort",
  "surveys.kind.scale": "Skala von 1 bis 5",
  "surveys.kind.text": "Freier Text",
  "surveys.questionText": "Frage",
  "surveys.moveUp": "Nach oben",
  "surveys.moveDown": "Nach unten",
  "surveys.moveUpLabel": "Frage {number} nach oben",
  "surveys.moveDownLabel": "Frage {number} nach unten",
  "surveys.removeLabel": "Frage {number} entfernen",
  "surveys.addQuestion": "Frage hinzufügen",
  "surveys.questionMoved": "Frage {from} steht jetzt an Stelle {to}.",
  "surveys.questionRemoved": "Frage {number} wurde entfernt.",
  "surveys.questionAdded": "Frage {number} wurde hinzugefügt.",
  "surveys.starter.satisfied": "Wie zufrieden sind Sie insgesamt mit Ihrem Engagement?",
  "surveys.starter.supported": "Fühlen Sie sich von Ihrer Ansprechperson gut begleitet?",
  "surveys.starter.wish": "Was können wir besser machen?",
  "surveys.openHeading": "Umfrage öffnen",
  "surveys.openHint":
    "Beim Öffnen bekommt jede und jeder aktiv Engagierte eine E-Mail mit einem persönlichen Link, der nur einmal gilt. Danach lässt sich die Umfrage nicht mehr ändern.",
  "surveys.nobodyToInvite":
    "Zurzeit engagiert sich dort niemand aktiv. Es gäbe niemanden, der eingeladen werden könnte.",
  "surveys.open": "Umfrage öffnen …",
  "surveys.openConfirm":
    "{number} Person wird per E-Mail eingeladen. Die Umfrage kann danach nicht mehr geändert werden. Jetzt öffnen?|{number} Personen werden per E-Mail eingeladen. Die Umfrage kann danach nicht mehr geändert werden. Jetzt öffnen?",
  "surveys.openYes": "Ja, öffnen und einladen",
  "surveys.isOpen": "Die Umfrage läuft",
  "surveys.isOpenText":
    "Die Einladungen sind verschickt. Antworten können bis zum letzten Tag oder bis zum Schließen gegeben werden.",
  "surveys.showResults": "Ergebnisse ansehen",
  "surveys.closeHeading": "Umfrage schließen",
  "surveys.close": "Umfrage schließen …",
  "surveys.closeConfirm":
    "Nach dem Schließen funktionieren die Links nicht mehr. Die Ergebnisse bleiben. Jetzt schließen?",
  "surveys.closeYes": "Ja, schließen",
  "surveys.resultsPageTitle": "Ergebnisse",
  "surveys.resultsTitle": "Ergebnisse: {title}",
  "surveys.backToSurvey": "Zurück zur Umfrage",
  "surveys.resultsIntro":
    "Ergebnisse werden je Organisation nur gezeigt, wenn mindestens 5 Antworten vorliegen. So kann niemand einzelne Engagierte erkennen.",
  "surveys.notOpenYet": "Die Umfrage ist noch nicht geöffnet; es gibt noch keine Antworten.",
  "surveys.group": "Gruppe",
  "surveys.allOrganisations": "Alle Organisationen",
  "surveys.perOrganisation": "Je Organisation",
  "surveys.groupsCaption": "Antworten je Organisation",
  "surveys.fewerThanFive": "Weniger als 5 Antworten",
  "surveys.protectedTitle": "Weniger als 5 Antworten",
  "surveys.protectedText":
    "Zum Schutz der Anonymität wird für diese Gruppe nichts gezeigt – keine Zahlen und keine Kommentare.",
  "surveys.questionProtected":
    "Weniger als 5 Antworten auf diese Frage – zum Schutz der Anonymität wird kein Wert gezeigt.",
  "surveys.answerCount": "{number} Antwort|{number} Antworten",
  "surveys.answers": "Antworten",
  "surveys.average":
    "Durchschnitt {average} von 5 ({number} Antwort)|Durchschnitt {average} von 5 ({number} Antworten)",
  "surveys.distribution": "Verteilung der Antworten",
  "surveys.distributionTable": "Verteilung: {question}",
  "surveys.chartDescription": "Balkendiagramm zu „{question}“: {counts}.",
  "surveys.chartValue": "{value}: {count}",
  "surveys.scaleAxis": "Bewertung (1 = gar nicht, 5 = voll und ganz)",
  "surveys.rating": "Bewertung",
  "surveys.noComments": "Keine Kommentare.",
  "surveys.downloadCsv": "Als CSV herunterladen",
} as const;

export const surveyEn: Record<keyof typeof surveyDe, string> = {
  "surveys.pageTitle": "Surveys",
  "surveys.new": "New survey",
  "surveys.newTitle": "New survey",
  "surveys.editTitle": "Edit survey: {title}",
  "surveys.empty": "No surveys yet.",
  "surveys.anonymityNote":
    "Surveys are anonymous: answers are stored without names or times, and we only show results for groups of at least 5 answers.",
  "surveys.status.draft": "Draft",
  "surveys.status.open": "Open",
  "surveys.status.closed": "Closed",
  "surveys.basics": "Survey",
  "surveys.for": "For",
  "surveys.forHint":
    "Everyone currently active there is invited. For the whole city, each answer counts for its organisation.",
  "surveys.wholeCity": "Whole city",
  "surveys.title": "Title",
  "surveys.intro": "Introduction",
  "surveys.introHint": "Shown above the questions, for example why you are asking.",
  "surveys.closesOn": "Last day for answers",
  "surveys.closesOnHint": "Optional. Without a date the survey runs until you close it.",
  "surveys.openedAt": "Opened on",
  "surveys.noEnd": "Until closed",
  "surveys.saveDraft": "Save draft",
  "surveys.questions": "Questions",
  "surveys.questionsHint":
    "1 to 15 questions, at least one on a scale from 1 (not at all) to 5 (completely).",
  "surveys.question": "Question {number}",
  "surveys.kind": "Kind of answer",
  "surveys.kind.scale": "Scale from 1 to 5",
  "surveys.kind.text": "Free text",
  "surveys.questionText": "Question",
  "surveys.moveUp": "Move up",
  "surveys.moveDown": "Move down",
  "surveys.moveUpLabel": "Move question {number} up",
  "surveys.moveDownLabel": "Move question {number} down",
  "surveys.removeLabel": "Remove question {number}",
  "surveys.addQuestion": "Add a question",
  "surveys.questionMoved": "Question {from} is now in place {to}.",
  "surveys.questionRemoved": "Question {number} was removed.",
  "surveys.questionAdded": "Question {number} was added.",
  "surveys.starter.satisfied": "How satisfied are you with your volunteering overall?",
  "surveys.starter.supported": "Do you feel well supported by your contact person?",
  "surveys.starter.wish": "What could we do better?",
  "surveys.openHeading": "Open the survey",
  "surveys.openHint":
    "On opening, every active volunteer receives an e-mail with a personal link that works once. The survey can no longer be changed afterwards.",
  "surveys.nobodyToInvite": "Nobody is currently active there, so there would be nobody to invite.",
  "surveys.open": "Open the survey …",
  "surveys.openConfirm":
    "{number} person will be invited by e-mail. The survey can no longer be changed afterwards. Open it now?|{number} people will be invited by e-mail. The survey can no longer be changed afterwards. Open it now?",
  "surveys.openYes": "Yes, open and invite",
  "surveys.isOpen": "The survey is open",
  "surveys.isOpenText":
    "The invitations have been sent. Answers can be given until the last day or until the survey is closed.",
  "surveys.showResults": "View results",
  "surveys.closeHeading": "Close the survey",
  "surveys.close": "Close the survey …",
  "surveys.closeConfirm":
    "After closing, the links no longer work. The results stay. Close it now?",
  "surveys.closeYes": "Yes, close",
  "surveys.resultsPageTitle": "Results",
  "surveys.resultsTitle": "Results: {title}",
  "surveys.backToSurvey": "Back to the survey",
  "surveys.resultsIntro":
    "Results are shown per organisation only when there are at least 5 answers, so no single volunteer can be identified.",
  "surveys.notOpenYet": "The survey has not been opened yet; there are no answers.",
  "surveys.group": "Group",
  "surveys.allOrganisations": "All organisations",
  "surveys.perOrganisation": "Per organisation",
  "surveys.groupsCaption": "Answers per organisation",
  "surveys.fewerThanFive": "Fewer than 5 answers",
  "surveys.protectedTitle": "Fewer than 5 answers",
  "surveys.protectedText":
    "To protect anonymity, nothing is shown for this group – no figures and no comments.",
  "surveys.questionProtected":
    "Fewer than 5 answers to this question – to protect anonymity, no figure is shown.",
  "surveys.answerCount": "{number} answer|{number} answers",
  "surveys.answers": "Answers",
  "surveys.average":
    "Average {average} out of 5 ({number} answer)|Average {average} out of 5 ({number} answers)",
  "surveys.distribution": "Distribution of answers",
  "surveys.distributionTable": "Distribution: {question}",
  "surveys.chartDescription": "Bar chart for “{question}”: {counts}.",
  "surveys.chartValue": "{value}: {count}",
  "surveys.scaleAxis": "Rating (1 = not at all, 5 = completely)",
  "surveys.rating": "Rating",
  "surveys.noComments": "No comments.",
  "surveys.downloadCsv": "Download as CSV",
};

export const surveyMessages = { de: surveyDe, en: surveyEn };

/** The survey pages' texts: they load with those pages, not with the app's first page. */
export const useSurveyT = () =>
  useAreaT<keyof typeof surveyDe, DepartmentsMessageKey>(surveyMessages);

export type SurveyMessageKey = keyof typeof surveyDe;
