import { useAreaT } from "@engagiert/ui/i18n";
import type { PublicMessageKey } from "./messages.ts";

/** "Meine Daten" (DSGVO Art. 7, 15, 17, 20): consents, the download and deleting the account. */
export const myDataDe = {
  "myData.title": "Meine Daten",
  "myData.intro":
    "Hier sehen Sie, wozu Sie eingewilligt haben, laden alle Daten herunter, die wir über Sie speichern, und können Ihr Konto löschen.",
  "myData.signedOut": "Melden Sie sich an, um Ihre Daten zu sehen.",
  "myData.onlyVolunteers":
    "Diese Seite ist für Engagierte. Ihre Daten als Mitarbeitende verwaltet die Stadt.",
  "myData.consents.title": "Ihre Einwilligungen",
  "myData.consents.intro":
    "Jede Einwilligung gilt für einen Zweck. Sie können sie jederzeit widerrufen; was bis dahin geschehen ist, bleibt rechtmäßig.",
  "myData.consents.caption": "Ihre Einwilligungen",
  "myData.consents.purpose": "Zweck",
  "myData.consents.version": "Fassung",
  "myData.consents.given": "Erteilt am",
  "myData.consents.state": "Stand",
  "myData.consents.active": "Gültig",
  "myData.consents.withdrawnOn": "Widerrufen am {date}",
  "myData.consents.none": "Sie haben uns noch keine Einwilligung gegeben.",
  "myData.consents.withdraw": "Widerrufen",
  "myData.consents.withdrawLabel": "Einwilligung „{purpose}“ vom {date} widerrufen",
  "myData.purpose.application":
    "Bewerbung: Ihre Angaben an die Organisation geben und Ihre Bewerbung bearbeiten",
  "myData.purpose.shift": "Schichten: Ihre Anmeldung zu Schichten verwalten und Sie daran erinnern",
  "myData.purpose.other": "Zweck „{purpose}“",
  "myData.withdraw.title": "Einwilligung widerrufen: {purpose}",
  "myData.withdraw.effect.withdraw_open_applications":
    "Alle Ihre Bewerbungen, die noch nicht begonnen haben, werden zurückgezogen; die Organisationen sehen das. Engagements, die schon laufen, bleiben bestehen, weil sie auf Ihrer Vereinbarung mit der Organisation beruhen. Für neue Bewerbungen geben Sie wieder eine Einwilligung. Wenn alle Ihre Daten gelöscht werden sollen, löschen Sie unten Ihr Konto.",
  "myData.withdraw.effect.cancel_future_shifts":
    "Ihre Anmeldungen für kommende Schichten werden abgesagt; freie Plätze gehen an die Nächsten auf der Warteliste. Vergangene Schichten bleiben in Ihrer Übersicht.",
  "myData.withdraw.effect.none": "Wir verarbeiten Ihre Daten für diesen Zweck nicht mehr.",
  "myData.withdraw.confirm": "Ja, widerrufen",
  "myData.withdraw.cancel": "Abbrechen",
  "myData.withdraw.working": "Wird widerrufen …",
  "myData.withdraw.done": "Ihre Einwilligung ist widerrufen.",
  "myData.withdraw.applications":
    "Eine Bewerbung wurde zurückgezogen.|{count} Bewerbungen wurden zurückgezogen.",
  "myData.withdraw.shifts":
    "Eine Schichtanmeldung wurde abgesagt.|{count} Schichtanmeldungen wurden abgesagt.",
  "myData.download.title": "Alle meine Daten herunterladen",
  "myData.download.intro":
    "Sie erhalten eine Datei im Format JSON mit allem, was wir über Sie speichern: Profil, Bewerbungen und Engagements mit ihrem Verlauf, Stunden, Schulungen, Qualifikationen, Einwilligungen, Schichten, Einladungen und die E-Mails, die wir Ihnen geschickt haben. Geheime Teile von Links sind darin entfernt.",
  "myData.download.button": "Meine Daten herunterladen (JSON)",
  "myData.download.working": "Wird zusammengestellt …",
  "myData.download.done": "Die Datei {file} ist heruntergeladen.",
  "myData.delete.title": "Konto löschen",
  "myData.delete.intro": "Wenn Sie Ihr Konto löschen,",
  "myData.delete.point.personal":
    "löschen wir Ihren Namen, Ihre E-Mail-Adresse, Telefonnummer, Ihr Profil und Ihre Nachrichten,",
  "myData.delete.point.engagements":
    "enden laufende Bewerbungen und Engagements, und Ihre Plätze in kommenden Schichten und Schulungen werden frei,",
  "myData.delete.point.hours":
    "zählen Ihre Stunden nur noch ohne Namen in der Statistik der Stadt,",
  "myData.delete.point.signOut": "werden Sie überall abgemeldet.",
  "myData.delete.warning":
    "Das lässt sich nicht rückgängig machen. Laden Sie Ihre Daten vorher herunter, wenn Sie sie behalten möchten.",
  "myData.delete.confirm": "Ich möchte mein Konto und meine Daten endgültig löschen.",
  "myData.delete.confirmMissing": "Bitte bestätigen Sie, dass Ihr Konto gelöscht werden soll.",
  "myData.delete.button": "Konto endgültig löschen",
  "myData.delete.working": "Wird gelöscht …",
  "myData.deleted.title": "Ihr Konto ist gelöscht",
  "myData.deleted.text":
    "Wir haben Ihr Konto und Ihre persönlichen Daten gelöscht und Sie abgemeldet. Ihre Stunden zählen nur noch ohne Namen in der Statistik der Stadt. Danke für Ihr Engagement!",
  "myData.deleted.again": "Wenn Sie sich wieder engagieren möchten, sind Sie jederzeit willkommen.",
  "myData.deleted.home": "Zur Startseite",
  "myData.refused": "Das hat nicht geklappt",
};

