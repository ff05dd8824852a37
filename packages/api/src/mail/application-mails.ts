import type { OutgoingMail } from "@engagiert/db/queries/outbox";

/** Mails go out in German with an English part below, as the platform's two languages. */
const both = (de: string[], en: string[]) => [...de, "", "---", "", ...en].join("\n");

const daysOrHours = (hours: number) =>
  hours % 24 === 0
    ? { de: `${hours / 24} Tage`, en: `${hours / 24} days` }
    : { de: `${hours} Stunden`, en: `${hours} hours` };

/** Double opt-in: the application counts once the applicant follows this link. */
export function confirmApplicationMail(input: {
  to: string;
  cityName: string;
  firstName: string;
  opportunityTitle: string;
  link: string;
  validHours: number;
}): OutgoingMail {
  const valid = daysOrHours(input.validHours);
  return {
    kind: "confirm_application",
    toEmail: input.to,
    subject: `Bitte bestätigen Sie Ihre Bewerbung – ${input.cityName} engagiert`,
    bodyText: both(
      [
        `Guten Tag ${input.firstName},`,
        "",
        `vielen Dank für Ihre Bewerbung für „${input.opportunityTitle}“. Bitte bestätigen Sie sie mit diesem Link (gültig ${valid.de}):`,
        "",
        input.link,
        "",
        "Erst dann geben wir Ihre Bewerbung an die Organisation weiter.",
        "Wenn Sie sich nicht beworben haben, löschen Sie diese E-Mail einfach; wir tun dann nichts weiter.",
      ],
      [
        `Thank you for applying for "${input.opportunityTitle}". Please confirm your application with this link (valid for ${valid.en}):`,
        "",
        input.link,
        "",
        "Only then do we pass your application on to the organisation.",
        "If you did not apply, simply delete this e-mail; nothing else will happen.",
      ],
    ),
  };
}

/** A parent or guardian is asked to consent for a minor (RULES.md, Minors). */
export function guardianConsentMail(input: {
  to: string;
  cityName: string;
  childName: string;
  opportunityTitle: string;
  organisationName: string;
  link: string;
  validHours: number;
}): OutgoingMail {
  const valid = daysOrHours(input.validHours);
  return {
    kind: "guardian_consent",
    toEmail: input.to,
    subject: `Einwilligung für ${input.childName} – ${input.cityName} engagiert`,
    bodyText: both(
      [
        "Guten Tag,",
        "",
        `${input.childName} möchte sich bei „${input.organisationName}“ engagieren: „${input.opportunityTitle}“ und hat Sie als Elternteil oder sorgeberechtigte Person angegeben.`,
        `Weil ${input.childName} noch nicht volljährig ist, braucht es Ihre Einwilligung. Unter diesem Link sehen Sie, worum es geht, und können zustimmen (gültig ${valid.de}):`,
        "",
        input.link,
        "",
        "Wenn Sie nicht zustimmen möchten, müssen Sie nichts tun.",
      ],
      [
        `${input.childName} would like to volunteer with "${input.organisationName}": "${input.opportunityTitle}" and named you as parent or guardian.`,
        `As ${input.childName} is under 18, your consent is needed. This link shows what it is about and lets you consent (valid for ${valid.en}):`,
        "",
        input.link,
        "",
        "If you do not wish to consent, you need not do anything.",
      ],
    ),
  };
}

/** After the double opt-in: what happens next and how to follow it. */
export function applicationConfirmedMail(input: {
  to: string;
  cityName: string;
  firstName: string;
  opportunityTitle: string;
  organisationName: string;
  signInUrl: string;
  needsGuardianConsent: boolean;
}): OutgoingMail {
  return {
    kind: "application_confirmed",
    toEmail: input.to,
    subject: `Ihre Bewerbung ist eingegangen – ${input.cityName} engagiert`,
    bodyText: both(
      [
        `Guten Tag ${input.firstName},`,
        "",
        `Ihre Bewerbung für „${input.opportunityTitle}“ ist bestätigt. ${input.organisationName} meldet sich bei Ihnen.`,
        ...(input.needsGuardianConsent
          ? ["Wir haben Ihre Eltern bzw. Sorgeberechtigten um ihre Einwilligung gebeten."]
          : []),
        "",
        `Unter „Mein Engagement“ sehen Sie jederzeit, wie es weitergeht. Melden Sie sich dort mit Ihrer E-Mail-Adresse an; Sie bekommen einen Anmeldelink, ein Passwort brauchen Sie nicht: ${input.signInUrl}`,
      ],
      [
        `Your application for "${input.opportunityTitle}" is confirmed. ${input.organisationName} will get in touch with you.`,
        ...(input.needsGuardianConsent
          ? ["We have asked your parents or guardians for their consent."]
          : []),
        "",
        `Under "My engagement" you can follow what happens next. Sign in there with your e-mail address; you get a sign-in link, no password needed: ${input.signInUrl}`,
      ],
    ),
  };
}
