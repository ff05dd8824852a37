import type { OutgoingMail } from "@engagiert/db/queries/outbox";

export type ShiftMailContext = {
  to: string;
  firstName: string;
  cityName: string;
  opportunityTitle: string;
  startsAt: Date;
  endsAt: Date;
  address: string | null;
  /** The shift's iCalendar file, to put it in one's own calendar. */
  calendarUrl: string;
};

const when = (locale: string, start: Date, end: Date) => {
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
  return `${day}, ${time.format(start)}–${time.format(end)}`;
};

function shiftMail(
  kind: string,
  subject: string,
  c: ShiftMailContext,
  de: string,
  en: string,
): OutgoingMail {
  const whereDe = c.address ? `Ort: ${c.address}` : "Ort: online";
  const whereEn = c.address ? `Place: ${c.address}` : "Place: online";
  return {
    kind,
    toEmail: c.to,
    subject,
    bodyText: [
      `Guten Tag ${c.firstName},`,
      "",
      de,
      "",
      `„${c.opportunityTitle}“`,
      `Zeit: ${when("de-DE", c.startsAt, c.endsAt)} Uhr`,
      whereDe,
      "",
      `Für Ihren Kalender: ${c.calendarUrl}`,
      "",
      `Viele Grüße\n${c.cityName} engagiert`,
      "",
      "---",
      "",
      en,
      "",
      `"${c.opportunityTitle}"`,
      `Time: ${when("en-GB", c.startsAt, c.endsAt)}`,
      whereEn,
      "",
      `For your calendar: ${c.calendarUrl}`,
    ].join("\n"),
  };
}

/** A freed place went to the person who waited first. */
export function shiftPromotedMail(c: ShiftMailContext): OutgoingMail {
  return shiftMail(
    "shift_promoted",
    `Ein Platz ist frei geworden – ${c.opportunityTitle}`,
    c,
    "gute Nachricht: Auf der Schicht, für die Sie auf der Warteliste standen, ist ein Platz frei geworden. Er gehört jetzt Ihnen. Falls Sie doch nicht können, sagen Sie die Schicht bitte ab, damit der Nächste nachrücken kann.",
    "Good news: a place has become free on the shift you were waiting for. It is now yours. If you cannot come after all, please cancel the shift so the next person can move up.",
  );
}

/** The reminder the day before the shift. */
export function shiftReminderMail(c: ShiftMailContext): OutgoingMail {
  return shiftMail(
    "shift_reminder",
    `Erinnerung: morgen ${c.opportunityTitle}`,
    c,
    "eine kurze Erinnerung: Morgen ist Ihre Schicht. Wir freuen uns auf Sie! Falls Sie nicht können, sagen Sie bitte ab, damit jemand von der Warteliste nachrücken kann.",
    "A short reminder: your shift is tomorrow. We look forward to seeing you! If you cannot come, please cancel so someone from the waiting list can move up.",
  );
}

/** The link a visitor without an account follows to confirm the shift they asked for. */
export function shiftRequestMail(
  c: ShiftMailContext,
  link: string,
  validMinutes: number,
): OutgoingMail {
  return shiftMail(
    "shift_request",
    `Bitte bestätigen: ${c.opportunityTitle}`,
    c,
    `Sie möchten eine Schicht übernehmen. Bitte bestätigen Sie das mit diesem Link (er gilt ${validMinutes} Minuten und nur einmal); erst dann ist der Platz für Sie reserviert:\n\n${link}\n\nWenn Sie das nicht waren, können Sie diese E-Mail einfach löschen.`,
    `You would like to take a shift. Please confirm with this link (valid for ${validMinutes} minutes and only once); only then is the place yours:\n\n${link}\n\nIf this was not you, you can simply delete this e-mail.`,
  );
}
