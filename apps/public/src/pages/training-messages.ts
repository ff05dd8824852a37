import type { TrainingTopic } from "@engagiert/domain/trainings";
import { errorText, type ReadableError } from "@engagiert/ui/errors";
import { formatMessage, useLanguage, type MessageParams, type Translate } from "@engagiert/ui/i18n";
import { useCallback } from "react";
import { useAppT, type PublicMessageKey } from "../messages.ts";

/**
 * The training pages' messages. They load with those pages, not with the app's first page, so
 * the calendar costs nothing until someone opens it.
 */
export const trainingDe = {
  "trainings.title": "Schulungen",
  "trainings.intro":
    "Lernen Sie dazu – kostenlos oder günstig, für Ihr Engagement in der Stadt: Erste Hilfe, Kinderschutz, Jugendleitung und mehr.",
  "trainings.filter.label": "Schulungen filtern",
  "trainings.filter.topic": "Thema",
  "trainings.filter.anyTopic": "Alle Themen",
  "trainings.filter.from": "Ab Datum",
  "trainings.filter.fromHint": "Ohne Angabe: ab heute",
  "trainings.filter.fromInvalid": "Bitte ein Datum im Format JJJJ-MM-TT angeben.",
  "trainings.filter.onlyWithPlaces": "Nur mit freien Plätzen",
  "trainings.filter.submit": "Anzeigen",
  "trainings.filter.reset": "Filter zurücksetzen",
  "trainings.results": "Termine",
  "trainings.empty": "Für diese Auswahl gibt es zurzeit keine Schulungen.",
  "trainings.shown": "Eine Schulung angezeigt|{count} Schulungen angezeigt",
  "trainings.mineLink": "Meine Schulungen",
  "trainings.topic.erste-hilfe": "Erste Hilfe",
  "trainings.topic.kinderschutz": "Kinderschutz",
  "trainings.topic.jugendleitung": "Jugendleitung (Juleica)",
  "trainings.topic.datenschutz": "Datenschutz",
  "trainings.topic.hygiene": "Hygiene",
  "trainings.topic.kommunikation": "Kommunikation",
  "trainings.topic.digitales": "Digitales",
  "trainings.topic.recht-versicherung": "Recht und Versicherung",
  "trainings.topic.fortbildung-allgemein": "Fortbildung allgemein",
  "trainings.startsOn": "Beginn: {date}, {time} Uhr",
  "trainings.sessionCount": "Ein Termin|{count} Termine",
  "trainings.session": "{day}, {from}–{to} Uhr",
  "trainings.units": "eine Unterrichtseinheit|{count} Unterrichtseinheiten",
  "trainings.online": "Online",
  "trainings.placeAndOnline": "{place} oder online",
  "trainings.free": "Noch ein Platz frei|Noch {count} Plätze frei",
  "trainings.full": "Ausgebucht",
  "trainings.waiting": "{count} auf der Warteliste",
  "trainings.costFree": "Kostenlos",
  "trainings.deadline": "Anmeldeschluss: {date}, {time} Uhr",
  "trainings.closed.deadline_passed": "Der Anmeldeschluss ist vorbei.",
  "trainings.closed.training_started": "Diese Schulung hat schon begonnen.",
  "trainings.closed.no_sessions": "Die Termine stehen noch nicht fest.",
  "trainings.closed.not_published": "Diese Schulung ist nicht mehr ausgeschrieben.",
  "trainings.what": "Worum es geht",
  "trainings.audience": "Für wen",
  "trainings.when": "Termine",
  "trainings.where": "Ort",
  "trainings.onlineAfterPlace": "Den Zugang zum Online-Raum bekommen Sie mit Ihrem Platz.",
  "trainings.onlineRoom": "Zum Online-Raum",
  "trainings.details": "Auf einen Blick",
  "trainings.trainer": "Leitung",
  "trainings.offeredBy": "Anbieter",
  "trainings.cityOffice": "Koordinierungsstelle der Stadt",
  "trainings.cost": "Kosten",
  "trainings.places": "Plätze",
  "trainings.placesOf": "{free} von {capacity} frei",
  "trainings.registration": "Anmeldung",
  "trainings.register": "Verbindlich anmelden",
  "trainings.joinWaitingList": "Auf die Warteliste",
  "trainings.cancel": "Abmelden",
  "trainings.cancelWaiting": "Von der Warteliste nehmen",
  "trainings.yoursConfirmed": "Sie sind angemeldet. Ihr Platz ist sicher.",
  "trainings.yoursWaiting": "Sie stehen auf der Warteliste, auf Platz {position}.",
  "trainings.yoursStarted": "Die Schulung hat begonnen; eine Abmeldung ist nicht mehr möglich.",
  "trainings.done.confirmed":
    "Geschafft: Sie sind angemeldet. Wir haben Ihnen eine Bestätigung per E-Mail geschickt.",
  "trainings.done.waiting":
    "Die Schulung ist voll – Sie stehen auf Platz {position} der Warteliste. Wird ein Platz frei, rücken Sie automatisch nach und bekommen eine E-Mail.",
  "trainings.done.cancelled": "Sie sind abgemeldet. Danke, dass Sie Bescheid gegeben haben.",
  "trainings.signIn":
    "Um sich anzumelden, melden Sie sich bitte zuerst mit Ihrer E-Mail-Adresse an – ohne Passwort.",
  "trainings.signInLink": "Zur Anmeldung",
  "trainings.volunteersOnly": "Für Schulungen können sich Engagierte mit ihrem Konto anmelden.",
  "trainings.calendar": "Alle Termine in den Kalender (iCal)",
  "trainings.backToCalendar": "Zurück zu allen Schulungen",
  "trainings.error.already_registered": "Sie sind für diese Schulung schon angemeldet.",
  "trainings.error.deadline_passed": "Der Anmeldeschluss für diese Schulung ist vorbei.",
  "trainings.error.training_started":
    "Diese Schulung hat schon begonnen; das geht jetzt nicht mehr.",
  "trainings.error.no_sessions": "Für diese Schulung stehen noch keine Termine fest.",
  "mineTrainings.title": "Meine Schulungen",
  "mineTrainings.signedOut": "Melden Sie sich an, um Ihre Schulungen zu sehen.",
  "mineTrainings.list": "Angemeldete Schulungen",
  "mineTrainings.none": "Sie sind zurzeit für keine Schulung angemeldet.",
  "mineTrainings.find": "Schulungen finden",
  "mineTrainings.status": "Stand",
  "mineTrainings.status.confirmed": "Angemeldet",
  "mineTrainings.status.waiting": "Warteliste",
  "mineTrainings.trainingCancelled": "Diese Schulung wurde abgesagt.",
  "mineTrainings.noDate": "Termine folgen",
  "feed.title": "Ihr persönlicher Kalender",
  "feed.intro":
    "Mit diesem Link zeigt Ihr Kalenderprogramm alle Schulungen, für die Sie einen Platz haben – und hält sie von selbst aktuell.",
  "feed.howTo":
    "So geht's: Wählen Sie in Ihrem Kalender „Kalender abonnieren“ oder „Aus dem Internet hinzufügen“ und fügen Sie den Link ein.",
  "feed.secret":
    "Der Link ist persönlich: Wer ihn hat, sieht Ihre Schulungstermine. Geben Sie ihn nicht weiter.",
  "feed.none": "Sie haben noch keinen Kalender-Link.",
  "feed.activeSince":
    "Ihr Kalender-Link gilt seit {date}. Aus Sicherheitsgründen zeigen wir ihn nur einmal.",
  "feed.create": "Kalender-Link erstellen",
  "feed.renew": "Neuen Link erstellen",
  "feed.renewHint": "Der bisherige Link funktioniert danach nicht mehr.",
  "feed.creating": "Wird erstellt …",
  "feed.created": "Ihr neuer Kalender-Link",
  "feed.urlLabel": "Kalender-Link zum Kopieren",
  "feed.copy": "Link kopieren",
  "feed.copied": "Der Link ist kopiert.",
  "feed.copyFailed":
    "Kopieren hat nicht geklappt. Bitte markieren und kopieren Sie den Link selbst.",
  "feed.subscribe": "Im Kalenderprogramm öffnen",
} as const;

