import { useAreaT } from "@engagiert/ui/i18n";
import type { DepartmentsMessageKey } from "./messages.ts";

/** Messages of the audit log (Protokoll) and of a person's privacy page. */
export const privacyDe = {
  "audit.title": "Protokoll",
  "audit.intro":
    "Wer hat wann welche Daten einer Person gelesen oder geändert, und jede Änderung an einem Zugang. Die Filter stehen in der Adresse: Einen gefilterten Stand können Sie als Link weitergeben.",
  "audit.filters": "Filter",
  "audit.person": "Person",
  "audit.personFilter": "Nur Einträge zu {name}",
  "audit.personFilterRemove": "Filter „Person“ entfernen",
  "audit.actor": "Mitarbeiterin oder Mitarbeiter",
  "audit.action": "Aktion",
  "audit.from": "Von (Tag)",
  "audit.to": "Bis (Tag)",
  "audit.apply": "Filter anwenden",
  "audit.reset": "Alle Filter entfernen",
  "audit.all": "Alle",
  "audit.caption": "Protokolleinträge, die neuesten zuerst",
  "audit.at": "Zeitpunkt",
  "audit.concerns": "Betrifft",
  "audit.noActor": "ohne Anmeldung (System oder E-Mail-Link)",
  "audit.erased": "gelöschte Person",
  "audit.account": "Zugang: {name}",
  "audit.none": "Keine Einträge für diese Filter.",
  "audit.more": "Ältere Einträge laden",
  "audit.shown": "{count} Eintrag angezeigt|{count} Einträge angezeigt",
  "audit.csv": "Gefiltertes Protokoll als CSV herunterladen",
  "audit.csvPreparing": "CSV-Datei wird erstellt …",
  "audit.csvFailed": "Die CSV-Datei konnte nicht erstellt werden.",
  "audit.csvTruncated":
    "Die Datei enthält die neuesten {count} Einträge. Für ältere bitte den Zeitraum eingrenzen.",
  "audit.csvNotice": "Der Download wird selbst im Protokoll vermerkt.",
  "privacy.title": "Datenschutz: {name}",
  "privacy.titleLoading": "Datenschutz einer Person",
  "privacy.intro":
    "Einwilligungen, Löschfristen und wer die Daten dieser Person gelesen oder geändert hat. Auch das Lesen dieser Seite wird protokolliert.",
  "privacy.erased": "Die Daten dieser Person wurden am {date} gelöscht.",
  "privacy.openRecord": "Zur Personenakte",
  "privacy.pageLink": "Datenschutz: Einwilligungen, Löschfristen und Protokoll dieser Person",
  "privacy.consents": "Einwilligungen",
  "privacy.consents.caption": "Einwilligungen nach Zweck",
  "privacy.consents.none": "Keine Einwilligungen gespeichert.",
  "privacy.purpose": "Zweck",
  "privacy.version": "Fassung",
  "privacy.givenAt": "Erteilt am",
  "privacy.withdrawnAt": "Widerrufen am",
  "privacy.deleteBy": "Löschen spätestens",
  "privacy.notWithdrawn": "nicht widerrufen",
  "privacy.noDeleteBy": "keine Frist hinterlegt",
  "privacy.retention": "Löschfristen",
  "privacy.retention.caption": "Löschfristen nach Art der Daten",
  "privacy.retention.kind": "Daten",
  "privacy.retention.rule": "Regel",
  "privacy.retention.dueOn": "Gelöscht am",
  "privacy.retention.none": "Für diese Person laufen keine Löschfristen.",
  "privacy.retention.noDate": "noch offen",
  "privacy.retention.dueNow": "fällig: wird beim nächsten Löschlauf gelöscht",
  "privacy.retention.application": "Bewerbung „{title}“ ({organisation})",
  "privacy.retention.application.declined": "Abgelehnt am {date}: gelöscht {months} Monate danach.",
  "privacy.retention.application.withdrawn":
    "Zurückgezogen am {date}: gelöscht {months} Monate danach.",
  "privacy.retention.application.never_confirmed":
    "Nie per E-Mail-Link bestätigt (gesendet am {date}): gelöscht {months} Monate danach.",
  "privacy.retention.account": "Konto und Personendaten (Inaktivität)",
  "privacy.retention.account.running":
    "Läuft nicht, solange eine Bewerbung, ein Engagement, eine Schicht oder eine Schulung läuft.",
  "privacy.retention.account.scheduled":
    "{months} Monate nach der letzten Aktivität ({date}). Ein Hinweis per E-Mail geht am {noticeOn} hinaus.",
  "privacy.retention.account.notice_due":
    "Seit {months} Monaten keine Aktivität (zuletzt {date}): Der Hinweis per E-Mail geht beim nächsten Lauf hinaus, gelöscht wird frühestens 30 Tage danach.",
  "privacy.retention.account.noticed":
    "Hinweis per E-Mail verschickt am {noticeOn}; jede neue Aktivität hält die Löschung auf.",
  "privacy.retention.account.due": "Hinweis ohne Antwort und Frist vorbei.",
  "privacy.retention.fz": "Einsicht ins Führungszeugnis (§72a SGB VIII)",
  "privacy.retention.fz.kept":
    "Gespeichert, solange eine Bewerbung oder ein Engagement läuft; danach spätestens 3 Monate nach Ende der Tätigkeit.",
  "privacy.retention.fz.not_taken_up":
    "Die Tätigkeit wurde nicht aufgenommen: sofort zu löschen (§72a Abs. 5 SGB VIII).",
  "privacy.retention.fz.activity_ended":
    "Spätestens 3 Monate nach Ende der Tätigkeit (§72a Abs. 5 SGB VIII).",
  "privacy.retention.whileRunning": "solange sie läuft",
  "privacy.trail": "Protokoll zu dieser Person",
  "privacy.trail.caption": "Einträge zu dieser Person, die neuesten zuerst",
  "privacy.trail.all": "Alle Einträge zu dieser Person im Protokoll",
} as const;

