import type { OutgoingMail } from "@engagiert/db/queries/outbox";

export type SurveyInvitationMail = {
  to: string;
  firstName: string;
  cityName: string;
  surveyTitle: string;
  /** One link per organisation the volunteer is engaged with; each answer counts for its own. */
  links: { organisationName: string; url: string }[];
  /** The last day answers are taken (`YYYY-MM-DD`), or none. */
  closesOn: string | null;
};

const dateIn = (locale: string, day: string) =>
  new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(new Date(`${day}T00:00:00Z`));

function linkLines(links: SurveyInvitationMail["links"], many: string): string[] {
  if (links.length === 1) return [links[0]!.url];
  return [many, "", ...links.flatMap((l) => [`${l.organisationName}:`, l.url, ""])].slice(0, -1);
}

/**
 * The invitation to a feedback survey. It says plainly that answering is voluntary and anonymous:
 * the answer is stored without name, link or time, and results are shown only for groups of at
 * least five answers.
 */
export function surveyInvitationMail(m: SurveyInvitationMail): OutgoingMail {
  const closesDe = m.closesOn
    ? `Sie können bis einschließlich ${dateIn("de-DE", m.closesOn)} antworten.`
    : "Sie können antworten, solange die Umfrage läuft.";
  const closesEn = m.closesOn
    ? `You can answer until ${dateIn("en-GB", m.closesOn)} inclusive.`
    : "You can answer as long as the survey is open.";
  return {
    kind: "survey_invitation",
    toEmail: m.to,
    subject: `Ihre Meinung zählt: ${m.surveyTitle}`,
    bodyText: [
      `Guten Tag ${m.firstName},`,
      "",
      `danke für Ihr Engagement! Wir möchten wissen, wie es Ihnen dabei geht, und laden Sie zu einer kurzen Umfrage ein: „${m.surveyTitle}“.`,
      "",
      "Die Teilnahme ist freiwillig und anonym. Ihre Antwort wird ohne Namen, ohne Uhrzeit und ohne Verbindung zu diesem Link gespeichert. Ergebnisse zeigen wir nur für Gruppen mit mindestens 5 Antworten, damit niemand erkannt werden kann.",
      "",
      ...linkLines(
        m.links,
        "Sie engagieren sich bei mehreren Stellen. Jeder Link gilt für eine davon:",
      ),
      "",
      `Jeder Link gilt nur einmal. ${closesDe}`,
      "",
      `Viele Grüße\n${m.cityName} engagiert`,
      "",
      "---",
      "",
      `Thank you for volunteering! We would like to know how it is going for you and invite you to a short survey: "${m.surveyTitle}".`,
      "",
      "Taking part is voluntary and anonymous. Your answer is stored without your name, without a time and without any connection to this link. We only show results for groups of at least 5 answers, so nobody can be identified.",
      "",
      ...linkLines(
        m.links,
        "You volunteer with several organisations. Each link is for one of them:",
      ),
      "",
      `Each link works only once. ${closesEn}`,
    ].join("\n"),
  };
}
