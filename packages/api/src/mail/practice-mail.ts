import type { OutgoingMail } from "@engagiert/db/queries/outbox";

/** Where a practice's questions are read and answered in the network app. */
export function practiceUrl(networkAppUrl: string, practiceId: string): string {
  const url = new URL(`/praxis/${practiceId}`, networkAppUrl);
  url.hash = "fragen";
  return url.toString();
}

export type PracticePostMailContext = {
  to: string;
  practiceTitle: string;
  /** Who wrote the question or the answer, and from which city. */
  writerName: string;
  writerCityName: string;
  body: string;
  link: string;
};

/** The post quoted as a reader sees it in an e-mail, each line marked. */
const quoted = (body: string) =>
  body
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");

/** A member of another city asks about a practice: to its author and its contact address. */
export function practiceQuestionMail(c: PracticePostMailContext): OutgoingMail {
  return {
    kind: "practice_question",
    toEmail: c.to,
    subject: `Neue Frage zu Ihrer Praxislösung „${c.practiceTitle}“`,
    bodyText: [
      "Guten Tag,",
      "",
      `${c.writerName} (${c.writerCityName}) hat eine Frage zu Ihrer Praxislösung „${c.practiceTitle}“ gestellt:`,
      "",
      quoted(c.body),
      "",
      "Antworten Sie bitte direkt unter der Praxislösung im Netzwerk, damit auch andere Städte von Ihrer Erfahrung lernen:",
      c.link,
      "",
      "Viele Grüße",
      "Netzwerk Engagierte Stadt",
      "",
      "---",
      "",
      `${c.writerName} (${c.writerCityName}) asked a question about your practice "${c.practiceTitle}":`,
      "",
      quoted(c.body),
      "",
      "Please answer below the practice in the network app, so other cities can learn from your experience too:",
      c.link,
    ].join("\n"),
  };
}

/** Someone answered a member's question: to the person who asked. */
export function practiceAnswerMail(c: PracticePostMailContext): OutgoingMail {
  return {
    kind: "practice_answer",
    toEmail: c.to,
    subject: `Antwort auf Ihre Frage zu „${c.practiceTitle}“`,
    bodyText: [
      "Guten Tag,",
      "",
      `${c.writerName} (${c.writerCityName}) hat auf Ihre Frage zur Praxislösung „${c.practiceTitle}“ geantwortet:`,
      "",
      quoted(c.body),
      "",
      "Die ganze Unterhaltung finden Sie im Netzwerk:",
      c.link,
      "",
      "Viele Grüße",
      "Netzwerk Engagierte Stadt",
      "",
      "---",
      "",
      `${c.writerName} (${c.writerCityName}) answered your question about the practice "${c.practiceTitle}":`,
      "",
      quoted(c.body),
      "",
      "The whole conversation is in the network app:",
      c.link,
    ].join("\n"),
  };
}