export type PrivacyMessageKey = keyof typeof privacyDe;

export const privacyEn: Record<PrivacyMessageKey, string> = {
  "audit.title": "Audit log",
  "audit.intro":
    "Who read or changed which person's data and when, and every change to an account. The filters are part of the address: you can share a filtered view as a link.",
  "audit.filters": "Filters",
  "audit.person": "Person",
  "audit.personFilter": "Only entries about {name}",
  "audit.personFilterRemove": 'Remove the filter "person"',
  "audit.actor": "Staff member",
  "audit.action": "Action",
  "audit.from": "From (day)",
  "audit.to": "To (day)",
  "audit.apply": "Apply filters",
  "audit.reset": "Remove all filters",
  "audit.all": "All",
  "audit.caption": "Audit log entries, newest first",
  "audit.at": "Time",
  "audit.concerns": "Concerns",
  "audit.noActor": "not signed in (system or e-mail link)",
  "audit.erased": "deleted person",
  "audit.account": "Account: {name}",
  "audit.none": "No entries for these filters.",
  "audit.more": "Load older entries",
  "audit.shown": "{count} entry shown|{count} entries shown",
  "audit.csv": "Download the filtered log as CSV",
  "audit.csvPreparing": "Preparing the CSV file …",
  "audit.csvFailed": "The CSV file could not be created.",
  "audit.csvTruncated":
    "The file holds the newest {count} entries. For older ones, please narrow the period.",
  "audit.csvNotice": "The download itself is written to the log.",
  "privacy.title": "Privacy: {name}",
  "privacy.titleLoading": "A person's privacy",
  "privacy.intro":
    "Consents, deletion dates and who read or changed this person's data. Reading this page is logged too.",
  "privacy.erased": "This person's data was deleted on {date}.",
  "privacy.openRecord": "Open the person's record",
  "privacy.pageLink": "Privacy: consents, deletion dates and audit log of this person",
  "privacy.consents": "Consents",
  "privacy.consents.caption": "Consents by purpose",
  "privacy.consents.none": "No consents stored.",
  "privacy.purpose": "Purpose",
  "privacy.version": "Version",
  "privacy.givenAt": "Given on",
  "privacy.withdrawnAt": "Withdrawn on",
  "privacy.deleteBy": "Delete by",
  "privacy.notWithdrawn": "not withdrawn",
  "privacy.noDeleteBy": "no date stored",
  "privacy.retention": "Deletion dates",
  "privacy.retention.caption": "Deletion dates by kind of data",
  "privacy.retention.kind": "Data",
  "privacy.retention.rule": "Rule",
  "privacy.retention.dueOn": "Deleted on",
  "privacy.retention.none": "No deletion dates run for this person.",
  "privacy.retention.noDate": "not yet known",
  "privacy.retention.dueNow": "due: deleted in the next deletion run",
  "privacy.retention.application": 'Application "{title}" ({organisation})',
  "privacy.retention.application.declined": "Declined on {date}: deleted {months} months later.",
  "privacy.retention.application.withdrawn": "Withdrawn on {date}: deleted {months} months later.",
  "privacy.retention.application.never_confirmed":
    "Never confirmed by its e-mail link (sent on {date}): deleted {months} months later.",
  "privacy.retention.account": "Account and personal data (inactivity)",
  "privacy.retention.account.running":
    "Does not run while an application, an engagement, a shift or a training is under way.",
  "privacy.retention.account.scheduled":
    "{months} months after the last activity ({date}). A notice goes out by e-mail on {noticeOn}.",
  "privacy.retention.account.notice_due":
    "No activity for {months} months (last on {date}): the notice goes out by e-mail in the next run, deletion follows 30 days later at the earliest.",
  "privacy.retention.account.noticed":
    "Notice sent by e-mail on {noticeOn}; any new activity stops the deletion.",
  "privacy.retention.account.due": "Notice without answer and period over.",
  "privacy.retention.fz": "Inspection of the Führungszeugnis (§72a SGB VIII)",
  "privacy.retention.fz.kept":
    "Kept while an application or engagement runs; then at the latest 3 months after the activity ends.",
  "privacy.retention.fz.not_taken_up":
    "The activity was not taken up: to be deleted at once (§72a(5) SGB VIII).",
  "privacy.retention.fz.activity_ended":
    "At the latest 3 months after the activity ended (§72a(5) SGB VIII).",
  "privacy.retention.whileRunning": "while it runs",
  "privacy.trail": "Audit log of this person",
  "privacy.trail.caption": "Entries about this person, newest first",
  "privacy.trail.all": "All entries about this person in the audit log",
};

export const privacyMessages = { de: privacyDe, en: privacyEn };

/** The privacy pages' texts: they load with those pages, not with the app's first page. */
export const usePrivacyT = () =>
  useAreaT<PrivacyMessageKey, DepartmentsMessageKey>(privacyMessages);
