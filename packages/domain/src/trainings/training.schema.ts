import { z } from "zod";
import { UNIT_MINUTES } from "../qualifications/validity.ts";
import { Id, Instant, Slug } from "../shared/primitives.ts";

/** What a training is about, for the calendar's filter (the labels live in the apps). */
export const TRAINING_TOPICS = [
  "erste-hilfe",
  "kinderschutz",
  "jugendleitung",
  "datenschutz",
  "hygiene",
  "kommunikation",
  "digitales",
  "recht-versicherung",
  "fortbildung-allgemein",
] as const;
export const TrainingTopic = z.enum(TRAINING_TOPICS, { message: "Bitte ein Thema wählen." });
export type TrainingTopic = z.infer<typeof TrainingTopic>;

export const TrainingStatus = z.enum(["draft", "published", "cancelled", "closed"]);
export type TrainingStatus = z.infer<typeof TrainingStatus>;

/** Most sessions a training may have, and most units (45 minutes each) in one session. */
export const TRAINING_LIMITS = {
  sessions: 20,
  unitsPerSession: 20,
  capacity: 500,
  /** 10,000 € in cents: a course fee above it is a typing error. */
  costCents: 1_000_000,
} as const;

const whole = (what: string) => ({ message: `Bitte ${what} als ganze Zahl angeben.` });

