import { z } from "zod";
import { Id, PageInput } from "../shared/primitives.ts";
import { CHECKLIST_ITEMS } from "./checklist.ts";
import { EndReason, EngagementStatus } from "./engagement.schema.ts";

/** Orders of the applications table. */
export const PipelineSort = z.enum(["newest", "oldest", "name", "changed"]);
export type PipelineSort = z.infer<typeof PipelineSort>;

const Search = z.string().trim().max(100, { message: "Höchstens 100 Zeichen." });

/** Filters of the applications board and table; staff always see their own organisation. */
export const PipelineFilter = z.object({
  organisationId: Id.nullish(),
  opportunityId: Id.nullish(),
  search: Search.nullish(),
});
export type PipelineFilter = z.infer<typeof PipelineFilter>;

export const PipelineListInput = PageInput.extend(PipelineFilter.shape).extend({
  status: EngagementStatus.nullish(),
  sort: PipelineSort.default("newest"),
});
export type PipelineListInput = z.infer<typeof PipelineListInput>;

export const EngagementRef = z.object({ engagementId: Id });
export type EngagementRef = z.infer<typeof EngagementRef>;

/** A lifecycle move made by the organisation; ending asks why and about an exit conversation. */
export const MoveEngagementInput = z
  .object({
    engagementId: Id,
    to: EngagementStatus,
    endReason: EndReason.nullish(),
    exitConversationWanted: z.boolean().nullish(),
  })
  .superRefine((move, ctx) => {
    if (move.to !== "ended") return;
    if (!move.endReason) {
      ctx.addIssue({
        code: "custom",
        path: ["endReason"],
        message: "Bitte einen Grund für das Ende wählen.",
      });
    }
    if (move.exitConversationWanted === undefined || move.exitConversationWanted === null) {
      ctx.addIssue({
        code: "custom",
        path: ["exitConversationWanted"],
        message: "Bitte angeben, ob ein Abschlussgespräch gewünscht ist.",
      });
    }
  });
export type MoveEngagementInput = z.infer<typeof MoveEngagementInput>;

export const ChecklistItemInput = z.object({
  engagementId: Id,
  item: z.enum(CHECKLIST_ITEMS),
  done: z.boolean(),
});
export type ChecklistItemInput = z.infer<typeof ChecklistItemInput>;

export const NoteInput = z.object({
  engagementId: Id,
  body: z
    .string()
    .trim()
    .min(1, { message: "Bitte eine Notiz schreiben." })
    .max(4000, { message: "Höchstens 4000 Zeichen." }),
});
export type NoteInput = z.infer<typeof NoteInput>;

export const NotesListInput = PageInput.extend({ engagementId: Id });
export type NotesListInput = z.infer<typeof NotesListInput>;

export const PersonRef = z.object({ personId: Id });
export type PersonRef = z.infer<typeof PersonRef>;
