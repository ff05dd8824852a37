import { z } from "zod";
import { FederalState } from "../city/city.schema.ts";
import { Email, Id, Instant, PageInput } from "../shared/primitives.ts";
import { OnlineUrl, PlaceAddress } from "../trainings/training.schema.ts";

/** The kinds of network events (RULES.md, Network); the labels live in the apps. */
export const NETWORK_EVENT_KINDS = [
  "national_meeting",
  "regional_meeting",
  "exchange_meeting",
  "training",
] as const;
export const NetworkEventKind = z.enum(NETWORK_EVENT_KINDS, {
  message: "Bitte die Art der Veranstaltung wählen.",
});
export type NetworkEventKind = z.infer<typeof NetworkEventKind>;

/** Only the network's admins announce the national network meeting. */
export const ADMIN_ONLY_EVENT_KINDS: readonly NetworkEventKind[] = ["national_meeting"];

export const NetworkEventStatus = z.enum(["draft", "published", "cancelled"]);
export type NetworkEventStatus = z.infer<typeof NetworkEventStatus>;

export const NETWORK_EVENT_LIMITS = { capacity: 2000 } as const;

const whole = { message: "Bitte die Zahl der Plätze als ganze Zahl angeben." };

const NetworkEventFields = z.object({
  /** Set to update an existing event. */
  id: Id.optional(),
  kind: NetworkEventKind,
  title: z
    .string()
    .trim()
    .min(5, { message: "Der Titel braucht mindestens 5 Zeichen." })
    .max(150, { message: "Der Titel darf höchstens 150 Zeichen haben." }),
  description: z
    .string()
    .trim()
    .min(10, { message: "Die Beschreibung braucht mindestens 10 Zeichen." })
    .max(5000, { message: "Die Beschreibung darf höchstens 5000 Zeichen haben." }),
  agenda: z
    .string()
    .trim()
    .max(5000, { message: "Das Programm darf höchstens 5000 Zeichen haben." })
    .default(""),
  /** For a regional meeting: the federal state it is for. */
  federalState: FederalState.nullable().default(null),
  startsAt: Instant("Bitte Datum und Uhrzeit des Beginns angeben."),
  endsAt: Instant("Bitte Datum und Uhrzeit des Endes angeben."),
  place: PlaceAddress.nullable(),
  onlineUrl: OnlineUrl.nullable(),
  capacity: z
    .number(whole)
    .int(whole)
    .min(1, { message: "Mindestens 1 Platz." })
    .max(NETWORK_EVENT_LIMITS.capacity, {
      message: `Höchstens ${NETWORK_EVENT_LIMITS.capacity} Plätze.`,
    }),
  registrationDeadline: Instant("Bitte Datum und Uhrzeit des Anmeldeschlusses angeben."),
  contactEmail: Email,
});

/**
 * A network event as its organiser writes it: kind, what, when, where (a place, an online link
 * or both), the agenda, places and the registration deadline.
 */
export const NetworkEventInput = NetworkEventFields.superRefine((event, ctx) => {
  if (event.place === null && event.onlineUrl === null) {
    ctx.addIssue({
      code: "custom",
      path: ["place"],
      message: "Bitte einen Ort oder einen Online-Link angeben.",
    });
  }
  if (event.endsAt <= event.startsAt) {
    ctx.addIssue({
      code: "custom",
      path: ["endsAt"],
      message: "Das Ende muss nach dem Beginn liegen.",
    });
  }
  if (event.registrationDeadline > event.startsAt) {
    ctx.addIssue({
      code: "custom",
      path: ["registrationDeadline"],
      message: "Der Anmeldeschluss darf nicht nach dem Beginn liegen.",
    });
  }
  if (event.kind === "regional_meeting" && event.federalState === null) {
    ctx.addIssue({
      code: "custom",
      path: ["federalState"],
      message: "Bitte das Bundesland des Regionaltreffens wählen.",
    });
  }
});
export type NetworkEventInput = z.infer<typeof NetworkEventInput>;

/** The event calendar: upcoming (default) or past, by kind and state. */
export const NetworkEventQuery = PageInput.extend({
  kind: NetworkEventKind.optional(),
  federalState: FederalState.optional(),
  when: z.enum(["upcoming", "past"]).default("upcoming"),
});
export type NetworkEventQuery = z.infer<typeof NetworkEventQuery>;

/** Registration is open until the deadline, for a published event that has not begun. */
export function isNetworkEventOpen(
  event: { status: NetworkEventStatus; registrationDeadline: Date; startsAt: Date },
  now: Date,
): boolean {
  return event.status === "published" && now <= event.registrationDeadline && now < event.startsAt;
}

/** Why a member cannot register for an event now; the API names each in a sentence. */
export type NetworkEventRefusal = "not_published" | "cancelled" | "started" | "deadline_passed";

/**
 * Whether registration is open, and if not, why: a draft is not open yet, a cancelled event
 * never again; the deadline counts to the minute it names (inclusive), and an event that has
 * begun takes no one, whatever its deadline said.
 */
export function networkEventRegistrationRefusal(
  event: { status: NetworkEventStatus; registrationDeadline: Date; startsAt: Date },
  now: Date,
): NetworkEventRefusal | null {
  if (event.status === "draft") return "not_published";
  if (event.status === "cancelled") return "cancelled";
  if (now >= event.startsAt) return "started";
  if (now > event.registrationDeadline) return "deadline_passed";
  return null;
}

/** A member may give up a place (or leave the waiting list) until the event begins. */
export function canCancelNetworkRegistration(
  event: { status: NetworkEventStatus; startsAt: Date },
  now: Date,
): boolean {
  return event.status === "published" && now < event.startsAt;
}

/** One network event, by id. */
export const NetworkEventRef = z.object({ eventId: Id });
export type NetworkEventRef = z.infer<typeof NetworkEventRef>;

/** The organiser's list of participants: one status at a time, in the order of the line. */
export const NetworkEventParticipantsQuery = PageInput.extend({
  eventId: Id,
  status: z.enum(["confirmed", "waiting", "cancelled"]).default("confirmed"),
});
export type NetworkEventParticipantsQuery = z.infer<typeof NetworkEventParticipantsQuery>;
