/** The shifts of a one-off opportunity on its page: taking, waiting, cancelling, calendar. */
export const shiftDe = {
  "shifts.title": "Schichten",
  "shifts.intro":
    "Tragen Sie sich direkt für eine Schicht ein. Ist sie voll, kommen Sie auf die Warteliste und rücken automatisch nach, wenn ein Platz frei wird – wir schreiben Ihnen dann.",
  "shifts.time": "{day}, {from}–{to} Uhr",
  "shifts.full": "Kein Platz mehr frei",
  "shifts.free": "Noch ein Platz frei|Noch {count} Plätze frei",
  "shifts.waiting": "{count} auf der Warteliste",
  "shifts.take": "Schicht übernehmen",
  "shifts.join": "Auf die Warteliste",
  "shifts.cancel": "Absagen",
  "shifts.calendar": "In den Kalender (iCal)",
  "shifts.yoursConfirmed": "Sie sind eingetragen.",
  "shifts.yoursWaiting": "Sie stehen auf der Warteliste.",
  "shifts.started": "Diese Schicht hat schon begonnen.",
  "shifts.signIn":
    "Sie haben schon eine Schicht übernommen oder sich beworben? Dann melden Sie sich mit einem Link per E-Mail an – ohne Passwort.",
  "shifts.signInLink": "Anmelden",
  "shifts.done.confirmed":
    "Geschafft: Sie sind für die Schicht eingetragen. Wir erinnern Sie am Tag vorher.",
  "shifts.done.waiting":
    "Sie stehen auf der Warteliste. Wird ein Platz frei, rücken Sie nach und bekommen eine E-Mail.",
  "shifts.done.cancelled":
    "Sie haben die Schicht abgesagt. Danke, dass Sie Bescheid gegeben haben.",
  "shifts.shiftLabel": "Schicht {day}, {from}–{to} Uhr",
  "shifts.yoursPending":
    "Ihre Anmeldung wartet auf die Bestätigung mit dem Link aus unserer E-Mail.",
  "shifts.confirming": "Ihre Schicht wird bestätigt …",
  "shifts.request.title": "Schicht übernehmen – ohne Konto",
  "shifts.request.intro":
    "Sie brauchen kein Konto. Wir schicken Ihnen eine E-Mail mit einem Link; erst wenn Sie ihn öffnen, ist der Platz für Sie reserviert.",
  "shifts.request.consent":
    "Ich bin einverstanden, dass meine Angaben gespeichert werden, damit ich für diese Schicht eingetragen werde und die Organisation mir dazu schreiben kann (Einwilligung, Stand {version}). Ich kann sie jederzeit widerrufen.",
  "shifts.request.required": "Bitte ausfüllen.",
  "shifts.request.submit": "Anmeldung senden",
  "shifts.request.sending": "Wird gesendet …",
  "shifts.request.close": "Abbrechen",
  "shifts.request.sentTitle": "Bitte schauen Sie in Ihr Postfach",
  "shifts.request.sentText":
    "Wir haben eine E-Mail an {email} geschickt. Öffnen Sie den Link darin, dann ist Ihre Schicht bestätigt.",
} as const;

export const shiftEn: Record<keyof typeof shiftDe, string> = {
  "shifts.title": "Shifts",
  "shifts.intro":
    "Sign up for a shift directly. If it is full, you join the waiting list and move up automatically when a place becomes free – we will write to you then.",
  "shifts.time": "{day}, {from}–{to}",
  "shifts.full": "No places left",
  "shifts.free": "One place left|{count} places left",
  "shifts.waiting": "{count} on the waiting list",
  "shifts.take": "Take this shift",
  "shifts.join": "Join the waiting list",
  "shifts.cancel": "Cancel",
  "shifts.calendar": "Add to calendar (iCal)",
  "shifts.yoursConfirmed": "You are signed up.",
  "shifts.yoursWaiting": "You are on the waiting list.",
  "shifts.started": "This shift has already started.",
  "shifts.signIn":
    "Taken a shift or applied before? Then sign in with a link by e-mail – no password needed.",
  "shifts.signInLink": "Sign in",
  "shifts.done.confirmed":
    "Done: you are signed up for the shift. We will remind you the day before.",
  "shifts.done.waiting":
    "You are on the waiting list. If a place becomes free, you move up and get an e-mail.",
  "shifts.done.cancelled": "You have cancelled the shift. Thank you for letting us know.",
  "shifts.shiftLabel": "Shift {day}, {from}–{to}",
  "shifts.yoursPending": "Your sign-up is waiting for you to open the link in our e-mail.",
  "shifts.confirming": "Confirming your shift …",
  "shifts.request.title": "Take this shift – no account needed",
  "shifts.request.intro":
    "You do not need an account. We send you an e-mail with a link; only when you open it is the place yours.",
  "shifts.request.consent":
    "I agree that my details are stored so that I am signed up for this shift and the organisation can write to me about it (consent, version {version}). I can withdraw it at any time.",
  "shifts.request.required": "Please fill in.",
  "shifts.request.submit": "Send sign-up",
  "shifts.request.sending": "Sending …",
  "shifts.request.close": "Cancel",
  "shifts.request.sentTitle": "Please check your inbox",
  "shifts.request.sentText":
    "We have sent an e-mail to {email}. Open the link in it and your shift is confirmed.",
};
