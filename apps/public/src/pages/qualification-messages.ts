import { useAreaT } from "@engagiert/ui/i18n";
import type { PublicMessageKey } from "../messages.ts";
/** "Meine Qualifikationen": the volunteer's qualifications and where each stands. */
export const qualificationDe = {
  "myQualifications.title": "Meine Qualifikationen",
  "myQualifications.link": "Meine Qualifikationen ansehen",
  "myQualifications.intro":
    "Ihre Qualifikationen und wie lange sie gelten. Vor dem Ablauf erinnern wir Sie per E-Mail.",
  "myQualifications.signedOut": "Melden Sie sich an, um Ihre Qualifikationen zu sehen.",
  "myQualifications.onlyVolunteers": "Diese Seite ist für Engagierte.",
  "myQualifications.none":
    "Noch keine Qualifikationen erfasst. Bringen Sie Nachweise gern zu Ihrer Ansprechperson mit.",
  "myQualifications.standing": "Stand",
  "myQualifications.from": "Ausgestellt am",
  "myQualifications.until": "Gültig bis",
  "myQualifications.issuer": "Ausgestellt von",
  "myQualifications.noDate": "ohne Ablaufdatum",
  "myQualifications.valid": "Gültig",
  "myQualifications.expiresToday": "Läuft heute ab",
  "myQualifications.expiring": "Läuft in einem Tag ab|Läuft in {count} Tagen ab",
  "myQualifications.expired": "Seit einem Tag abgelaufen|Seit {count} Tagen abgelaufen",
  "myQualifications.notYetValid": "Gültig ab {date}",
  "myQualifications.back": "Zurück zu Mein Engagement",
} as const;

export const qualificationEn: Record<keyof typeof qualificationDe, string> = {
  "myQualifications.title": "My qualifications",
  "myQualifications.link": "See my qualifications",
  "myQualifications.intro":
    "Your qualifications and how long they are valid. We remind you by e-mail before one expires.",
  "myQualifications.signedOut": "Sign in to see your qualifications.",
  "myQualifications.onlyVolunteers": "This page is for volunteers.",
  "myQualifications.none":
    "No qualifications recorded yet. Feel free to bring certificates to your contact person.",
  "myQualifications.standing": "Standing",
  "myQualifications.from": "Issued on",
  "myQualifications.until": "Valid until",
  "myQualifications.issuer": "Issued by",
  "myQualifications.noDate": "no expiry date",
  "myQualifications.valid": "Valid",
  "myQualifications.expiresToday": "Expires today",
  "myQualifications.expiring": "Expires in one day|Expires in {count} days",
  "myQualifications.expired": "Expired one day ago|Expired {count} days ago",
  "myQualifications.notYetValid": "Valid from {date}",
  "myQualifications.back": "Back to My engagement",
};

export const qualificationMessages = { de: qualificationDe, en: qualificationEn };

/** The qualification pages' texts: they load with those pages, not with the app's first page. */
export const useQualificationT = () =>
  useAreaT<keyof typeof qualificationDe, PublicMessageKey>(qualificationMessages);

export type QualificationMessageKey = keyof typeof qualificationDe;
