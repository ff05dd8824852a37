import type { OutgoingMail } from "@engagiert/db/queries/outbox";

export type StaffInvitationMailContext = {
  to: string;
  displayName: string;
  cityName: string;
  invitedByName: string;
  /** The role in both languages, as the person will see it in the app. */
  roleName: { de: string; en: string };
  organisationName: string | null;
  link: string;
  validDays: number;
};

/** Role names for the invitation mail; the app shows the same words. */
export const ROLE_NAMES: Record<string, { de: string; en: string }> = {
  staff: { de: "Mitarbeiterin oder Mitarbeiter", en: "Staff member" },
  coordinator: { de: "Koordinierungsstelle", en: "Coordination office" },
  city_admin: { de: "Administration der Stadt", en: "City administrator" },
  network_member: { de: "Mitglied im Netzwerk", en: "Network member" },
  network_admin: { de: "Administration des Netzwerks", en: "Network administrator" },
};

/**
 * A city admin invited a person to work on the platform: the link leads to a page where they
 * choose their password. It works once and for a week.
 */
export function staffInvitationMail(c: StaffInvitationMailContext): OutgoingMail {
  const forOrganisation = (word: string) =>
    c.organisationName ? ` ${word} ${c.organisationName}` : "";
  return {
    kind: "staff_invitation",
    toEmail: c.to,
    subject: `Einladung zu „${c.cityName} engagiert“`,
    bodyText: [
      `Guten Tag ${c.displayName},`,
      "",
      `${c.invitedByName} hat Sie zu „${c.cityName} engagiert“ eingeladen, der Plattform der Stadt für das Ehrenamt. Ihre Rolle: ${c.roleName.de}${forOrganisation("für")}.`,
      "",
      `Mit diesem Link legen Sie Ihr Passwort fest. Er gilt ${c.validDays} Tage und nur einmal:`,
      "",
      c.link,
      "",
      "Wenn Sie mit dieser Einladung nichts anfangen können, löschen Sie diese E-Mail einfach; ohne den Link entsteht kein Zugang.",
      "",
      `Viele Grüße\n${c.cityName} engagiert`,
      "",
      "---",
      "",
      `${c.invitedByName} has invited you to "${c.cityName} engagiert", the city's platform for volunteering. Your role: ${c.roleName.en}${forOrganisation("for")}.`,
      "",
      `Use this link to choose your password. It is valid for ${c.validDays} days and only once:`,
      "",
      c.link,
      "",
      "If this invitation means nothing to you, simply delete this e-mail; without the link no account is created.",
    ].join("\n"),
  };
}
