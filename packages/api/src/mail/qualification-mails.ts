import type { OutgoingMail } from "@engagiert/db/queries/outbox";

export type QualificationReminderContext = {
  to: string;
  firstName: string;
  cityName: string;
  typeNameDe: string;
  typeNameEn: string;
  /** The last valid day, `YYYY-MM-DD`. */
  validUntil: string;
  daysLeft: number;
  /** "Meine Qualifikationen" in the public app. */
  myQualificationsUrl: string;
};

const longDate = (locale: string, day: string) =>
  new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(new Date(`${day}T00:00:00Z`));

const inDays = (days: number, de: boolean) => {
  if (days === 0) return de ? "heute" : "today";
  if (days === 1) return de ? "morgen" : "tomorrow";
  return de ? `in ${days} Tagen` : `in ${days} days`;
};

/** A qualification runs out soon: once per record, in its type's reminder period. */
export function qualificationReminderMail(c: QualificationReminderContext): OutgoingMail {
  return {
    kind: "qualification_reminder",
    toEmail: c.to,
    subject: `Ihre Qualifikation läuft bald ab – ${c.typeNameDe}`,
    bodyText: [
      `Guten Tag ${c.firstName},`,
      "",
      `Ihre Qualifikation „${c.typeNameDe}“ ist noch bis zum ${longDate("de-DE", c.validUntil)} gültig und läuft ${inDays(c.daysLeft, true)} ab.`,
      "Wenn Sie sich weiter mit ihr engagieren möchten, denken Sie bitte rechtzeitig an eine Auffrischung oder Verlängerung. Ihre Ansprechperson hilft Ihnen gern dabei.",
      "",
      `Ihre Qualifikationen im Überblick: ${c.myQualificationsUrl}`,
      "",
      `Viele Grüße\n${c.cityName} engagiert`,
      "",
      "---",
      "",
      `Your qualification "${c.typeNameEn}" is valid until ${longDate("en-GB", c.validUntil)} and runs out ${inDays(c.daysLeft, false)}.`,
      "If you would like to keep volunteering with it, please think of a refresher or renewal in good time. Your contact person is happy to help.",
      "",
      `Your qualifications at a glance: ${c.myQualificationsUrl}`,
    ].join("\n"),
  };
}
