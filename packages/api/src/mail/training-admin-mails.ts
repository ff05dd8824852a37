import type { OutgoingMail } from "@engagiert/db/queries/outbox";

export type TrainingCancellationContext = {
  to: string;
  firstName: string;
  cityName: string;
  trainingTitle: string;
  /** Who offers it: the organisation or the coordination office, to ask questions. */
  organiserName: string;
  sessions: readonly { startsAt: Date; endsAt: Date }[];
  /** The person held a place (confirmed) or was on the waiting list. */
  hadPlace: boolean;
  /** Where the city's other trainings are listed. */
  calendarPageUrl: string;
};

const sessionLine = (locale: string, start: Date, end: Date) => {
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: "Europe/Berlin",
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(start);
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: "Europe/Berlin",
    hour: "2-digit",
    minute: "2-digit",
  });
  return `- ${day}, ${time.format(start)}–${time.format(end)}`;
};

/**
 * The organiser cancelled a training: everyone who held a place or waited for one is told,
 * kindly and with where to find another date. Any calendar entries can be deleted.
 */
export function trainingCancelledByOrganiserMail(c: TrainingCancellationContext): OutgoingMail {
  const dates = (locale: string, suffix: string) =>
    c.sessions.map((s) => `${sessionLine(locale, s.startsAt, s.endsAt)}${suffix}`);
  return {
    kind: "training_cancelled",
    toEmail: c.to,
    subject: `Abgesagt: ${c.trainingTitle}`,
    bodyText: [
      `Guten Tag ${c.firstName},`,
      "",
      `leider müssen wir die Schulung „${c.trainingTitle}“ absagen. ${
        c.hadPlace
          ? "Ihr Platz entfällt damit; falls Sie die Termine in Ihren Kalender eingetragen haben, können Sie sie löschen."
          : "Ihr Platz auf der Warteliste entfällt damit."
      } Wir bitten um Entschuldigung.`,
      "",
      "Die abgesagten Termine:",
      ...dates("de-DE", " Uhr"),
      "",
      `Weitere Schulungen finden Sie hier: ${c.calendarPageUrl}`,
      `Bei Fragen hilft Ihnen gern: ${c.organiserName}.`,
      "",
      `Viele Grüße\n${c.cityName} engagiert`,
      "",
      "---",
      "",
      `We are sorry to tell you that the training "${c.trainingTitle}" has been cancelled. ${
        c.hadPlace
          ? "Your place is therefore cancelled too; if you added the dates to your calendar, you can delete them."
          : "Your place on the waiting list is therefore cancelled too."
      } We apologise.`,
      "",
      "The cancelled dates:",
      ...dates("en-GB", ""),
      "",
      `You can find other trainings here: ${c.calendarPageUrl}`,
      `If you have questions, please contact: ${c.organiserName}.`,
    ].join("\n"),
  };
}
