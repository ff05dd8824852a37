import { useAreaT } from "@engagiert/ui/i18n";
import type { DepartmentsMessageKey } from "./messages.ts";

/** Deletion periods (Löschfristen): the periods, the runs, a dry run and a run on demand. */
export const retentionDe = {
  "retention.title": "Löschfristen",
  "retention.intro":
    "Daten, die nicht mehr gebraucht werden, löscht die Plattform jede Nacht von selbst. Hier sehen Sie die Fristen, was ein Lauf jetzt löschen würde, und die bisherigen Läufe. Sie können auch sofort löschen lassen.",
  "retention.periods.title": "Fristen",
  "retention.periods.applications":
    "Bewerbungen, aus denen kein Engagement wurde (abgelehnt, zurückgezogen oder nie bestätigt): {months} Monate nach dem Abschluss.",
  "retention.periods.inactive":
    "Konten ohne Aktivität: nach {months} Monaten; {days} Tage vorher bekommt die Person eine E-Mail und kann ihr Konto durch Anmelden behalten.",
  "retention.periods.fuehrungszeugnis":
    "Angaben zum Führungszeugnis (§72a Abs. 5 SGB VIII): sofort, wenn die Person die Tätigkeit nicht aufnimmt, sonst spätestens {months} Monate nach ihrem Ende.",
  "retention.periods.mail":
    "Texte verschickter E-Mails (darin stehen Anmelde- und Umfragelinks): {days} Tage nach dem Versand.",
  "retention.periods.note":
    "Die Fristen für Bewerbungen, Konten und E-Mails legt die Stadt in ihrer Konfiguration fest; die Frist für das Führungszeugnis steht im Gesetz.",
  "retention.dry.title": "Probelauf",
  "retention.dry.intro":
    "Ein Probelauf zählt, was jetzt fällig ist, und zeigt es Ihnen. Er ändert nichts; er wird nur in der Liste der Läufe vermerkt.",
  "retention.dry.start": "Probelauf starten",
  "retention.dry.running": "Probelauf läuft …",
  "retention.dry.result": "Jetzt fällig",
  "retention.kind": "Art",
  "retention.count": "Anzahl",
  "retention.kind.applications": "Bewerbungen ohne Engagement",
  "retention.kind.applicantsErased": "Personen, die danach ohne Daten wären (werden gelöscht)",
  "retention.kind.inactivityNotices": "Hinweise vor der Löschung wegen Inaktivität",
  "retention.kind.inactiveErased": "Konten, die wegen Inaktivität gelöscht werden",
  "retention.kind.fuehrungszeugnis": "Angaben zu Führungszeugnissen",
  "retention.kind.mailBodies": "E-Mail-Texte",
  "retention.show": "Liste anzeigen",
  "retention.list.title": "Fällig: {kind}",
  "retention.list.kind": "Liste für",
  "retention.list.kind.applications": "Bewerbungen",
  "retention.list.kind.inactive_accounts": "Inaktive Konten",
  "retention.list.kind.fuehrungszeugnis": "Führungszeugnisse",
  "retention.list.kind.mail_bodies": "E-Mail-Texte",
  "retention.list.caption": "Was ein Lauf jetzt löschen würde",
  "retention.list.record": "Datensatz",
  "retention.list.action": "Was geschieht",
  "retention.list.reason": "Grund",
  "retention.list.since": "Zählt ab",
  "retention.list.empty": "Hier ist jetzt nichts fällig.",
  "retention.list.application": "Bewerbung {id}",
  "retention.list.person": "Person {id}",
  "retention.list.mail": "E-Mail {id}",
  "retention.action.delete": "wird gelöscht",
  "retention.action.notify": "bekommt den Hinweis",
  "retention.action.erase": "Person wird gelöscht",
  "retention.action.clear_text": "Text wird geleert",
  "retention.reason.declined": "abgelehnt",
  "retention.reason.withdrawn": "zurückgezogen",
  "retention.reason.never_confirmed": "nie bestätigt",
  "retention.reason.inactive": "keine Aktivität",
  "retention.reason.not_taken_up": "Tätigkeit nicht aufgenommen",
  "retention.reason.activity_ended": "Tätigkeit beendet",
  "retention.reason.mail": "E-Mail „{kind}“",
  "retention.run.title": "Jetzt löschen",
  "retention.run.intro":
    "Löscht sofort, was fällig ist, wie es der nächtliche Lauf täte. Prüfen Sie vorher den Probelauf.",
  "retention.run.open": "Jetzt löschen …",
  "retention.run.confirmTitle": "Fällige Daten jetzt löschen?",
  "retention.run.confirm":
    "Ich habe den Probelauf geprüft. Die fälligen Daten sollen jetzt gelöscht werden.",
  "retention.run.confirmMissing": "Bitte bestätigen Sie, dass jetzt gelöscht werden soll.",
  "retention.run.start": "Endgültig löschen",
  "retention.run.running": "Wird gelöscht …",
  "retention.run.done": "Der Lauf ist beendet.",
  "retention.runs.title": "Bisherige Läufe",
  "retention.runs.caption": "Bisherige Läufe, der neueste zuerst",
  "retention.runs.started": "Begonnen",
  "retention.runs.how": "Lauf",
  "retention.runs.counts": "Gezählt",
  "retention.runs.scheduled": "Zeitplan",
  "retention.runs.onDemand": "auf Anforderung",
  "retention.runs.dry": "Probelauf",
  "retention.runs.real": "gelöscht",
  "retention.runs.none": "Es gab noch keinen Lauf.",
  "retention.runs.countsText":
    "Bewerbungen {applications} · Personen {applicantsErased} · Hinweise {inactivityNotices} · inaktive Konten {inactiveErased} · Führungszeugnisse {fuehrungszeugnis} · E-Mail-Texte {mailBodies}",
  "retention.runs.unfinished": "nicht beendet",
};

