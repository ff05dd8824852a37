import type { OutgoingMail } from "@engagiert/db/queries/outbox";

export type HourReturnedMail = {
  toEmail: string;
  firstName: string;
  opportunityTitle: string;
  organisationName: string;
  /** `YYYY-MM-DD` */
  workedOn: string;
  minutes: number;
  comment: string;
  /** The page where the volunteer changes the entry and sends it again. */
  hoursUrl: string;
};

const dayIn = (isoDate: string, locale: string) =>
  new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(new Date(`${isoDate}T00:00:00Z`));

const durationIn = (minutes: number, hours: string, mins: string) => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h > 0 ? `${h} ${hours}` : null, m > 0 || h === 0 ? `${m} ${mins}` : null]
    .filter(Boolean)
    .join(" ");
};

/**
 * Staff returned hours with a question or a request: the volunteer learns what to change, kindly,
 * and where to do it. The entry is not lost; sent again, it is checked once more.
 */
export function hourReturnedMail(c: HourReturnedMail): OutgoingMail {
  const de = `${dayIn(c.workedOn, "de-DE")}, ${durationIn(c.minutes, "Std.", "Min.")}`;
  const en = `${dayIn(c.workedOn, "en-GB")}, ${durationIn(c.minutes, "h", "min")}`;
  return {
    kind: "hours_returned",
    toEmail: c.toEmail,
    subject: `Rückfrage zu Ihren Stunden – ${c.opportunityTitle}`,
    bodyText: [
      `Guten Tag ${c.firstName},`,
      "",
      `danke, dass Sie Ihre Stunden bei „${c.opportunityTitle}“ eintragen! Zu einem Eintrag hat ${c.organisationName} eine Rückfrage:`,
      "",
      `Ihr Eintrag: ${de}`,
      `Rückfrage: ${c.comment}`,
      "",
      "Sie können den Eintrag hier ändern und erneut senden:",
      c.hoursUrl,
      "",
      "Viele Grüße",
      c.organisationName,
      "",
      "---",
      "",
      `Hello ${c.firstName},`,
      "",
      `thank you for logging your hours with "${c.opportunityTitle}"! ${c.organisationName} has a question about one entry:`,
      "",
      `Your entry: ${en}`,
      `Question: ${c.comment}`,
      "",
      "You can change the entry and send it again here:",
      c.hoursUrl,
      "",
      "Kind regards",
      c.organisationName,
    ].join("\n"),
  };
}
