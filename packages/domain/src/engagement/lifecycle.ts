import type {
  ActivationRequirements,
  Checklist,
  ChecklistItem,
  EndReason,
  EngagementStatus,
  Mover,
} from "./engagement.schema.ts";

type Move = { to: EngagementStatus; by: readonly Mover[] };

const ORG = ["organisation"] as const;
const VOL = ["volunteer"] as const;
const BOTH = ["organisation", "volunteer"] as const;

/**
 * Every allowed move and who may make it. The organisation leads the process; the volunteer may
 * withdraw before the start, pause and resume, and end their engagement at any time.
 */
export const LIFECYCLE: Record<EngagementStatus, readonly Move[]> = {
  submitted: [
    { to: "in_contact", by: ORG },
    { to: "declined", by: ORG },
    { to: "withdrawn", by: VOL },
  ],
  in_contact: [
    { to: "onboarding", by: ORG },
    { to: "declined", by: ORG },
    { to: "withdrawn", by: VOL },
  ],
  onboarding: [
    { to: "active", by: ORG },
    { to: "declined", by: ORG },
    { to: "withdrawn", by: VOL },
  ],
  active: [
    { to: "paused", by: BOTH },
    { to: "ended", by: BOTH },
  ],
  paused: [
    { to: "active", by: BOTH },
    { to: "ended", by: BOTH },
  ],
  ended: [],
  declined: [],
  withdrawn: [],
};

/** Statuses in which the person holds a place of the opportunity's capacity. */
export const HOLDS_PLACE: readonly EngagementStatus[] = [
  "submitted",
  "in_contact",
  "onboarding",
  "active",
  "paused",
];

export type EngagementMove = {
  from: EngagementStatus;
  to: EngagementStatus;
  by: Mover;
  endReason?: EndReason | null;
};

export type EngagementMoveDecision =
  | { ok: true }
  | { ok: false; reason: "not_allowed" }
  | { ok: false; reason: "not_for_mover"; allowedMovers: readonly Mover[] }
  | { ok: false; reason: "end_reason_required" };

/** The lifecycle rule alone; activation also needs `canActivate`. */
export function canMoveEngagement(move: EngagementMove): EngagementMoveDecision {
  const allowed = LIFECYCLE[move.from].find((m) => m.to === move.to);
  if (!allowed) return { ok: false, reason: "not_allowed" };
  if (!allowed.by.includes(move.by))
    return { ok: false, reason: "not_for_mover", allowedMovers: allowed.by };
  if (move.to === "ended" && !move.endReason) return { ok: false, reason: "end_reason_required" };
  return { ok: true };
}

/** The moves a mover may make from a status: what a UI offers as buttons. */
export function availableMoves(from: EngagementStatus, by: Mover): EngagementStatus[] {
  return LIFECYCLE[from].filter((m) => m.by.includes(by)).map((m) => m.to);
}

export type ActivationDecision = { ok: true } | { ok: false; missing: ChecklistItem[] };

/** `onboarding → active` only with a complete checklist (RULES.md, lifecycle). */
export function canActivate(
  checklist: Checklist,
  requirements: ActivationRequirements,
): ActivationDecision {
  const missing: ChecklistItem[] = [];
  if (!checklist.firstConversationHeld) missing.push("first_conversation");
  if (!checklist.agreementSigned) missing.push("agreement");
  if (!checklist.dataProtectionNoticeAcknowledged) missing.push("data_protection_notice");
  if (!checklist.insuranceInformationGiven) missing.push("insurance_information");
  if (requirements.requiresFuehrungszeugnis && !checklist.hasValidFuehrungszeugnis)
    missing.push("fuehrungszeugnis");
  for (const q of requirements.requiredQualifications) {
    if (!checklist.validQualifications.includes(q)) missing.push(`qualification:${q}`);
  }
  if (requirements.isMinor && !checklist.guardianConsentGiven) missing.push("guardian_consent");
  return missing.length === 0 ? { ok: true } : { ok: false, missing };
}