type RetentionKey = keyof typeof retentionDe;

const retentionEn: Record<RetentionKey, string> = {
  "retention.title": "Deletion periods",
  "retention.intro":
    "Every night the platform deletes data that is no longer needed. Here you see the periods, what a run would delete now, and the runs so far. You can also have it deleted at once.",
  "retention.periods.title": "Periods",
  "retention.periods.applications":
    "Applications that did not become an engagement (declined, withdrawn or never confirmed): {months} months after they closed.",
  "retention.periods.inactive":
    "Accounts without activity: after {months} months; {days} days before, the person gets an e-mail and can keep their account by signing in.",
  "retention.periods.fuehrungszeugnis":
    "Records of the Führungszeugnis (§72a(5) SGB VIII): at once if the person does not take up the activity, otherwise at the latest {months} months after it ends.",
  "retention.periods.mail":
    "Texts of sent e-mails (they hold sign-in and survey links): {days} days after sending.",
  "retention.periods.note":
    "The city sets the periods for applications, accounts and e-mails in its configuration; the period for the Führungszeugnis is set by law.",
  "retention.dry.title": "Dry run",
  "retention.dry.intro":
    "A dry run counts what is due now and shows it to you. It changes nothing; it is only noted in the list of runs.",
  "retention.dry.start": "Start a dry run",
  "retention.dry.running": "Dry run running …",
  "retention.dry.result": "Due now",
  "retention.kind": "Kind",
  "retention.count": "Number",
  "retention.kind.applications": "Applications without an engagement",
  "retention.kind.applicantsErased": "People who would be left without data (are deleted)",
  "retention.kind.inactivityNotices": "Notices before deletion for inactivity",
  "retention.kind.inactiveErased": "Accounts deleted for inactivity",
  "retention.kind.fuehrungszeugnis": "Führungszeugnis records",
  "retention.kind.mailBodies": "E-mail texts",
  "retention.show": "Show list",
  "retention.list.title": "Due: {kind}",
  "retention.list.kind": "List for",
  "retention.list.kind.applications": "Applications",
  "retention.list.kind.inactive_accounts": "Inactive accounts",
  "retention.list.kind.fuehrungszeugnis": "Führungszeugnis records",
  "retention.list.kind.mail_bodies": "E-mail texts",
  "retention.list.caption": "What a run would delete now",
  "retention.list.record": "Record",
  "retention.list.action": "What happens",
  "retention.list.reason": "Reason",
  "retention.list.since": "Counts from",
  "retention.list.empty": "Nothing is due here now.",
  "retention.list.application": "Application {id}",
  "retention.list.person": "Person {id}",
  "retention.list.mail": "E-mail {id}",
  "retention.action.delete": "is deleted",
  "retention.action.notify": "gets the notice",
  "retention.action.erase": "person is deleted",
  "retention.action.clear_text": "text is cleared",
  "retention.reason.declined": "declined",
  "retention.reason.withdrawn": "withdrawn",
  "retention.reason.never_confirmed": "never confirmed",
  "retention.reason.inactive": "no activity",
  "retention.reason.not_taken_up": "activity not taken up",
  "retention.reason.activity_ended": "activity ended",
  "retention.reason.mail": 'e-mail "{kind}"',
  "retention.run.title": "Delete now",
  "retention.run.intro":
    "Deletes at once what is due, as the nightly run would. Check the dry run first.",
  "retention.run.open": "Delete now …",
  "retention.run.confirmTitle": "Delete the due data now?",
  "retention.run.confirm": "I have checked the dry run. The due data should be deleted now.",
  "retention.run.confirmMissing": "Please confirm that the data should be deleted now.",
  "retention.run.start": "Delete for good",
  "retention.run.running": "Deleting …",
  "retention.run.done": "The run has finished.",
  "retention.runs.title": "Runs so far",
  "retention.runs.caption": "Runs so far, newest first",
  "retention.runs.started": "Started",
  "retention.runs.how": "Run",
  "retention.runs.counts": "Counted",
  "retention.runs.scheduled": "schedule",
  "retention.runs.onDemand": "on demand",
  "retention.runs.dry": "dry run",
  "retention.runs.real": "deleted",
  "retention.runs.none": "There has been no run yet.",
  "retention.runs.countsText":
    "Applications {applications} · people {applicantsErased} · notices {inactivityNotices} · inactive accounts {inactiveErased} · Führungszeugnis records {fuehrungszeugnis} · e-mail texts {mailBodies}",
  "retention.runs.unfinished": "not finished",
};

export const retentionMessages = { de: retentionDe, en: retentionEn };

/** The deletion periods page's texts: they load with the page, not with the app's first page. */
export const useRetentionT = () => useAreaT<RetentionKey, DepartmentsMessageKey>(retentionMessages);