/** One date of a training. `id` names a session that already exists, to keep its attendance. */
export const TrainingSessionInput = z
  .object({
    id: Id.optional(),
    startsAt: Instant("Bitte Datum und Uhrzeit des Beginns angeben."),
    endsAt: Instant("Bitte Datum und Uhrzeit des Endes angeben."),
    units: z
      .number(whole("die Unterrichtseinheiten"))
      .int(whole("die Unterrichtseinheiten"))
      .min(1, { message: "Ein Termin hat mindestens 1 Unterrichtseinheit." })
      .max(TRAINING_LIMITS.unitsPerSession, {
        message: `Ein Termin hat höchstens ${TRAINING_LIMITS.unitsPerSession} Unterrichtseinheiten.`,
      }),
  })
  .superRefine((session, ctx) => {
    if (session.endsAt <= session.startsAt) {
      ctx.addIssue({
        code: "custom",
        path: ["endsAt"],
        message: "Das Ende muss nach dem Beginn liegen.",
      });
      return;
    }
    // A unit is 45 minutes of teaching: more units than fit into the time would inflate what
    // participants are credited with.
    const minutes = Math.floor((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000);
    const fitting = Math.floor(minutes / UNIT_MINUTES);
    if (session.units > fitting) {
      ctx.addIssue({
        code: "custom",
        path: ["units"],
        message:
          fitting === 0
            ? `Ein Termin braucht mindestens ${UNIT_MINUTES} Minuten für eine Unterrichtseinheit.`
            : `In ${minutes} Minuten passen höchstens ${fitting} Unterrichtseinheiten zu je ${UNIT_MINUTES} Minuten.`,
      });
    }
  });
export type TrainingSessionInput = z.infer<typeof TrainingSessionInput>;

/** Where a training or a network event takes place: an address a participant can find. */
export const PlaceAddress = z
  .string()
  .trim()
  .min(3, { message: "Bitte eine Adresse mit mindestens 3 Zeichen angeben." })
  .max(200, { message: "Die Adresse darf höchstens 200 Zeichen haben." });

/** A link to an online session: https only, so no one is sent to an unencrypted page. */
export const OnlineUrl = z
  .string()
  .trim()
  .max(500, { message: "Der Link ist zu lang." })
  .pipe(
    z.url({
      protocol: /^https$/,
      hostname: z.regexes.domain,
      message: "Bitte einen vollständigen Link angeben, der mit https:// beginnt.",
    }),
  );

/**
 * A training as staff write it: what, for whom, which qualification it leads to, who teaches,
 * where (a place, an online link or both), the sessions, places and the registration deadline.
 */
const TrainingFields = z.object({
  /** Null: offered by the city's coordination office for everyone. */
  organisationId: Id.nullable(),
  title: z
    .string()
    .trim()
    .min(5, { message: "Der Titel braucht mindestens 5 Zeichen." })
    .max(120, { message: "Der Titel darf höchstens 120 Zeichen haben." }),
  description: z
    .string()
    .trim()
    .min(10, { message: "Die Beschreibung braucht mindestens 10 Zeichen." })
    .max(5000, { message: "Die Beschreibung darf höchstens 5000 Zeichen haben." }),
  audience: z
    .string()
    .trim()
    .max(500, { message: "Die Zielgruppe darf höchstens 500 Zeichen haben." })
    .default(""),
  topic: TrainingTopic,
  /** The qualification earned by attending enough; null for a training without one. */
  qualificationTypeSlug: Slug.nullable(),
  /** Units a participant must attend to earn the qualification (0 without one). */
  requiredUnits: z
    .number(whole("die nötigen Unterrichtseinheiten"))
    .int(whole("die nötigen Unterrichtseinheiten"))
    .min(0, { message: "Die nötigen Unterrichtseinheiten dürfen nicht negativ sein." })
    .max(400, { message: "Höchstens 400 Unterrichtseinheiten." }),
  trainer: z
    .string()
    .trim()
    .min(2, { message: "Bitte angeben, wer die Schulung leitet." })
    .max(200, { message: "Höchstens 200 Zeichen." }),
  place: PlaceAddress.nullable(),
  onlineUrl: OnlineUrl.nullable(),
  capacity: z
    .number(whole("die Zahl der Plätze"))
    .int(whole("die Zahl der Plätze"))
    .min(1, { message: "Mindestens 1 Platz." })
    .max(TRAINING_LIMITS.capacity, {
      message: `Höchstens ${TRAINING_LIMITS.capacity} Plätze.`,
    }),
  registrationDeadline: Instant("Bitte Datum und Uhrzeit des Anmeldeschlusses angeben."),
  /** What a participant pays, in euro cents; 0 is free of charge. */
  costCents: z
    .number({ message: "Bitte die Kosten als Betrag in Euro angeben, z. B. 12,50." })
    .int({ message: "Bitte die Kosten auf den Cent genau angeben." })
    .min(0, { message: "Die Kosten dürfen nicht negativ sein." })
    .max(TRAINING_LIMITS.costCents, { message: "Höchstens 10.000 Euro." }),
  sessions: z
    .array(TrainingSessionInput)
    .min(1, { message: "Bitte mindestens einen Termin angeben." })
    .max(TRAINING_LIMITS.sessions, {
      message: `Höchstens ${TRAINING_LIMITS.sessions} Termine.`,
    }),
});

type TrainingFields = z.infer<typeof TrainingFields>;

/** What the fields alone cannot say: where, the deadline, and enough units for the qualification. */
function checkTraining(training: TrainingFields, ctx: z.RefinementCtx) {
  if (training.place === null && training.onlineUrl === null) {
    ctx.addIssue({
      code: "custom",
      path: ["place"],
      message: "Bitte einen Ort oder einen Online-Link angeben.",
    });
  }
  const starts = training.sessions.map((s) => s.startsAt.getTime());
  if (starts.some(Number.isNaN) || Number.isNaN(training.registrationDeadline.getTime())) return;
  const first = Math.min(...starts);
  if (training.sessions.length > 0 && training.registrationDeadline.getTime() >= first) {
    ctx.addIssue({
      code: "custom",
      path: ["registrationDeadline"],
      message: "Der Anmeldeschluss muss vor dem ersten Termin liegen.",
    });
  }
  const ids = training.sessions.flatMap((s) => (s.id ? [s.id] : []));
  if (new Set(ids).size !== ids.length) {
    ctx.addIssue({
      code: "custom",
      path: ["sessions"],
      message: "Jeden Termin nur einmal angeben.",
    });
  }
  if (training.qualificationTypeSlug === null) return;
  const total = training.sessions.reduce((sum, s) => sum + (s.units || 0), 0);
  if (training.requiredUnits < 1) {
    ctx.addIssue({
      code: "custom",
      path: ["requiredUnits"],
      message:
        "Bitte angeben, wie viele Unterrichtseinheiten man für die Qualifikation besuchen muss.",
    });
  } else if (training.requiredUnits > total) {
    ctx.addIssue({
      code: "custom",
      path: ["requiredUnits"],
      message: `Die Termine ergeben zusammen nur ${total} Unterrichtseinheiten; nötig wären ${training.requiredUnits}.`,
    });
  }
}

export const TrainingEditorInput = TrainingFields.superRefine(checkTraining);
export type TrainingEditorInput = z.infer<typeof TrainingEditorInput>;

/** The editor's save of an existing training. Field paths stay those of the input. */
export const TrainingUpdateInput = TrainingFields.extend({ trainingId: Id }).superRefine(
  checkTraining,
);
export type TrainingUpdateInput = z.infer<typeof TrainingUpdateInput>;

/** The status moves staff make: publish a draft, cancel, and close once it took place. */
const TRAINING_MOVES: Record<TrainingStatus, readonly TrainingStatus[]> = {
  draft: ["published", "cancelled"],
  published: ["cancelled", "closed"],
  cancelled: [],
  closed: [],
};

export function nextTrainingStatuses(status: TrainingStatus): readonly TrainingStatus[] {
  return TRAINING_MOVES[status];
}

export function canMoveTraining(from: TrainingStatus, to: TrainingStatus): boolean {
  return TRAINING_MOVES[from].includes(to);
}

/** Whether a training's content may still change: not after it was cancelled or closed. */
export function isTrainingEditable(status: TrainingStatus): boolean {
  return status === "draft" || status === "published";
}