type MyDataKey = keyof typeof myDataDe;

const myDataEn: Record<MyDataKey, string> = {
  "myData.title": "My data",
  "myData.intro":
    "Here you see what you have consented to, download all the data we keep about you, and can delete your account.",
  "myData.signedOut": "Sign in to see your data.",
  "myData.onlyVolunteers": "This page is for volunteers. The city manages your data as staff.",
  "myData.consents.title": "Your consents",
  "myData.consents.intro":
    "Each consent is for one purpose. You can withdraw it at any time; what happened until then remains lawful.",
  "myData.consents.caption": "Your consents",
  "myData.consents.purpose": "Purpose",
  "myData.consents.version": "Version",
  "myData.consents.given": "Given on",
  "myData.consents.state": "State",
  "myData.consents.active": "In force",
  "myData.consents.withdrawnOn": "Withdrawn on {date}",
  "myData.consents.none": "You have not given us any consent yet.",
  "myData.consents.withdraw": "Withdraw",
  "myData.consents.withdrawLabel": 'Withdraw the consent "{purpose}" of {date}',
  "myData.purpose.application":
    "Application: passing your details to the organisation and handling your application",
  "myData.purpose.shift": "Shifts: managing your shift sign-ups and reminding you of them",
  "myData.purpose.other": 'Purpose "{purpose}"',
  "myData.withdraw.title": "Withdraw consent: {purpose}",
  "myData.withdraw.effect.withdraw_open_applications":
    "All your applications that have not started yet are withdrawn; the organisations see this. Engagements that already run stay, because they rest on your agreement with the organisation. For new applications you give your consent again. If all your data should be deleted, delete your account below.",
  "myData.withdraw.effect.cancel_future_shifts":
    "Your sign-ups for coming shifts are cancelled; free places go to the next on the waiting list. Past shifts stay in your overview.",
  "myData.withdraw.effect.none": "We no longer process your data for this purpose.",
  "myData.withdraw.confirm": "Yes, withdraw",
  "myData.withdraw.cancel": "Cancel",
  "myData.withdraw.working": "Withdrawing …",
  "myData.withdraw.done": "Your consent is withdrawn.",
  "myData.withdraw.applications":
    "One application was withdrawn.|{count} applications were withdrawn.",
  "myData.withdraw.shifts":
    "One shift sign-up was cancelled.|{count} shift sign-ups were cancelled.",
  "myData.download.title": "Download all my data",
  "myData.download.intro":
    "You get a JSON file with everything we keep about you: profile, applications and engagements with their history, hours, trainings, qualifications, consents, shifts, invitations and the e-mails we sent you. Secret parts of links are removed.",
  "myData.download.button": "Download my data (JSON)",
  "myData.download.working": "Putting it together …",
  "myData.download.done": "The file {file} is downloaded.",
  "myData.delete.title": "Delete account",
  "myData.delete.intro": "When you delete your account,",
  "myData.delete.point.personal":
    "we delete your name, e-mail address, phone number, your profile and your messages,",
  "myData.delete.point.engagements":
    "running applications and engagements end, and your places in coming shifts and trainings become free,",
  "myData.delete.point.hours": "your hours count only without your name in the city's figures,",
  "myData.delete.point.signOut": "you are signed out everywhere.",
  "myData.delete.warning":
    "This cannot be undone. Download your data first if you want to keep it.",
  "myData.delete.confirm": "I want to delete my account and my data for good.",
  "myData.delete.confirmMissing": "Please confirm that your account should be deleted.",
  "myData.delete.button": "Delete account for good",
  "myData.delete.working": "Deleting …",
  "myData.deleted.title": "Your account is deleted",
  "myData.deleted.text":
    "We have deleted your account and your personal data and signed you out. Your hours count only without your name in the city's figures. Thank you for volunteering!",
  "myData.deleted.again": "If you would like to volunteer again, you are welcome at any time.",
  "myData.deleted.home": "To the start page",
  "myData.refused": "That did not work",
};

export const myDataMessages = { de: myDataDe, en: myDataEn };

/** The texts of "Meine Daten": they load with its pages, not with the app's first page. */
export const useMyDataT = () => useAreaT<MyDataKey, PublicMessageKey>(myDataMessages);

/** A consent's purpose in words; a purpose the platform does not know yet by its name. */
export function purposeText(t: ReturnType<typeof useMyDataT>, purpose: string): string {
  if (purpose === "application") return t("myData.purpose.application");
  if (purpose === "shift") return t("myData.purpose.shift");
  return t("myData.purpose.other", { purpose });
}
