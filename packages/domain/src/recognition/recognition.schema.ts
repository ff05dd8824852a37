import { z } from "zod";
import { Id, IsoDate, PageInput } from "../shared/primitives.ts";
import type { AutomaticGroup } from "./ehrenamtskarte.ts";
import { YearMonth } from "./hour-requests.ts";

/**
 * The groups staff record on a person (fire brigade, THW, rescue services, a voluntary service).
 * Juleica is not recorded here: it counts while the person holds a valid Juleica record.
 */
export const RECORDED_GROUPS = [
  "feuerwehr",
  "thw",
  "rettungsdienst",
  "freiwilligendienst",
] as const satisfies readonly AutomaticGroup[];
export const RecordedGroup = z.enum(RECORDED_GROUPS, {
  message: "Bitte eine der genannten Gruppen wählen.",
});
export type RecordedGroup = z.infer<typeof RecordedGroup>;

export const RecognitionGroupsInput = z.object({
  personId: Id,
  groups: z
    .array(RecordedGroup)
    .max(RECORDED_GROUPS.length, { message: "Jede Gruppe nur einmal wählen." })
    .refine((groups) => new Set(groups).size === groups.length, {
      message: "Jede Gruppe nur einmal wählen.",
    }),
});
export type RecognitionGroupsInput = z.infer<typeof RecognitionGroupsInput>;

/** The coordination office's list of people who may apply for the Ehrenamtskarte, by name. */
export const EligibleListInput = PageInput;
export type EligibleListInput = z.infer<typeof EligibleListInput>;

/** Milestones reached in one month: staff for their organisation, the office for one or all. */
export const MilestonesInput = PageInput.extend({
  month: YearMonth,
  organisationId: Id.nullish(),
});
export type MilestonesInput = z.infer<typeof MilestonesInput>;

/** A recognition event of the city (Dankeschön-Fest). */
export const RecognitionEventInput = z.object({
  title: z
    .string()
    .trim()
    .min(3, { message: "Bitte einen Titel mit mindestens 3 Zeichen angeben." })
    .max(120, { message: "Höchstens 120 Zeichen." }),
  heldOn: IsoDate,
  place: z
    .string()
    .trim()
    .min(2, { message: "Bitte den Ort angeben." })
    .max(200, { message: "Höchstens 200 Zeichen." }),
  invitationText: z
    .string()
    .trim()
    .min(10, { message: "Bitte ein paar Sätze für die Einladung schreiben." })
    .max(2000, { message: "Höchstens 2000 Zeichen." }),
});
export type RecognitionEventInput = z.infer<typeof RecognitionEventInput>;

export const RecognitionEventRef = z.object({ eventId: Id });
export type RecognitionEventRef = z.infer<typeof RecognitionEventRef>;

export const MilestoneKind = z.enum(["anniversary", "hours"]);
export type MilestoneKind = z.infer<typeof MilestoneKind>;

/** Who is invited: everyone who reached a milestone of the chosen kinds in the chosen months. */
export const InvitationsBuildInput = z.object({
  eventId: Id,
  months: z
    .array(YearMonth)
    .min(1, { message: "Bitte mindestens einen Monat wählen." })
    .max(12, { message: "Höchstens 12 Monate auf einmal." })
    .refine((months) => new Set(months).size === months.length, {
      message: "Jeden Monat nur einmal wählen.",
    }),
  kinds: z
    .array(MilestoneKind)
    .min(1, { message: "Bitte Jubiläen, Stunden oder beides wählen." })
    .max(2),
});
export type InvitationsBuildInput = z.infer<typeof InvitationsBuildInput>;

export const InvitationListInput = PageInput.extend({ eventId: Id });
export type InvitationListInput = z.infer<typeof InvitationListInput>;
