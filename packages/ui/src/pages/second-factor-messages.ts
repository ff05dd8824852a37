import { useAreaT } from "../i18n/i18n.tsx";

/**
 * Texts of the second factor: the code step after the password, setting up an authenticator app
 * and the recovery codes. Shared by the sign-in page and the departments' security page.
 */
export const secondFactorDe = {
  "secondFactor.code.title": "Bestätigungscode eingeben",
  "secondFactor.code.intro":
    "Ihr Passwort stimmt. Öffnen Sie jetzt Ihre Authentifizierungs-App und geben Sie den sechsstelligen Code ein, den sie für diesen Zugang zeigt.",
  "secondFactor.code.label": "Bestätigungscode",
  "secondFactor.code.hint":
    "Sechs Ziffern aus der App. Ohne Ihr Telefon geht auch einer Ihrer Wiederherstellungscodes (zum Beispiel k7qm-2xwa-pp3d-ru5c).",
  "secondFactor.code.missing": "Bitte geben Sie den Code ein.",
  "secondFactor.code.submit": "Bestätigen",
  "secondFactor.code.submitting": "Wird geprüft …",
  "secondFactor.cancel": "Abbrechen und neu anmelden",
  "secondFactor.failed": "Das hat nicht geklappt",
  "secondFactor.recoveryLeft":
    "Sie haben einen Wiederherstellungscode verwendet. Verbleibende Codes: {count}. Unter „Sicherheit“ können Sie neue erzeugen.",
  "secondFactor.setup.title": "Zweiten Faktor einrichten",
  "secondFactor.setup.required":
    "Für Ihre Rolle ist ein zweiter Faktor vorgeschrieben: Außer dem Passwort braucht die Anmeldung dann einen Code aus einer App auf Ihrem Telefon. Das dauert etwa zwei Minuten.",
  "secondFactor.setup.stepApp":
    "Installieren Sie eine Authentifizierungs-App, falls Sie noch keine haben (zum Beispiel FreeOTP, Aegis, Google Authenticator oder Microsoft Authenticator).",
  "secondFactor.setup.stepScan":
    "Fügen Sie in der App einen Zugang hinzu: Scannen Sie den QR-Code, oder tippen Sie den Schlüssel darunter ab.",
  "secondFactor.setup.stepCode": "Geben Sie den Code ein, den die App nun zeigt.",
  "secondFactor.setup.steps": "So geht es",
  "secondFactor.setup.qr": "QR-Code für Ihre Authentifizierungs-App",
  "secondFactor.setup.secret": "Schlüssel zum Abtippen",
  "secondFactor.setup.secretHint": "Zeitbasiert (TOTP), 6 Ziffern, alle 30 Sekunden neu.",
  "secondFactor.setup.loading": "Der Schlüssel wird erzeugt …",
  "secondFactor.setup.codeLabel": "Code aus der App",
  "secondFactor.setup.codeHint": "Sechs Ziffern.",
  "secondFactor.setup.codeInvalid": "Bitte geben Sie die sechs Ziffern aus der App ein.",
  "secondFactor.setup.password": "Ihr Passwort",
  "secondFactor.setup.passwordHint": "Zur Sicherheit fragen wir es vor jeder Änderung erneut.",
  "secondFactor.setup.passwordMissing": "Bitte geben Sie Ihr Passwort ein.",
  "secondFactor.setup.submit": "Einrichten",
  "secondFactor.setup.submitting": "Wird eingerichtet …",
  "secondFactor.recovery.title": "Ihre Wiederherstellungscodes",
  "secondFactor.recovery.intro":
    "Wenn Sie Ihr Telefon verlieren, melden Sie sich mit einem dieser Codes an. Jeder Code gilt einmal. Wir zeigen sie nur jetzt: Speichern oder drucken Sie sie und bewahren Sie sie getrennt vom Telefon auf.",
  "secondFactor.recovery.list": "Zehn Wiederherstellungscodes",
  "secondFactor.recovery.download": "Als Textdatei herunterladen",
  "secondFactor.recovery.fileTitle": "Wiederherstellungscodes für {account}",
  "secondFactor.recovery.fileNote": "Jeder Code gilt einmal. Erzeugt am {date}.",
  "secondFactor.recovery.saved": "Ich habe die Codes sicher aufbewahrt.",
  "secondFactor.recovery.savedMissing":
    "Bitte bestätigen Sie, dass Sie die Codes aufbewahrt haben.",
  "secondFactor.recovery.continue": "Weiter",
  "secondFactor.error.wrong_code":
    "Der Code stimmt nicht. Bitte geben Sie den aktuellen Code aus Ihrer App ein, oder einen Ihrer Wiederherstellungscodes.",
  "secondFactor.error.code_used":
    "Dieser Code wurde gerade schon verwendet. Bitte warten Sie auf den nächsten Code Ihrer App.",
  "secondFactor.error.second_factor_expired":
    "Die Anmeldung ist abgelaufen. Bitte geben Sie E-Mail-Adresse und Passwort erneut ein.",
} as const;

