import { z } from "zod";
import { Id, PageInput } from "../shared/primitives.ts";
import { TrainingStatus } from "./training.schema.ts";

/** One training as staff manage it. */
export const TrainingAdminRef = z.object({ trainingId: Id });
export type TrainingAdminRef = z.infer<typeof TrainingAdminRef>;

/**
 * The staff's list of trainings: an organisation's, the coordination office's own ("city"),
 * or, for the coordination office, all of the city's (no organisation given).
 */
export const TrainingAdminListInput = PageInput.extend({
  organisationId: z.union([Id, z.literal("city")]).nullish(),
  status: TrainingStatus.nullish(),
});
export type TrainingAdminListInput = z.infer<typeof TrainingAdminListInput>;

export const RegistrationStatusFilter = z.enum(["confirmed", "waiting", "cancelled"]);
export type RegistrationStatusFilter = z.infer<typeof RegistrationStatusFilter>;

/** One kind of registration of a training, in the order people registered (the waiting list's). */
export const TrainingRegistrationsInput = PageInput.extend({
  trainingId: Id,
  status: RegistrationStatusFilter.default("confirmed"),
});
export type TrainingRegistrationsInput = z.infer<typeof TrainingRegistrationsInput>;

/** The confirmed participants with their attendance at every session, page by page. */
export const TrainingAttendanceInput = PageInput.extend({ trainingId: Id });
export type TrainingAttendanceInput = z.infer<typeof TrainingAttendanceInput>;

/** Attendance at one session as staff tick it, for the participants shown. */
export const RecordAttendanceInput = z.object({
  trainingId: Id,
  sessionId: Id,
  entries: z
    .array(z.object({ personId: Id, isPresent: z.boolean() }))
    .min(1, { message: "Bitte mindestens eine Person angeben." })
    .max(100, { message: "Höchstens 100 Personen auf einmal." })
    .refine((entries) => new Set(entries.map((e) => e.personId)).size === entries.length, {
      message: "Jede Person nur einmal angeben.",
    }),
});
export type RecordAttendanceInput = z.infer<typeof RecordAttendanceInput>;

/**
 * Closing a training. `justifiedPersonIds`: participants for whom staff state a justified case,
 * so the lower age of the qualification applies (Juleica: 15 instead of 16).
 */
export const CloseTrainingInput = z.object({
  trainingId: Id,
  justifiedPersonIds: z.array(Id).max(500).default([]),
});
export type CloseTrainingInput = z.infer<typeof CloseTrainingInput>;
