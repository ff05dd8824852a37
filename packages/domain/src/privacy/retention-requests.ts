import { z } from "zod";
import { PageInput } from "../shared/primitives.ts";
import { RETENTION_KINDS } from "./retention.ts";

export const RetentionKindInput = z.enum(RETENTION_KINDS, {
  message: "Bitte eine Art der Löschung wählen.",
});

/** One page of what a run would delete now, of one kind. */
export const RetentionPreviewInput = PageInput.extend({ kind: RetentionKindInput });
export type RetentionPreviewInput = z.infer<typeof RetentionPreviewInput>;

/** Starting a real run deletes data: the caller confirms it explicitly. */
export const RetentionRunInput = z.object({
  confirmed: z.literal(true, {
    message: "Bitte bestätigen Sie, dass die fälligen Daten jetzt gelöscht werden sollen.",
  }),
});
export type RetentionRunInput = z.infer<typeof RetentionRunInput>;
