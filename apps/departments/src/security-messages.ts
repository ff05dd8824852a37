import { useAreaT } from "@engagiert/ui/i18n";
import type { DepartmentsMessageKey } from "./messages.ts";

/** Messages of the security page (Sicherheit): password, authenticator app, recovery codes. */
export const securityDe = {
  "security.title": "Sicherheit",
  "security.intro":
    "Hier ändern Sie Ihr Passwort und richten den zweiten Faktor ein: einen Code aus einer App auf Ihrem Telefon, den die Anmeldung nach dem Passwort verlangt.",
  "security.password.title": "Passwort ändern",
  "security.password.rules":
    "Mindestens 12 Zeichen, höchstens 256. Am besten mehrere Wörter, die nicht zusammengehören; Ziffern oder Sonderzeichen sind nicht nötig. Häufige Passwörter, Ihr Name und Ihre E-Mail-Adresse gehen nicht. Ändern müssen Sie es nur, wenn jemand anderes es kennen könnte.",
  "security.password.changedAt": "Zuletzt geändert am {date}.",
  "security.password.current": "Bisheriges Passwort",
  "security.password.new": "Neues Passwort",
  "security.password.currentMissing": "Bitte geben Sie Ihr bisheriges Passwort ein.",
  "security.password.newMissing": "Bitte geben Sie ein neues Passwort ein.",
  "security.password.tooShort":
    "Das Passwort ist zu kurz: Es hat {count} von mindestens 12 Zeichen.",
  "security.password.submit": "Passwort ändern",
  "security.password.submitting": "Wird geändert …",
  "security.password.changed": "Ihr Passwort ist geändert",
  "security.password.endedSessions":
    "Angemeldete Sitzungen auf anderen Geräten wurden beendet: {count}.",
  "security.factor.title": "Zweiter Faktor",
  "security.factor.enabled": "Eingerichtet am {date}.",
  "security.factor.codesLeft": "Verbleibende Wiederherstellungscodes: {count} von 10.",
  "security.factor.codesLow":
    "Es sind nur noch wenige Wiederherstellungscodes übrig. Erzeugen Sie am besten neue.",
  "security.factor.notEnabled": "Noch nicht eingerichtet.",
  "security.factor.required":
    "Für Ihre Rolle ist der zweite Faktor vorgeschrieben. Sie können ihn neu einrichten, etwa für ein neues Telefon, aber nicht ausschalten.",
  "security.factor.optional":
    "Für Ihre Rolle ist der zweite Faktor freiwillig. Wir empfehlen ihn: Ein erratenes oder gestohlenes Passwort allein genügt dann nicht.",
  "security.factor.setUp": "Authentifizierungs-App einrichten",
  "security.factor.renew": "Neu einrichten (neues Telefon)",
  "security.factor.renewNote":
    "Nach dem Neueinrichten gilt nur noch die neue App; die bisherigen Wiederherstellungscodes werden ersetzt und andere Sitzungen beendet.",
  "security.factor.setupTitle": "Authentifizierungs-App einrichten",
  "security.factor.cancel": "Abbrechen",
  "security.factor.done": "Fertig",
  "security.factor.saved": "Der zweite Faktor ist eingerichtet",
  "security.codes.title": "Neue Wiederherstellungscodes",
  "security.codes.explain":
    "Die bisherigen Codes gelten danach nicht mehr. Die neuen zeigen wir einmal.",
  "security.codes.start": "Neue Wiederherstellungscodes erzeugen",
  "security.codes.submit": "Codes erzeugen",
  "security.disable.title": "Zweiten Faktor ausschalten",
  "security.disable.explain":
    "Danach genügt wieder das Passwort. Ihre App und Ihre Wiederherstellungscodes gelten nicht mehr.",
  "security.disable.start": "Zweiten Faktor ausschalten",
  "security.disable.submit": "Ausschalten",
  "security.disable.done": "Der zweite Faktor ist ausgeschaltet",
  "security.password.label": "Ihr Passwort",
  "security.password.hint": "Zur Sicherheit fragen wir es vor jeder Änderung erneut.",
  "security.password.missing": "Bitte geben Sie Ihr Passwort ein.",
  "security.failed": "Das hat nicht geklappt",
} as const;

export type SecurityMessageKey = keyof typeof securityDe;

export const securityEn: Record<SecurityMessageKey, string> = {
  "security.title": "Security",
  "security.intro":
    "Here you change your password and set up the second factor: a code from an app on your phone that signing in asks for after the password.",
  "security.password.title": "Change password",
  "security.password.rules":
    "At least 12 characters, at most 256. Best are several words that do not belong together; digits or special characters are not needed. Common passwords, your name and your e-mail address do not work. You only need to change it if someone else might know it.",
  "security.password.changedAt": "Last changed on {date}.",
  "security.password.current": "Current password",
  "security.password.new": "New password",
  "security.password.currentMissing": "Please enter your current password.",
  "security.password.newMissing": "Please enter a new password.",
  "security.password.tooShort":
    "The password is too short: it has {count} of at least 12 characters.",
  "security.password.submit": "Change password",
  "security.password.submitting": "Changing …",
  "security.password.changed": "Your password is changed",
  "security.password.endedSessions": "Sessions signed in on other devices were ended: {count}.",
  "security.factor.title": "Second factor",
  "security.factor.enabled": "Set up on {date}.",
  "security.factor.codesLeft": "Recovery codes left: {count} of 10.",
  "security.factor.codesLow": "Only a few recovery codes are left. Best make new ones.",
  "security.factor.notEnabled": "Not set up yet.",
  "security.factor.required":
    "Your role requires the second factor. You can set it up again, for a new phone for example, but not turn it off.",
  "security.factor.optional":
    "For your role the second factor is optional. We recommend it: a guessed or stolen password alone is then not enough.",
  "security.factor.setUp": "Set up an authenticator app",
  "security.factor.renew": "Set up again (new phone)",
  "security.factor.renewNote":
    "After setting it up again only the new app works; the recovery codes are replaced and other sessions end.",
  "security.factor.setupTitle": "Set up an authenticator app",
  "security.factor.cancel": "Cancel",
  "security.factor.done": "Done",
  "security.factor.saved": "The second factor is set up",
  "security.codes.title": "New recovery codes",
  "security.codes.explain": "The old codes stop working. We show the new ones once.",
  "security.codes.start": "Make new recovery codes",
  "security.codes.submit": "Make codes",
  "security.disable.title": "Turn off the second factor",
  "security.disable.explain":
    "Afterwards the password alone is enough again. Your app and your recovery codes stop working.",
  "security.disable.start": "Turn off the second factor",
  "security.disable.submit": "Turn off",
  "security.disable.done": "The second factor is turned off",
  "security.password.label": "Your password",
  "security.password.hint": "To be safe, we ask for it again before every change.",
  "security.password.missing": "Please enter your password.",
  "security.failed": "That did not work",
};

export const securityMessages = { de: securityDe, en: securityEn };

/** The security page's texts: they load with that page, not with the app's first page. */
export const useSecurityT = () =>
  useAreaT<SecurityMessageKey, DepartmentsMessageKey>(securityMessages);
