import { useAreaT } from "@engagiert/ui/i18n";
import type { DepartmentsMessageKey } from "./messages.ts";

/** Messages of the account management (Zugänge) and of accepting an invitation. */
export const staffAdminDe = {
  "staffAdmin.title": "Zugänge",
  "staffAdmin.intro":
    "Hier verwalten Sie die Zugänge der Mitarbeitenden, der Koordinierungsstelle und des Netzwerks. Jede Änderung steht im Protokoll.",
  "staffAdmin.invite": "Person einladen",
  "staffAdmin.search": "Name oder E-Mail-Adresse",
  "staffAdmin.role": "Rolle",
  "staffAdmin.status": "Status",
  "staffAdmin.status.active": "Aktiv",
  "staffAdmin.status.inactive": "Deaktiviert",
  "staffAdmin.caption": "Zugänge der Stadt",
  "staffAdmin.name": "Name",
  "staffAdmin.email": "E-Mail-Adresse",
  "staffAdmin.lastSignIn": "Zuletzt angemeldet",
  "staffAdmin.never": "noch nie",
  "staffAdmin.secondFactor": "Zweiter Faktor",
  "staffAdmin.secondFactor.yes": "eingerichtet",
  "staffAdmin.secondFactor.no": "nicht eingerichtet",
  "staffAdmin.none": "Keine Zugänge gefunden.",
  "staffAdmin.role.staff": "Mitarbeiterin oder Mitarbeiter",
  "staffAdmin.role.coordinator": "Koordinierungsstelle",
  "staffAdmin.role.city_admin": "Administration der Stadt",
  "staffAdmin.role.network_member": "Mitglied im Netzwerk",
  "staffAdmin.role.network_admin": "Administration des Netzwerks",
  "staffAdmin.invitations": "Offene Einladungen",
  "staffAdmin.invitations.caption": "Offene Einladungen, die neueste zuerst",
  "staffAdmin.invitations.none": "Keine offenen Einladungen.",
  "staffAdmin.invitations.invitedBy": "Eingeladen von",
  "staffAdmin.invitations.validUntil": "Gültig bis",
  "staffAdmin.invitations.expired": "abgelaufen am {date}",
  "staffAdmin.invitations.action": "Zurückziehen",
  "staffAdmin.invitations.revoke": "Einladung an {name} zurückziehen",
  "staffAdmin.invitations.revoked": "Die Einladung an {name} gilt nicht mehr.",
  "staffAdmin.inviteTitle": "Person einladen",
  "staffAdmin.inviteIntro":
    "Die Person bekommt eine E-Mail mit einem Link, der eine Woche gilt. Damit legt sie ihr Passwort fest; Koordinierungsstelle und Administration richten bei der ersten Anmeldung einen zweiten Faktor ein.",
  "staffAdmin.displayName": "Name",
  "staffAdmin.organisation": "Organisation",
  "staffAdmin.organisationHint": "Nur Mitarbeitende gehören zu einer Organisation.",
  "staffAdmin.chooseOrganisation": "Bitte wählen",
  "staffAdmin.noOrganisation": "Keine (ganze Stadt oder Netzwerk)",
  "staffAdmin.send": "Einladung senden",
  "staffAdmin.sending": "Wird gesendet …",
  "staffAdmin.sent": "Die Einladung an {email} ist unterwegs.",
  "staffAdmin.sentReplaced": "Eine frühere Einladung an diese Adresse gilt nicht mehr.",
  "staffAdmin.sentValidUntil": "Der Link gilt bis {date}.",
  "staffAdmin.back": "Zurück zu den Zugängen",
  "staffAdmin.account": "Zugang von {name}",
  "staffAdmin.account.facts": "Angaben",
  "staffAdmin.account.created": "Angelegt",
  "staffAdmin.account.deactivatedAt": "Deaktiviert am",
  "staffAdmin.account.self":
    "Das ist Ihr eigener Zugang. Rolle und Status ändert eine andere Administratorin oder ein anderer Administrator.",
  "staffAdmin.account.lastAdmin":
    "Das ist der letzte aktive Zugang als Administration der Stadt: Er bleibt aktiv und behält seine Rolle.",
  "staffAdmin.change": "Rolle und Organisation",
  "staffAdmin.change.hint":
    "Nach einer Änderung meldet sich die Person neu an; die neuen Rechte gelten ab dann.",
  "staffAdmin.change.save": "Änderung speichern",
  "staffAdmin.change.saved": "Rolle und Organisation sind gespeichert.",
  "staffAdmin.change.unchanged": "Es gab nichts zu ändern.",
  "staffAdmin.activation": "Zugang aktiv oder deaktiviert",
  "staffAdmin.deactivate": "Zugang deaktivieren",
  "staffAdmin.deactivate.hint":
    "Die Person wird sofort abgemeldet und kann sich nicht mehr anmelden. Ihre Einträge bleiben erhalten.",
  "staffAdmin.deactivate.confirm": "Ja, {name} jetzt deaktivieren",
  "staffAdmin.deactivated":
    "Der Zugang ist deaktiviert; {count} Sitzung wurde beendet.|Der Zugang ist deaktiviert; {count} Sitzungen wurden beendet.",
  "staffAdmin.reactivate": "Zugang wieder aktivieren",
  "staffAdmin.reactivated": "Der Zugang ist wieder aktiv.",
  "staffAdmin.error.account_exists":
    "Unter dieser E-Mail-Adresse gibt es schon einen Zugang. Einen deaktivierten Zugang können Sie wieder aktivieren.",
  "staffAdmin.error.self":
    "Ihren eigenen Zugang ändert eine andere Administratorin oder ein anderer Administrator.",
  "staffAdmin.error.last_city_admin":
    "Das ist der letzte aktive Zugang als Administration der Stadt. Bitte zuerst einen weiteren einrichten.",
  "staffAdmin.error.already_inactive": "Dieser Zugang ist schon deaktiviert.",
  "staffAdmin.error.already_active": "Dieser Zugang ist schon aktiv.",
  "staffAdmin.error.invitation_closed":
    "Diese Einladung wurde schon angenommen oder zurückgezogen.",
  "invitation.title": "Einladung annehmen",
  "invitation.intro":
    "Guten Tag {name}, Sie sind eingeladen als: {role}. Legen Sie jetzt Ihr Passwort fest; danach melden Sie sich mit {email} an.",
  "invitation.introOrganisation":
    "Guten Tag {name}, Sie sind eingeladen als: {role} für {organisation}. Legen Sie jetzt Ihr Passwort fest; danach melden Sie sich mit {email} an.",
  "invitation.validUntil": "Der Link gilt bis {date}.",
  "invitation.password": "Neues Passwort",
  "invitation.passwordHint":
    "Mindestens 12 Zeichen. Gut zu merken sind mehrere Wörter hintereinander, die nicht zusammengehören.",
  "invitation.passwordRepeat": "Passwort wiederholen",
  "invitation.passwordMismatch": "Die beiden Passwörter stimmen nicht überein.",
  "invitation.passwordMissing": "Bitte ein Passwort eingeben.",
  "invitation.submit": "Passwort festlegen",
  "invitation.submitting": "Wird gespeichert …",
  "invitation.done": "Ihr Zugang ist eingerichtet",
  "invitation.doneText":
    "Melden Sie sich jetzt mit {email} und Ihrem neuen Passwort an. Koordinierungsstelle und Administration richten dabei einen zweiten Faktor ein.",
  "invitation.signIn": "Zur Anmeldung",
  "invitation.invalid": "Dieser Link funktioniert nicht",
  "invitation.expired":
    "Diese Einladung ist abgelaufen. Bitte bitten Sie die Administration der Stadt um eine neue.",
  "invitation.revoked":
    "Diese Einladung wurde zurückgezogen. Bitte wenden Sie sich an die Administration der Stadt.",
  "invitation.accepted":
    "Diese Einladung wurde schon angenommen. Sie können sich mit Ihrer E-Mail-Adresse und Ihrem Passwort anmelden.",
  "invitation.unknown":
    "Diesen Einladungslink kennen wir nicht. Bitte prüfen Sie, ob er vollständig ist.",
} as const;

