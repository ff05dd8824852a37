import { z } from "zod";

/**
 * What a volunteer downloads as "all my data" (DSGVO Art. 15 and 20): one JSON document, in a
 * versioned, machine-readable format so it can be taken elsewhere. It holds the person's own data
 * only — never another person's: no staff names, no guardian's address, no staff notes, and the
 * secret part of any link in an e-mail is removed. Moments are ISO 8601 strings, days `YYYY-MM-DD`.
 */
export const MY_DATA_EXPORT_FORMAT = "engagiert-my-data";
export const MY_DATA_EXPORT_VERSION = 1;

const Moment = z.iso.datetime({ offset: true });
const Day = z.iso.date();

export const ExportedProfile = z.object({
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  birthYear: z.number().int(),
  birthDate: Day.nullable(),
  district: z.string().nullable(),
  interests: z.array(z.string()),
  skills: z.array(z.string()),
  availability: z.array(z.unknown()),
  accessibilityNeeds: z.string().nullable(),
  recognitionGroups: z.array(z.string()),
  createdAt: Moment,
  lastActiveAt: Moment.nullable(),
  inactivityNoticeAt: Moment.nullable(),
});

export const ExportedEngagement = z.object({
  id: z.string(),
  opportunityTitle: z.string(),
  organisationName: z.string(),
  status: z.string(),
  message: z.string().nullable(),
  appliedAt: Moment,
  confirmedAt: Moment.nullable(),
  isMinor: z.boolean(),
  guardianConsentAt: Moment.nullable(),
  firstConversationAt: Moment.nullable(),
  agreementAt: Moment.nullable(),
  dataProtectionNoticeAt: Moment.nullable(),
  insuranceInformationAt: Moment.nullable(),
  startedAt: Moment.nullable(),
  endedAt: Moment.nullable(),
  endReason: z.string().nullable(),
  exitConversationWanted: z.boolean().nullable(),
  /** Every move, and whether the organisation, the volunteer or the platform made it. */
  events: z.array(
    z.object({
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      by: z.string(),
      at: Moment,
    }),
  ),
});

export const MyDataExport = z.object({
  format: z.literal(MY_DATA_EXPORT_FORMAT),
  version: z.literal(MY_DATA_EXPORT_VERSION),
  exportedAt: Moment,
  city: z.object({ slug: z.string(), name: z.string() }),
  profile: ExportedProfile,
  account: z
    .object({ email: z.string(), createdAt: Moment, lastSignInAt: Moment.nullable() })
    .nullable(),
  consents: z.array(
    z.object({
      purpose: z.string(),
      version: z.string(),
      givenAt: Moment,
      withdrawnAt: Moment.nullable(),
      deleteBy: Moment.nullable(),
    }),
  ),
  engagements: z.array(ExportedEngagement),
  hours: z.array(
    z.object({
      id: z.string(),
      engagementId: z.string(),
      workedOn: Day,
      minutes: z.number().int(),
      activity: z.string(),
      status: z.string(),
      correctsEntryId: z.string().nullable(),
      correctionReason: z.string().nullable(),
      returnComment: z.string().nullable(),
      /** `self` when the volunteer logged it, `organisation` when staff did. */
      enteredBy: z.enum(["self", "organisation"]),
      reviewedAt: Moment.nullable(),
      createdAt: Moment,
    }),
  ),
  trainings: z.array(
    z.object({
      trainingId: z.string(),
      title: z.string(),
      status: z.string(),
      registeredAt: Moment,
      promotedAt: Moment.nullable(),
      cancelledAt: Moment.nullable(),
      attendance: z.array(z.object({ sessionStartsAt: Moment, isPresent: z.boolean() })),
    }),
  ),
  qualifications: z.array(
    z.object({
      type: z.string(),
      validFrom: Day,
      validUntil: Day.nullable(),
      issuer: z.string().nullable(),
      source: z.string(),
      units: z.number().int().nullable(),
    }),
  ),
  fuehrungszeugnis: z.array(
    z.object({
      certificateIssuedOn: Day,
      inspectedOn: Day,
      hasRelevantEntry: z.boolean(),
      selfDeclarationOn: Day.nullable(),
    }),
  ),
  shiftSignups: z.array(
    z.object({
      opportunityTitle: z.string(),
      startsAt: Moment,
      endsAt: Moment,
      status: z.string(),
      signedUpAt: Moment,
      confirmedAt: Moment.nullable(),
      cancelledAt: Moment.nullable(),
    }),
  ),
  allowancePayments: z.array(
    z.object({
      allowance: z.string(),
      amountCents: z.number().int(),
      paidOn: Day,
      activity: z.string(),
      organisationName: z.string(),
    }),
  ),
  recognitionInvitations: z.array(
    z.object({
      eventTitle: z.string(),
      heldOn: Day,
      reason: z.string(),
      mailedAt: Moment.nullable(),
    }),
  ),
  /** Invitations to feedback surveys: when and about what, never the answer link. */
  surveyInvitations: z.array(z.object({ subject: z.string(), sentAt: Moment })),
  calendarFeeds: z.array(z.object({ createdAt: Moment, revokedAt: Moment.nullable() })),
  /** E-mails the platform sent to the person, links without their secret part. */
  emails: z.array(
    z.object({
      kind: z.string(),
      subject: z.string(),
      body: z.string(),
      createdAt: Moment,
      sentAt: Moment.nullable(),
    }),
  ),
});
export type MyDataExport = z.infer<typeof MyDataExport>;

/** The secret of a link (`token=…`) is replaced, so a downloaded file opens no account. */
export function withoutLinkSecrets(text: string): string {
  return text.replace(/([?&]token=)[\w-]+/g, "$1[entfernt]");
}

/** The file name of the download, by day: `meine-daten-goeppingen-2026-11-24.json`. */
export function myDataFileName(citySlug: string, day: string): string {
  return `meine-daten-${citySlug}-${day}.json`;
}
