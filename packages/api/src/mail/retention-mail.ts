import type { OutgoingMail } from "@engagiert/db/queries/outbox";

export type InactivityNoticeContext = {
  to: string;
  firstName: string;
  cityName: string;
  /** The day the account and its data are deleted unless the person signs in before. */
  erasesOn: Date;
  /** How long without activity the city keeps an account (its retention setting). */
  inactivityMonths: number;
  /** The public app's sign-in page. */
  signInUrl: string;
};

const day = (locale: string, at: Date) =>
  new Intl.DateTimeFormat(locale, {
    timeZone: "Europe/Berlin",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(at);

/**
 * The notice before deletion for inactivity (DSGVO Art. 5(1)(e)): once, 30 days before. Signing in
 * is enough to keep the account; nothing else is asked of the person.
 */
export function inactivityNoticeMail(c: InactivityNoticeContext): OutgoingMail {
  return {
    kind: "inactivity_notice",
    toEmail: c.to,
    subject: `Ihr Konto bei „${c.cityName} engagiert“ wird am ${day("de-DE", c.erasesOn)} gelöscht`,
    bodyText: [
      `Guten Tag ${c.firstName},`,
      "",
      `Sie waren seit ${c.inactivityMonths} Monaten nicht mehr bei „${c.cityName} engagiert“ aktiv. Damit wir keine Daten länger als nötig aufbewahren, löschen wir Ihr Konto und Ihre persönlichen Daten am ${day("de-DE", c.erasesOn)}.`,
      "",
      "Wenn Sie Ihr Konto behalten möchten, melden Sie sich einfach vorher einmal an:",
      "",
      c.signInUrl,
      "",
      "Wenn Sie nichts tun, wird Ihr Konto gelöscht. Ihre geleisteten Stunden zählen dann nur noch ohne Namen in der Statistik der Stadt. Vorher können Sie unter „Meine Daten“ alle Ihre Daten herunterladen.",
      "",
      `Viele Grüße\n${c.cityName} engagiert`,
      "",
      "---",
      "",
      `You have not been active on "${c.cityName} engagiert" for ${c.inactivityMonths} months. So that we keep no data longer than needed, we will delete your account and your personal data on ${day("en-GB", c.erasesOn)}.`,
      "",
      "If you would like to keep your account, simply sign in once before then:",
      "",
      c.signInUrl,
      "",
      'If you do nothing, your account will be deleted. Your hours then count only without your name in the city\'s figures. Before that, you can download all your data under "My data".',
    ].join("\n"),
  };
}

/** The notice writer a retention run takes, for one city. */
export function inactivityNoticeWriter(
  city: { name: string },
  inactivityMonths: number,
  publicAppUrl: string,
) {
  const signInUrl = new URL("/anmelden", publicAppUrl).toString();
  return (notice: { to: string; firstName: string; erasesOn: Date }) =>
    inactivityNoticeMail({ ...notice, cityName: city.name, inactivityMonths, signInUrl });
}