export type SecondFactorMessageKey = keyof typeof secondFactorDe;

export const secondFactorEn: Record<SecondFactorMessageKey, string> = {
  "secondFactor.code.title": "Enter the confirmation code",
  "secondFactor.code.intro":
    "Your password is right. Now open your authenticator app and enter the six-digit code it shows for this account.",
  "secondFactor.code.label": "Confirmation code",
  "secondFactor.code.hint":
    "Six digits from the app. Without your phone, one of your recovery codes works too (for example k7qm-2xwa-pp3d-ru5c).",
  "secondFactor.code.missing": "Please enter the code.",
  "secondFactor.code.submit": "Confirm",
  "secondFactor.code.submitting": "Checking …",
  "secondFactor.cancel": "Cancel and sign in again",
  "secondFactor.failed": "That did not work",
  "secondFactor.recoveryLeft":
    "You used a recovery code. Codes left: {count}. You can make new ones under “Security”.",
  "secondFactor.setup.title": "Set up a second factor",
  "secondFactor.setup.required":
    "Your role requires a second factor: besides the password, signing in then needs a code from an app on your phone. This takes about two minutes.",
  "secondFactor.setup.stepApp":
    "Install an authenticator app if you have none yet (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator).",
  "secondFactor.setup.stepScan":
    "Add an account in the app: scan the QR code, or type in the key below it.",
  "secondFactor.setup.stepCode": "Enter the code the app now shows.",
  "secondFactor.setup.steps": "How it works",
  "secondFactor.setup.qr": "QR code for your authenticator app",
  "secondFactor.setup.secret": "Key to type in",
  "secondFactor.setup.secretHint": "Time-based (TOTP), 6 digits, new every 30 seconds.",
  "secondFactor.setup.loading": "Making the key …",
  "secondFactor.setup.codeLabel": "Code from the app",
  "secondFactor.setup.codeHint": "Six digits.",
  "secondFactor.setup.codeInvalid": "Please enter the six digits from the app.",
  "secondFactor.setup.password": "Your password",
  "secondFactor.setup.passwordHint": "To be safe, we ask for it again before every change.",
  "secondFactor.setup.passwordMissing": "Please enter your password.",
  "secondFactor.setup.submit": "Set up",
  "secondFactor.setup.submitting": "Setting up …",
  "secondFactor.recovery.title": "Your recovery codes",
  "secondFactor.recovery.intro":
    "If you lose your phone, sign in with one of these codes. Each code works once. We show them only now: save or print them and keep them apart from your phone.",
  "secondFactor.recovery.list": "Ten recovery codes",
  "secondFactor.recovery.download": "Download as a text file",
  "secondFactor.recovery.fileTitle": "Recovery codes for {account}",
  "secondFactor.recovery.fileNote": "Each code works once. Made on {date}.",
  "secondFactor.recovery.saved": "I have kept the codes in a safe place.",
  "secondFactor.recovery.savedMissing": "Please confirm that you have kept the codes.",
  "secondFactor.recovery.continue": "Continue",
  "secondFactor.error.wrong_code":
    "The code is not right. Please enter the current code from your app, or one of your recovery codes.",
  "secondFactor.error.code_used":
    "This code was used a moment ago. Please wait for the next code in your app.",
  "secondFactor.error.second_factor_expired":
    "Signing in has timed out. Please enter your e-mail address and password again.",
};

export const secondFactorMessages = { de: secondFactorDe, en: secondFactorEn };

export const useSecondFactorT = () => useAreaT<SecondFactorMessageKey>(secondFactorMessages);

const TRANSLATED = ["wrong_code", "code_used", "second_factor_expired"] as const;

/** The reason of a refused code as a key of this catalogue, if it has one. */
export function secondFactorReasonKey(reason: string | null): SecondFactorMessageKey | null {
  const known = TRANSLATED.find((r) => r === reason);
  return known ? `secondFactor.error.${known}` : null;
}
