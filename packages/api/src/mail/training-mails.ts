import type { OutgoingMail } from "@engagiert/db/queries/outbox";

export type TrainingMailContext = {
  to: string;
  firstName: string;
  cityName: string;
  trainingTitle: string;
  sessions: readonly { startsAt: Date; endsAt: Date }[];
  place: string | null;
  /** The online room; given only to those who hold a place. */
  onlineUrl: string | null;
  /** The training's page in the public app. */
  pageUrl: string;
  /** The training's iCalendar file with all its dates. */
  calendarUrl: string;
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

function details(c: TrainingMailContext, language: "de" | "en", withOnlineUrl: boolean) {
  const locale = language === "de" ? "de-DE" : "en-GB";
  const hours = language === "de" ? " Uhr" : "";
  const lines = [
    language === "de" ? `„${c.trainingTitle}“` : `"${c.trainingTitle}"`,
    language === "de" ? "Termine:" : "Dates:",
    ...c.sessions.map((s) => `${sessionLine(locale, s.startsAt, s.endsAt)}${hours}`),
  ];
  if (c.place) lines.push(`${language === "de" ? "Ort" : "Place"}: ${c.place}`);
  if (c.onlineUrl) {
    lines.push(
      withOnlineUrl
        ? `${language === "de" ? "Online-Raum" : "Online room"}: ${c.onlineUrl}`
        : language === "de"
          ? "Online: Den Link bekommen Sie, sobald Sie einen Platz haben."
          : "Online: you get the link once you have a place.",
    );
  }
  lines.push(
    "",
    `${language === "de" ? "Zur Schulung" : "The training"}: ${c.pageUrl}`,
    `${language === "de" ? "Für Ihren Kalender" : "For your calendar"}: ${c.calendarUrl}`,
  );
  return lines;
}

function trainingMail(
  kind: string,
  subject: string,
  c: TrainingMailContext,
  text: { de: string; en: string; holdsPlace: boolean },
): OutgoingMail {
  return {
    kind,
    toEmail: c.to,
    subject,
    bodyText: [
      `Guten Tag ${c.firstName},`,
      "",
      text.de,
      "",
      ...details(c, "de", text.holdsPlace),
      "",
      `Viele Grüße\n${c.cityName} engagiert`,
      "",
      "---",
      "",
      text.en,
      "",
      ...details(c, "en", text.holdsPlace),
    ].join("\n"),
  };
}

/** A place in the training is the person's. */
export function trainingConfirmedMail(c: TrainingMailContext): OutgoingMail {
  return trainingMail("training_confirmed", `Anmeldung bestätigt – ${c.trainingTitle}`, c, {
    de: "schön, dass Sie dabei sind: Ihr Platz in der Schulung ist sicher. Falls Sie doch nicht können, melden Sie sich bitte ab, damit jemand von der Warteliste nachrücken kann.",
    en: "We are glad you are joining: your place in the training is confirmed. If you cannot come after all, please cancel so someone from the waiting list can move up.",
    holdsPlace: true,
  });
}

/** The training is full; the person waits and moves up by themselves when a place frees. */
export function trainingWaitingMail(c: TrainingMailContext, position: number): OutgoingMail {
  return trainingMail("training_waiting", `Warteliste – ${c.trainingTitle}`, c, {
    de: `die Schulung ist im Moment voll. Wir haben Sie auf die Warteliste gesetzt (Platz ${position}). Wird ein Platz frei, rücken Sie automatisch nach und bekommen von uns eine E-Mail – Sie müssen nichts weiter tun.`,
    en: `The training is full at the moment. We have put you on the waiting list (position ${position}). If a place becomes free, you move up automatically and we will write to you – there is nothing else you need to do.`,
    holdsPlace: false,
  });
}

/** A freed place went to the person who waited first. */
export function trainingPromotedMail(c: TrainingMailContext): OutgoingMail {
  return trainingMail("training_promoted", `Ein Platz ist frei geworden – ${c.trainingTitle}`, c, {
    de: "gute Nachricht: In der Schulung, für die Sie auf der Warteliste standen, ist ein Platz frei geworden. Er gehört jetzt Ihnen. Mit dem Kalender-Link unten tragen Sie alle Termine in Ihren Kalender ein. Falls Sie doch nicht können, melden Sie sich bitte ab, damit die Nächste oder der Nächste nachrücken kann.",
    en: "Good news: a place has become free in the training you were waiting for. It is now yours. The calendar link below adds all dates to your calendar. If you cannot come after all, please cancel so the next person can move up.",
    holdsPlace: true,
  });
}

/** The person cancelled their registration or their place on the waiting list. */
export function trainingCancelledMail(c: TrainingMailContext): OutgoingMail {
  return trainingMail(
    "training_registration_cancelled",
    `Abmeldung bestätigt – ${c.trainingTitle}`,
    c,
    {
      de: "Sie haben sich von der Schulung abgemeldet. Danke, dass Sie Bescheid gegeben haben – so kann jemand anderes Ihren Platz bekommen. Sie können sich jederzeit wieder anmelden, solange die Anmeldung offen ist.",
      en: "You have cancelled your registration for the training. Thank you for letting us know – this way someone else can have your place. You can register again at any time while registration is open.",
      holdsPlace: false,
    },
  );
}
