import type { OutgoingMail } from "@engagiert/db/queries/outbox";

/** Mails go out in German with an English part below, as the platform's two languages. */
export function signInLinkMail(
  to: string,
  cityName: string,
  link: string,
  minutes: number,
): OutgoingMail {
  return {
    kind: "sign_in_link",
    toEmail: to,
    subject: `Ihr Anmeldelink – ${cityName} engagiert`,
    bodyText: [
      "Guten Tag,",
      "",
      `mit diesem Link melden Sie sich bei „${cityName} engagiert“ an. Er gilt ${minutes} Minuten und nur einmal:`,
      "",
      link,
      "",
      "Wenn Sie keinen Link angefordert haben, können Sie diese E-Mail einfach löschen.",
      "",
      "---",
      "",
      `Use this link to sign in to "${cityName} engagiert". It is valid for ${minutes} minutes and only once:`,
      "",
      link,
      "",
      "If you did not ask for it, you can simply delete this e-mail.",
    ].join("\n"),
  };
}
