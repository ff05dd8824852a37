import type { OutgoingMail } from "@engagiert/db/queries/outbox";
import type { EngagementStatus } from "@engagiert/domain/engagement";

export type EngagementMailContext = {
  toEmail: string;
  firstName: string;
  opportunityTitle: string;
  organisationName: string;
  cityName: string;
};

type Text = { subject: string; de: string[]; en: string[] };

function texts(c: EngagementMailContext): Partial<Record<EngagementStatus, Text>> {
  return {
    submitted: {
      subject: `Ihre Bewerbung ist angekommen – ${c.opportunityTitle}`,
      de: [
        `vielen Dank für Ihr Interesse an „${c.opportunityTitle}“! Ihre Bewerbung ist bei ${c.organisationName} angekommen.`,
        "Wir melden uns in den nächsten Tagen bei Ihnen.",
      ],
      en: [
        `Thank you for your interest in "${c.opportunityTitle}"! ${c.organisationName} has received your application.`,
        "We will get in touch with you in the next few days.",
      ],
    },
    in_contact: {
      subject: `Wir möchten Sie kennenlernen – ${c.opportunityTitle}`,
      de: [
        `schön, dass Sie bei „${c.opportunityTitle}“ mitmachen möchten! ${c.organisationName} lädt Sie zu einem ersten Gespräch ein.`,
        "Wir melden uns mit einem Terminvorschlag. Sie können uns auch gern direkt antworten.",
      ],
      en: [
        `We are glad you would like to join "${c.opportunityTitle}"! ${c.organisationName} would like to invite you to a first conversation.`,
        "We will suggest a time. You are also welcome to reply to us directly.",
      ],
    },
    active: {
      subject: `Herzlich willkommen – ${c.opportunityTitle}`,
      de: [
        `es geht los: Ihr Engagement bei „${c.opportunityTitle}“ hat begonnen. ${c.organisationName} freut sich auf die Zusammenarbeit.`,
        "Danke, dass Sie sich für unsere Stadt einsetzen!",
      ],
      en: [
        `Here we go: your engagement with "${c.opportunityTitle}" has started. ${c.organisationName} is looking forward to working with you.`,
        "Thank you for your commitment to our city!",
      ],
    },
    declined: {
      subject: `Ihre Bewerbung – ${c.opportunityTitle}`,
      de: [
        `vielen Dank für Ihre Bewerbung bei „${c.opportunityTitle}“ und die Zeit, die Sie sich genommen haben.`,
        `Leider können wir Ihnen bei diesem Angebot keinen Platz anbieten. Das sagt nichts über Sie aus: Es gibt viele weitere Möglichkeiten, sich in ${c.cityName} zu engagieren, und wir freuen uns, wenn Sie sich dort umsehen.`,
      ],
      en: [
        `Thank you for applying to "${c.opportunityTitle}" and for the time you took.`,
        `Unfortunately we cannot offer you a place in this opportunity. This says nothing about you: there are many other ways to get involved in ${c.cityName}, and we would be glad if you had a look.`,
      ],
    },
  };
}

/** The kind mail a volunteer gets when their application moves; null for moves without one. */
export function engagementMoveMail(
  to: EngagementStatus,
  context: EngagementMailContext,
): OutgoingMail | null {
  const text = texts(context)[to];
  if (!text) return null;
  return {
    kind: `engagement_${to}`,
    toEmail: context.toEmail,
    subject: text.subject,
    bodyText: [
      `Guten Tag ${context.firstName},`,
      "",
      ...text.de.flatMap((line) => [line, ""]),
      `Viele Grüße`,
      context.organisationName,
      "",
      "---",
      "",
      `Hello ${context.firstName},`,
      "",
      ...text.en.flatMap((line) => [line, ""]),
      "Kind regards",
      context.organisationName,
    ].join("\n"),
  };
}
