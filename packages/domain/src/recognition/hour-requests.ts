import { z } from "zod";
import { Id, IsoDate, PageInput } from "../shared/primitives.ts";
import { HourEntryInput } from "./hours.ts";

/** One hour entry, by its id. */
export const HourEntryRef = z.object({ entryId: Id });
export type HourEntryRef = z.infer<typeof HourEntryRef>;

/** A volunteer changes their own entry that is still pending or was returned to them. */
export const HourEntryUpdateInput = HourEntryInput.omit({ engagementId: true }).extend({
  entryId: Id,
});
export type HourEntryUpdateInput = z.infer<typeof HourEntryUpdateInput>;

/**
 * Staff log hours for a volunteer (someone without internet hands in a paper list, say). Such an
 * entry is pending like any other, so a colleague approves it; with `approve` the staff member
 * who has the confirmed list in front of them approves it at once and is recorded as reviewer.
 */
export const HourEntryForInput = HourEntryInput.extend({
  approve: z.boolean({ message: "Bitte ja oder nein angeben." }).default(false),
});
export type HourEntryForInput = z.infer<typeof HourEntryForInput>;

/** A month as `YYYY-MM`. */
export const YearMonth = z
  .string({ message: "Bitte einen Monat im Format JJJJ-MM angeben." })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "Bitte einen Monat im Format JJJJ-MM angeben." });
export type YearMonth = z.infer<typeof YearMonth>;

/** A calendar year for totals. */
export const HourTotalsInput = z.object({
  year: z
    .number({ message: "Bitte ein Jahr angeben." })
    .int({ message: "Bitte ein Jahr angeben." })
    .min(2000, { message: "Bitte ein Jahr ab 2000 angeben." })
    .max(2100, { message: "Bitte ein Jahr bis 2100 angeben." })
    .optional(),
});
export type HourTotalsInput = z.infer<typeof HourTotalsInput>;

/** The volunteer's own entries, page by page. */
export const MyHoursInput = PageInput;
export type MyHoursInput = z.infer<typeof MyHoursInput>;

/** The pending entries of an organisation, oldest day first, narrowed by person, engagement or month. */
export const HourQueueInput = PageInput.extend({
  organisationId: Id.nullish(),
  personId: Id.nullish(),
  engagementId: Id.nullish(),
  month: YearMonth.nullish(),
});
export type HourQueueInput = z.infer<typeof HourQueueInput>;

/** Approve several pending entries at once (the queue's "approve selected"). */
export const HourApproveManyInput = z.object({
  entryIds: z
    .array(Id, { message: "Bitte Einträge auswählen." })
    .min(1, { message: "Bitte mindestens einen Eintrag auswählen." })
    .max(100, { message: "Höchstens 100 Einträge auf einmal." }),
});
export type HourApproveManyInput = z.infer<typeof HourApproveManyInput>;

/** The hour history of one engagement or of one person (exactly one of the two). */
export const HourHistoryInput = PageInput.extend({
  engagementId: Id.nullish(),
  personId: Id.nullish(),
}).refine((input) => Boolean(input.engagementId) !== Boolean(input.personId), {
  message: "Bitte genau ein Engagement oder eine Person angeben.",
  path: ["engagementId"],
});
export type HourHistoryInput = z.infer<typeof HourHistoryInput>;

/**
 * How many minutes are still free on a day for the person of an engagement; `exceptEntryId` leaves
 * out the entry being edited or corrected, whose minutes the new figure replaces.
 */
export const HourDayInput = z.object({
  engagementId: Id,
  workedOn: IsoDate,
  exceptEntryId: Id.nullish(),
});
export type HourDayInput = z.infer<typeof HourDayInput>;

/** What the hour rules need to know about an engagement: its status and the days it ran. */
export type HourEngagementPeriod = {
  status: string;
  /** The day the engagement became active (null for engagements recorded without it). */
  startedOn: IsoDate | null;
  /** For a paused engagement: the day it was paused. */
  pausedSince: IsoDate | null;
  endedOn: IsoDate | null;
};

/**
 * May hours be logged for this engagement on this day? Only for days on which it was active:
 * from its start on while active, up to the day it was paused or ended afterwards. Applications
 * that never became an engagement take no hours.
 */
export function canLogHoursOn(
  engagement: HourEngagementPeriod,
  workedOn: IsoDate,
): { ok: true } | { ok: false; reason: "not_active" } {
  const refused = { ok: false, reason: "not_active" } as const;
  if (engagement.startedOn !== null && workedOn < engagement.startedOn) return refused;
  switch (engagement.status) {
    case "active":
      return { ok: true };
    case "paused":
      return engagement.pausedSince !== null && workedOn <= engagement.pausedSince
        ? { ok: true }
        : refused;
    case "ended":
      return engagement.endedOn !== null && workedOn <= engagement.endedOn ? { ok: true } : refused;
    default:
      return refused;
  }
}
