/** The volunteer's recognition page: Ehrenamtskarte status and certificates (RULES.md, Anerkennung). */
export const recognitionDe = {
  "recognition.title": "Anerkennung",
  "recognition.intro":
    "Hier sehen Sie, ob Sie die Ehrenamtskarte beantragen können, und laden Nachweise über Ihr Engagement herunter.",
  "recognition.signedOut":
    "Melden Sie sich an, um Ihre Ehrenamtskarte und Ihre Nachweise zu sehen.",
  "recognition.signIn": "Zur Anmeldung",
  "recognition.onlyVolunteers": "Diese Seite gibt es für Engagierte.",
  "recognition.card.heading": "Ehrenamtskarte {state}",
  "recognition.card.noRule":
    "Für {state} kennen wir keine Ehrenamtskarte, die wir hier prüfen können. Fragen Sie gern die Koordinierungsstelle Ihrer Stadt.",
  "recognition.card.eligible": "Sie können die Ehrenamtskarte beantragen.",
  "recognition.card.why.hours":
    "Sie engagieren sich seit mindestens einem Jahr und haben in den letzten {months} Monaten mindestens {hours} Stunden geleistet.",
  "recognition.card.why.project":
    "Sie haben in einem Projekt mindestens {hours} Stunden geleistet.",
  "recognition.card.why.group": "{group}: Sie erhalten die Karte, ohne Stunden nachzuweisen.",
  "recognition.card.apply":
    "Die Koordinierungsstelle Ihrer Stadt hilft Ihnen beim Antrag und sagt Ihnen, wo Sie die Karte bekommen.",
  "recognition.card.notYet": "Noch nicht ganz. Es fehlen:",
  "recognition.card.missingDays":
    "noch ein Tag, bis Sie ein Jahr dabei sind|noch {count} Tage, bis Sie ein Jahr dabei sind",
  "recognition.card.missingHours":
    "noch eine Stunde in den letzten {months} Monaten|noch {count} Stunden in den letzten {months} Monaten",
  "recognition.card.orProject":
    "Oder über ein Projekt: Dort fehlt noch eine Stunde bis {hours} Stunden.|Oder über ein Projekt: Dort fehlen noch {count} Stunden bis {hours} Stunden.",
  "recognition.card.notStarted":
    "Die Karte gibt es nach einem Jahr Engagement. Sobald Ihr erstes Engagement begonnen hat, zählen wir die Tage und Stunden für Sie mit.",
  "recognition.card.facts": "Darauf beruht die Auskunft",
  "recognition.card.engagedSince": "Engagiert seit",
  "recognition.card.hoursSince": "Bestätigte Stunden seit {date}",
  "recognition.group.feuerwehr": "Mitglied der Freiwilligen Feuerwehr",
  "recognition.group.thw": "Mitglied des Technischen Hilfswerks",
  "recognition.group.rettungsdienst": "Mitglied im Rettungsdienst",
  "recognition.group.freiwilligendienst": "Im Freiwilligendienst",
  "recognition.group.juleica": "Mit gültiger Jugendleiter/in-Card (Juleica)",
  "recognition.hours": "eine Stunde|{hours} Stunden",
  "recognition.certificates.heading": "Nachweise über Ihr Engagement",
  "recognition.certificates.intro":
    "Für jedes Engagement, das begonnen hat, erhalten Sie einen Engagementnachweis als PDF: mit Tätigkeit, Zeitraum, bestätigten Stunden und besuchten Schulungen.",
  "recognition.certificates.none":
    "Sobald ein Engagement begonnen hat, finden Sie hier seinen Nachweis.",
  "recognition.certificates.period": "Zeitraum",
  "recognition.certificates.since": "seit {date}",
  "recognition.certificates.fromTo": "{from} bis {to}",
  "recognition.certificates.hours": "Bestätigte Stunden",
  "recognition.certificates.download": "Nachweis „{title}“ herunterladen (PDF)",
} as const;

export const recognitionEn: Record<keyof typeof recognitionDe, string> = {
  "recognition.title": "Recognition",
  "recognition.intro":
    "See whether you can apply for the volunteer card (Ehrenamtskarte) and download certificates of your engagement.",
  "recognition.signedOut": "Sign in to see your volunteer card and your certificates.",
  "recognition.signIn": "Go to sign-in",
  "recognition.onlyVolunteers": "This page is for volunteers.",
  "recognition.card.heading": "Volunteer card {state}",
  "recognition.card.noRule":
    "We know of no volunteer card for {state} that we can check here. Feel free to ask your city's coordination office.",
  "recognition.card.eligible": "You can apply for the volunteer card.",
  "recognition.card.why.hours":
    "You have been engaged for at least a year and gave at least {hours} hours in the last {months} months.",
  "recognition.card.why.project": "You gave at least {hours} hours in one project.",
  "recognition.card.why.group": "{group}: you receive the card without proving hours.",
  "recognition.card.apply":
    "Your city's coordination office helps you apply and tells you where to get the card.",
  "recognition.card.notYet": "Not quite yet. Still missing:",
  "recognition.card.missingDays":
    "one more day until you have been with us for a year|{count} more days until you have been with us for a year",
  "recognition.card.missingHours":
    "one more hour in the last {months} months|{count} more hours in the last {months} months",
  "recognition.card.orProject":
    "Or through a project: one more hour there makes {hours} hours.|Or through a project: {count} more hours there make {hours} hours.",
  "recognition.card.notStarted":
    "The card comes after a year of engagement. As soon as your first engagement has started, we count the days and hours for you.",
  "recognition.card.facts": "What this is based on",
  "recognition.card.engagedSince": "Engaged since",
  "recognition.card.hoursSince": "Approved hours since {date}",
  "recognition.group.feuerwehr": "Member of a volunteer fire brigade",
  "recognition.group.thw": "Member of the Federal Agency for Technical Relief (THW)",
  "recognition.group.rettungsdienst": "Member of a rescue service",
  "recognition.group.freiwilligendienst": "In a voluntary service",
  "recognition.group.juleica": "Holder of a valid youth leader card (Juleica)",
  "recognition.hours": "one hour|{hours} hours",
  "recognition.certificates.heading": "Certificates of your engagement",
  "recognition.certificates.intro":
    "For every engagement that has started you get a certificate as a PDF: with the activity, the period, the approved hours and the trainings you attended.",
  "recognition.certificates.none":
    "As soon as an engagement has started, you will find its certificate here.",
  "recognition.certificates.period": "Period",
  "recognition.certificates.since": "since {date}",
  "recognition.certificates.fromTo": "{from} to {to}",
  "recognition.certificates.hours": "Approved hours",
  "recognition.certificates.download": "Download certificate “{title}” (PDF)",
};
