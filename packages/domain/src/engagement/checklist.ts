import type { IsoDate } from "../shared/primitives.ts";
import { isQualificationValid, type QualificationHeld } from "../qualifications/validity.ts";
import type { Checklist } from "./engagement.schema.ts";
import {
  currentFuehrungszeugnis,
  fuehrungszeugnisValidity,
  type FuehrungszeugnisInspection,
} from "./fuehrungszeugnis.ts";

/** The four items staff tick on an engagement; each is recorded with the moment it was done. */
export const CHECKLIST_ITEMS = [
  "first_conversation",
  "agreement",
  "data_protection_notice",
  "insurance_information",
] as const;
export type ManualChecklistItem = (typeof CHECKLIST_ITEMS)[number];

// The validity rule lives with the qualifications; the checklist uses it, not a copy.
export { isQualificationValid, type QualificationHeld };

export type ChecklistSources = {
  firstConversationAt: Date | null;
  agreementAt: Date | null;
  dataProtectionNoticeAt: Date | null;
  insuranceInformationAt: Date | null;
  guardianConsentAt: Date | null;
  inspections: readonly FuehrungszeugnisInspection[];
  qualifications: readonly QualificationHeld[];
};

/** The checklist `canActivate` decides on, from what is recorded about the engagement and person. */
export function checklistOf(sources: ChecklistSources, today: IsoDate): Checklist {
  const inspection = currentFuehrungszeugnis(sources.inspections);
  return {
    firstConversationHeld: sources.firstConversationAt !== null,
    agreementSigned: sources.agreementAt !== null,
    dataProtectionNoticeAcknowledged: sources.dataProtectionNoticeAt !== null,
    insuranceInformationGiven: sources.insuranceInformationAt !== null,
    hasValidFuehrungszeugnis:
      inspection !== null && fuehrungszeugnisValidity(inspection, today).status === "valid",
    validQualifications: [
      ...new Set(
        sources.qualifications.filter((q) => isQualificationValid(q, today)).map((q) => q.typeSlug),
      ),
    ].sort(),
    guardianConsentGiven: sources.guardianConsentAt !== null,
  };
}