export type StaffAdminMessageKey = keyof typeof staffAdminDe;

export const staffAdminEn: Record<StaffAdminMessageKey, string> = {
  "staffAdmin.title": "Accounts",
  "staffAdmin.intro":
    "Manage the accounts of staff, the coordination office and the network here. Every change is written to the audit log.",
  "staffAdmin.invite": "Invite a person",
  "staffAdmin.search": "Name or e-mail address",
  "staffAdmin.role": "Role",
  "staffAdmin.status": "Status",
  "staffAdmin.status.active": "Active",
  "staffAdmin.status.inactive": "Deactivated",
  "staffAdmin.caption": "The city's accounts",
  "staffAdmin.name": "Name",
  "staffAdmin.email": "E-mail address",
  "staffAdmin.lastSignIn": "Last signed in",
  "staffAdmin.never": "never",
  "staffAdmin.secondFactor": "Second factor",
  "staffAdmin.secondFactor.yes": "set up",
  "staffAdmin.secondFactor.no": "not set up",
  "staffAdmin.none": "No accounts found.",
  "staffAdmin.role.staff": "Staff member",
  "staffAdmin.role.coordinator": "Coordination office",
  "staffAdmin.role.city_admin": "City administrator",
  "staffAdmin.role.network_member": "Network member",
  "staffAdmin.role.network_admin": "Network administrator",
  "staffAdmin.invitations": "Open invitations",
  "staffAdmin.invitations.caption": "Open invitations, newest first",
  "staffAdmin.invitations.none": "No open invitations.",
  "staffAdmin.invitations.invitedBy": "Invited by",
  "staffAdmin.invitations.validUntil": "Valid until",
  "staffAdmin.invitations.expired": "expired on {date}",
  "staffAdmin.invitations.action": "Revoke",
  "staffAdmin.invitations.revoke": "Revoke the invitation to {name}",
  "staffAdmin.invitations.revoked": "The invitation to {name} no longer works.",
  "staffAdmin.inviteTitle": "Invite a person",
  "staffAdmin.inviteIntro":
    "The person gets an e-mail with a link that is valid for a week. With it they choose their password; the coordination office and administrators set up a second factor when they first sign in.",
  "staffAdmin.displayName": "Name",
  "staffAdmin.organisation": "Organisation",
  "staffAdmin.organisationHint": "Only staff members belong to an organisation.",
  "staffAdmin.chooseOrganisation": "Please choose",
  "staffAdmin.noOrganisation": "None (whole city or network)",
  "staffAdmin.send": "Send invitation",
  "staffAdmin.sending": "Sending …",
  "staffAdmin.sent": "The invitation to {email} is on its way.",
  "staffAdmin.sentReplaced": "An earlier invitation to this address no longer works.",
  "staffAdmin.sentValidUntil": "The link is valid until {date}.",
  "staffAdmin.back": "Back to the accounts",
  "staffAdmin.account": "Account of {name}",
  "staffAdmin.account.facts": "Details",
  "staffAdmin.account.created": "Created",
  "staffAdmin.account.deactivatedAt": "Deactivated on",
  "staffAdmin.account.self":
    "This is your own account. Another administrator changes its role and status.",
  "staffAdmin.account.lastAdmin":
    "This is the last active city administrator account: it stays active and keeps its role.",
  "staffAdmin.change": "Role and organisation",
  "staffAdmin.change.hint":
    "After a change the person signs in again; the new rights apply from then on.",
  "staffAdmin.change.save": "Save change",
  "staffAdmin.change.saved": "Role and organisation are saved.",
  "staffAdmin.change.unchanged": "There was nothing to change.",
  "staffAdmin.activation": "Account active or deactivated",
  "staffAdmin.deactivate": "Deactivate account",
  "staffAdmin.deactivate.hint":
    "The person is signed out at once and can no longer sign in. Their entries are kept.",
  "staffAdmin.deactivate.confirm": "Yes, deactivate {name} now",
  "staffAdmin.deactivated":
    "The account is deactivated; {count} session was ended.|The account is deactivated; {count} sessions were ended.",
  "staffAdmin.reactivate": "Reactivate account",
  "staffAdmin.reactivated": "The account is active again.",
  "staffAdmin.error.account_exists":
    "There is already an account with this e-mail address. You can reactivate a deactivated account.",
  "staffAdmin.error.self": "Another administrator changes your own account.",
  "staffAdmin.error.last_city_admin":
    "This is the last active city administrator account. Please set up another one first.",
  "staffAdmin.error.already_inactive": "This account is already deactivated.",
  "staffAdmin.error.already_active": "This account is already active.",
  "staffAdmin.error.invitation_closed": "This invitation was already accepted or revoked.",
  "invitation.title": "Accept the invitation",
  "invitation.intro":
    "Hello {name}, you are invited as: {role}. Choose your password now; then sign in with {email}.",
  "invitation.introOrganisation":
    "Hello {name}, you are invited as: {role} for {organisation}. Choose your password now; then sign in with {email}.",
  "invitation.validUntil": "The link is valid until {date}.",
  "invitation.password": "New password",
  "invitation.passwordHint":
    "At least 12 characters. Several unrelated words in a row are easy to remember.",
  "invitation.passwordRepeat": "Repeat the password",
  "invitation.passwordMismatch": "The two passwords do not match.",
  "invitation.passwordMissing": "Please enter a password.",
  "invitation.submit": "Set password",
  "invitation.submitting": "Saving …",
  "invitation.done": "Your account is set up",
  "invitation.doneText":
    "Sign in now with {email} and your new password. The coordination office and administrators set up a second factor while doing so.",
  "invitation.signIn": "Go to sign-in",
  "invitation.invalid": "This link does not work",
  "invitation.expired":
    "This invitation has expired. Please ask the city's administrators for a new one.",
  "invitation.revoked": "This invitation was revoked. Please contact the city's administrators.",
  "invitation.accepted":
    "This invitation was already accepted. You can sign in with your e-mail address and your password.",
  "invitation.unknown": "We do not know this invitation link. Please check that it is complete.",
};

export const staffAdminMessages = { de: staffAdminDe, en: staffAdminEn };

/** The account pages' texts: they load with those pages, not with the app's first page. */
export const useStaffAdminT = () =>
  useAreaT<StaffAdminMessageKey, DepartmentsMessageKey>(staffAdminMessages);
