import { useT } from "@engagiert/ui/i18n";
import { citizenDe, citizenEn } from "./pages/citizen-messages.ts";
import { shiftDe, shiftEn } from "./pages/shift-messages.ts";
import { profileDe, profileEn } from "./pages/profile-messages.ts";

const de = {
  "nav.hours": "Stunden",
  "app.name": "Mitmachen",
  "nav.recognition": "Anerkennung",
  "nav.opportunities": "Engagement finden",
  "nav.myEngagement": "Mein Engagement",
  "nav.trainings": "Schulungen",
  "nav.myData": "Meine Daten",
  "start.title": "Engagement in {city}",
  "start.titleFallback": "Engagement finden",
  "start.intro":
    "Hier finden Sie Möglichkeiten, sich in Ihrer Stadt zu engagieren – einmalig, in Projekten oder regelmäßig.",
  "start.listLabel": "Neueste Angebote",
  "start.total": "ein Angebot|{count} Angebote",
  "start.empty": "Zurzeit sind keine Angebote veröffentlicht.",
  "opportunity.organisation": "Anbieter: {name}",
  "opportunity.published": "Veröffentlicht am {date}",
  "opportunity.district": "Stadtteil: {name}",
  "opportunity.remote": "Auch von zu Hause möglich",
  "opportunity.minimumAge": "Ab {age} Jahren",
  "opportunity.categories": "Themen",
  "format.one_off": "Einmalig",
  "format.project": "Projekt",
  "format.regular": "Regelmäßig",
  "signIn.volunteer.intro":
    "Melden Sie sich ohne Passwort an: Wir schicken Ihnen einen Link per E-Mail, mit dem Sie sich anmelden.",
  "signIn.volunteer.submit": "Anmeldelink senden",
  "signIn.volunteer.sending": "Wird gesendet …",
  "signIn.volunteer.sentTitle": "Bitte schauen Sie in Ihr Postfach",
  "signIn.volunteer.sentText":
    "Wenn die Adresse {email} bei uns bekannt ist, erhalten Sie gleich eine E-Mail mit einem Anmeldelink. Der Link gilt nur kurze Zeit und nur einmal.",
  "signIn.link.title": "Anmeldung mit Link",
  "signIn.link.checking": "Ihr Anmeldelink wird geprüft …",
  "signIn.link.failed": "Die Anmeldung mit diesem Link hat nicht geklappt",
  "signIn.link.missing":
    "In der Adresse fehlt der Anmeldeschlüssel. Bitte öffnen Sie den Link aus der E-Mail vollständig.",
  "signIn.link.again": "Neuen Anmeldelink anfordern",
  "mine.title": "Mein Engagement",
  "mine.signedOut": "Melden Sie sich an, um Ihr Engagement zu sehen.",
  "mine.signInLink": "Zur Anmeldung",
  "mine.you": "Ihre Angaben",
  "mine.name": "Name",
  "mine.email": "E-Mail-Adresse",
  "mine.nothingYet": "Hier sehen Sie bald Ihre Bewerbungen, Einsätze, Stunden und Nachweise.",
  ...citizenDe,
  ...shiftDe,
  ...profileDe,
} as const;

export type PublicMessageKey = keyof typeof de;

const en: Record<PublicMessageKey, string> = {
  "nav.hours": "Hours",
  "app.name": "Get involved",
  "nav.recognition": "Recognition",
  "nav.opportunities": "Find opportunities",
  "nav.myEngagement": "My engagement",
  "nav.trainings": "Trainings",
  "nav.myData": "My data",
  "start.title": "Volunteering in {city}",
  "start.titleFallback": "Find opportunities",
  "start.intro":
    "Here you find ways to get involved in your city – once, in a project or regularly.",
  "start.listLabel": "Newest opportunities",
  "start.total": "one opportunity|{count} opportunities",
  "start.empty": "No opportunities are published at the moment.",
  "opportunity.organisation": "Offered by {name}",
  "opportunity.published": "Published on {date}",
  "opportunity.district": "District: {name}",
  "opportunity.remote": "Also possible from home",
  "opportunity.minimumAge": "From age {age}",
  "opportunity.categories": "Topics",
  "format.one_off": "One-off",
  "format.project": "Project",
  "format.regular": "Regular",
  "signIn.volunteer.intro":
    "Sign in without a password: we send you a link by e-mail that signs you in.",
  "signIn.volunteer.submit": "Send sign-in link",
  "signIn.volunteer.sending": "Sending …",
  "signIn.volunteer.sentTitle": "Please check your inbox",
  "signIn.volunteer.sentText":
    "If the address {email} is known to us, you will shortly receive an e-mail with a sign-in link. The link is valid for a short time and only once.",
  "signIn.link.title": "Sign in with a link",
  "signIn.link.checking": "Checking your sign-in link …",
  "signIn.link.failed": "Signing in with this link did not work",
  "signIn.link.missing":
    "The sign-in key is missing from the address. Please open the whole link from the e-mail.",
  "signIn.link.again": "Request a new sign-in link",
  "mine.title": "My engagement",
  "mine.signedOut": "Sign in to see your engagement.",
  "mine.signInLink": "Go to sign-in",
  "mine.you": "Your details",
  "mine.name": "Name",
  "mine.email": "E-mail address",
  "mine.nothingYet":
    "Soon you will see your applications, assignments, hours and certificates here.",
  ...citizenEn,
  ...shiftEn,
  ...profileEn,
};

export const messages = { de, en };

export const useAppT = () => useT<PublicMessageKey>();