export type TrainingMessageKey = keyof typeof trainingDe;

export const trainingEn: Record<TrainingMessageKey, string> = {
  "trainings.title": "Trainings",
  "trainings.intro":
    "Learn something new – free or at low cost, for your volunteering in the city: first aid, child protection, youth leadership and more.",
  "trainings.filter.label": "Filter trainings",
  "trainings.filter.topic": "Topic",
  "trainings.filter.anyTopic": "All topics",
  "trainings.filter.from": "From date",
  "trainings.filter.fromHint": "If empty: from today",
  "trainings.filter.fromInvalid": "Please give a date as YYYY-MM-DD.",
  "trainings.filter.onlyWithPlaces": "Only with free places",
  "trainings.filter.submit": "Show",
  "trainings.filter.reset": "Reset filters",
  "trainings.results": "Dates",
  "trainings.empty": "There are no trainings for this selection at the moment.",
  "trainings.shown": "One training shown|{count} trainings shown",
  "trainings.mineLink": "My trainings",
  "trainings.topic.erste-hilfe": "First aid",
  "trainings.topic.kinderschutz": "Child protection",
  "trainings.topic.jugendleitung": "Youth leadership (Juleica)",
  "trainings.topic.datenschutz": "Data protection",
  "trainings.topic.hygiene": "Hygiene",
  "trainings.topic.kommunikation": "Communication",
  "trainings.topic.digitales": "Digital skills",
  "trainings.topic.recht-versicherung": "Law and insurance",
  "trainings.topic.fortbildung-allgemein": "General training",
  "trainings.startsOn": "Starts: {date}, {time}",
  "trainings.sessionCount": "One date|{count} dates",
  "trainings.session": "{day}, {from}–{to}",
  "trainings.units": "one teaching unit|{count} teaching units",
  "trainings.online": "Online",
  "trainings.placeAndOnline": "{place} or online",
  "trainings.free": "One place left|{count} places left",
  "trainings.full": "Fully booked",
  "trainings.waiting": "{count} on the waiting list",
  "trainings.costFree": "Free of charge",
  "trainings.deadline": "Registration closes: {date}, {time}",
  "trainings.closed.deadline_passed": "Registration has closed.",
  "trainings.closed.training_started": "This training has already started.",
  "trainings.closed.no_sessions": "The dates are not fixed yet.",
  "trainings.closed.not_published": "This training is no longer offered.",
  "trainings.what": "What it is about",
  "trainings.audience": "Who it is for",
  "trainings.when": "Dates",
  "trainings.where": "Place",
  "trainings.onlineAfterPlace": "You get access to the online room with your place.",
  "trainings.onlineRoom": "Go to the online room",
  "trainings.details": "At a glance",
  "trainings.trainer": "Led by",
  "trainings.offeredBy": "Offered by",
  "trainings.cityOffice": "The city's coordination office",
  "trainings.cost": "Cost",
  "trainings.places": "Places",
  "trainings.placesOf": "{free} of {capacity} free",
  "trainings.registration": "Registration",
  "trainings.register": "Register",
  "trainings.joinWaitingList": "Join the waiting list",
  "trainings.cancel": "Cancel registration",
  "trainings.cancelWaiting": "Leave the waiting list",
  "trainings.yoursConfirmed": "You are registered. Your place is confirmed.",
  "trainings.yoursWaiting": "You are on the waiting list, at position {position}.",
  "trainings.yoursStarted": "The training has started; you can no longer cancel.",
  "trainings.done.confirmed":
    "Done: you are registered. We have sent you a confirmation by e-mail.",
  "trainings.done.waiting":
    "The training is full – you are at position {position} on the waiting list. If a place becomes free, you move up automatically and get an e-mail.",
  "trainings.done.cancelled": "Your registration is cancelled. Thank you for letting us know.",
  "trainings.signIn":
    "To register, please sign in with your e-mail address first – no password needed.",
  "trainings.signInLink": "Go to sign-in",
  "trainings.volunteersOnly": "Volunteers register for trainings with their account.",
  "trainings.calendar": "Add all dates to your calendar (iCal)",
  "trainings.backToCalendar": "Back to all trainings",
  "trainings.error.already_registered": "You are already registered for this training.",
  "trainings.error.deadline_passed": "Registration for this training has closed.",
  "trainings.error.training_started":
    "This training has already started; this is no longer possible.",
  "trainings.error.no_sessions": "The dates of this training are not fixed yet.",
  "mineTrainings.title": "My trainings",
  "mineTrainings.signedOut": "Sign in to see your trainings.",
  "mineTrainings.list": "Trainings you registered for",
  "mineTrainings.none": "You are not registered for any training at the moment.",
  "mineTrainings.find": "Find trainings",
  "mineTrainings.status": "Status",
  "mineTrainings.status.confirmed": "Registered",
  "mineTrainings.status.waiting": "Waiting list",
  "mineTrainings.trainingCancelled": "This training was cancelled.",
  "mineTrainings.noDate": "Dates to follow",
  "feed.title": "Your personal calendar",
  "feed.intro":
    "With this link your calendar program shows every training you hold a place in – and keeps it up to date by itself.",
  "feed.howTo":
    "How to: in your calendar choose “Subscribe to calendar” or “Add from the internet” and paste the link.",
  "feed.secret":
    "The link is personal: whoever has it sees your training dates. Do not pass it on.",
  "feed.none": "You do not have a calendar link yet.",
  "feed.activeSince":
    "Your calendar link is valid since {date}. For your safety we show it only once.",
  "feed.create": "Create calendar link",
  "feed.renew": "Create a new link",
  "feed.renewHint": "The previous link stops working.",
  "feed.creating": "Creating …",
  "feed.created": "Your new calendar link",
  "feed.urlLabel": "Calendar link to copy",
  "feed.copy": "Copy link",
  "feed.copied": "The link is copied.",
  "feed.copyFailed": "Copying did not work. Please select the link and copy it yourself.",
  "feed.subscribe": "Open in your calendar program",
};

export const trainingMessages = { de: trainingDe, en: trainingEn };

type Key = TrainingMessageKey | PublicMessageKey;

/** Translates the training pages' keys, and every key of the app and the shared catalogue. */
export function useTrainingT(): Translate<Key> {
  const t = useAppT();
  const [language] = useLanguage();
  return useCallback(
    (key, params?: MessageParams) =>
      key in trainingDe
        ? formatMessage(trainingMessages[language][key as TrainingMessageKey], language, params)
        : t(key as PublicMessageKey, params),
    [t, language],
  );
}

export function topicLabel(t: Translate<Key>, topic: string): string {
  const key = `trainings.topic.${topic}` as `trainings.topic.${TrainingTopic}`;
  return key in trainingDe ? t(key) : topic;
}

const TRAINING_REASONS = [
  "already_registered",
  "deadline_passed",
  "training_started",
  "no_sessions",
] as const;

/** A refusal of registering or cancelling in the visitor's language; others as errorText has them. */
export function trainingErrorText(error: ReadableError, t: Translate<Key>): string {
  const reason = TRAINING_REASONS.find((r) => r === error.reason);
  return reason ? t(`trainings.error.${reason}`) : errorText(error, t);
}
