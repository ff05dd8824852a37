import { z } from "zod";

/** submitted → in_contact → onboarding → active ⇄ paused → ended, plus declined and withdrawn. */
export const EngagementStatus = z.enum([
  "submitted",
  "in_contact",
  "onboarding",
  "active",
  "paused",
  "ended",
  "declined",
  "withdrawn",
]);
export type EngagementStatus = z.infer<typeof EngagementStatus>;

/** Why an engagement ended; recorded on every end so the city learns from it. */
export const EndReason = z.enum([
  "project_completed",
  "volunteer_decision",
  "moved_away",
  "no_time",
  "health",
  "organisation_decision",
  "other",
]);
export type EndReason = z.infer<typeof EndReason>;

/** Who moves an engagement: the hosting organisation (its staff or the coordination office) or the volunteer. */
export const Mover = z.enum(["organisation", "volunteer"]);
export type Mover = z.infer<typeof Mover>;

/** The onboarding checklist as recorded for one engagement. */
export const Checklist = z.object({
  firstConversationHeld: z.boolean(),
  agreementSigned: z.boolean(),
  dataProtectionNoticeAcknowledged: z.boolean(),
  insuranceInformationGiven: z.boolean(),
  /** A Führungszeugnis inspection that is valid on the day of activation (§72a SGB VIII). */
  hasValidFuehrungszeugnis: z.boolean(),
  /** Slugs of the qualification types the person holds validly today. */
  validQualifications: z.array(z.string()),
  guardianConsentGiven: z.boolean(),
});
export type Checklist = z.infer<typeof Checklist>;

/** What the opportunity and the person demand before the engagement may start. */
export type ActivationRequirements = {
  requiresFuehrungszeugnis: boolean;
  requiredQualifications: readonly string[];
  isMinor: boolean;
};

export type ChecklistItem =
  | "first_conversation"
  | "agreement"
  | "data_protection_notice"
  | "insurance_information"
  | "fuehrungszeugnis"
  | "guardian_consent"
  | `qualification:${string}`;
